/// Every failure of the store, with what a user needs to act on it.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// SQLite refused something (its code, message and SQL: `DatabaseError`).
    case database(DatabaseError)
    /// The database was written by a newer tisep.
    case newerSchema(found: Int, supported: Int)
    /// The file exists but is not a tisep database.
    case notAnEcosystemDatabase(path: String)
    /// The schema version (`user_version`) disagrees with the tables:
    /// the file was changed by another program.
    case inconsistentSchema(path: String, version: Int)
    /// A record id that names nothing.
    case unknownRecord(String)
    /// A value that does not fit its field.
    case invalidValue(field: String, value: String, reason: ValidationReason)
    /// A field name that the record type does not have.
    case unknownField(type: String, field: String, accepted: [String])
    /// Anything else, already phrased for a user.
    case message(String)

    public var description: String {
        switch self {
        case let .database(error):
            return error.description
        case let .newerSchema(found, supported):
            return "this database has schema version \(found), made by a newer tisep; this one reads up to \(supported); please update tisep"
        case let .notAnEcosystemDatabase(path):
            return "\(path) is not a tisep ecosystem database; check --db and TISEP_DB, or make a new one with 'tisep init --db NEWFILE'"
        case let .inconsistentSchema(path, version):
            return "\(path): the database's schema version (\(version)) does not match its tables, so it was changed by another program; "
                + "nothing was changed: restore a copy made with 'tisep backup', or make a new database with 'tisep init --db NEWFILE' and import your last bundle into it"
        case let .unknownRecord(id):
            return "no record with id \(id)"
        case let .invalidValue(field, value, reason):
            return "\(field)=\(value): \(reason)"
        case let .unknownField(type, field, accepted):
            return "\(type) has no field '\(field)'; accepted: \(accepted.joined(separator: ", "))"
        case let .message(text):
            return text
        }
    }
}
