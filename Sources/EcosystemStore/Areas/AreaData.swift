/// Which areas hold ecosystem data. With the whole country embedded, most
/// provinces, amphoes and tambons have none yet; the interface shows them
/// as "no data yet" (dimmed), never as zero.
///
/// "Ecosystem data" is what `record_areas` files by area: live elements,
/// resources, projects, vulnerable-group counts, indicator values and
/// referrals. An area holds data when one of them lies in it or anywhere
/// below it (an amphoe with one active tambon holds data). Every answer is a
/// skip scan of `record_areas`' primary key — a B-tree seek per area found,
/// never a pass over its rows (tens of thousands in the demo, hundreds of
/// thousands at national scale).
///
/// ```swift
/// let provinces = try store.areas.withEcosystemData(level: .province)   // ≤ 78 seeks
/// let dim = !provinces.contains(area.code)                              // "no data yet"
/// ```
extension Store.Areas {
    /// The areas at `level`, inside `code` (anywhere when nil), that hold
    /// ecosystem data: one seek per area found, plus one.
    public func withEcosystemData(level: AreaLevel, inside code: String? = nil) throws -> Set<String> {
        let length = level == .province ? 2 : level == .amphoe ? 4 : 6
        let scope = code.map(AreaCode.bare) ?? ""
        let end = code.map { AreaCode.upperBound(ofPrefix: AreaCode.bare($0)) }
        var out = Set<String>()
        // The next code to look from, and whether that code itself counts.
        var from = scope, inclusive = true
        while let found = try nextFiledCode(from: from, inclusive: inclusive, before: end) {
            let prefix = String(found.prefix(length))
            if found.utf8.count >= length && AreaLevel(code: prefix) == level {
                out.insert(prefix)
                (from, inclusive) = (AreaCode.upperBound(ofPrefix: prefix), true)  // past every code under it
            } else {
                (from, inclusive) = (found, false)  // filed above this level (an amphoe's own code): not an area of it
            }
        }
        return out
    }

    /// Every area, of any level, that holds ecosystem data in it or below it:
    /// one seek per distinct filed code (1,300 in the demo: about 40 ms in a
    /// debug build). A tree or a map asks by level instead (0.1 ms for the
    /// provinces, 0.5 ms for the tambons of one, debug build).
    public func withEcosystemData() throws -> Set<String> {
        var out = Set<String>()
        var from = "", inclusive = true
        while let found = try nextFiledCode(from: from, inclusive: inclusive, before: nil) {
            for length in [2, 4, 6] where found.utf8.count >= length {
                let prefix = String(found.prefix(length))
                if AreaLevel(code: prefix).map({ $0 != .country }) == true { out.insert(prefix) }
            }
            (from, inclusive) = (found, false)
        }
        return out
    }

    /// Whether `code` (any level) holds ecosystem data in it or below it: one seek.
    public func hasEcosystemData(_ code: String) throws -> Bool {
        let code = AreaCode.bare(code)
        return try nextFiledCode(from: code, inclusive: true, before: AreaCode.upperBound(ofPrefix: code)) != nil
    }

    /// The lowest area code in `record_areas` from `from` (or after it) and below `before`.
    private func nextFiledCode(from: String, inclusive: Bool, before: String?) throws -> String? {
        var sql = "SELECT min(area_code) FROM record_areas WHERE area_code \(inclusive ? ">=" : ">") ?"
        var binds: [SQLBindable] = [from]
        if let before {
            sql += " AND area_code < ?"
            binds.append(before)
        }
        return try db.queryOne(sql, binds) { $0.string(0) } ?? nil
    }
}
