/// Version 4, a data migration: the whole country's areas and boundaries,
/// which this release embeds, for a database built from an earlier
/// release's embedded data (the 1,155 tambons of the pilot provinces, no
/// boundaries). It only adds: an area or boundary already here — names a
/// user imported, a boundary file of their own — stays as it is, and no
/// record, stamp or history changes (areas and boundaries are reference
/// data, not synced records, so `check --digest` is unchanged too).
///
/// A database made with `init --schema-only` holds only the geography its
/// user imported, and a new one holds nothing yet: neither is touched
/// (`init` loads the embedded geography itself).
enum SchemaV4 {
    static func apply(_ store: Store) throws {
        guard try store.meta("geography_source") != nil else { return }
        try store.loadEmbeddedGeography(onlyMissing: true)
    }
}
