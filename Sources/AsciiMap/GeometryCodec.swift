/// A compact binary form of a ``MultiPolygon`` for storing boundaries as
/// SQLite BLOBs.
///
/// Layout (version 1): one version byte `0x01`; the polygon count; for each
/// polygon its ring count; for each ring its point count followed by the
/// points. Counts are LEB128 varints. A point is its longitude and latitude in
/// micro-degrees (×1e6, rounded, about 0.1 m), each stored as the zigzag
/// varint of its difference from the previous point, so neighbouring vertices
/// cost 2–4 bytes each instead of 16.
///
/// ```swift
/// let blob = GeometryCodec.encode(shape)
/// let back = try GeometryCodec.decode(blob)   // equal to shape within 1e-6°
/// ```
public enum GeometryCodec {
    /// The format version written by ``encode(_:)``.
    public static let version: UInt8 = 1

    /// Why bytes could not be decoded.
    public struct DecodingError: Error, CustomStringConvertible, Equatable {
        /// What is wrong and at which byte.
        public var message: String
        /// The message, prefixed.
        public var description: String { "geometry blob: \(message)" }
    }

    /// The shape as bytes (coordinates rounded to micro-degrees).
    public static func encode(_ shape: MultiPolygon) -> [UInt8] {
        var out: [UInt8] = [version]
        out.reserveCapacity(1 + shape.pointCount * 4)
        var lastLon: Int64 = 0, lastLat: Int64 = 0
        putVarint(UInt64(shape.polygons.count), into: &out)
        for polygon in shape.polygons {
            putVarint(UInt64(polygon.rings.count), into: &out)
            for ring in polygon.rings {
                putVarint(UInt64(ring.lazy.filter(\.isDrawable).count), into: &out)
                // Only points on the globe can be stored (a reader refuses anything else).
                for p in ring where p.isDrawable {
                    let lon = Int64((p.lon * 1e6).rounded()), lat = Int64((p.lat * 1e6).rounded())
                    putVarint(zigzag(lon - lastLon), into: &out)
                    putVarint(zigzag(lat - lastLat), into: &out)
                    lastLon = lon; lastLat = lat
                }
            }
        }
        return out
    }

    /// The shape encoded in `bytes`; throws ``DecodingError`` for anything
    /// malformed (wrong version, truncated, impossible counts or coordinates, trailing bytes).
    public static func decode(_ bytes: [UInt8]) throws -> MultiPolygon {
        var reader = Reader(bytes: bytes)
        guard let first = bytes.first else { throw DecodingError(message: "empty") }
        guard first == version else { throw DecodingError(message: "unknown version \(first)") }
        reader.offset = 1
        var lon: Int64 = 0, lat: Int64 = 0
        var polygons: [Polygon] = []
        for _ in 0..<(try reader.count(minimumBytesEach: 1)) {
            var rings: [[GeoPoint]] = []
            for _ in 0..<(try reader.count(minimumBytesEach: 1)) {
                let n = try reader.count(minimumBytesEach: 2)
                var ring: [GeoPoint] = []
                ring.reserveCapacity(n)
                for _ in 0..<n {
                    // A damaged blob's delta may be anything: no overflow trap, a refusal.
                    let (nextLon, lonOverflow) = lon.addingReportingOverflow(unzigzag(try reader.varint()))
                    let (nextLat, latOverflow) = lat.addingReportingOverflow(unzigzag(try reader.varint()))
                    lon = nextLon
                    lat = nextLat
                    guard !lonOverflow, !latOverflow, lon.magnitude <= 180_000_000, lat.magnitude <= 90_000_000 else {
                        throw DecodingError(message: "coordinate out of range at byte \(reader.offset)")
                    }
                    ring.append(GeoPoint(lon: Double(lon) / 1e6, lat: Double(lat) / 1e6))
                }
                rings.append(ring)
            }
            polygons.append(Polygon(rings: rings))
        }
        guard reader.offset == bytes.count else {
            throw DecodingError(message: "\(bytes.count - reader.offset) unexpected trailing bytes")
        }
        return MultiPolygon(polygons: polygons)
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func varint() throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard offset < bytes.count else { throw DecodingError(message: "truncated at byte \(offset)") }
                let byte = bytes[offset]
                offset += 1
                guard shift < 63 || byte <= 1 else { throw DecodingError(message: "varint too long at byte \(offset)") }
                value |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return value }
                shift += 7
            }
        }

        /// A count that the remaining bytes could actually hold, so that a
        /// corrupt count fails here instead of allocating gigabytes.
        mutating func count(minimumBytesEach: Int) throws -> Int {
            let n = try varint()
            let remaining = UInt64(bytes.count - offset)
            guard n <= remaining / UInt64(minimumBytesEach) else {
                throw DecodingError(message: "count \(n) at byte \(offset) exceeds the data")
            }
            return Int(n)
        }
    }

    private static func putVarint(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }

    private static func zigzag(_ v: Int64) -> UInt64 { UInt64(bitPattern: (v << 1) ^ (v >> 63)) }
    private static func unzigzag(_ v: UInt64) -> Int64 { Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1) }
}
