import Foundation

/// Checks a whole bundle without a database: for `tisep merge`'s inputs,
/// tests and the fuzzer.
public enum BundleCheck {
    /// Reads every line of `bytes` as a bundle; throws `BundleError` with
    /// what is wrong, or returns the header and the items.
    @discardableResult
    public static func validate(_ bytes: [UInt8], now: Date = Date()) throws -> (header: BundleHeader, items: Int) {
        var reader = try BundleReader(MemoryByteSource(bytes: bytes), now: now)
        var items = 0
        while try reader.next() != nil { items += 1 }
        return (reader.header, items)
    }
}
