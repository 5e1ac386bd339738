import Foundation

/// What a bundle holds after its header, in file order.
public enum BundleItem: Sendable, Equatable {
    /// An area line as written, with its fields that break the rule.
    case area(Area, faults: [HeldBackValue])
    /// A record line as written (its faults in `BundleRecord.faults`).
    case record(BundleRecord)
}

/// Reads and checks a bundle line by line. Items come out only while every
/// line so far is valid; the end line's checksum is checked before `next()`
/// returns nil. A problem inside the file is reported only after the whole
/// file has been hashed, so a damaged file is called damaged rather than
/// blamed on whichever line the damage happened to hit.
struct BundleReader<Source: BundleByteSource> {
    private var lines: LineReader<Source>
    private var hasher = SHA256()
    private(set) var header: BundleHeader
    private var problem: BundleError?
    private var finished = false
    private var lastArea = ""
    private var lastRecord: (rank: Int, id: String)?
    private(set) var areaCodes = Set<String>()
    private(set) var counts: [String: Int] = [:]
    /// The newest stamp in the bundle, for the reader's clock.
    private(set) var newestStamp: Stamp?
    /// The checksum from the end line, once read.
    private(set) var checksum: String?
    private let latestAllowed: Int64
    /// `latestAllowed` + 1 as a stamp's 13 digits: a stamp whose digits sort before it is not from the future.
    private let latestAllowedDigits: [UInt8]
    private var newestText = ""
    /// Laptop names in the header that break the rule (not remembered).
    private(set) var headerFaults: [HeldBackValue] = []

    init(_ source: Source, now: Date = Date()) throws {
        lines = LineReader(source)
        latestAllowed = Int64((now.timeIntervalSince1970 + BundleFormat.futureTolerance) * 1000)
        let digits = String(min(latestAllowed + 1, 9_999_999_999_999))
        latestAllowedDigits = Array((String(repeating: "0", count: max(0, 13 - digits.count)) + digits).utf8)
        guard let (first, _) = try lines.next(maxBytes: BundleFormat.maxHeaderBytes) else {
            throw BundleError("the file is empty: not a tisep bundle")
        }
        hasher.update(first)
        hasher.update([UInt8(ascii: "\n")])
        header = try BundleParse.header(first)
        do {
            headerFaults = try BundleParse.headerFields(first, into: &header)
        } catch let error as BundleError {
            problem = BundleError("line 1 (the header): \(error.message)")
        }
    }

    /// The next area or record; nil after a valid end line and nothing after it.
    mutating func next() throws -> BundleItem? {
        if finished { return nil }
        while true {
            guard let (line, terminated) = try lines.next(maxBytes: BundleFormat.maxLineBytes) else {
                throw problem ?? BundleError("the file ends before its end line: it was cut short; ask for the bundle again")
            }
            let before = hasher
            hasher.update(line)
            hasher.update([UInt8(ascii: "\n")])
            if line.starts(with: Array("{\"end\":".utf8)) {
                try finish(line, terminated: terminated, hashBefore: before)
                return nil
            }
            guard terminated else {
                throw BundleError("the file ends in the middle of line \(lines.lineNumber): it was cut short; ask for the bundle again")
            }
            if problem != nil { continue }
            do {
                return try item(line)
            } catch let error as BundleError {
                problem = BundleError("line \(lines.lineNumber): \(error.message)")
            } catch let future as FutureStamp {
                problem = fromTheFuture(replica: future.replica, wallMillis: future.wallMillis)
            }
        }
    }

    private mutating func checkEndLine(_ line: [UInt8], terminated: Bool, hashBefore: SHA256) throws {
        // However the end line fails to parse, it means one thing to the user.
        let trailer = try? BundleParse.trailer(line)
        guard let trailer, terminated else {
            throw BundleError("the end line is damaged: the file was changed or cut short; ask for the bundle again")
        }
        guard trailer.sha256 == hashBefore.finalizeHex(), trailer.lines == lines.lineNumber - 1 else {
            throw BundleError("the checksum does not match: the file was changed or damaged after it was written; ask for the bundle again")
        }
        let endLine = lines.lineNumber
        // Whatever follows (a second bundle, a second end line, a stray
        // byte), the message names where the bundle ended.
        let after: (line: [UInt8], terminated: Bool)?
        do { after = try lines.next(maxBytes: BundleFormat.maxLineBytes) } catch is BundleError { after = ([], false) }
        if let after {
            let what = after.line.starts(with: Array("{\"end\":".utf8)) ? "a second end line" : "more data"
            throw BundleError("line \(endLine + 1): \(what) after the end line (line \(endLine)): nothing may follow it; the file was changed after it was written (two bundles joined?); ask for the bundle again")
        }
        checksum = trailer.sha256
    }

    private mutating func finish(_ line: [UInt8], terminated: Bool, hashBefore: SHA256) throws {
        try checkEndLine(line, terminated: terminated, hashBefore: hashBefore)
        if let problem { throw problem }
        for (key, promised) in header.counts where (counts[key] ?? 0) != promised {
            throw BundleError("the header promises \(promised) \(key) but the file holds \(counts[key] ?? 0): it was not written by tisep")
        }
        for (key, found) in counts where header.counts[key] == nil && found > 0 {
            throw BundleError("the header does not count its \(key) lines: it was not written by tisep")
        }
        finished = true
    }

    private mutating func item(_ line: [UInt8]) throws -> BundleItem {
        if let record = BundleFastRecord.parse(line) { return try accept(record) }
        let object = try BundleParse.object(line)
        if object["area"] != nil {
            guard lastRecord == nil else { throw BundleError("an area line after the records") }
            let (area, faults) = try BundleParse.area(object)
            guard area.code > lastArea else { throw BundleError("area \(area.code) is out of order or repeated") }
            if let parent = area.parent, !areaCodes.contains(parent) {
                throw BundleError("area \(area.code) comes without its parent area \(parent)")
            }
            lastArea = area.code
            areaCodes.insert(area.code)
            counts["areas", default: 0] += 1
            return .area(area, faults: faults)
        }
        return try accept(try BundleParse.record(object, format: header.version))
    }

    private mutating func accept(_ record: BundleRecord) throws -> BundleItem {
        let key = (record.type.bundleRank, record.id)
        if let last = lastRecord, !(last < key) {
            throw BundleError("record \(record.id) is out of order or repeated")
        }
        lastRecord = key
        // A value held back names no area (it may not be an area code at all).
        for code in record.cleaned().referencedAreas where !areaCodes.contains(code) {
            throw BundleError("record \(record.id) names area \(code), which the bundle does not carry")
        }
        try checkStamps(record)
        counts[record.type.rawValue, default: 0] += 1
        return .record(record)
    }

    private func fromTheFuture(replica: String, wallMillis: Int64) -> BundleError {
        let name = header.replicas[replica].map { "'\($0)' (\(replica))" } ?? replica
        let date = Date(timeIntervalSince1970: Double(wallMillis) / 1000)
        let day = ISO8601DateFormatter().string(from: date).prefix(10)
        return BundleError("it carries edits from laptop \(name) dated \(day), more than a day in the future: that laptop's clock is wrong (a Buddhist-era year such as 2568 set as the Christian year?); set its date right, then export again")
    }

    private mutating func checkStamps(_ record: BundleRecord) throws {
        var previous = ""
        for versions in record.fields.values {
            for v in versions where v.stamp != previous {
                previous = v.stamp
                guard v.stamp > newestText || v.stamp.utf8.prefix(13).lexicographicallyPrecedes(latestAllowedDigits) == false else { continue }
                // Stamps' texts sort in stamp order: only a stamp newer than
                // every one so far, or past the allowed wall time, needs parsing.
                guard let stamp = Stamp(v.stamp) else { continue }
                if stamp.wallMillis > latestAllowed {
                    throw fromTheFuture(replica: stamp.replica, wallMillis: stamp.wallMillis)
                }
                if v.stamp > newestText {
                    newestText = v.stamp
                    newestStamp = stamp
                }
            }
        }
    }
}

extension BundleReader where Source == FileByteSource {
    /// Opens the bundle at `path`.
    init(path: String, now: Date = Date()) throws {
        let source = try FileByteSource(path: path)
        do {
            try self.init(source, now: now)
        } catch {
            source.close()
            throw error
        }
    }

    func close() { lines.closeSource() }
}

extension LineReader where Source == FileByteSource {
    func closeSource() { source.close() }
}
