/// The default data set that travels inside the `tisep` binary.
public enum DefaultData {
    /// The pilot provinces of seed 002, whose tambons are embedded.
    public static let pilotProvinces = ["56", "51", "32", "45", "72", "22", "86", "91", "94", "34", "95"]

    /// Where the embedded geography comes from (shown in briefs and `data/README.md`).
    public static let geographySource =
        "Thai geocodes, names, centroids and postal codes: thailand-geodata by Tom Dhanabhon (MIT), from public government lists"

    /// The seed of the demo ecosystem generator: the same data on every laptop.
    public static let demoSeed: UInt64 = 2568
}
