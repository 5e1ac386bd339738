import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a bundle into a temporary owner-only file beside the target and
/// renames it into place, so a reader never sees half a bundle and the
/// contacts inside are not readable by other users.
final class BundleFileWriter {
    private let path: String
    private let tempPath: String
    private var fd: Int32
    private var buffer: [UInt8] = []
    private var hasher = SHA256()
    private var lineCount = 0
    private var done = false

    init(path: String) throws {
        self.path = path
        tempPath = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        fd = open(tempPath, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if fd < 0 { throw BundleError("cannot write \(path): \(String(cString: strerror(errno)))") }
        buffer.reserveCapacity(1 << 20)
    }

    deinit {
        if !done {
            close(fd)
            unlink(tempPath)
        }
    }

    func line(_ text: String) throws {
        let start = buffer.count
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        buffer[start...].withUnsafeBytes { hasher.update($0) }
        lineCount += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends the end line, syncs and renames; returns the checksum.
    func finish() throws -> String {
        let sha = hasher.finalizeHex()
        buffer.append(contentsOf: BundleLines.trailer(lines: lineCount, sha256: sha).utf8)
        buffer.append(UInt8(ascii: "\n"))
        try flush()
        guard fsync(fd) == 0, close(fd) == 0 else { throw BundleError("cannot write \(path): \(String(cString: strerror(errno)))") }
        done = true
        guard rename(tempPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(tempPath)
            throw BundleError("cannot write \(path): \(reason)")
        }
        return sha
    }

    private func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BundleError("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A temporary file of lines, for record lines written before the header
/// that counts them.
final class SpoolFile {
    let path: String
    private let handle: UnsafeMutablePointer<FILE>

    init(near target: String) throws {
        path = target + ".spool-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0, let f = fdopen(fd, "w+") else { throw BundleError("cannot write beside \(target): \(String(cString: strerror(errno)))") }
        handle = f
    }

    deinit {
        fclose(handle)
        unlink(path)
    }

    func append(_ line: String) throws {
        var text = line
        text.append("\n")
        let ok = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) == $0.count }
        if !ok { throw BundleError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    /// Every line back, in order.
    func forEachLine(_ body: (String) throws -> Void) throws {
        fflush(handle)
        lseek(fileno(handle), 0, SEEK_SET)
        var reader = LineReader(FileByteSource(borrowing: fileno(handle), path: path))
        while let (line, _) = try reader.next(maxBytes: Int.max) {
            try body(String(decoding: line, as: UTF8.self))
        }
    }
}

extension FileByteSource {
    /// Reads a descriptor someone else closes.
    init(borrowing fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }
}
