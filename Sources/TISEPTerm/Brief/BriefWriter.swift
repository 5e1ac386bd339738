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
    /// The brief of `code` as text; throws ``BriefError/unknownArea`` for a code with no area.
    static func render(code: String, format: BriefFormat, store: Store, thai: Bool, includePrivate: Bool,
                       now: Date = Date()) throws -> String {
        let builder = BriefBuilder(store: store, thai: thai, includePrivate: includePrivate, now: now)
        guard let brief = try builder.build(code) else { throw BriefError.unknownArea(AreaCode.bare(code)) }
        switch format {
        case .md: return BriefMarkdown.render(brief)
        case .txt: return BriefText.render(brief)
        case .html: return BriefHTML.render(brief, thai: thai)
        }
    }

    /// Writes the brief to `path` with mode 0600 (a brief may carry people's
    /// phone numbers). An existing file is kept unless `overwrite`; the file
    /// appears whole or not at all (written aside, then linked or renamed in).
    static func write(code: String, format: BriefFormat, to path: String, store: Store, thai: Bool,
                      includePrivate: Bool, overwrite: Bool = false, now: Date = Date()) throws {
        let text = try render(code: code, format: format, store: store, thai: thai, includePrivate: includePrivate, now: now)
        if !overwrite && FileManager.default.fileExists(atPath: path) { throw BriefError.exists(path) }
        let temporary = path + ".tisep-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw BriefError.cannotWrite(path, String(cString: strerror(errno))) }
        defer { unlink(temporary) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                let reason = String(cString: strerror(errno))
                close(fd)
                throw BriefError.cannotWrite(path, reason)
            }
            written += n
        }
        guard fsync(fd) == 0, close(fd) == 0 else { throw BriefError.cannotWrite(path, String(cString: strerror(errno))) }
        // link() fails if the name exists, so a file made meanwhile is never clobbered.
        let placed = overwrite ? rename(temporary, path) : link(temporary, path)
        guard placed == 0 else {
            if errno == EEXIST { throw BriefError.exists(path) }
            throw BriefError.cannotWrite(path, String(cString: strerror(errno)))
        }
    }
}

/// Why a brief could not be made.
enum BriefError: Error, CustomStringConvertible, Equatable {
    case unknownArea(String)
    case exists(String)
    case cannotWrite(String, String)

    var description: String {
        switch self {
        case let .unknownArea(code): return "no area with code \(code); try 'tisep search NAME --kind area'"
        case let .exists(path): return "\(path) already exists; choose another name or add --force to replace it"
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}
