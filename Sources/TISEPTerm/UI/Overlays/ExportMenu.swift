import EcosystemStore

/// `x`: the export menu, a ``Chooser`` of what to write for the selected
/// area — a bundle for another tisep, the brief (also `e`), a 3W for
/// OCHA/HDX, the list on screen as CSV, the map on screen as GeoJSON.
/// Each goes on to the prompt with a default name in the export folder.
enum ExportMenu {
    static func chooser(_ state: AppState) -> Chooser {
        let t = state.texts
        let code = state.selectedArea
        let name = state.areaName(code) ?? code
        var items: [Chooser.Item] = [
            .init(label: t("ไฟล์ซิงก์ ให้ tisep เครื่องอื่น", "bundle, for another tisep laptop"), choice: .export(.bundle(code))),
            .init(label: briefLabel(code, t), choice: .export(.brief(code))),
            .init(label: t("3W พร้อมแท็ก HXL สำหรับ OCHA/HDX", "3W with HXL tags, for OCHA/HDX"), choice: .export(.threeW(code))),
        ]
        let list = listOnScreen(state)
        let what = list.kind == .entities ? t.count(list.ids.count, "องค์ประกอบ", "element") : t.count(list.ids.count, "ทรัพยากร", "resource")
        items.append(.init(label: t("CSV ของรายการบนจอ (\(what)) สำหรับ Excel", "CSV of the list on screen (\(what)), for Excel"),
                           choice: .export(.list(code, list.kind, ids: list.ids))))
        if let indicator = state.indicator {
            let map = mapOnScreen(state)
            items.append(.init(label: t("GeoJSON ของแผนที่บนจอ สำหรับ QGIS", "GeoJSON of the map on screen, for QGIS"),
                               choice: .export(.map(scope: map.scope, level: map.level, indicator: indicator.id))))
        }
        return Chooser(title: t("ส่งออก ", "Export ") + name, items: items)
    }

    /// "สรุปอำเภอ สำหรับการประชุม (ปุ่ม e)" / "amphoe brief, for a meeting
    /// (key e)": the brief named by the level of the selected area, as its
    /// title names it — a province gives a province brief of its amphoes
    /// (docs/brief.md), not a tambon brief.
    static func briefLabel(_ code: String, _ t: Texts) -> String {
        let level = AreaLevel(code: code) ?? .tambon
        return t("สรุป\(level.thai) สำหรับการประชุม (ปุ่ม e)", "\(level.name) brief, for a meeting (key e)")
    }

    /// The rows of the list pane as they are shown: its tab, filters and order.
    static func listOnScreen(_ state: AppState) -> (kind: SheetKind, ids: [String]) {
        switch state.listTab {
        case .elements: return (.entities, state.elements.map(\.id))
        case .resources: return (.resources, state.resources.map(\.id))
        }
    }

    /// The areas the map pane draws: the tambons of the province (or of the
    /// amphoe, zoomed or when the province is too small), or its amphoes.
    static func mapOnScreen(_ state: AppState) -> (scope: String?, level: AreaLevel) {
        switch state.map.view?.shown {
        case let .amphoe(code)?: return (code, .tambon)
        case .amphoes?: return (state.mapScope, .amphoe)
        case .all?, nil: return (state.mapScope, .tambon)
        }
    }
}
