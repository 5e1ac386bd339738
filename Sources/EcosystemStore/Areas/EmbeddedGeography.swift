import DefaultData

/// What loading the embedded geography wrote.
public struct EmbeddedGeographyLoad: Sendable, Equatable {
    /// Areas written (all of them into a new database; the missing ones in an upgrade).
    public var areas = 0
    /// Boundaries written.
    public var boundaries = 0

    public init(areas: Int = 0, boundaries: Int = 0) {
        self.areas = areas
        self.boundaries = boundaries
    }
}

extension Store.Areas {
    /// Loads the geography that travels inside the binary (`DefaultData`):
    /// the areas of the whole country, then the boundaries of every level,
    /// with the sources recorded (`geography_source` in meta; each
    /// boundary's source). With `onlyMissing` nothing already here changes
    /// (the upgrade of an older database, `SchemaV8`); without it, areas are
    /// updated by code as `import-geography` would (`init`).
    @discardableResult
    public func loadEmbeddedGeography(onlyMissing: Bool = false) throws -> EmbeddedGeographyLoad {
        try db.transaction {
            var load = EmbeddedGeographyLoad()
            load.areas = try importCompactGeography(DefaultData.geography, onlyMissing: onlyMissing)
            for text in DefaultData.boundaries {
                load.boundaries += try importCompactBoundaries(text, source: DefaultData.boundarySource, onlyMissing: onlyMissing).stored
            }
            if try context.meta("geography_source") == nil { try context.setMeta("geography_source", DefaultData.geographySource) }
            return load
        }
    }

    /// Migration 8's load, run once the store is open (it writes through
    /// this part and the search index, which a migration cannot reach):
    /// what this release embeds and the database lacks, and the request
    /// cleared in the same transaction.
    func addEmbeddedGeographyIfAsked() throws {
        guard try context.meta(SchemaV8.request) != nil else { return }
        try db.transaction {
            try loadEmbeddedGeography(onlyMissing: true)
            try db.run("DELETE FROM meta WHERE key = ?", [SchemaV8.request])
        }
    }
}
