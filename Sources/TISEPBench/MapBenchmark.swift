import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// `tisep-bench map [--geo DIR]`: the whole country's geography and tambon
/// boundaries in a throwaway database (the embedded ones, or the files of
/// `--geo DIR` imported over them), a generated value for every tambon,
/// then the time to load, classify, lay out and draw the largest pilot
/// province, Phayao and the country, and to draw them again with another
/// selection on the kept layout (what a cursor move in the map pane costs).
enum MapBenchmark {
    static let width = 200, height = 60

    static func run(store: Store, geo: String?, runs: Int) throws -> String {
        var out: [String] = []
        if let geo {
            var started = Date()
            for name in ["provinces.csv", "districts.csv", "sub_districts.csv"] {
                let file = (geo as NSString).appendingPathComponent(name)
                _ = try store.areas.importGeography(csv: try CSVTable(text: try CommandLineTool.readText(file)), file: file)
            }
            out.append("geography CSVs: \(seconds(started))")
            started = Date()
            let report = try BoundaryImport.run(file: (geo as NSString).appendingPathComponent("th_adm3.geojson"), store: store)
            out.append("import-boundaries th_adm3.geojson: \(seconds(started)), \(report.matched.count) of \(report.features) features matched")
        } else {
            out.append("geography and boundaries: the embedded ones (tisep init)")
        }
        let tambons = try store.areas.list(level: .tambon, inside: nil)
        try store.transaction {
            for (i, t) in tambons.enumerated() {
                // Deterministic and spread: a multiplicative hash of the index.
                let value = 1 + Double((i &* 2_654_435_761) % 10_000) / 1000
                _ = try store.records.insertCanonical(.indicatorValue, id: "iv-\(t.code)-s90s10-2025", values: [
                    "area": t.code, "indicator": "s90s10", "year": "2025", "value": String(value),
                    "source": "bench", "synthetic": "1", "small_sample": "0",
                ], demo: true)
            }
        }
        out.append("values: \(tambons.count) tambons; \(width)×\(height), quantile, --labels auto, median of \(runs) runs (ms):")
        out.append(contentsOf: try figures(store: store, runs: runs).map { "  " + $0 })
        out.append("the map pane in a \(width)×\(height) terminal (MapFit, MapView, MapPane), median of \(runs) runs (ms):")
        out.append(contentsOf: try paneFigures(store: store, runs: runs).map { "  " + $0 })
        out.append("  (fit = the legend's room for every method and the layout of all the loaded tambons, once per data and pane size;")
        out.append("   view = the layout of the areas shown when that is an amphoe; draw = the picture, legend and pane into a screen")
        out.append("   buffer; move = the pane drawn again with the cursor on the next tambon, the layout kept)")
        out.append("  (load = areas, boundaries and values from the store; layout = project, rasterise, borders, cursor cells;")
        out.append("   picture = fills, borders, labels and key; text = legend and key lines and the ANSI or plain text;")
        out.append("   again = a new picture on the kept layout with another selection and the pane's labels, as a cursor move")
        out.append("   in the map pane costs; +text = its plain or ANSI text, which the pane does not need)")
        return out.joined(separator: "\n")
    }

    /// The pilot province with the most tambons, Phayao for continuity with
    /// the first figures, and the whole country; each at cell resolution
    /// (no colour) and in half blocks (256 colours).
    static func figures(store: Store, runs: Int) throws -> [String] {
        let pilots = ["56", "51", "32", "45", "72", "34", "22", "86", "91", "94", "95"]
        let largest = try pilots.max { try store.areas.list(level: .tambon, inside: $0).count < store.areas.list(level: .tambon, inside: $1).count } ?? "34"
        var out = ["map                                        areas    load  classify  layout  picture   text   total  again  +text"]
        let source = MapSource(store: store)
        for (label, scope) in [("province \(largest)", Optional(largest)), ("province 56", Optional("56")), ("country", nil)] {
            for colorMode in [ColorMode.none, .palette256] {
                var load: [Double] = [], classify: [Double] = [], layoutMs: [Double] = [], pictureMs: [Double] = []
                var textMs: [Double] = [], again: [Double] = [], againText: [Double] = []
                var count = 0
                for run in 0..<runs {
                    var t = DispatchTime.now().uptimeNanoseconds
                    func lap(_ into: inout [Double]) {
                        let now = DispatchTime.now().uptimeNanoseconds
                        into.append(Double(now - t) / 1e6)
                        t = now
                    }
                    let data = try source.load(scope: scope, level: .tambon, indicator: "s90s10", thai: true)
                    lap(&load)
                    let c = Classification(values: data.areas.map(\.value), method: .quantile, classes: 5)
                    let palette = Palette(classCount: c.classCount, colorMode: colorMode, charset: .unicode)
                    lap(&classify)
                    let layout = MapLayout(areas: data.areas, width: width, height: height, resolution: .preferred(for: colorMode))
                    lap(&layoutMs)
                    let picture = MapPicture(layout: layout, areas: data.areas, classification: c, palette: palette,
                                             labels: LabelPolicy(.auto))
                    lap(&pictureMs)
                    _ = text(picture, c, palette, layout, data, colorMode)
                    lap(&textMs)
                    let cursor = data.areas[(run * 7919) % data.areas.count]
                    let next = MapPicture(layout: layout, areas: data.areas, classification: c, palette: palette,
                                          selection: MapSelection(area: cursor.id, group: cursor.group), labels: .pane(cursor: cursor.id))
                    lap(&again)
                    _ = text(next, c, palette, layout, data, colorMode)
                    lap(&againText)
                    count = data.areas.count
                }
                let mode = colorMode == .none ? "cells, no colour" : "half blocks, 256"
                let total = median(load) + median(classify) + median(layoutMs) + median(pictureMs) + median(textMs)
                out.append("\(label), \(mode)".padding(toLength: 42, withPad: " ", startingAt: 0)
                           + String(format: "%6d %7.1f %9.1f %7.1f %8.1f %6.1f %7.1f %6.1f %6.1f", count, median(load), median(classify),
                                    median(layoutMs), median(pictureMs), median(textMs), total, median(again), median(againText)))
            }
        }
        return out
    }

    /// The interface's map pane for the largest pilot province, Phayao and
    /// every tambon of the country, without colour and in 256 colours.
    static func paneFigures(store: Store, runs: Int) throws -> [String] {
        var out = ["pane                                       areas drawn   load     fit    view    draw    move"]
        for (label, scope) in [("province 34", Optional("34")), ("province 56", Optional("56")), ("country, every tambon", nil)] {
            for colorMode in [ColorMode.none, .palette256] {
                let f = try MapPaneTiming.measure(store: store, scope: scope, width: width, height: height, colorMode: colorMode, runs: runs)
                let mode = colorMode == .none ? "no colour" : "256"
                out.append("\(label), \(mode)".padding(toLength: 42, withPad: " ", startingAt: 0)
                           + String(format: "%6d %5d %7.1f %7.1f %7.1f %7.1f %7.2f", f.areas, f.drawn, f.load, f.fit, f.view, f.draw, f.move))
            }
        }
        return out
    }

    /// What `tisep map` prints after the picture: the rows, the legend, the key.
    static func text(_ picture: MapPicture, _ c: Classification, _ palette: Palette, _ layout: MapLayout, _ data: MapData,
                     _ colorMode: ColorMode) -> Int {
        var n = picture.grid.renderText(colorMode: colorMode).utf8.count
        for line in Legend.mapLines(for: c, palette: palette, resolution: layout.resolution, labels: data.labels,
                                    format: data.edgeFormat(for: c), width: width) {
            n += line.renderText(colorMode: colorMode).utf8.count
        }
        for line in Legend.keyLines(picture.key, width: width) { n += line.utf8.count }
        return n
    }

    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func seconds(_ since: Date) -> String { String(format: "%.2f s", Date().timeIntervalSince(since)) }
}
