import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one rule for every file tisep writes because a user named it (`-o FILE`
/// of every command, the interface's `e` and `x`), so that no output path
/// destroys data (docs/security.md, "Files tisep writes"):
///
/// - the database in use is never written, under any spelling of its path —
///   relative, with `./`, `..` or doubled slashes, through a symbolic link to
///   it or to its folder, a hard link — nor its `-wal`, `-shm` or `-journal`
///   file, even with `--force`;
/// - an existing file is replaced only when asked (`--force`, or "yes" to the
///   interface's question);
/// - the new content goes to a temporary file in the target's folder (so the
///   rename is atomic), is synced to disk, made owner-only (mode 0600) and
///   only then renamed into place: an interrupted or failed write leaves the
///   target as it was and never half a file under its name.
///
/// ```swift
/// let output = OutputFile("mine.tisep", replace: force, database: databasePath)
/// let report = try output.write { temporary in try store.sync.exportBundle(to: temporary) }
/// ```
package struct OutputFile {
    /// The path as the user gave it; messages quote it so.
    package let path: String
    /// Replace an existing file (`--force`, or "yes" in the interface).
    package var replace: Bool
    /// The database in use (none for a command that opens none and has no
    /// default either; a path that does not exist yet is protected by name).
    package var database: String?
    /// The output is itself a SQLite database (`backup`): replacing one also
    /// removes the old file's `-wal` and `-shm`, which SQLite would otherwise
    /// replay into the new file.
    package var isDatabaseFile = false

    package init(_ path: String, replace: Bool = false, database: String?, isDatabaseFile: Bool = false) {
        self.path = path
        self.replace = replace
        self.database = database
        self.isDatabaseFile = isDatabaseFile
    }

    /// Throws the refusal the rule gives for this target, if any; writes nothing.
    package func check() throws {
        guard !path.isEmpty else { throw OutputFileError.noName }
        var st = stat()
        let exists = lstat(path, &st) == 0
        if path.hasSuffix("/") || (stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR) {
            throw OutputFileError.isFolder(path)
        }
        if let database, ProtectedFiles(database: database).contains(path) { throw OutputFileError.isDatabase(path) }
        let folder = Self.folder(of: path)
        guard stat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { throw OutputFileError.noFolder(path, folder) }
        if exists && !replace { throw OutputFileError.exists(path) }
    }

    /// Writes the file: checks the rule, lets `body` create the new content at
    /// a temporary path in the target's folder (it may write it however it
    /// likes, even by renaming its own temporary file there), then syncs it,
    /// makes it owner-only and renames it into place. Whatever fails — the
    /// rule, `body`, the disk — the temporary file is removed and the target
    /// is left as it was.
    @discardableResult
    package func write<T>(_ body: (_ temporaryPath: String) throws -> T) throws -> T {
        try check()
        let temporary = Self.folder(of: path) + "/.tisep-\(getpid())-\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).tmp"
        do {
            let result = try body(temporary)
            try settle(temporary)
            try place(temporary)
            return result
        } catch {
            for suffix in ProtectedFiles.companions { unlink(temporary + suffix) }
            throw error
        }
    }

    /// Writes `text` as UTF-8.
    package func write(text: String) throws {
        try write { temporary in
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw cannotWrite() }
            defer { close(fd) }
            var bytes = Array(text.utf8)
            var written = 0
            while written < bytes.count {
                let n = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw cannotWrite() }
                written += n
            }
        }
    }

    /// Owner-only and on the disk before it gets the real name, so that a
    /// power cut after the rename cannot leave an empty file there.
    private func settle(_ temporary: String) throws {
        guard chmod(temporary, 0o600) == 0 else { throw cannotWrite() }
        let fd = open(temporary, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw cannotWrite() }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw cannotWrite() }
    }

    private func place(_ temporary: String) throws {
        // Again at the last moment: a long export gives time for names to change.
        try check()
        if replace {
            if isDatabaseFile { removeStaleCompanions() }
            guard rename(temporary, path) == 0 else { throw cannotWrite() }
        } else if link(temporary, path) == 0 {
            // link() fails if the name exists: a file made meanwhile is never clobbered.
            unlink(temporary)
        } else if errno == EEXIST {
            throw OutputFileError.exists(path)
        } else {
            // A file system without hard links (a FAT USB stick): the check
            // above is the guard.
            guard rename(temporary, path) == 0 else { throw cannotWrite() }
        }
        let folder = open(Self.folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder) // the rename itself reaches the disk
            close(folder)
        }
    }

    private func removeStaleCompanions() {
        let protected = database.map(ProtectedFiles.init(database:))
        for suffix in ProtectedFiles.companions.dropFirst() where !(protected?.contains(path + suffix) ?? false) {
            unlink(path + suffix)
        }
    }

    private func cannotWrite() -> OutputFileError { .cannotWrite(path, String(cString: strerror(errno))) }

    /// `./STEM-YYYY-MM-DD-HHMM.EXT` in `folder`, in local time on the
    /// Gregorian calendar (whatever the locale's calendar), or with `-2`,
    /// `-3`, … when a file has that name: a default that never collides.
    package static func freshName(_ stem: String, extension ext: String, at date: Date, folder: String = ".") -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ n: Int?) -> String { let t = String(n ?? 0); return t.count < 2 ? "0" + t : t }
        let base = "\(folder)/\(stem)-\(c.year ?? 0)-\(two(c.month))-\(two(c.day))-\(two(c.hour))\(two(c.minute))"
        var name = base + "." + ext
        var st = stat()
        var n = 2
        while lstat(name, &st) == 0 {
            name = "\(base)-\(n).\(ext)"
            n += 1
        }
        return name
    }

    /// The folder a path names its file in ("." for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}

/// The files of the database in use, known by identity (device and inode)
/// where they exist and by their absolute, symlink-free name in any case.
struct ProtectedFiles {
    static let companions = ["", "-wal", "-shm", "-journal"]

    private var identities: Set<[UInt64]> = []
    private var names: Set<String> = []

    init(database: String) {
        // SQLite keeps the companions beside the file it opened, and opens
        // through a link to its target: protect both spellings.
        let spellings = [database] + [ProtectedFiles.canonical(database)].compactMap { $0 }
        for base in spellings {
            for suffix in ProtectedFiles.companions {
                if let id = ProtectedFiles.identity(base + suffix) { identities.insert(id) }
                if let name = ProtectedFiles.canonical(base + suffix) { names.insert(name) }
            }
        }
    }

    /// Whether writing to `path` would write one of these files.
    func contains(_ path: String) -> Bool {
        if let id = ProtectedFiles.identity(path), identities.contains(id) { return true }
        // A name that does not exist yet (or a link to nowhere) clobbers
        // nothing now, but must not become the database's name either.
        if let name = ProtectedFiles.canonical(path), names.contains(name) { return true }
        return false
    }

    /// Device and inode of what `path` leads to (links followed).
    static func identity(_ path: String) -> [UInt64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [UInt64(st.st_dev), UInt64(st.st_ino)]
    }

    /// The absolute name without `.`, `..`, doubled slashes or links: of the
    /// file if it exists, else of its folder followed by its name.
    static func canonical(_ path: String) -> String? {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let folder = OutputFile.folder(of: path)
        let name = path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != "..", let resolved = realpath(folder, nil) else { return nil }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return (base == "/" ? "" : base) + "/" + name
    }
}

/// Why a file was not written. Each message says what to do.
package enum OutputFileError: Error, CustomStringConvertible, Equatable {
    case noName
    case isDatabase(String)
    case exists(String)
    case isFolder(String)
    case noFolder(String, String)
    case cannotWrite(String, String)

    package var description: String {
        switch self {
        case .noName: return "the output file name is empty; give a file name"
        case let .isDatabase(path): return "\(path) is the database in use; write somewhere else"
        case let .exists(path): return "\(path) exists; give --force to replace it"
        case let .isFolder(path): return "\(path) is a folder; give a file name inside it"
        case let .noFolder(path, folder): return "cannot write \(path): there is no folder \(folder); create it first or choose another place"
        case let .cannotWrite(path, reason): return "cannot write \(path): \(reason)"
        }
    }
}

extension OptionSpec {
    /// `-o FILE`, the same for every command that writes a file.
    package static func output(_ help: String, placeholder: String = "FILE") -> OptionSpec {
        OptionSpec(long: "output", short: "o", value: placeholder, help: help + " (mode 0600; never the database in use)")
    }

    /// `--force` of a command that writes a file.
    package static let force = OptionSpec(long: "force", help: "replace the output file if it exists (never the database in use)")
}

extension Invocation {
    /// This command's `-o FILE` under the output rule (``OutputFile``): its
    /// `--force` and the database in use; nil without `-o`.
    package func outputFile(isDatabaseFile: Bool = false) throws -> OutputFile? {
        guard let path = value("output") else { return nil }
        guard !path.isEmpty else { throw UsageError(message: "-o needs a file name, not an empty one") }
        return OutputFile(path, replace: flag("force"), database: try databasePath, isDatabaseFile: isDatabaseFile)
    }

    /// `-o FILE` when the command cannot work without it.
    package func requiredOutputFile(isDatabaseFile: Bool = false) throws -> OutputFile {
        guard let output = try outputFile(isDatabaseFile: isDatabaseFile) else { throw UsageError(message: "give -o FILE") }
        return output
    }
}
