public enum DefaultData {}
