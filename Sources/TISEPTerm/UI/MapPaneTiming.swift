import AsciiMap
import EcosystemStore
import Foundation

/// The map pane's steps timed without a terminal, for `tisep-bench map`
/// (`docs/PERFORMANCE.md`): what the interface does when a map loads or
/// the pane changes size (load, fit, view), when it first draws (the
/// picture and the pane), and on a cursor move (a new picture on the kept
/// layout, and the pane drawn again).
package enum MapPaneTiming {
    package struct Figures {
        /// Areas loaded and areas drawn (fewer when the pane shows an amphoe).
        package var areas = 0, drawn = 0
        /// Medians, in milliseconds.
        package var load = 0.0, fit = 0.0, view = 0.0, draw = 0.0, move = 0.0
    }

    /// `scope` nil: every tambon of the database (a heavier map than the
    /// interface ever shows, which draws a province or an amphoe).
    package static func measure(store: Store, scope: String?, width: Int, height: Int, colorMode: ColorMode,
                                runs: Int) throws -> Figures {
        var load: [Double] = [], fit: [Double] = [], view: [Double] = [], draw: [Double] = [], move: [Double] = []
        var figures = Figures()
        let source = MapSource(store: store)
        let look = Look(thai: true, colorMode: colorMode, charset: .unicode)
        guard let pane = Layout.compute(width: width, height: height, focus: .map).panes[.map] else { return figures }
        for run in 0..<max(1, runs) {
            var t = DispatchTime.now().uptimeNanoseconds
            func lap(_ into: inout [Double]) {
                let now = DispatchTime.now().uptimeNanoseconds
                into.append(Double(now - t) / 1e6)
                t = now
            }
            let tambons = try source.load(scope: scope, level: .tambon, indicator: "s90s10", thai: true)
            let amphoes = scope?.count == 2 ? try source.load(scope: scope, level: .amphoe, indicator: "s90s10", thai: true) : nil
            let data = MapLoad(tambons: tambons, amphoes: amphoes)
            lap(&load)
            let key = MapFit.key(run, inner: pane.inner, colorMode: colorMode, charset: .unicode)
            let mapFit = MapFit.make(data, key: key)
            lap(&fit)
            guard let first = tambons.areas.first else { return figures }
            let mapView = MapView.make(mapFit, data, shown: MapView.shown(mapFit, data, selection: first.code))
            lap(&view)
            let cache = MapPictureCache()
            var screen = ScreenBuffer(width: width, height: height)
            func model(_ code: String) -> MapPane.Model {
                MapPane.Model(view: mapView, frame: mapView.frame, indicatorName: "S90/S10", method: .quantile,
                              selection: mapView.selection(for: code, byAmphoe: amphoes != nil), cursorName: code,
                              cursorValue: tambons.values[code] ?? nil, numbered: false)
            }
            MapPane.render(model(first.code), look, maps: cache, into: &screen, rect: pane, focused: true)
            lap(&draw)
            // A cursor move: the neighbour to the right (or any other area), drawn on the kept layout.
            let next = mapView.id(of: first.code).flatMap { mapView.layout.neighbour(of: $0, toward: .right) }
                .flatMap(mapView.code(of:)) ?? mapView.areas.last!.code
            MapPane.render(model(next), look, maps: cache, into: &screen, rect: pane, focused: true)
            lap(&move)
            figures.areas = tambons.areas.count
            figures.drawn = mapView.areas.count
        }
        func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
        figures.load = median(load); figures.fit = median(fit); figures.view = median(view)
        figures.draw = median(draw); figures.move = median(move)
        return figures
    }
}
