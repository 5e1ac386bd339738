/// The outcome of an import: what landed and every row refused, with why.
public struct ImportReport: Sendable {
    public var loaded = 0
    public var problems: [(line: Int, reason: String)] = []
    /// Rows that loaded but with something worth knowing.
    public var warnings: [(line: Int, reason: String)] = []
    public var file = ""
    /// For the importers that update what they find (resources, contacts,
    /// vulnerable counts): records changed, and rows that were already
    /// stored as they are. Nil for the importers that only add.
    public var updates: (updated: Int, unchanged: Int)?

    public init(file: String = "") { self.file = file }
}
