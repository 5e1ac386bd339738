import CSQLite
public enum EcosystemStoreInfo { public static let sqliteVersion = String(cString: sqlite3_libversion()) }
