/// A quick reader for record lines exactly as `BundleLines.record` writes
/// them, beside the general one (`JSONSerialization`, then
/// `BundleParse.record`), which took a third of a national bundle import.
///
/// It only ever accepts: it returns a record when the line has the
/// writer's layout (no spaces, keys in the writer's order, strings without
/// escapes, valid UTF-8) and passes every check `BundleParse.record` makes,
/// and nil for anything else, which then goes the general way and gets its
/// message there. So a line reads the same either way, and a line the
/// general reader refuses is never accepted here.
enum BundleFastRecord {
    static func parse(_ line: [UInt8]) -> BundleRecord? {
        line.withUnsafeBufferPointer { bytes in
            var c = Cursor(bytes: bytes)
            return read(&c)
        }
    }

    private static func read(_ c: inout Cursor) -> BundleRecord? {
        guard c.take("{\"type\":"), let typeName = c.string(), let type = RecordType(rawValue: typeName),
              c.take(",\"id\":"), let id = c.string(), Validate.isRecordID(id),
              c.take(",\"stamp\":"), let base = c.string(), Validate.isStamp(base),
              c.take(",\"fields\":{") else { return nil }
        let specs = type.storedFields
        let baseBytes = Array(base.utf8)
        var fields: [String: [BundleVersion]] = [:]
        if !c.take("}") {
            repeat {
                guard let name = c.string(), fields[name] == nil, let spec = specs.first(where: { $0.name == name }),
                      c.take(":[") else { return nil }
                var versions: [BundleVersion] = []
                repeat {
                    // Most versions carry the record's own stamp: reuse it, already checked.
                    guard c.take("["), let stamp = c.string(sameAs: baseBytes, base) ?? c.string(),
                          stamp == base || (Validate.isStamp(stamp) && stamp >= base), c.take(",") else { return nil }
                    if let last = versions.last, !(stamp < last.stamp) { return nil }
                    var value: String?
                    if !c.take("null") {
                        guard let text = c.string(), spec.check(text) == nil else { return nil }
                        value = text
                    }
                    guard c.take("]") else { return nil }
                    versions.append(BundleVersion(stamp: stamp, value: value))
                } while c.take(",")
                guard c.take("]") else { return nil }
                if versions[0].value == nil && (spec.required || spec.kind == .bool) { return nil }
                fields[name] = versions
            } while c.take(",")
            guard c.take("}") else { return nil }
        }
        guard c.take("}"), c.atEnd, fields.count == specs.count else { return nil }
        return BundleRecord(type: type, id: id, stamp: base, fields: fields)
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        var atEnd: Bool { i == bytes.count }

        /// Consumes `literal` if the line continues with it.
        mutating func take(_ literal: StaticString) -> Bool {
            let n = literal.utf8CodeUnitCount
            guard bytes.count - i >= n else { return false }
            let p = literal.utf8Start
            for k in 0..<n where bytes[i + k] != p[k] { return false }
            i += n
            return true
        }

        /// `text` if the line continues with `bytes` (its UTF-8) quoted.
        mutating func string(sameAs bytes: [UInt8], _ text: String) -> String? {
            let n = bytes.count
            guard self.bytes.count - i >= n + 2, self.bytes[i] == UInt8(ascii: "\""), self.bytes[i + n + 1] == UInt8(ascii: "\"") else { return nil }
            for k in 0..<n where self.bytes[i + 1 + k] != bytes[k] { return nil }
            i += n + 2
            return text
        }

        /// A quoted string without escapes or control characters, as valid UTF-8.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            let start = i + 1
            var j = start
            while j < bytes.count {
                let b = bytes[j]
                if b == UInt8(ascii: "\"") { break }
                if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
                j += 1
            }
            guard j < bytes.count else { return nil }
            i = j + 1
            return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<j]), as: UTF8.self)
        }
    }
}
