/// Schema version 6: a need is open or met (`status`, issue 16). Every
/// resource so far is open; a met need leaves the matches and the brief's
/// gaps (`docs/matching.md`).
enum SchemaV6 {
    static let sql = """
    ALTER TABLE resources ADD COLUMN status TEXT NOT NULL DEFAULT 'open';
    """
}
