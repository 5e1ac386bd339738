/// Schema version 3: the exact search keys of areas, apart. One or two
/// letters start tens of thousands of keys at national scale, nearly all of
/// elements and resources; the few hundred areas among them must still be
/// found (a coordinator typing "ลำ" means ลำปาง), and this index finds them
/// by a B-tree range instead of a scan. An area's ref is its geocode (at
/// most 8 characters); a record's is a 36-character UUID.
enum SchemaV3 {
    static let sql = """
    CREATE INDEX search_keys_area ON search_keys(key) WHERE length(ref) <= 8;
    """
}
