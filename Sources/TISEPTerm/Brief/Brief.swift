/// A brief as facts in sections, already worded in the interface language,
/// with no layout: the Markdown, text and HTML renderers lay it out, so the
/// command line and the TUI's export key write the same content.
///
/// The plan (docs/brief.md): page 1 is the handout a meeting works from —
/// the place, the key indicators, the map, the gaps and room for the
/// meeting's notes; page 2 who is there, resources and projects; then the
/// annex, on a new page, with everything in full. The handout is complete
/// without the annex.
struct Brief: Equatable {
    /// "สรุปข้อมูลตำบลเวียง / Tambon brief: Wiang"
    var title: String
    /// Lines under the title: the place with its codes, the dates.
    var subtitle: [String]
    /// The demo-data warning, shown boxed under the subtitle; nil for real data.
    var warning: String?
    /// Page 1: key indicators, map, gaps, meeting notes.
    var firstPage: [BriefSection]
    /// Page 2: who is there, resources, active projects, unit cost and SROI.
    var secondPage: [BriefSection]
    /// Nil with `--annex none`.
    var annex: [BriefSection]?

    /// The handout's sections in order, then the annex's.
    var allSections: [BriefSection] { firstPage + secondPage + (annex ?? []) }

    /// The heading of the annex part ("ภาคผนวก / Annex").
    static let annexHeading = "ภาคผนวก / Annex"
}

/// What a section is, for layout and for tests (`<section class="gaps">`).
enum BriefSectionKind: String, Equatable, CaseIterable {
    case indicators, map, gaps, meeting, who, resources, projects, costs
    case directory, allResources = "all-resources", indicatorTables = "indicator-tables", log, sources

    var isAnnex: Bool { [.directory, .allResources, .indicatorTables, .log, .sources].contains(self) }
}

/// One section with a bilingual heading ("ช่องว่าง / Gaps") and its number
/// in the brief ("3", or "A1" in the annex).
struct BriefSection: Equatable {
    var kind: BriefSectionKind
    var number: String
    var thai: String
    var english: String
    var blocks: [BriefBlock]

    var heading: String { "\(thai) / \(english)" }
    var numberedHeading: String { "\(number). \(heading)" }
}

/// The kinds of content a section holds.
enum BriefBlock: Equatable {
    case paragraph(String)
    /// Label–value pairs ("รหัสไปรษณีย์: 56000").
    case facts([BriefFact])
    case table(BriefTable)
    case bullets([String])
    /// Items with lines under each (a need and the offers that could meet it).
    case items([BriefItem])
    case subheading(String)
    /// Lines shown exactly as they are, in a monospaced block.
    case preformatted([String])
    /// The map: a character map for text and Markdown, a drawing for HTML.
    case map(BriefMap)
    /// Lines and a table left empty, to be filled in by hand at the meeting.
    case form(BriefForm)
    /// Small print under a table: footnotes, sources.
    case note(String)
}

struct BriefFact: Equatable {
    var label: String
    var value: String
}

/// A line with lines under it, each indented.
struct BriefItem: Equatable {
    var text: String
    var details: [String]
}

/// A table; a cell may hold "\n" where its lines break.
struct BriefTable: Equatable {
    var headers: [String]
    var rows: [[String]]
    /// Columns of numbers, aligned right.
    var numeric: Set<Int> = []
    /// Columns whose cells never wrap in HTML (ranks, years, dates).
    var unbroken: Set<Int> = []
    /// Keep columns in plain text even when cells must wrap to fit (short
    /// figures); otherwise a table too wide for the page is written as one
    /// block per row.
    var keepColumnsInText = false
}

/// A column of a table made from rows of `Row`: its header, how it reads,
/// and whether this brief shows it (a province has no rank in a province).
struct BriefColumn<Row> {
    var header: String
    var numeric = false
    var unbroken = false
    var shown = true
    var cell: (Row) -> String
}

extension BriefTable {
    /// The columns shown of `rows`; which are numeric or unbroken is said
    /// by the column, so leaving one out moves nothing else.
    init<Row>(_ rows: [Row], _ columns: [BriefColumn<Row>], keepColumnsInText: Bool = false) {
        let shown = columns.filter(\.shown)
        self.init(headers: shown.map(\.header), rows: rows.map { row in shown.map { $0.cell(row) } },
                  numeric: Set(shown.indices.filter { shown[$0].numeric }),
                  unbroken: Set(shown.indices.filter { shown[$0].unbroken }), keepColumnsInText: keepColumnsInText)
    }
}

/// Room for the meeting: labelled lines to write on, and a table of
/// follow-ups with empty rows.
struct BriefForm: Equatable {
    struct Field: Equatable {
        var label: String
        /// Ruled lines to write on (1: the rest of the label's line).
        var lines: Int
    }
    var fields: [Field]
    var tableTitle: String
    var tableHeaders: [String]
    var tableRows: Int
}
