/// Version 8, a data migration: the whole country's areas and boundaries,
/// which this release embeds, for a database built from an earlier
/// release's embedded data (the 1,155 tambons of the pilot provinces, no
/// boundaries). It only adds: an area or boundary already here — names a
/// user imported, a boundary file of their own — stays as it is, and no
/// record, stamp or history changes (areas and boundaries are reference
/// data, not synced records, so `check --digest` is unchanged too).
///
/// The migration itself only asks for the load (a row in `meta`); the store
/// does it as soon as it is open (`Store.Areas.addEmbeddedGeographyIfAsked`),
/// since it writes through the areas part and the search index. A database
/// made with `init --schema-only` holds only the geography its user
/// imported, and a new one holds nothing yet: neither is asked (`init` loads
/// the embedded geography itself).
enum SchemaV8 {
    static let request = "add_embedded_geography"

    static let sql = """
    INSERT INTO meta(key, value) SELECT '\(request)', '8' WHERE EXISTS (SELECT 1 FROM meta WHERE key = 'geography_source')
      ON CONFLICT(key) DO UPDATE SET value = excluded.value;
    """
}
