import Foundation
import AsciiMap

/// The brief's map as an inline SVG drawing for the HTML brief: the areas
/// coloured by class (the terminal's 256-colour ramp, light to dark) and
/// also patterned by class, so that it reads on a black-and-white printer;
/// borders; the brief's own area outlined; every area named inside its
/// shape, or numbered with a key where its name does not fit; a dot with a
/// name where only a centroid is known; a scale bar in kilometres, a north
/// arrow, the legend and the source and boundary attribution. No script,
/// no external file, no link.
///
/// Units are tenths of a millimetre on paper (the `<svg>` is given its size
/// in mm), so that label sizes and fits are decided in print sizes.
enum BriefSVG {
    typealias Point = PlaneShape.Point

    /// Font sizes in tenths of a millimetre: 2.4 mm ≈ 6.8 pt for names,
    /// 2.0 mm when a name fits only smaller; the legend at 2.3 mm.
    static let nameSize = 24.0, smallNameSize = 20.0, legendSize = 23.0, numberSize = 17.0
    /// A display column of Thai or Latin text is about 0.6 em wide in the
    /// fonts of the print stack (measured in Chromium with Loma: 0.49–0.63).
    static let columnEm = 0.6
    static let dotRadius = 20.0

    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        Double(TextWidth.width(of: text)) * columnEm * size * (bold ? 1.08 : 1)
    }

    /// The drawing `widthMM` wide, its map part at most `maxMapHeightMM` tall.
    static func render(_ f: MapFigure, widthMM: Double, maxMapHeightMM: Double) -> (svg: String, heightMM: Double) {
        var d = Drawing(figure: f, width: (widthMM * 10).rounded(), maxMapHeight: maxMapHeightMM * 10)
        let svg = d.render()
        return (svg, d.height / 10)
    }

    /// One drawing being laid out.
    struct Drawing {
        let f: MapFigure
        let width: Double
        let maxMapHeight: Double
        var out = ""
        var y = 0.0
        /// The drawing's height once rendered.
        var height = 0.0

        init(figure: MapFigure, width: Double, maxMapHeight: Double) {
            f = figure; self.width = width; self.maxMapHeight = maxMapHeight
        }

        mutating func render() -> String {
            // The title above the map.
            y = BriefSVG.legendSize * 1.1
            var body = text(f.title, x: 0, y: y, size: BriefSVG.legendSize, attributes: "font-weight=\"bold\"")
            y += 10
            let map = mapPart(top: y)
            body += map.svg
            y = map.bottom + 14
            body += legend()
            if !map.key.isEmpty { body += key(map.key) }
            body += sources()
            height = (y + 4).rounded()
            let label = escape(f.title)
            return "<svg class=\"map\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width / 10))mm\" height=\"\(n(height / 10))mm\" role=\"img\" aria-label=\"\(label)\">\n"
                + "<title>\(label)</title>\n" + defs() + body + "</svg>\n"
        }

        // MARK: Patterns

        /// A fill per class: the class colour with a hatch that grows denser
        /// class by class (none, dots, lines, cross-hatch, denser), drawn in
        /// black on light colours and white on dark ones; no data: the grey
        /// checker of the terminal's no-data mark.
        func defs() -> String {
            var out = "<defs>\n"
            for (i, fill) in f.classFills.enumerated() {
                let shade = i < f.classShades.count ? f.classShades[i] : i
                let ink = BriefSVG.lightness(hex: fill) < 55 ? "#ffffff" : "#000000"
                let s = 14.0
                out += "<pattern id=\"class\(i)\" patternUnits=\"userSpaceOnUse\" width=\"\(n(s))\" height=\"\(n(s))\">"
                out += "<rect width=\"\(n(s))\" height=\"\(n(s))\" fill=\"\(fill)\"/>"
                let line = "stroke=\"\(ink)\" stroke-opacity=\"0.7\" stroke-width="
                switch shade {
                case 0: break
                case 1: out += "<circle cx=\"7\" cy=\"7\" r=\"1.7\" fill=\"\(ink)\" fill-opacity=\"0.7\"/>"
                case 2: out += "<path d=\"M0 14L14 0M-3 3L3 -3M11 17L17 11\" \(line)\"1.4\"/>"
                case 3: out += "<path d=\"M0 14L14 0M-3 3L3 -3M11 17L17 11M0 0L14 14M-3 11L3 17M11 -3L17 3\" \(line)\"1.4\"/>"
                case 4: out += "<path d=\"M0 14L14 0M0 7L7 0M7 14L14 7M0 0L14 14M0 7L7 14M7 0L14 7\" \(line)\"1.3\"/>"
                case 5: out += "<path d=\"M0 3.5H14M0 10.5H14M3.5 0V14M10.5 0V14\" \(line)\"1.5\"/>"
                default: out += "<path d=\"M0 3.5H14M0 10.5H14M3.5 0V14M10.5 0V14M0 14L14 0M0 0L14 14\" \(line)\"1.4\"/>"
                }
                out += "</pattern>\n"
            }
            out += "<pattern id=\"nodata\" patternUnits=\"userSpaceOnUse\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\" fill=\"#e4e4e4\"/><rect width=\"5\" height=\"5\" fill=\"#bcbcbc\"/>"
                + "<rect x=\"5\" y=\"5\" width=\"5\" height=\"5\" fill=\"#bcbcbc\"/></pattern>\n"
            return out + "</defs>\n"
        }

        func fill(_ classIndex: Int?) -> String { classIndex.map { "url(#class\($0))" } ?? "url(#nodata)" }

        // MARK: The map

        struct KeyEntry { var number: Int; var name: String }

        /// Areas, selection, labels, scale bar and north arrow; returns the
        /// SVG, where the map ends and the numbered key.
        func mapPart(top: Double) -> (svg: String, bottom: Double, key: [KeyEntry]) {
            var box = BoundingBox.empty
            for a in f.areas {
                if let p = a.polygons { box = box.union(p.boundingBox) } else if let p = a.point { box.extend(p) }
            }
            let dotsOnly = !f.usesPolygons
            box = box.padded(by: dotsOnly ? 0.12 : 0.03, minimum: 0.005)
            let cosLat = max(cos(box.center.lat * .pi / 180), 0.01)
            let natural = width * box.height / max(box.width * cosLat, 1e-9)
            let mapHeight = min(maxMapHeight, max(width * 0.4, natural))
            let projection = Projection(fitting: box, width: Int(width), height: Int(mapHeight.rounded()), cellAspect: 1)
            func project(_ p: GeoPoint) -> Point {
                let (x, yy) = projection.project(p)
                return Point(x: x, y: yy + top)
            }

            var svg = "<g class=\"areas\" stroke-linejoin=\"round\">\n"
            var shapes: [String: PlaneShape] = [:]
            var points: [String: Point] = [:]
            for a in f.areas {
                if let polygons = a.polygons {
                    let rings = polygons.polygons.flatMap(\.rings).map { ring in BriefSVG.simplified(ring.map(project)) }
                    let shape = PlaneShape(rings: rings)
                    shapes[a.code] = shape
                    svg += "<path class=\"area\" data-code=\"\(escape(a.code))\" d=\"\(BriefSVG.path(shape.rings))\" fill=\"\(fill(a.classIndex))\" fill-rule=\"evenodd\" stroke=\"#404040\" stroke-width=\"2\"><title>\(escape(a.name))</title></path>\n"
                } else if let p = a.point {
                    let q = project(p)
                    points[a.code] = q
                    svg += "<circle class=\"area\" data-code=\"\(escape(a.code))\" cx=\"\(n(q.x))\" cy=\"\(n(q.y))\" r=\"\(n(BriefSVG.dotRadius))\" fill=\"\(fill(a.classIndex))\" stroke=\"#202020\" stroke-width=\"3\"><title>\(escape(a.name))</title></circle>\n"
                }
            }
            svg += "</g>\n"
            // The selection over its neighbours' borders: white under black, seen on any fill.
            if let code = f.selected {
                if let shape = shapes[code] {
                    let d = BriefSVG.path(shape.rings)
                    svg += "<g class=\"selected\" fill=\"none\" stroke-linejoin=\"round\"><path d=\"\(d)\" stroke=\"#ffffff\" stroke-width=\"13\"/><path d=\"\(d)\" stroke=\"#000000\" stroke-width=\"7\"/></g>\n"
                } else if let q = points[code] {
                    svg += "<g class=\"selected\" fill=\"none\"><circle cx=\"\(n(q.x))\" cy=\"\(n(q.y))\" r=\"\(n(BriefSVG.dotRadius + 6))\" stroke=\"#ffffff\" stroke-width=\"7\"/><circle cx=\"\(n(q.x))\" cy=\"\(n(q.y))\" r=\"\(n(BriefSVG.dotRadius + 6))\" stroke=\"#000000\" stroke-width=\"5\"/></g>\n"
                }
            }
            let labels = placeLabels(shapes: shapes, points: points, frame: (top, top + mapHeight))
            svg += labels.svg
            svg += scaleBar(projection: projection, bottom: top + mapHeight)
            svg += northArrow(top: top)
            return (svg, top + mapHeight, labels.key)
        }

        /// Names inside their areas (smaller where needed), the selected one
        /// in bold; a dot's name beside it where it does not cover another;
        /// the rest numbered in reading order with a key.
        func placeLabels(shapes: [String: PlaneShape], points: [String: Point], frame: (top: Double, bottom: Double)) -> (svg: String, key: [KeyEntry]) {
            var svg = "<g class=\"labels\" text-anchor=\"middle\" stroke=\"#ffffff\" stroke-linejoin=\"round\" paint-order=\"stroke\" fill=\"#000000\">\n"
            var taken: [(x0: Double, y0: Double, x1: Double, y1: Double)] = points.values.map {
                ($0.x - BriefSVG.dotRadius, $0.y - BriefSVG.dotRadius, $0.x + BriefSVG.dotRadius, $0.y + BriefSVG.dotRadius)
            }
            var numbered: [(code: String, name: String, at: Point)] = []
            // The selected area first, then small areas before large ones.
            let order = f.areas.sorted { a, b in
                if (a.code == f.selected) != (b.code == f.selected) { return a.code == f.selected }
                return a.code < b.code
            }
            for a in order {
                let bold = a.code == f.selected
                let weight = bold ? " font-weight=\"bold\"" : ""
                if let shape = shapes[a.code] {
                    let centre = shape.visualCentre()
                    var placed = false
                    for size in [BriefSVG.nameSize, BriefSVG.smallNameSize] {
                        let w = BriefSVG.textWidth(a.name, size: size, bold: bold) + size * 0.3
                        if let c = shape.labelCentre(width: w, height: size * 1.25, near: centre) {
                            svg += text(a.name, x: c.x, y: c.y + size * 0.35, size: size, attributes: "class=\"name\" stroke-width=\"\(n(size * 0.22))\"" + weight, anchor: nil)
                            taken.append((c.x - w / 2, c.y - size * 0.6, c.x + w / 2, c.y + size * 0.6))
                            placed = true
                            break
                        }
                    }
                    if !placed { numbered.append((a.code, a.name, centre)) }
                } else if let q = points[a.code] {
                    let size = BriefSVG.nameSize
                    let w = BriefSVG.textWidth(a.name, size: size, bold: bold), h = size * 1.2
                    let r = BriefSVG.dotRadius + 4
                    let candidates = [Point(x: q.x + r + w / 2, y: q.y), Point(x: q.x - r - w / 2, y: q.y),
                                      Point(x: q.x, y: q.y - r - h / 2), Point(x: q.x, y: q.y + r + h / 2)]
                    let fit = candidates.first { c in
                        let box = (x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2)
                        return box.x0 >= 0 && box.x1 <= width && box.y0 >= frame.top && box.y1 <= frame.bottom
                            && !taken.contains { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }
                    }
                    if let c = fit {
                        svg += text(a.name, x: c.x, y: c.y + size * 0.35, size: size, attributes: "class=\"name\" stroke-width=\"\(n(size * 0.22))\"" + weight, anchor: nil)
                        taken.append((c.x - w / 2, c.y - h / 2, c.x + w / 2, c.y + h / 2))
                    } else {
                        numbered.append((a.code, a.name, Point(x: q.x + r, y: q.y - r)))
                    }
                }
            }
            // The brief's own area is named whatever its size: beside it,
            // clear of the other names, when it has no room inside.
            if let code = f.selected, let i = numbered.firstIndex(where: { $0.code == code }), let shape = shapes[code],
               let c = beside(shape, width: BriefSVG.textWidth(numbered[i].name, size: BriefSVG.nameSize, bold: true),
                              height: BriefSVG.nameSize * 1.25, taken: taken, frame: frame) {
                svg += text(numbered[i].name, x: c.x, y: c.y + BriefSVG.nameSize * 0.35, size: BriefSVG.nameSize,
                            attributes: "class=\"name\" stroke-width=\"\(n(BriefSVG.nameSize * 0.3))\" font-weight=\"bold\"", anchor: nil)
                numbered.remove(at: i)
            }
            // Numbers in reading order: top to bottom, left to right.
            numbered.sort { ($0.at.y, $0.at.x) < ($1.at.y, $1.at.x) }
            var key: [KeyEntry] = []
            for (i, entry) in numbered.enumerated() {
                let number = String(i + 1)
                let r = BriefSVG.numberSize * 0.62 + (number.count > 1 ? 3 : 0)
                svg += "<g class=\"number\" data-code=\"\(escape(entry.code))\"><circle cx=\"\(n(entry.at.x))\" cy=\"\(n(entry.at.y))\" r=\"\(n(r))\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
                svg += text(number, x: entry.at.x, y: entry.at.y + BriefSVG.numberSize * 0.36, size: BriefSVG.numberSize, attributes: "stroke=\"none\"", anchor: nil)
                svg += "</g>\n"
                key.append(KeyEntry(number: i + 1, name: entry.name))
            }
            return (svg + "</g>\n", key)
        }

        /// A place for a label just outside a shape's box (right, left, above,
        /// below) that stays on the map and covers no other label.
        func beside(_ shape: PlaneShape, width w: Double, height h: Double, taken: [(x0: Double, y0: Double, x1: Double, y1: Double)],
                    frame: (top: Double, bottom: Double)) -> Point? {
            let midX = (shape.minX + shape.maxX) / 2, midY = (shape.minY + shape.maxY) / 2
            let candidates = [Point(x: shape.maxX + 4 + w / 2, y: midY), Point(x: shape.minX - 4 - w / 2, y: midY),
                              Point(x: midX, y: shape.minY - 4 - h / 2), Point(x: midX, y: shape.maxY + 4 + h / 2)]
            return candidates.first { c in
                let box = (x0: c.x - w / 2, y0: c.y - h / 2, x1: c.x + w / 2, y1: c.y + h / 2)
                return box.x0 >= 0 && box.x1 <= width && box.y0 >= frame.top && box.y1 <= frame.bottom
                    && !taken.contains { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }
            }
        }

        /// A bar of a round number of kilometres, about a quarter of the
        /// map's width, from the projection's scale at the map's latitude.
        func scaleBar(projection: Projection, bottom: Double) -> String {
            // Units per degree of latitude; a degree of latitude is 111.2 km.
            let kmPerUnit = 111.2 / projection.rowsPerDegree
            let target = width * 0.25 * kmPerUnit
            let magnitude = pow(10, floor(log10(max(target, 1e-6))))
            let km = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= target } ?? magnitude
            let length = km / kmPerUnit
            let x = 8.0, y = bottom - 16
            let label = (km >= 1 ? String(Int(km)) : String(format: "%.1f", km)) + (f.thai ? " กม." : " km")
            var out = "<g class=\"scale\">"
            out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(length / 2))\" height=\"6\" fill=\"#000000\"/>"
            out += "<rect x=\"\(n(x + length / 2))\" y=\"\(n(y))\" width=\"\(n(length / 2))\" height=\"6\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
            out += text("0", x: x, y: y - 4, size: 18, attributes: "", anchor: "start")
            out += text(label, x: x + length, y: y - 4, size: 18, attributes: "", anchor: "middle")
            return out + "</g>\n"
        }

        func northArrow(top: Double) -> String {
            let x = width - 16, y = top + 8
            return "<g class=\"north\"><path d=\"M\(n(x)) \(n(y + 22))L\(n(x - 8)) \(n(y + 44))L\(n(x)) \(n(y + 38))Z\" fill=\"#000000\"/>"
                + "<path d=\"M\(n(x)) \(n(y + 22))L\(n(x + 8)) \(n(y + 44))L\(n(x)) \(n(y + 38))Z\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"1.5\"/>"
                + text("N", x: x, y: y + 18, size: 20, attributes: "font-weight=\"bold\"", anchor: "middle") + "</g>\n"
        }

        // MARK: Below the map

        /// Swatches with the classes' edges and counts, no data, the
        /// selection, the method: flowed in rows across the width.
        mutating func legend() -> String {
            let size = BriefSVG.legendSize, sw = 36.0, sh = 22.0, row = size * 1.45
            var out = "<g class=\"legend\">\n"
            var x = 0.0
            y += sh
            func place(_ w: Double) {
                if x > 0, x + w > width { x = 0; y += row }
            }
            for e in f.entries {
                let textW = BriefSVG.textWidth(e.text, size: size)
                if e.plain {
                    place(textW)
                    out += text(e.text, x: x, y: y, size: size, attributes: "", anchor: "start")
                    x += textW + 20
                    continue
                }
                place(sw + 8 + textW)
                out += "<rect class=\"swatch\" x=\"\(n(x))\" y=\"\(n(y - sh + 4))\" width=\"\(n(sw))\" height=\"\(n(sh))\" fill=\"\(fill(e.classIndex))\" stroke=\"#404040\" stroke-width=\"1.5\"/>"
                out += text(e.text, x: x + sw + 8, y: y, size: size, attributes: "", anchor: "start") + "\n"
                x += sw + 8 + textW + 22
            }
            if let selected = f.selectedText {
                let textW = BriefSVG.textWidth(selected, size: size)
                place(sw + 8 + textW)
                out += "<rect x=\"\(n(x + 2))\" y=\"\(n(y - sh + 6))\" width=\"\(n(sw - 4))\" height=\"\(n(sh - 4))\" fill=\"none\" stroke=\"#000000\" stroke-width=\"5\"/>"
                out += text(selected, x: x + sw + 8, y: y, size: size, attributes: "font-weight=\"bold\"", anchor: "start") + "\n"
                x += sw + 8 + textW + 22
            }
            if let method = f.method {
                place(BriefSVG.textWidth(method, size: size))
                out += text(method, x: x, y: y, size: size, attributes: "", anchor: "start") + "\n"
            }
            y += row * 0.5
            return out + "</g>\n"
        }

        /// "1 เจดีย์คำ  2 เชียงบาน": the areas numbered on the map, flowed in rows.
        mutating func key(_ entries: [KeyEntry]) -> String {
            let size = BriefSVG.legendSize, row = size * 1.3
            var out = "<g class=\"key\">\n"
            var x = 0.0
            y += row
            for e in entries {
                let label = "\(e.number) \(e.name)"
                let w = BriefSVG.textWidth(label, size: size)
                if x > 0, x + w > width { x = 0; y += row }
                out += text(label, x: x, y: y, size: size, attributes: "", anchor: "start") + "\n"
                x += w + 24
            }
            y += row * 0.3
            return out + "</g>\n"
        }

        /// Source, demo notice and boundary attribution, wrapped to the width.
        mutating func sources() -> String {
            let size = BriefSVG.legendSize * 0.9, row = size * 1.3
            let columns = max(20, Int(width / (BriefSVG.columnEm * size)))
            var out = "<g class=\"source\" fill=\"#202020\">\n"
            for line in BriefSVG.joinedLines(f.sourceParts, columns: columns) {
                y += row
                out += text(line, x: 0, y: y, size: size, attributes: "", anchor: "start") + "\n"
            }
            return out + "</g>\n"
        }

        // MARK: Helpers

        func text(_ s: String, x: Double, y: Double, size: Double, attributes: String, anchor: String? = "start") -> String {
            let a = anchor.map { " text-anchor=\"\($0)\"" } ?? ""
            let extra = attributes.isEmpty ? "" : " " + attributes
            return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\"\(a)\(extra)>\(escape(s))</text>"
        }

        func escape(_ s: String) -> String { BriefHTML.escape(s) }
        func n(_ v: Double) -> String { BriefSVG.number(v) }
    }

    // MARK: Shared helpers

    /// A coordinate with at most one decimal, "-0" never written.
    static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        if r == r.rounded() { return String(Int(r)) }
        return String(format: "%.1f", r)
    }

    /// Points closer than 1.5 units (0.15 mm) to the last kept one dropped:
    /// detail a printer cannot show.
    static func simplified(_ ring: [Point]) -> [Point] {
        guard ring.count > 4 else { return ring }
        var out = [ring[0]]
        for p in ring.dropFirst() {
            let last = out[out.count - 1]
            if abs(p.x - last.x) + abs(p.y - last.y) >= 1.5 { out.append(p) }
        }
        return out.count >= 3 ? out : ring
    }

    static func path(_ rings: [[Point]]) -> String {
        rings.map { ring in
            "M" + ring.map { "\(number($0.x)) \(number($0.y))" }.joined(separator: "L") + "Z"
        }.joined()
    }

    /// CIE L* of a `#rrggbb` colour.
    static func lightness(hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        guard digits.count == 6 else { return 50 }
        func channel(_ i: Int) -> Double {
            let v = Double(Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0) / 255
            return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
        }
        let y = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
        return y > 216.0 / 24389 ? 116 * cbrt(y) - 16 : y * 24389 / 27
    }

    /// Parts joined by " · " into lines of at most `columns`: a part that
    /// does not fit after the others starts a new line (the attribution
    /// stays whole), a part longer than a line is wrapped between words.
    static func joinedLines(_ parts: [String], columns: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for part in parts {
            let joined = line.isEmpty ? part : line + " · " + part
            if TextWidth.width(of: joined) <= columns { line = joined; continue }
            if !line.isEmpty { lines.append(line) }
            var pieces = TextTable.wrap(part, width: columns)
            line = pieces.popLast() ?? ""
            lines += pieces
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
