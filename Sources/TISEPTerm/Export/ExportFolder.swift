import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the interface's exports go by default, so that a coordinator finds
/// them in the file manager: `tisep/` in the documents folder — the XDG
/// documents folder (`$XDG_DOCUMENTS_DIR`, else `XDG_DOCUMENTS_DIR` in
/// `~/.config/user-dirs.dirs`, which desktops set to the localised folder,
/// `~/เอกสาร` on a Thai desktop), else `~/Documents`. The folder is made,
/// owner-only (0700: it holds contacts), when the first file is written
/// there. Without a home folder: the current directory, as before.
enum ExportFolder {
    static func path(environment: [String: String]) -> String {
        guard let home = nonEmpty(environment["HOME"]) else { return "." }
        return documents(environment: environment, home: home) + "/tisep"
    }

    /// The documents folder; a setting that names the home folder itself
    /// means "no documents folder" (the XDG convention).
    static func documents(environment: [String: String], home: String) -> String {
        var setting = nonEmpty(environment["XDG_DOCUMENTS_DIR"])
        if setting == nil {
            let config = nonEmpty(environment["XDG_CONFIG_HOME"]) ?? home + "/.config"
            if let text = try? String(contentsOfFile: config + "/user-dirs.dirs", encoding: .utf8) {
                setting = userDirsValue(text, key: "XDG_DOCUMENTS_DIR")
            }
        }
        guard var folder = setting else { return home + "/Documents" }
        if folder.hasPrefix("$HOME") { folder = home + folder.dropFirst(5) }
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        guard folder.hasPrefix("/"), folder != home else { return home + "/Documents" }
        return folder
    }

    /// The value of `KEY="…"` in user-dirs.dirs (shell syntax: comments, quotes).
    static func userDirsValue(_ text: String, key: String) -> String? {
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.hasPrefix("#"), trimmed.hasPrefix(key + "=") else { continue }
            var value = String(trimmed.dropFirst(key.count + 1))
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return nonEmpty(value)
        }
        return nil
    }

    /// `~/…` as typed (or proposed) in the prompt, with the home folder.
    static func expand(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = nonEmpty(environment["HOME"]) else { return path }
        return home + path.dropFirst()
    }

    /// A path for the status line and the prompt: the home folder as `~`.
    static func shown(_ path: String, environment: [String: String]) -> String {
        guard let home = nonEmpty(environment["HOME"]), home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Makes `folder` and any missing folder above it, each owner-only.
    static func create(_ folder: String) throws {
        var st = stat()
        if stat(folder, &st) == 0 { return }
        let parent = OutputFile.folder(of: folder)
        if parent != folder, parent != "." { try create(parent) }
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw OutputFileError.cannotWrite(folder, String(cString: strerror(errno)))
        }
    }

    private static func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
}
