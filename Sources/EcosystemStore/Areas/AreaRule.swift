/// The acceptance rule of an area (a province, amphoe or tambon), used by
/// every way geography gets in: `tisep import-geography`, the embedded
/// data, `areas.upsert`, bundles' area lines and `tisep check`.
extension Area {
    /// Thailand's extent with a margin (it spans about 5.6–20.5° N and
    /// 97.3–105.7° E): a centroid outside it is a mistake, not a place.
    public static let latitudes: ClosedRange<Double> = 5...21
    public static let longitudes: ClosedRange<Double> = 97...106

    /// Each field of the area that breaks the rule, with why.
    public func problems() -> [(field: String, reason: ValidationReason)] {
        var out: [(field: String, reason: ValidationReason)] = []
        if !Validate.isAreaCode(code) {
            out.append(("area", ValidationReason("an area code is 2, 4 or 6 digits", thai: "รหัสพื้นที่เป็นตัวเลข 2, 4 หรือ 6 หลัก")))
        }
        if nameTH.isEmpty {
            out.append(("name_th", .required))
        } else if let reason = TextRule.name.problem(nameTH) {
            out.append(("name_th", reason))
        }
        if !nameEN.isEmpty, let reason = TextRule.name.problem(nameEN) { out.append(("name_en", reason)) }
        if let lat, let reason = Self.coordinateProblem(lat, Self.latitudes, "latitude", thai: "ละติจูด") { out.append(("lat", reason)) }
        if let lon, let reason = Self.coordinateProblem(lon, Self.longitudes, "longitude", thai: "ลองจิจูด") { out.append(("lon", reason)) }
        if let postalCode, !(postalCode.utf8.count == 5 && postalCode.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })) {
            out.append(("postal_code", ValidationReason("a postal code is 5 digits", thai: "รหัสไปรษณีย์เป็นตัวเลข 5 หลัก")))
        }
        return out
    }

    static func coordinateProblem(_ v: Double, _ range: ClosedRange<Double>, _ what: String, thai: String) -> ValidationReason? {
        guard !(v.isFinite && range.contains(v)) else { return nil }
        let low = canonicalNumber(range.lowerBound), high = canonicalNumber(range.upperBound)
        return ValidationReason("\(what) \(v) is not in Thailand (\(low)–\(high))",
                                thai: "\(thai) \(v) ไม่อยู่ในประเทศไทย (\(low)–\(high))")
    }
}
