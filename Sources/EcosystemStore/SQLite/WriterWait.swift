import CSQLite
#if canImport(Glibc)
import Glibc
#endif

/// How a connection waits for another writer: without limit, and saying so.
///
/// SQLite lets one writer at a time into a file. Its busy timeout (5 s
/// until issue 13) made the second of two `tisep import` on one database
/// fail with "database is locked" whenever the first took longer — and a
/// national import takes minutes. A busy handler that always retries waits
/// as long as the other writer needs; after `noticeAfter` seconds of one
/// wait it calls `notice` once (the command line prints "waiting for
/// another tisep writing to …"), so a user who sees nothing happen knows why.
///
/// Why not `BEGIN IMMEDIATE` with a retry loop of our own: every write
/// already starts with `BEGIN IMMEDIATE` (`Database.transaction`), and
/// SQLite calls the busy handler exactly there, before any work is done; a
/// loop of our own would have to wrap every statement that may take a lock
/// (an autocommit write, a migration, the first write of a new database).
/// SQLite skips the handler only where waiting could deadlock (a read
/// transaction that tries to become a write one), which the store never does.
final class WriterWait {
    /// Called once per wait, after `noticeAfter` seconds of it.
    var notice: (() -> Void)?
    var noticeAfter: Double = 1
    private var started: Double = 0
    private var noticed = false

    /// One more attempt: sleeps a little (1 ms, doubling up to 50 ms) and
    /// says to try again. `attempt` is 0 at the start of each wait.
    func retry(attempt: Int) -> Int32 {
        let now = WriterWait.monotonicSeconds()
        if attempt == 0 {
            started = now
            noticed = false
        }
        if !noticed, now - started >= noticeAfter {
            noticed = true
            notice?()
        }
        let millis = attempt < 6 ? 1 << attempt : 50
        usleep(useconds_t(millis * 1000))
        return 1
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Installs this wait as the busy handler of `handle`. The connection
    /// keeps `self` alive (`Database.writerWait`) as long as the handle lives.
    func install(on handle: OpaquePointer) {
        sqlite3_busy_handler(handle, { context, attempt in
            guard let context else { return 0 }
            return Unmanaged<WriterWait>.fromOpaque(context).takeUnretainedValue().retry(attempt: Int(attempt))
        }, Unmanaged.passUnretained(self).toOpaque())
    }
}
