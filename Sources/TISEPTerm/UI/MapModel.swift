import AsciiMap
import Foundation

/// The map of the selection as places, built once when its data load: each
/// area's code and the point a cursor aims for (the centroid of its
/// boundary, or its own point). The arrow keys on the map move between
/// these places, so `Update` finds a neighbour without drawing the map.
struct MapModel {
    struct Place {
        let code: String
        let anchor: GeoPoint
    }

    /// In the map data's order (geocode order).
    let places: [Place]
    private let index: [String: Int]

    init(_ data: MapData) {
        places = data.areas.compactMap { area in area.anchorPoint.map { Place(code: area.code, anchor: $0) } }
        index = Dictionary(places.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The first area, where the cursor starts when the selection is not on the map.
    var firstCode: String? { places.first?.code }

    func contains(_ code: String) -> Bool { index[code] != nil }

    func place(_ code: String) -> Place? { index[code].map { places[$0] } }

    /// The area next to `code` in a direction, or nil when none lies that way.
    func neighbour(of code: String, toward direction: Direction) -> String? {
        MapNeighbour.of(code, toward: direction, in: self)
    }
}

/// The rule of the map's arrow keys, alone so that a richer map model (the
/// one growing in `AsciiMap`) can replace it in one place: from the area's
/// anchor, among the other anchors within 45° of the direction, the one
/// with the least distance ahead plus twice the sideways offset (so the
/// cursor goes straight rather than diagonally). Distances in degrees, the
/// longitude shrunk by the cosine of the latitude so that east and north
/// weigh alike.
enum MapNeighbour {
    static func of(_ code: String, toward direction: Direction, in model: MapModel) -> String? {
        guard let origin = model.place(code)?.anchor else { return nil }
        let shrink = cos(origin.lat * .pi / 180)
        var best: (score: Double, code: String)?
        for place in model.places where place.code != code {
            // East and south are positive, as on the screen.
            let east = (place.anchor.lon - origin.lon) * shrink
            let south = origin.lat - place.anchor.lat
            let (ahead, side): (Double, Double)
            switch direction {
            case .right: (ahead, side) = (east, abs(south))
            case .left: (ahead, side) = (-east, abs(south))
            case .down: (ahead, side) = (south, abs(east))
            case .up: (ahead, side) = (-south, abs(east))
            }
            guard ahead > 0, side <= ahead else { continue }
            let score = ahead + 2 * side
            if score < (best?.score ?? .infinity) { best = (score, place.code) }
        }
        return best?.code
    }
}
