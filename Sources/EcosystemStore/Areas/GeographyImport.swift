import Foundation

/// Loads provinces, amphoes and tambons from the public geocode lists
/// (the formats of `provinces.csv`, `districts.csv`, `sub_districts.csv`),
/// recognised by their header. (The compact form the binary embeds is in
/// `CompactGeography.swift`.)
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
}
