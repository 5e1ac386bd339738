/// Schema version 3: two partial indexes that the interface's opening
/// queries read instead of the tables. Without them, the tree's player
/// counts joined every served area to its element (1.4 s of a 1.7 s cold
/// start at 100,000 elements) and the map's values read whole rows.
enum SchemaV3 {
    static let sql = """
    -- The areas each live player serves, and nothing else: the tree counts
    -- players per area from this index alone.
    CREATE INDEX entities_player_areas ON entities(area) WHERE p4 = 'player' AND deleted = 0;
    -- Live indicator values with the columns the map and the ranks need.
    CREATE INDEX indicator_values_live ON indicator_values(indicator, area, year, value) WHERE deleted = 0;
    """
}
