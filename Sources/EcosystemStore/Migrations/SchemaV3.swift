/// Schema version 3: partial indexes for a national data set, each read
/// instead of a table or a scan where the interface or search had to touch
/// hundreds of thousands of rows.
enum SchemaV3 {
    static let sql = """
    -- The areas each live player serves, and nothing else: the tree counts
    -- players per area from this index alone (joining every served area to
    -- its element was 1.4 s of a 1.7 s cold start at 100,000 elements).
    CREATE INDEX entities_player_areas ON entities(area) WHERE p4 = 'player' AND deleted = 0;
    -- Live indicator values with the columns the map and the ranks need,
    -- so they read no whole rows.
    CREATE INDEX indicator_values_live ON indicator_values(indicator, area, year, value) WHERE deleted = 0;
    -- The exact search keys of areas, apart. One or two letters start tens
    -- of thousands of keys at national scale, nearly all of elements and
    -- resources; the few hundred areas among them must still be found (a
    -- coordinator typing "ลำ" means ลำปาง), by a B-tree range, not a scan.
    -- An area's ref is its geocode (at most 8 characters); a record's is a
    -- 36-character UUID.
    CREATE INDEX search_keys_area ON search_keys(key) WHERE length(ref) <= 8;
    -- A document's keys are deleted by (key, ref) from its own `keys` text,
    -- so the index of keys by ref (as large as the table: 100 MB at
    -- national scale) only cost writes.
    DROP INDEX search_keys_ref;
    """
}
