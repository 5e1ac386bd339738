import AsciiMap

/// The brief's map: the amphoe's tambons (an amphoe brief: its tambons; a
/// province brief: its amphoes) coloured by S90/S10, loaded once from the
/// store by `MapSource` as `tisep map` loads them, and classified the same
/// way, so that the character map of the text brief and the drawing of the
/// HTML brief show the same classes and legend.
struct BriefMap: Equatable {
    /// What the map shows, in a sentence.
    var caption: String
    /// The character map (`PrintedMap`: names where they fit, numbers and a
    /// key for the rest, this area outlined with `@`), its legend and key:
    /// the text brief and Markdown's code block.
    var text: [String]
    /// The shapes and legend for the HTML drawing (``BriefSVG``).
    var figure: MapFigure
}

/// A map as shapes: what ``BriefSVG`` draws.
struct MapFigure: Equatable {
    struct Area: Equatable {
        var code: String
        var name: String
        /// The boundary; nil when only the centroid is known (drawn as a dot).
        var polygons: MultiPolygon?
        var point: GeoPoint?
        /// The class, nil for no data.
        var classIndex: Int?
    }

    struct LegendEntry: Equatable {
        /// "3.68–5.92 (2)", "ไม่มีข้อมูล (0)": the terminal legend's words.
        var text: String
        /// The class drawn in its swatch; nil for the no-data swatch.
        var classIndex: Int?
        /// An entry without a swatch (no values at all).
        var plain = false
    }

    var areas: [Area]
    /// The area outlined (the brief's own tambon).
    var selected: String?
    /// Per class, light to dark as the terminal's 256-colour ramp: the
    /// fill as `#rrggbb` and the shade (0 lightest) that picks the pattern.
    var classFills: [String]
    var classShades: [Int]
    /// "สัดส่วนรายได้ … (เท่า) · 2568"
    var title: String
    var entries: [LegendEntry]
    /// "ควอนไทล์ (quantile), 5 ชั้น"
    var method: String?
    /// "ที่เลือก: เวียง 12.78"
    var selectedText: String?
    /// Source, year, demo notice, boundary attribution (each one part).
    var sourceParts: [String]
    var thai: Bool

    var usesPolygons: Bool { areas.contains { $0.polygons != nil } }
}
