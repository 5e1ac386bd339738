/// Which areas hold ecosystem data. With the whole country embedded, most
/// provinces, amphoes and tambons have none yet; the interface shows them
/// as "no data yet" (dimmed), never as zero.
///
/// "Ecosystem data" is what `record_areas` files by area: live elements,
/// resources, projects, vulnerable-group counts, indicator values and
/// referrals. An area holds data when one of them lies in it or anywhere
/// below it (an amphoe with one active tambon holds data).
///
/// ```swift
/// let withData = try store.areasWithEcosystemData()   // ["56", "5601", "560101", …]
/// let dim = !withData.contains(area.code)
/// ```
extension Store {
    /// Every area code (province, amphoe, tambon) that holds ecosystem data
    /// in it or below it. Read as a skip scan of `record_areas`' primary
    /// key: one B-tree seek per distinct filed code (a few thousand at
    /// national scale), never a pass over its hundreds of thousands of rows.
    public func areasWithEcosystemData() throws -> Set<String> {
        var out = Set<String>()
        var last = ""
        while let code = try db.queryOne("SELECT min(area_code) FROM record_areas WHERE area_code > ?", [last], { $0.string(0) }) ?? nil {
            for length in [2, 4, 6] where code.utf8.count >= length { out.insert(String(code.prefix(length))) }
            last = code
        }
        return out
    }

    /// Whether `code` (any level) holds ecosystem data in it or below it: one seek.
    public func hasEcosystemData(_ code: String) throws -> Bool {
        let code = AreaCode.bare(code)
        return try db.scalarInt("SELECT EXISTS (SELECT 1 FROM record_areas WHERE area_code >= ? AND area_code < ?)",
                                [code, AreaCode.upperBound(ofPrefix: code)]) == 1
    }
}
