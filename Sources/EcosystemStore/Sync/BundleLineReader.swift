import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where bundle bytes come from: a file, or memory (tests and the fuzzer).
protocol BundleByteSource {
    /// Fills `buffer` from the start; returns how many bytes, 0 at the end.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

struct FileByteSource: BundleByteSource {
    let fd: Int32
    let path: String

    init(path: String) throws {
        fd = open(path, O_RDONLY)
        if fd < 0 { throw BundleError("cannot read \(path): \(String(cString: strerror(errno)))") }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            _ = Glibc.close(fd)
            throw BundleError("\(path) is a directory, not a bundle")
        }
        self.path = path
    }

    func close() { _ = Glibc.close(fd) }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            if n >= 0 { return n }
            if errno != EINTR { throw BundleError("cannot read \(path): \(String(cString: strerror(errno)))") }
        }
    }
}

struct MemoryByteSource: BundleByteSource {
    let bytes: [UInt8]
    var offset = 0

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        if n > 0 {
            bytes.withUnsafeBytes { src in
                buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
            }
        }
        offset += n
        return n
    }
}

/// Splits bytes into lines of at most a given length, never holding more
/// than one line plus one read buffer in memory.
struct LineReader<Source: BundleByteSource> {
    private(set) var source: Source
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(_ source: Source) { self.source = source }

    /// The next line without its "\n"; `terminated` is false when the data
    /// ended without one. Nil at the end of the data.
    mutating func next(maxBytes: Int) throws -> (line: [UInt8], terminated: Bool)? {
        var line: [UInt8] = []
        while true {
            if start == end {
                if atEnd { break }
                let n = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
                start = 0
                end = n
                if n == 0 { atEnd = true; break }
            }
            if let nl = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                guard line.count + (nl - start) <= maxBytes else { throw tooLong(maxBytes) }
                line.append(contentsOf: buffer[start..<nl])
                start = nl + 1
                lineNumber += 1
                return (line, true)
            }
            guard line.count + (end - start) <= maxBytes else { throw tooLong(maxBytes) }
            line.append(contentsOf: buffer[start..<end])
            start = end
        }
        if line.isEmpty { return nil }
        lineNumber += 1
        return (line, false)
    }

    private func tooLong(_ max: Int) -> BundleError {
        BundleError("line \(lineNumber + 1) is longer than \(max / 1024) KiB: not a tisep bundle, or a damaged one")
    }
}
