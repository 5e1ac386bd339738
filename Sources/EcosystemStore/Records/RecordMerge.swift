/// Merging duplicates: two coordinators added the same รพ.สต. The merge
/// keeps one record, re-points everything that refers to the other
/// (contacts, resources, logs, referrals, projects), fills the kept
/// record's empty fields from the other, and deletes the other. Each step
/// is an ordinary stamped edit, so a merge syncs as such and every value
/// stays in history.
public struct MergeReport: Sendable, Equatable {
    public var keep: String
    public var drop: String
    /// Records whose references were moved from `drop` to `keep`.
    public var repointed: [String]
    /// Fields of `keep` filled (or, for lists, extended) from `drop`.
    public var filled: [String]
    /// The edits that undo the merge, in order.
    public var undo: [InverseEdit]
}

extension Store.Records {
    public func merge(keep: String, drop: String) throws -> MergeReport {
        let keep = keep.lowercased(), drop = drop.lowercased()
        guard keep != drop else { throw StoreError.invalidValue(field: "drop", value: drop, reason: ValidationReason("is the record to keep", thai: "คือระเบียนที่จะเก็บไว้")) }
        guard let kept = try record(keep) else { throw StoreError.unknownRecord(keep) }
        guard let dropped = try record(drop) else { throw StoreError.unknownRecord(drop) }
        guard kept.type == dropped.type else {
            throw StoreError.invalidValue(field: "drop", value: drop, reason: ValidationReason("is a \(dropped.type.rawValue), not a \(kept.type.rawValue)",
                                                                                            thai: "เป็น \(dropped.type.rawValue) ไม่ใช่ \(kept.type.rawValue)"))
        }
        guard !kept.deleted else { throw StoreError.invalidValue(field: "keep", value: keep, reason: ValidationReason("is deleted; restore it first", thai: "ถูกลบแล้ว: กู้คืนก่อน")) }
        guard !dropped.deleted else { throw StoreError.invalidValue(field: "drop", value: drop, reason: ValidationReason("is already deleted", thai: "ถูกลบไปแล้ว")) }
        return try db.transaction {
            var undo: [InverseEdit] = []
            var repointed: [String] = []
            for type in RecordType.allCases {
                for spec in type.fields where spec.kind == .recordID || spec.kind == .recordIDs {
                    let sql = spec.kind == .recordID
                        ? "SELECT id FROM \(type.table) WHERE \(spec.quotedColumn) = ? ORDER BY id"
                        : "SELECT id FROM \(type.table) WHERE instr(',' || coalesce(\(spec.quotedColumn), '') || ',', ',' || ? || ',') > 0 ORDER BY id"
                    for id in try db.query(sql, [drop], { $0.text(0) }) {
                        guard let r = try record(id, type: type) else { continue }
                        let value = spec.kind == .recordID ? keep
                            : Array(Set(r.list(spec.name).map { $0 == drop ? keep : $0 })).sorted().joined(separator: ",")
                        let result = try updateUndoable(id, [spec.name: value])
                        undo = result.undo + undo
                        if !result.changed.isEmpty { repointed.append(id) }
                    }
                }
            }
            var fill: [String: String] = [:]
            for spec in kept.type.fields {
                guard let theirs = dropped[spec.name] else { continue }
                if let ours = kept[spec.name] {
                    guard spec.isList else { continue }
                    let union = Array(Set(kept.list(spec.name) + dropped.list(spec.name))).sorted().joined(separator: ",")
                    if union != ours { fill[spec.name] = union }
                } else {
                    fill[spec.name] = theirs
                }
            }
            if kept.type == .entity, (fill["p4"] ?? kept["p4"]) != P4Kind.player.rawValue { fill["role"] = nil }
            let result = try updateUndoable(keep, fill)
            undo = result.undo + undo
            try delete(drop)
            undo = [.restore(drop)] + undo
            return MergeReport(keep: keep, drop: drop, repointed: Array(Set(repointed)).sorted(), filled: result.changed.sorted(), undo: undo)
        }
    }

    /// Elements whose name is close to `name` (see `NameMatch`) and that
    /// serve one of `areas` (for a tambon: that tambon), `excluding` one id.
    public func possibleDuplicates(ofName name: String, areas: [String], excluding: String? = nil) throws -> [ElementSummary] {
        let folded = NameMatch.fold(name)
        guard !folded.isEmpty else { return [] }
        var seen = Set<String>()
        var out: [ElementSummary] = []
        for code in areas {
            for e in try elements.list(servingAreaOrBelow: code, includeAbove: false) where e.id != excluding && !seen.contains(e.id) {
                let names = [e.nameTH] + (e.nameEN.map { [$0] } ?? [])
                if names.contains(where: { NameMatch.isClose(NameMatch.fold($0), folded) }) {
                    seen.insert(e.id)
                    out.append(e)
                }
            }
        }
        return out
    }
}

/// When two element names are "close" (probably the same organisation):
/// equal, or within a small edit distance, after folding. Folding
/// lower-cases, writes the common Thai long forms as their abbreviations
/// (โรงพยาบาลส่งเสริมสุขภาพตำบล = รพ.สต., องค์การบริหารส่วนตำบล = อบต.,
/// ตำบล = ต., …) and drops spaces, dots, dashes and brackets. The type of
/// organisation is kept (อบต.เวียง is not รพ.สต.เวียง). Distance is counted
/// in Unicode scalars: at most 1 for names of 5+ scalars, 2 for 12+, none below.
public enum NameMatch {
    static let forms: [(String, String)] = [
        ("โรงพยาบาลส่งเสริมสุขภาพตำบล", "รพสต"), ("รพ.สต.", "รพสต"), ("รพสต.", "รพสต"),
        ("องค์การบริหารส่วนตำบล", "อบต"), ("อบต.", "อบต"),
        ("องค์การบริหารส่วนจังหวัด", "อบจ"), ("อบจ.", "อบจ"),
        ("เทศบาลตำบล", "ทต"), ("ทต.", "ทต"), ("เทศบาลเมือง", "ทม"), ("ทม.", "ทม"),
        ("โรงพยาบาล", "รพ"), ("รพ.", "รพ"), ("โรงเรียน", "รร"), ("รร.", "รร"),
        ("ตำบล", "ต"), ("ต.", "ต"), ("อำเภอ", "อ"), ("อ.", "อ"), ("จังหวัด", "จ"), ("จ.", "จ"),
        ("หมู่ที่", "ม"), ("หมู่", "ม"), ("ม.", "ม"),
    ]

    public static func fold(_ name: String) -> String {
        var s = name.searchFolded
        for (long, short) in forms { s = s.replacingOccurrences(of: long, with: short) }
        return String(s.unicodeScalars.filter { !" .-_()[]\"'·,".unicodeScalars.contains($0) && !$0.properties.isWhitespace }
            .map(Character.init))
    }

    public static func isClose(_ a: String, _ b: String) -> Bool {
        if a == b { return !a.isEmpty }
        let n = min(a.unicodeScalars.count, b.unicodeScalars.count)
        let allowed = n >= 12 ? 2 : n >= 5 ? 1 : 0
        guard allowed > 0, abs(a.unicodeScalars.count - b.unicodeScalars.count) <= allowed else { return false }
        return distance(Array(a.unicodeScalars), Array(b.unicodeScalars)) <= allowed
    }

    /// Levenshtein distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
