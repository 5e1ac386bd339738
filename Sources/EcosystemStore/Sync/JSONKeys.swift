/// Finds a key written twice in one JSON object. `JSONSerialization`
/// quietly keeps one of the two, so a line `{"name_th":…,"name_th":…}`
/// would mean different things to different readers; a bundle with one is
/// refused. Keys are compared after their escapes are decoded (`"\u0061"`
/// is `"a"`). Malformed JSON gives nil: the parser then says what is wrong.
enum JSONKeys {
    static func firstDuplicate(in line: [UInt8]) -> String? {
        line.withUnsafeBufferPointer { firstDuplicate(in: $0) }
    }

    private static func firstDuplicate(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // One entry per open object (its keys so far) or array (nil).
        var stack: [Set<String>?] = []
        var expectKey = false
        var i = 0
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                stack.append([])
                expectKey = true
            case UInt8(ascii: "["):
                stack.append(nil)
                expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
                expectKey = false
            case UInt8(ascii: ","):
                if let top = stack.last { expectKey = top != nil }
            case UInt8(ascii: "\""):
                guard let parsed = string(bytes, from: i) else { return nil }
                let text = parsed.0
                i = parsed.1
                if expectKey, let top = stack.last, var keys = top {
                    if keys.contains(text) { return text }
                    keys.insert(text)
                    stack[stack.count - 1] = keys
                }
                expectKey = false
                continue
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// The decoded string that starts at the quote at `start`, and the index after its closing quote.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var i = start + 1
        var plain = true
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { plain = false; i += 2; continue }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<i])
        if plain { return (String(decoding: body, as: UTF8.self), i + 1) }
        guard let decoded = unescape(body) else { return nil }
        return (decoded, i + 1)
    }

    private static func unescape(_ body: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        var units: [UInt16] = []
        func flushUnits() {
            guard !units.isEmpty else { return }
            out += Array(String(decoding: units, as: UTF16.self).utf8)
            units = []
        }
        var i = 0
        while i < body.count {
            let b = body[i]
            guard b == UInt8(ascii: "\\") else { flushUnits(); out.append(b); i += 1; continue }
            guard i + 1 < body.count else { return nil }
            let e = body[i + 1]
            i += 2
            if e == UInt8(ascii: "u") {
                guard i + 4 <= body.count, let unit = UInt16(String(decoding: UnsafeBufferPointer(rebasing: body[i..<(i + 4)]), as: UTF8.self), radix: 16) else { return nil }
                units.append(unit)
                i += 4
                continue
            }
            flushUnits()
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            default: out.append(e) // \" \\ \/
            }
        }
        flushUnits()
        return String(decoding: out, as: UTF8.self)
    }
}
