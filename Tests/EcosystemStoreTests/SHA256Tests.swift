import Foundation
import XCTest
import EcosystemStore

final class SHA256Tests: XCTestCase {
    // FIPS 180-4 / NIST CSRC example vectors.
    func testNISTVectors() {
        XCTAssertEqual(SHA256.hex(SHA256.hash("")),
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(SHA256.hash("abc")),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(SHA256.hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testOneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        XCTAssertEqual(SHA256.hex(SHA256.hash([UInt8](repeating: 0x61, count: 1_000_000))), expected)
        // Same message fed in uneven chunks crossing block boundaries.
        var hasher = SHA256()
        let chunk = [UInt8](repeating: 0x61, count: 999)
        var fed = 0
        while fed < 1_000_000 {
            let n = min(chunk.count, 1_000_000 - fed)
            hasher.update(Array(chunk[..<n]))
            fed += n
        }
        XCTAssertEqual(hasher.finalizeHex(), expected)
    }

    func testIncrementalSplitsEqualOneShot() {
        let message = (0..<130).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let expected = SHA256.hash(message)
        for split in 0...130 {
            var hasher = SHA256()
            hasher.update(Array(message[..<split]))
            hasher.update(Array(message[split...]))
            XCTAssertEqual(hasher.finalize(), expected, "split at \(split)")
        }
        // Three-way splits too, so a partial block is topped up and then left partial again.
        for first in stride(from: 0, through: 130, by: 7) {
            for second in stride(from: first, through: 130, by: 11) {
                var hasher = SHA256()
                hasher.update(Array(message[..<first]))
                hasher.update(Array(message[first..<second]))
                hasher.update(Array(message[second...]))
                XCTAssertEqual(hasher.finalize(), expected, "splits at \(first), \(second)")
            }
        }
    }

    // Every padding case: lengths around 55/56/64 bytes decide whether the length
    // fits into the last block. Checked against byte-wise feeding (different code path).
    func testPaddingBoundaryLengths() {
        for length in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129] {
            let message = [UInt8](repeating: 0x5a, count: length)
            var hasher = SHA256()
            for byte in message { hasher.update([byte]) }
            XCTAssertEqual(hasher.finalize(), SHA256.hash(message), "length \(length)")
        }
    }

    func testFinalizeDoesNotConsumeTheHasher() {
        var hasher = SHA256()
        hasher.update("ab")
        XCTAssertEqual(hasher.finalize(), SHA256.hash("ab"))
        hasher.update("c")
        XCTAssertEqual(hasher.finalize(), SHA256.hash("abc"))
    }

    func testUnalignedInput() {
        let message = [UInt8](repeating: 0x61, count: 200)
        let expected = SHA256.hash(Array(message[3...]))
        message.withUnsafeBytes { raw in
            XCTAssertEqual(SHA256.hash(UnsafeRawBufferPointer(rebasing: raw[3...])), expected)
        }
    }

    // Computed once with coreutils:  printf '%s' "$s" | sha256sum
    func testAgainstSha256sum() {
        let cases: [(String, String)] = [
            ("The quick brown fox jumps over the lazy dog",
             "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"),
            ("TISEPTerm sync bundle v1\n",
             "e538eff2d516126ecf205a2a71c237fbb3f06e2c0adae969eba33a6f77e38b02"),
            ("ตำบล บ้านใหม่ อำเภอเมือง",
             "78f1b90829a573657519f759991d834e018dcca52e530c1b0ab23b6181b7f84f"),
        ]
        for (input, expected) in cases {
            XCTAssertEqual(SHA256.hex(SHA256.hash(input)), expected, input)
            XCTAssertEqual(SHA256.hex(SHA256.hash(Data(input.utf8))), expected, input)
            XCTAssertEqual(SHA256.hex(SHA256.hash(Array(input.utf8))), expected, input)
        }
    }

    func testFileHashMatchesInMemoryHash() throws {
        // Larger than one 1 MiB read chunk, and not a multiple of 64.
        let bytes = (0..<(1 << 20) + 1_234).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sha256-test-\(UUID().uuidString).bin")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertEqual(try SHA256.hash(contentsOf: url), SHA256.hash(bytes))
    }

    func testHexFormatting() {
        XCTAssertEqual(SHA256.hex([0x00, 0x0f, 0xa0, 0xff]), "000fa0ff")
        XCTAssertEqual(SHA256.hash("abc").count, SHA256.digestByteCount)
    }
}
