import Foundation

/// Shape checks for what bundles carry: values must already be in the
/// canonical form the store writes, so a bundle cannot smuggle in text the
/// editing API would have refused.
enum Validate {
    static let maxValueBytes = 1 << 20

    static func isStamp(_ s: String) -> Bool {
        // `Stamp(s)` takes digits only, so its text is exactly `s`.
        guard let stamp = Stamp(s), stamp.wallMillis > 0 else { return false }
        return isReplicaID(stamp.replica)
    }

    static func isReplicaID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 64 && s.utf8.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    static func isRecordID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 128 && s.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || "-_.:".utf8.contains($0)
        }
    }

    static func isAreaCode(_ s: String) -> Bool {
        [2, 4, 6].contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// NFC, no control characters but tab and line breaks, bounded.
    static func isPlainText(_ s: String) -> Bool {
        s.utf8.count <= maxValueBytes
            && s.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }
            && s.nfc.utf8.elementsEqual(s.utf8) // no arrays: this runs on every value of a bundle
    }

    private static func isAlnum(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    /// Why `value` is not a canonical value of `spec`, or nil if it is.
    static func problem(_ spec: FieldSpec, _ value: String) -> String? {
        guard !value.isEmpty else { return "empty (an empty value is written as null)" }
        guard isPlainText(value) else { return "not plain NFC text" }
        func list(_ ok: (String) -> Bool) -> String? {
            let items = value.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard items.allSatisfy(ok) else { return "has an item that is not accepted" }
            guard zip(items, items.dropFirst()).allSatisfy({ $0 < $1 }) else { return "items not sorted and unique" }
            return nil
        }
        switch spec.kind {
        case .text: return nil
        case .integer:
            guard let n = Int64(value), String(n) == value else { return "not a whole number" }
            return spec.rangeProblem(Double(n))?.english
        case .real:
            guard let d = Double(value), d.isFinite, canonicalNumber(d) == value else { return "not a number" }
            return spec.rangeProblem(d)?.english
        case .bool: return value == "0" || value == "1" ? nil : "not 0 or 1"
        case .phone: return value.utf8.count <= 15 && value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? nil : "not phone digits"
        case .email: return EmailAddress.isValid(value) && value == value.lowercased() ? nil : "not an e-mail address"
        case .lineID: return value.utf8.count <= 40 && value.allSatisfy(\.isASCII) ? nil : "not a LINE ID"
        case .date: return CalendarDate.isStoredForm(value) ? nil : "not a date YYYY-MM-DD"
        case let .word(words): return words.contains(value) ? nil : "not one of \(words.joined(separator: ", "))"
        case let .words(words): return list { words.contains($0) }
        case .areaCode: return isAreaCode(value) ? nil : "not an area code"
        case .areaCodes: return list(isAreaCode)
        case .recordID: return isRecordID(value) ? nil : "not a record id"
        case .recordIDs: return list(isRecordID)
        case .caseCode: return CaseCode.problem(value).map { "not a case code: " + $0.english } ?? (value == value.uppercased() ? nil : "not upper case")
        }
    }
}
