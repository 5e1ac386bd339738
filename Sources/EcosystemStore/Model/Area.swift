/// A province, amphoe or tambon, keyed by its Thai geocode.
public struct Area: Sendable, Equatable, Hashable {
    public var code: String
    public var level: AreaLevel
    public var parent: String?
    public var nameTH: String
    public var nameEN: String
    public var lat: Double?
    public var lon: Double?
    public var postalCode: String?

    public init(code: String, level: AreaLevel, parent: String?, nameTH: String, nameEN: String,
                lat: Double? = nil, lon: Double? = nil, postalCode: String? = nil) {
        self.code = code
        self.level = level
        self.parent = parent
        self.nameTH = nameTH
        self.nameEN = nameEN
        self.lat = lat
        self.lon = lon
        self.postalCode = postalCode
    }

    public func name(thai: Bool) -> String { thai || nameEN.isEmpty ? nameTH : nameEN }
}
