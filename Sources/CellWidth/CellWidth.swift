/// How many terminal columns a Unicode scalar takes, measured the way
/// glibc's `wcwidth` and ncurses measure it, so that what is laid out is what
/// the screen shows. One leaf module because both the store (line wrapping,
/// matching) and the maps (labels, legends) measure text, and neither may
/// depend on the other.
///
/// Rule per scalar: general categories Mn, Me, Cf and Cc take 0 columns,
/// East Asian Wide/Fullwidth take 2, everything else 1. A grapheme cluster is
/// as wide as the sum of its scalars: `"ที่"` is 1 column, `"น้ำ"` is 2 (SARA AM,
/// U+0E33, is a spacing vowel).
///
/// ```swift
/// CellWidth.of("ก")   // 1
/// CellWidth.of("\u{0E49}")  // 0 (MAI THO)
/// ```
public enum CellWidth {
    /// Columns taken by one Unicode scalar.
    @inlinable @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // ASCII first: it is most of what a frame holds.
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        // Thai is the other common case; its combining marks (MAI HAN-AKAT,
        // the above and below vowels, PHINTHU, tone and other marks) are
        // listed here so that the per-frame path skips the property tables.
        if v >= 0x0E00 && v <= 0x0E7F {
            if v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A) || (v >= 0x0E47 && v <= 0x0E4E) { return 0 }
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            return isWide(v) ? 2 : 1
        }
    }

    /// East Asian Wide and Fullwidth blocks (Unicode 15, coarse ranges).
    @usableFromInline
    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
             0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653,
             0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE,
             0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5,
             0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E,
             0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF,
             0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
             0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F251,
             0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
             0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
             0x1F3E0...0x1F3F0, 0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440,
             0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
             0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4,
             0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC, 0x1F6D0...0x1F6D2,
             0x1F6D5...0x1F6D7, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC,
             0x1F7E0...0x1F7EB, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
             0x1F947...0x1F9FF, 0x1FA70...0x1FAFF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
