/// Schema version 9 (issue 19, evidence; 8 is the geography work's): an indicator value carries its
/// 95 % interval (`low`, `high`; the households behind it were already
/// `households` and `small_sample`), and a project the persons it targeted
/// and reached, who delivered it and its monetised outcomes, for unit cost
/// and SROI. Values computed before this version have no interval until
/// their households are recomputed (`tisep import-households` does it).
enum SchemaV9 {
    static let sql = """
    ALTER TABLE indicator_values ADD COLUMN low REAL;
    ALTER TABLE indicator_values ADD COLUMN high REAL;
    ALTER TABLE projects ADD COLUMN targeted INTEGER;
    ALTER TABLE projects ADD COLUMN reached INTEGER;
    ALTER TABLE projects ADD COLUMN delivery TEXT;
    ALTER TABLE projects ADD COLUMN outcome_value REAL;
    """
}
