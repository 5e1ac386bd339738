import Foundation

/// tisep's compact geography: the text in which the binary embeds
/// Thailand's areas and their boundaries (`data/`, written by
/// `tisep export-geography`). Lines starting with `#` are comments.
///
/// Areas, v1 — one per line, in code order (parents first):
/// `code<TAB>name_th<TAB>name_en<TAB>lat<TAB>lon<TAB>postal_code`. Level and
/// parent follow from the code (2, 4, 6 digits); the centroid has 3
/// decimals (about 100 m) and is empty when unknown.
///
/// Boundaries, v1 — one per line, in code order: `code<TAB>geometry`, the
/// geometry being the bytes of AsciiMap's `GeometryCodec` (the very bytes
/// `area_boundaries` stores) in base64. Loading them is a base64 decode
/// and an insert: no coordinate is parsed at `tisep init`.
///
/// ```swift
/// let text = try store.areas.exportCompactBoundaries(level: .tambon, provinces: ["56"])
/// try other.areas.importCompactBoundaries(text, source: "OCHA COD-AB Thailand (RTSD 2019), CC BY-IGO")
/// ```
public enum CompactGeography {
    public static let areasHeader = "# tisep compact geography v1: code\tname_th\tname_en\tlat\tlon\tpostal_code"
    public static let boundariesHeader = "# tisep compact boundaries v1: code\tgeometry (GeometryCodec v1 bytes, base64)"

    /// The areas of `text`, in its order; throws on the first line that is not v1.
    static func areas(_ text: String) throws -> [Area] {
        var out: [Area] = []
        try forEachLine(text) { bytes, fields in
            let f = fields.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            guard f.count == 6, let level = AreaLevel(code: f[0]), level != .country, f[0].allSatisfy(\.isNumber), !f[1].isEmpty else {
                throw StoreError.message("compact geography: bad line '\(f.joined(separator: "\t").prefix(60))'")
            }
            out.append(Area(code: f[0], level: level, parent: AreaCode.parent(of: f[0]), nameTH: f[1], nameEN: f[2],
                            lat: Double(f[3]), lon: Double(f[4]), postalCode: f[5].isEmpty ? nil : f[5]))
        }
        return out
    }

    /// The (code, geometry bytes) pairs of `text`, in its order.
    static func boundaries(_ text: String) throws -> [(code: String, geometry: [UInt8])] {
        var out: [(String, [UInt8])] = []
        try forEachLine(text) { bytes, fields in
            let code = fields.first.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) } ?? ""
            guard fields.count == 2, AreaLevel(code: code) != nil,
                  let geometry = Data(base64Encoded: Data(UnsafeBufferPointer(rebasing: bytes[fields[1]]))), !geometry.isEmpty else {
                throw StoreError.message("compact boundaries: bad line '\(code)…'")
            }
            out.append((code, [UInt8](geometry)))
        }
        return out
    }

    /// Calls `line` with the byte ranges of the tab-separated fields of each
    /// line of `text` but comments and empty lines. The bytes are searched
    /// with `memchr`: splitting a String on Characters walks grapheme
    /// clusters, which over a megabyte of Thai and base64 was a third of
    /// `init --empty`, and a Swift loop over the bytes is slow in a debug build.
    private static func forEachLine(_ text: String, _ line: (UnsafeBufferPointer<UInt8>, [Range<Int>]) throws -> Void) throws {
        var text = text
        try text.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) throws -> Void in
            guard let base = bytes.baseAddress else { return }
            /// The offset of the first `byte` in `start..<end`, or `end`.
            func find(_ byte: UInt8, from start: Int, to end: Int) -> Int {
                guard let hit = memchr(base + start, Int32(byte), end - start) else { return end }
                return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            }
            var fields: [Range<Int>] = []
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = find(UInt8(ascii: "\n"), from: lineStart, to: bytes.count)
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") else { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                while true {
                    let fieldEnd = find(UInt8(ascii: "\t"), from: fieldStart, to: lineEnd)
                    fields.append(fieldStart..<fieldEnd)
                    if fieldEnd == lineEnd { break }
                    fieldStart = fieldEnd + 1
                }
                try line(bytes, fields)
            }
        }
    }
}

extension Store.Areas {
    /// The areas in the compact form (see `CompactGeography`); with
    /// `provinces`, tambons of those provinces only (provinces and amphoes
    /// are all kept).
    public func exportCompactGeography(provinces: Set<String>?) throws -> String {
        var out = CompactGeography.areasHeader + "\n"
        let rows = try db.query("SELECT \(Self.columns) FROM areas ORDER BY code", [], Self.read)
        for a in rows {
            if a.level == .tambon, let provinces, !provinces.contains(String(a.code.prefix(2))) { continue }
            let lat = a.lat.map { String(format: "%.3f", $0) } ?? ""
            let lon = a.lon.map { String(format: "%.3f", $0) } ?? ""
            out += [a.code, a.nameTH, a.nameEN, lat, lon, a.postalCode ?? ""].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// The stored boundaries of the areas at `level` in the compact form;
    /// with `provinces`, only those inside them.
    public func exportCompactBoundaries(level: AreaLevel, provinces: Set<String>?) throws -> String {
        var out = CompactGeography.boundariesHeader + "\n"
        for (code, geometry) in try boundaries(level: level, inside: nil).sorted(by: { $0.key < $1.key }) {
            if let provinces, !provinces.contains(String(code.prefix(2))) { continue }
            out += code + "\t" + Data(geometry).base64EncodedString() + "\n"
        }
        return out
    }

    /// Loads areas in the compact form, in one transaction, and returns how
    /// many it wrote. By default an area already here is updated by code
    /// (names; centroid and postal code where the text has them), as
    /// `import-geography` does; with `onlyMissing` it is left as it is, so
    /// that loading a newer release's geography changes nothing already here.
    /// An area that breaks the rule (`Area.problems`) refuses the whole text.
    ///
    /// Written in bulk: each area's search document is made from the names
    /// in hand (no look-up of its parents per area), and a large load
    /// rebuilds the trigram index once at the end (`withBulkWrite`).
    @discardableResult
    public func importCompactGeography(_ text: String, onlyMissing: Bool = false) throws -> Int {
        let parsed = try CompactGeography.areas(text)
        return try records.withBulkWrite(searchWrites: parsed.count) {
            let before = Set(try db.query("SELECT code FROM areas", [], { $0.text(0) }))
            var known: [String: Area] = [:]
            var written = 0
            for a in parsed {
                known[a.code] = a
                let existed = before.contains(a.code)
                if existed && onlyMissing { continue }
                if let p = a.problems().first {
                    throw StoreError.invalidValue(field: p.field, value: Self.shown(a, p.field), reason: p.reason)
                }
                if let parent = a.parent, known[parent] == nil, !before.contains(parent) {
                    throw StoreError.message("compact geography: \(a.code) comes before its parent \(parent)")
                }
                try db.run(existed ? Self.upsertSQL : Self.insertSQL,
                           [a.code, a.level.rawValue, a.parent, a.nameTH, a.nameEN, a.lat, a.lon, a.postalCode])
                if existed {
                    // Names may have changed and a missing postal code was kept: index what is stored.
                    if let stored = try area(a.code) { try search.reindex(area: stored) }
                } else {
                    var ancestors: [Area] = []
                    var parent = a.parent
                    while let p = parent, let pa = try known[p] ?? area(p) {
                        ancestors.append(pa)
                        parent = pa.parent
                    }
                    try search.putAreaDoc(a, ancestors: ancestors, isNew: true)
                }
                written += 1
            }
            return written
        }
    }

    /// Loads boundaries in the compact form, in one transaction, with
    /// `source` as their source (shown in briefs and legends). A boundary
    /// already here is replaced, or with `onlyMissing` kept (a user's own
    /// import stays). Codes with no area here are skipped and returned.
    @discardableResult
    public func importCompactBoundaries(_ text: String, source: String, onlyMissing: Bool = false) throws -> (stored: Int, noArea: [String]) {
        let rows = try CompactGeography.boundaries(text)
        return try db.transaction {
            let codes = Set(try db.query("SELECT code FROM areas", [], { $0.text(0) }))
            let kept = onlyMissing ? Set(try db.query("SELECT code FROM area_boundaries", [], { $0.text(0) })) : []
            var stored = 0
            var noArea: [String] = []
            for (code, geometry) in rows where !kept.contains(code) {
                guard codes.contains(code) else { noArea.append(code); continue }
                try db.run(Self.upsertBoundarySQL, [code, SQLValue.blob(geometry), source])
                stored += 1
            }
            return (stored, noArea)
        }
    }
}
