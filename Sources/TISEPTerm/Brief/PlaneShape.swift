import Foundation

/// A projected area on the drawing's plane (x right, y down, in the SVG's
/// units): rings read with the even-odd rule, so holes and islands need no
/// care. Where a label fits and where the area's visual centre is.
struct PlaneShape {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    let rings: [[Point]]
    let minX, minY, maxX, maxY: Double

    init(rings: [[Point]]) {
        self.rings = rings.filter { $0.count >= 3 }
        let all = self.rings.joined()
        minX = all.map(\.x).min() ?? 0; maxX = all.map(\.x).max() ?? 0
        minY = all.map(\.y).min() ?? 0; maxY = all.map(\.y).max() ?? 0
    }

    /// The stretches of the horizontal line at `y` that lie inside.
    func inside(atY y: Double) -> [ClosedRange<Double>] {
        var xs: [Double] = []
        for ring in rings {
            var a = ring[ring.count - 1]
            for b in ring {
                if (a.y <= y && y < b.y) || (b.y <= y && y < a.y) {
                    xs.append(a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y))
                }
                a = b
            }
        }
        xs.sort()
        return stride(from: 0, to: xs.count - 1, by: 2).map { xs[$0]...xs[$0 + 1] }
    }

    func contains(_ p: Point) -> Bool {
        inside(atY: p.y).contains { $0.contains(p.x) }
    }

    /// The distance from `p` to the nearest edge.
    func distanceToEdge(_ p: Point) -> Double {
        var best = Double.infinity
        for ring in rings {
            var a = ring[ring.count - 1]
            for b in ring {
                let dx = b.x - a.x, dy = b.y - a.y
                let len2 = dx * dx + dy * dy
                let u = len2 > 0 ? max(0, min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0
                let ex = a.x + u * dx - p.x, ey = a.y + u * dy - p.y
                best = min(best, ex * ex + ey * ey)
                a = b
            }
        }
        return best.squareRoot()
    }

    /// The inside point farthest from every edge (the "pole of
    /// inaccessibility", found on a grid and refined around the best cell):
    /// where a concave or thin area's eye falls, unlike its centroid.
    func visualCentre() -> Point {
        var best = Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2)
        var bestDistance = contains(best) ? distanceToEdge(best) : -1
        var cx = best.x, cy = best.y
        var stepX = (maxX - minX) / 16, stepY = (maxY - minY) / 16
        for _ in 0..<3 {
            guard stepX > 0, stepY > 0 else { break }
            for i in -8...8 {
                for j in -8...8 {
                    let p = Point(x: cx + Double(i) * stepX, y: cy + Double(j) * stepY)
                    guard p.x >= minX, p.x <= maxX, p.y >= minY, p.y <= maxY, contains(p) else { continue }
                    let d = distanceToEdge(p)
                    if d > bestDistance { best = p; bestDistance = d }
                }
            }
            cx = best.x; cy = best.y
            stepX /= 6; stepY /= 6
        }
        return best
    }

    /// Where a label `width` × `height` fits wholly inside (with the rows
    /// at its top, middle and bottom inside), its centre as near `target`
    /// as can be; nil when it fits nowhere.
    func labelCentre(width: Double, height: Double, near target: Point) -> Point? {
        guard maxX - minX >= width, maxY - minY >= height else { return nil }
        var best: (point: Point, cost: Double)?
        let step = height / 4
        var y = minY + height / 2
        while y <= maxY - height / 2 {
            var free = inside(atY: y)
            for dy in [-height / 2, height / 2] {
                let other = inside(atY: y + dy)
                free = free.flatMap { a in other.compactMap { b in
                    let lo = max(a.lowerBound, b.lowerBound), hi = min(a.upperBound, b.upperBound)
                    return lo <= hi ? lo...hi : nil
                } }
            }
            for span in free where span.upperBound - span.lowerBound >= width {
                let x = min(max(target.x, span.lowerBound + width / 2), span.upperBound - width / 2)
                let cost = abs(x - target.x) + abs(y - target.y)
                if best == nil || cost < best!.cost { best = (Point(x: x, y: y), cost) }
            }
            y += step
        }
        return best?.point
    }
}
