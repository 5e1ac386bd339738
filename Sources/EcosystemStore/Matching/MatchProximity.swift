import Foundation

/// How near an offer is to a need, from the geocodes they are filed under.
/// An offer filed under the need's amphoe serves the whole amphoe, so it is
/// "same amphoe" to a need in any of its tambons; likewise for a province.
public enum MatchProximity: Int, Sendable, Comparable, CaseIterable {
    case sameTambon = 0, sameAmphoe, sameProvince
    /// An organisation serving several provinces or the whole country
    /// (ThaiHealth, CODI, …) that serves the need's province.
    case national
    /// Another province, but within `MatchOptions.reachKm` of the need.
    case nearby
    /// A need or offer with no area.
    case unknown
    /// Another province, farther than `reachKm` or with no centroid.
    case outOfReach

    public static func < (a: MatchProximity, b: MatchProximity) -> Bool { a.rawValue < b.rawValue }

    public var thai: String {
        switch self {
        case .sameTambon: return "ตำบลเดียวกัน"
        case .sameAmphoe: return "อำเภอเดียวกัน"
        case .sameProvince: return "จังหวัดเดียวกัน"
        case .national: return "หน่วยงานระดับประเทศ"
        case .nearby: return "จังหวัดใกล้เคียง"
        case .unknown: return "ไม่ระบุพื้นที่"
        case .outOfReach: return "นอกพื้นที่"
        }
    }

    public var english: String {
        switch self {
        case .sameTambon: return "same tambon"
        case .sameAmphoe: return "same amphoe"
        case .sameProvince: return "same province"
        case .national: return "national supporter"
        case .nearby: return "neighbouring province"
        case .unknown: return "no area given"
        case .outOfReach: return "far away"
        }
    }

    /// The distance part of the score before kilometres refine it.
    var closeness: Double {
        switch self {
        case .sameTambon: return 1
        case .sameAmphoe: return 0.8
        case .sameProvince: return 0.6
        case .national: return 0.5
        case .nearby: return 0.4
        case .unknown: return 0.3
        case .outOfReach: return 0
        }
    }
}

/// Finds the proximity and kilometres of an offer from a need.
struct ProximityFinder {
    let places: [String: MatchPlace]
    let reachKm: Double?

    /// The nearest relation of any of the offer's areas to any of the need's,
    /// and the kilometres between them when both are tambons with centroids.
    func proximity(need: [String], offer: [String]) -> (MatchProximity, Double?) {
        guard !need.isEmpty, !offer.isEmpty else { return (.unknown, nil) }
        let provincesServed = Set(offer.filter { $0 != "TH" }.map { $0.prefix(2) })
        var best: (MatchProximity, Double?) = (.outOfReach, nil)
        func consider(_ p: MatchProximity, _ km: Double?) {
            if p < best.0 || (p == best.0 && (km ?? .infinity) < (best.1 ?? .infinity)) { best = (p, km) }
        }
        for n in need {
            for o in offer {
                if o == "TH" || n == "TH" { consider(.national, nil); continue }
                // Geocodes are ASCII digits: compare bytes.
                let common = zip(n.utf8, o.utf8).prefix { $0 == $1 }.count
                if common >= 6 {
                    consider(.sameTambon, nil)
                } else if common >= 4 {
                    consider(.sameAmphoe, kilometres(n, o))
                } else if common >= 2 {
                    // Filed under the province itself by an organisation of
                    // several provinces: a national supporter.
                    let national = o.utf8.count == 2 && provincesServed.count >= 2
                    if national || best.0 >= .sameProvince { consider(national ? .national : .sameProvince, national ? nil : kilometres(n, o)) }
                } else if best.0 >= .nearby, let reach = reachKm, let km = kilometres(n, o), km <= reach {
                    consider(.nearby, km)
                }
            }
        }
        return best
    }

    /// Great-circle kilometres between two tambon centroids, else nil: the
    /// centroid of an amphoe or province says nothing of where its office is.
    func kilometres(_ a: String, _ b: String) -> Double? {
        guard a.count == 6, b.count == 6, a != b,
              let pa = places[a], let pb = places[b],
              let lat1 = pa.lat, let lon1 = pa.lon, let lat2 = pb.lat, let lon2 = pb.lon else { return nil }
        let r = 6371.0, rad = Double.pi / 180
        let dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * rad) * cos(lat2 * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, h.squareRoot()))
    }
}
