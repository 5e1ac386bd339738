import Foundation

/// Loads provinces, amphoes and tambons from the public geocode lists
/// (the formats of `provinces.csv`, `districts.csv`, `sub_districts.csv`),
/// recognised by their header, and from the compact embedded form.
extension Store.Areas {
    public enum GeographyFile { case provinces, districts, subDistricts }

    public static func recognise(header: [String]) -> GeographyFile? {
        let h = Set(header.map { $0.uppercased() })
        if h.contains("SUB_DISTRICT_CODE") { return .subDistricts }
        if h.contains("DISTRICT_CODE") { return .districts }
        if h.contains("PROVINCE_THAI") && h.contains("CODE") { return .provinces }
        return nil
    }

    /// Imports one geography CSV; updates areas by code, in one transaction.
    public func importGeography(csv table: CSVTable, file: String = "") throws -> ImportReport {
        guard let kind = Self.recognise(header: table.header) else {
            throw StoreError.message("\(file): not a geography file (expected the header of provinces.csv, districts.csv or sub_districts.csv)")
        }
        var report = ImportReport(file: file)
        func col(_ name: String) -> Int? { table.column(name) }
        let (codeCol, thCol, enCol): (Int?, Int?, Int?)
        switch kind {
        case .provinces: (codeCol, thCol, enCol) = (col("CODE"), col("PROVINCE_THAI"), col("PROVINCE_ENGLISH"))
        case .districts: (codeCol, thCol, enCol) = (col("DISTRICT_CODE"), col("DISTRICT_THAI"), col("DISTRICT_ENGLISH"))
        case .subDistricts: (codeCol, thCol, enCol) = (col("SUB_DISTRICT_CODE"), col("SUB_DISTRICT_THAI"), col("SUB_DISTRICT_ENGLISH"))
        }
        guard let codeCol, let thCol else { throw StoreError.message("\(file): the code or Thai name column is missing") }
        let latCol = col("LATITUDE"), lonCol = col("LONGITUDE"), postalCol = col("POSTAL_CODE")
        let expectedLength = kind == .provinces ? 2 : kind == .districts ? 4 : 6

        try db.transaction {
            for (line, fields) in table.rows {
                func field(_ i: Int?) -> String? {
                    guard let i, i < fields.count else { return nil }
                    let v = fields[i].trimmingWhitespace()
                    return v.isEmpty ? nil : v.nfc
                }
                guard let code = field(codeCol).map(AreaCode.bare), code.count == expectedLength, code.allSatisfy(\.isNumber) else {
                    report.problems.append((line, "no valid \(expectedLength)-digit code"))
                    continue
                }
                guard let nameTH = field(thCol) else {
                    report.problems.append((line, "\(code): no Thai name"))
                    continue
                }
                let parent = AreaCode.parent(of: code)
                if let parent, try !exists(parent) {
                    report.problems.append((line, "\(code): unknown parent area \(parent); import the provinces and districts first"))
                    continue
                }
                var lat: Double? = nil, lon: Double? = nil
                if kind == .subDistricts {
                    lat = field(latCol).flatMap(Double.init)
                    lon = field(lonCol).flatMap(Double.init)
                    if lat == nil || lon == nil {
                        lat = nil; lon = nil
                        report.warnings.append((line, "\(code) \(nameTH): no coordinates; loaded without a centroid, so it has no place on a map without boundaries"))
                    }
                }
                let area = Area(code: code, level: AreaLevel(code: code) ?? .tambon, parent: parent, nameTH: nameTH,
                                nameEN: field(enCol) ?? "", lat: lat, lon: lon, postalCode: field(postalCol))
                if let p = area.problems().first {
                    report.problems.append((line, "\(code) \(p.field)=\(Self.shown(area, p.field).prefix(60)): \(p.reason)"))
                    continue
                }
                try upsert(area)
                report.loaded += 1
            }
        }
        return report
    }

    /// The compact form of the embedded data: one area per line,
    /// `code<TAB>name_th<TAB>name_en<TAB>lat<TAB>lon<TAB>postal`; level and
    /// parent follow from the code. Lines are in code order, parents first.
    public func exportCompactGeography(provinces: Set<String>?) throws -> String {
        var out = "# tisep compact geography v1: code\tname_th\tname_en\tlat\tlon\tpostal_code\n"
        let rows = try db.query("SELECT \(Self.columns) FROM areas ORDER BY code", [], Self.read)
        for a in rows {
            if a.level == .tambon, let provinces, !provinces.contains(String(a.code.prefix(2))) { continue }
            let lat = a.lat.map { String(format: "%.3f", $0) } ?? ""
            let lon = a.lon.map { String(format: "%.3f", $0) } ?? ""
            out += [a.code, a.nameTH, a.nameEN, lat, lon, a.postalCode ?? ""].joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Loads the compact form (see `exportCompactGeography`).
    public func importCompactGeography(_ text: String) throws -> Int {
        var count = 0
        try db.transaction {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count == 6, let level = AreaLevel(code: f[0]) else {
                    throw StoreError.message("embedded geography: bad line '\(line.prefix(60))'")
                }
                // `upsert` refuses an area that breaks the rule, naming the field.
                try upsert(Area(code: f[0], level: level, parent: AreaCode.parent(of: f[0]), nameTH: f[1], nameEN: f[2],
                                lat: Double(f[3]), lon: Double(f[4]), postalCode: f[5].isEmpty ? nil : f[5]))
                count += 1
            }
        }
        return count
    }
}
