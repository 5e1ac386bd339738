import Foundation

/// The texts of `Fixtures/thai-text/` (see its README), one per line.
enum ThaiSentences {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/thai-text")

    static let demo = lines("demo.txt")
    static let seeds = lines("seeds.txt")

    /// The file's non-empty lines; none if it cannot be read (the tests then
    /// fail on the count, not in silence).
    private static func lines(_ name: String) -> [String] {
        let text = (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }
}
