import Foundation

extension Store {
    /// The database file itself: where it is, its schema version, its
    /// integrity, a consistent copy of it.
    ///
    /// ```swift
    /// guard try store.file.integrityProblems().isEmpty else { … }
    /// try store.file.backup(to: "/media/usb/ecosystem-2568-01-05.sqlite")
    /// ```
    public struct File: StorePart {
        let context: StoreContext

        /// The path the store was opened with (":memory:" for a private in-memory one).
        public var path: String { db.path }

        /// The schema version the file is at (`PRAGMA user_version`; after
        /// opening, `Store.schemaVersion`).
        public func schemaVersion() throws -> Int {
            try db.userVersion
        }

        /// SQLite's `integrity_check` and `foreign_key_check`; empty when all is well.
        public func integrityProblems() throws -> [String] {
            try db.integrityProblems()
        }

        /// Copies the whole database into `destination` (a new file) with
        /// SQLite's online backup: consistent even while others write.
        public func backup(to destination: String) throws {
            try db.backup(to: destination)
        }

        /// Writes the write-ahead log back into the file and empties it, so
        /// that the file alone holds the whole database (before it is
        /// renamed into place or copied).
        public func checkpoint() throws {
            try db.checkpoint()
        }

        /// Runs `body`, which fills a new file nobody else can see yet
        /// (`tisep init` fills a temporary file and renames it into place,
        /// or removes it on any failure), without the write-ahead log — each
        /// page would be written twice, to the log and back at the
        /// checkpoint — and without a sync per commit; then syncs the file
        /// once, whole, and leaves it in WAL mode as every later open
        /// expects. The rollback journal stays (in memory), so a failed step
        /// inside still rolls back.
        public func fillingNewFile<T>(_ body: () throws -> T) throws -> T {
            try db.execute("PRAGMA journal_mode = MEMORY")
            try db.execute("PRAGMA synchronous = OFF")
            let result = try body()
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute("PRAGMA synchronous = NORMAL")
            let fd = open(db.path, O_RDONLY)
            guard fd >= 0, fsync(fd) == 0 else {
                let reason = String(cString: strerror(errno))
                if fd >= 0 { close(fd) }
                throw StoreError.message("cannot write \(db.path) to disk: \(reason)")
            }
            close(fd)
            return result
        }

        /// What to do when a write has waited a second for another writer
        /// (another `tisep` importing, the interface saving): it goes on
        /// waiting as long as needed and never fails for that reason; this
        /// is called once per wait so the user can be told. The command line
        /// passes it to `Store(path:create:whileWaiting:)` so that opening
        /// waits the same way; the interface can set it here.
        public func whileWaiting(_ notice: (() -> Void)?) {
            db.writerWait.notice = notice
        }
    }
}
