import Foundation

/// The formats of what gives a bundle its structure: stamps, replica ids,
/// record ids, area codes, bundle checksums. A line that breaks one of
/// these was not written by tisep, and the bundle is refused whole. (What
/// a field's *value* must be is the acceptance rule, `FieldSpec.check`: a
/// value that breaks it is held back, not a reason to refuse the bundle.)
enum Validate {
    /// A stamp, by the one stamp parser (`Stamp.init?`).
    static func isStamp(_ s: String) -> Bool { Stamp(s) != nil }

    static func isReplicaID(_ s: String) -> Bool { Stamp.isReplicaID(s) }

    static func isRecordID(_ s: String) -> Bool {
        !s.isEmpty && s.utf8.count <= 128 && s.utf8.allSatisfy {
            ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || "-_.:".utf8.contains($0)
        }
    }

    static func isAreaCode(_ s: String) -> Bool {
        [2, 4, 6].contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A bundle's id (`since`, the end line's checksum): its SHA-256 as 64
    /// lower-case hex digits.
    static func isBundleID(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
