import Foundation
import EcosystemStore
import DefaultData

extension CommandLineTool {
    package static let initCommand = Command(
        name: "init", synopsis: "[--demo | --empty | --schema-only] [--force]",
        summary: "create the database (default: the embedded demo data set)",
        options: [
            OptionSpec(long: "demo", help: "the real geography and boundaries of the whole country and a generated demo ecosystem in the pilot provinces (the default)"),
            OptionSpec(long: "empty", help: "the embedded geography and boundaries, and no ecosystem data"),
            OptionSpec(long: "schema-only", help: "the schema and nothing else (then import geography from files)"),
            OptionSpec(long: "force", help: "replace an existing database"),
        ],
        details: """
        The database is written to a temporary file beside PATH and moved into
        place only when complete, so an interrupted init leaves nothing behind.
        """,
        run: { inv in
            let modes = ["demo", "empty", "schema-only"].filter { inv.flag($0) }
            guard modes.count <= 1 else { throw UsageError(message: "choose one of --demo, --empty, --schema-only") }
            let content: DefaultDataSet.Content = modes.first == "empty" ? .geography : modes.first == "schema-only" ? .schema : .demo
            let path = try inv.databasePath
            if FileManager.default.fileExists(atPath: path) && !inv.flag("force") {
                throw JobError(message: "a database already exists at \(path); add --force to replace it (its data will be lost)")
            }
            let summary = try DefaultDataSet.create(at: path, content: content)
            inv.context.print("created \(path)")
            inv.context.print(summary)
        })
}

/// Builds a new database from the data embedded in the binary.
package enum DefaultDataSet {
    package enum Content { case schema, geography, demo }

    /// Creates the database at `path` (replacing any) and returns a summary line.
    @discardableResult
    package static func create(at path: String, content: Content) throws -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw JobError(message: "cannot create the folder \(folder) for the database; choose another place with --db PATH")
        }
        let temporary = path + ".init-\(ProcessInfo.processInfo.processIdentifier)"
        removeDatabaseFiles(temporary)
        var summary = "schema version \(Store.schemaVersion)"
        do {
            let store = try Store(path: temporary, create: true)
            try store.file.fillingNewFile {
                // Geography and demo in one bulk write: the trigram index of
                // their 35,000 search documents is built once, at the end.
                try store.records.withBulkWrite(searchWrites: content == .demo ? 35_000 : 8_500) {
                    if content != .schema {
                        let load = try store.areas.loadEmbeddedGeography()
                        let counts = try store.areas.counts()
                        summary = NumberText.count(load.areas, "area", separators: false) + " ("
                            + CommandLineTool.plainCounts([(counts.provinces, "province"), (counts.amphoes, "amphoe"), (counts.tambons, "tambon")]) + "), "
                            + NumberText.count(load.boundaries, "boundary", "boundaries", separators: false)
                    }
                    if content == .demo {
                        summary += "; " + (try DemoData.populate(store))
                    }
                }
                try store.laptop.setMeta("dataset", content == .demo ? "demo" : "user")
            }
        }
        catch {
            removeDatabaseFiles(temporary)
            throw error
        }
        removeDatabaseFiles(path)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            removeDatabaseFiles(temporary)
            throw JobError(message: "cannot move the new database into \(path): \(reason)")
        }
        removeDatabaseFiles(temporary)
        return summary
    }

    package static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
