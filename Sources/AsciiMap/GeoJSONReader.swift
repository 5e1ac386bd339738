import Foundation

/// One administrative area read from an OCHA COD-AB style GeoJSON file.
public struct AdminFeature: Equatable, Sendable {
    /// The bare geocode: `"56"`, `"5601"`, `"560101"` (the `TH` prefix removed).
    public var code: String
    /// 1 province (changwat), 2 amphoe, 3 tambon: the most specific `ADMn_PCODE` present.
    public var level: Int
    /// Thai name at that level (`ADMn_TH`).
    public var nameTH: String?
    /// English name (`ADMn_EN`).
    public var nameEN: String?
    /// Bare codes of the enclosing areas when the file carries them, index 0 = province.
    public var parentCodes: [String]
    /// The boundary; empty when the feature's geometry is null.
    public var geometry: MultiPolygon
}

/// Why a GeoJSON file could not be read.
public struct GeoJSONError: Error, CustomStringConvertible, Equatable {
    /// What is wrong, naming the feature when there is one.
    public var message: String
    /// An error with a message.
    public init(_ message: String) { self.message = message }
    /// The message, prefixed with "GeoJSON:".
    public var description: String { "GeoJSON: \(message)" }
}

/// Reads FeatureCollections of Polygon/MultiPolygon features with COD-AB
/// properties (`ADM1_PCODE` … `ADM3_PCODE` = `"TH"` + geocode).
///
/// ```swift
/// let tambons = try GeoJSONReader.read(contentsOf: URL(fileURLWithPath: "th_adm3.geojson"))
/// let phayao = tambons.filter { $0.parentCodes.first == "56" }
/// ```
///
/// Foundation's `JSONSerialization` does the parsing: it is compiled
/// optimised even in a debug build of this package, which a hand-written
/// parser here would not be.
public enum GeoJSONReader {
    /// Reads a file; throws ``GeoJSONError`` for unreadable or malformed input.
    public static func read(contentsOf url: URL) throws -> [AdminFeature] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GeoJSONError("cannot read \(url.path): \(error.localizedDescription)")
        }
        return try read(data: data)
    }

    /// Reads GeoJSON bytes; throws ``GeoJSONError`` for malformed input.
    public static func read(data: Data) throws -> [AdminFeature] {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw GeoJSONError("not valid JSON (\(error.localizedDescription))")
        }
        guard let object = root as? [String: Any], object["type"] as? String == "FeatureCollection" else {
            throw GeoJSONError("the top level is not a FeatureCollection")
        }
        guard let features = object["features"] as? [Any] else {
            throw GeoJSONError("the FeatureCollection has no \"features\" array")
        }
        var result: [AdminFeature] = []
        result.reserveCapacity(features.count)
        for (index, item) in features.enumerated() {
            do { result.append(try feature(item)) } catch let error as GeoJSONError {
                throw GeoJSONError("feature \(index): \(error.message)")
            }
        }
        return result
    }

    private static func feature(_ item: Any) throws -> AdminFeature {
        guard let object = item as? [String: Any] else { throw GeoJSONError("not an object") }
        guard let properties = object["properties"] as? [String: Any] else {
            throw GeoJSONError("no \"properties\" object")
        }
        var codes: [String] = []
        for level in 1...3 {
            guard let pcode = properties["ADM\(level)_PCODE"] as? String, !pcode.isEmpty else { break }
            codes.append(pcode.hasPrefix("TH") ? String(pcode.dropFirst(2)) : pcode)
        }
        guard let code = codes.last else {
            throw GeoJSONError("no ADM1_PCODE/ADM2_PCODE/ADM3_PCODE property")
        }
        let level = codes.count
        var geometry = MultiPolygon(polygons: [])  // a null geometry is kept so an importer can report it
        if let item = object["geometry"], !(item is NSNull) {
            do { geometry = try self.geometry(item) } catch let error as GeoJSONError {
                throw GeoJSONError("area \(code): \(error.message)")
            }
        }
        return AdminFeature(code: code, level: level,
                            nameTH: properties["ADM\(level)_TH"] as? String,
                            nameEN: properties["ADM\(level)_EN"] as? String,
                            parentCodes: Array(codes.dropLast()), geometry: geometry)
    }

    private static func geometry(_ item: Any) throws -> MultiPolygon {
        guard let object = item as? [String: Any], let type = object["type"] as? String else {
            throw GeoJSONError("geometry without a \"type\"")
        }
        guard let coordinates = object["coordinates"] as? [Any] else {
            throw GeoJSONError("\(type) without \"coordinates\"")
        }
        switch type {
        case "Polygon": return MultiPolygon(try polygon(coordinates))
        case "MultiPolygon":
            return MultiPolygon(polygons: try coordinates.map { item in
                guard let rings = item as? [Any] else { throw GeoJSONError("a MultiPolygon member is not an array") }
                return try polygon(rings)
            })
        default: throw GeoJSONError("geometry type \(type) is not Polygon or MultiPolygon")
        }
    }

    private static func polygon(_ rings: [Any]) throws -> Polygon {
        Polygon(rings: try rings.map { item in
            guard let positions = item as? [Any] else { throw GeoJSONError("a ring is not an array") }
            return try positions.map(point)
        })
    }

    private static func point(_ item: Any) throws -> GeoPoint {
        guard let pair = item as? [Any], pair.count >= 2,
              let lon = number(pair[0]), let lat = number(pair[1]) else {
            throw GeoJSONError("a position is not [longitude, latitude]")
        }
        guard (-180...180).contains(lon), (-90...90).contains(lat) else {
            throw GeoJSONError("position [\(lon), \(lat)] is outside longitude/latitude range")
        }
        return GeoPoint(lon: lon, lat: lat)
    }

    private static func number(_ item: Any) -> Double? {
        // JSON booleans may bridge to 0/1 here; a boolean coordinate is too
        // unlikely in a boundary file to be worth a Foundation-version-dependent check.
        (item as? NSNumber)?.doubleValue
    }
}
