import Foundation
import EcosystemStore

/// The formats a brief is written in.
enum BriefFormat: String, CaseIterable, Sendable {
    case md, txt, html

    /// The format a file name asks for (`brief.html`), if any.
    init?(fileName: String) {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "md", "markdown": self = .md
        case "txt", "text": self = .txt
        case "html", "htm": self = .html
        default: return nil
        }
    }
}

/// The brief of an area in a format, as text or into a file: the one entry
/// point for `tisep brief` and the TUI's export key.
enum BriefWriter {
    /// The brief of `code`; throws ``BriefError/unknownArea`` for a code with no area.
    static func brief(code: String, store: Store, thai: Bool, includePrivate: Bool, now: Date = Date(), annex: Bool = true) throws -> Brief {
        let builder = BriefBuilder(store: store, thai: thai, includePrivate: includePrivate, now: now, annex: annex)
        guard let brief = try builder.build(code) else { throw BriefError.unknownArea(AreaCode.bare(code)) }
        return brief
    }

    /// The brief as text in `format`.
    static func text(_ brief: Brief, format: BriefFormat, thai: Bool) -> String {
        // A brief is read on paper and in terminals (`cat brief.md`): a
        // control character in a name is shown, never carried.
        switch format {
        case .md: return TerminalSafe.text(BriefMarkdown.render(brief))
        case .txt: return TerminalSafe.text(BriefText.render(brief))
        case .html: return TerminalSafe.text(BriefHTML.render(brief, thai: thai))
        }
    }

    /// The brief of `code` as text.
    static func render(code: String, format: BriefFormat, store: Store, thai: Bool, includePrivate: Bool,
                       now: Date = Date(), annex: Bool = true) throws -> String {
        text(try brief(code: code, store: store, thai: thai, includePrivate: includePrivate, now: now, annex: annex), format: format, thai: thai)
    }

    /// Writes the brief to `output` under the output rule (``OutputFile``:
    /// mode 0600 — a brief may carry people's phone numbers —, never the
    /// database, an existing file only when asked, whole or not at all),
    /// and returns it.
    @discardableResult
    static func write(code: String, format: BriefFormat, to output: OutputFile, store: Store, thai: Bool,
                      includePrivate: Bool, now: Date = Date(), annex: Bool = true) throws -> Brief {
        let brief = try self.brief(code: code, store: store, thai: thai, includePrivate: includePrivate, now: now, annex: annex)
        try output.write(text: text(brief, format: format, thai: thai))
        return brief
    }
}

/// Why a brief could not be made.
enum BriefError: Error, CustomStringConvertible, Equatable {
    case unknownArea(String)

    var description: String {
        switch self {
        case let .unknownArea(code): return "no area with code \(code); try 'tisep search NAME --kind area'"
        }
    }
}
