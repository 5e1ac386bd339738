import CellWidth

/// Display width on a terminal (the rule of ``CellWidth``, shared with
/// `AsciiMap.TextWidth`), for the store's own text layout: line wrapping,
/// word breaking, numbers that must fit.
///
/// ```swift
/// DisplayWidth.columns("ผู้สูงอายุ")  // 6
/// DisplayWidth.columns("น้ำ")        // 2
/// ```
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar.
    @inline(__always)
    public static func columns(_ scalar: Unicode.Scalar) -> Int { CellWidth.of(scalar) }

    /// Columns taken by a grapheme cluster (the sum over its scalars).
    public static func columns(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += CellWidth.of(scalar) }
        return total
    }

    /// Columns taken by a string.
    public static func columns(_ text: some StringProtocol) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += CellWidth.of(scalar) }
        return total
    }
}
