/// A brief as facts in sections, already worded in the interface language,
/// with no layout: the Markdown, text and HTML renderers lay it out, so the
/// command line and the TUI's export key write the same content.
struct Brief: Equatable {
    /// "สรุปข้อมูลตำบลเวียง / Tambon brief: Wiang"
    var title: String
    /// Lines under the title: the area's path, the demo-data warning.
    var subtitle: [String]
    var sections: [BriefSection]
}

/// One numbered section with a bilingual heading ("ช่องว่าง / Gaps").
struct BriefSection: Equatable {
    var thai: String
    var english: String
    var blocks: [BriefBlock]

    var heading: String { "\(thai) / \(english)" }
}

/// The kinds of content a section holds.
enum BriefBlock: Equatable {
    case paragraph(String)
    /// Label–value pairs ("รหัสไปรษณีย์: 56000").
    case facts([BriefFact])
    case table(BriefTable)
    case bullets([String])
    case subheading(String)
    /// Lines shown exactly as they are, in a monospaced block (the map).
    case preformatted([String])
    /// Small print under a table: footnotes, sources.
    case note(String)
}

struct BriefFact: Equatable {
    var label: String
    var value: String
}

/// A table; a cell may hold "\n" where its lines break.
struct BriefTable: Equatable {
    var headers: [String]
    var rows: [[String]]
    /// Columns of numbers, aligned right.
    var numeric: Set<Int> = []
    /// Keep columns in plain text even when cells must wrap to fit (short
    /// figures); otherwise a table too wide for the page is written as one
    /// block per row.
    var keepColumnsInText = false
}
