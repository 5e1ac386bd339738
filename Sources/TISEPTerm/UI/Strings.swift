import EcosystemStore

/// The interface language: Thai by default, English with `L` or `--lang en`.
struct Texts {
    let thai: Bool
    func callAsFunction(_ th: String, _ en: String) -> String { thai ? th : en }

    /// A count in the reader's language: "3 แถว" (a Thai noun does not change
    /// with the number) / "1 row", "3 rows" (`enPlural` where English does
    /// not add "s"). docs/formatting.md, "Counts".
    func count(_ n: Int, _ th: String, _ en: String, _ enPlural: String? = nil) -> String {
        thai ? NumberText.count(n) + " " + th : NumberText.count(n, en, enPlural)
    }
}
