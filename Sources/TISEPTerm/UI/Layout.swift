/// Where each pane goes at a terminal size. From 80×24 up all four panes
/// are shown; below that the panes become tabs (one at a time, full size,
/// never overlapping); below 20×6 only a message fits.
struct Layout: Equatable {
    var title: Rect
    var status: Rect
    var panes: [PaneID: Rect]
    /// The tab bar when panes are shown one at a time.
    var tabBar: Rect?
    /// The region overlays (help, search) cover.
    var body: Rect
    var tooSmall: Bool

    static let minimumFull = (width: 80, height: 24)
    static let minimumTabs = (width: 20, height: 6)

    static func compute(width: Int, height: Int, focus: PaneID) -> Layout {
        let title = Rect(x: 0, y: 0, width: width, height: 1)
        let status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = Rect(x: 0, y: 1, width: width, height: max(0, height - 2))
        if width < minimumTabs.width || height < minimumTabs.height {
            return Layout(title: title, status: status, panes: [:], tabBar: nil, body: body, tooSmall: true)
        }
        if width < minimumFull.width || height < minimumFull.height {
            let bar = Rect(x: 0, y: 1, width: width, height: 1)
            let pane = Rect(x: 0, y: 2, width: width, height: height - 3)
            return Layout(title: title, status: status, panes: [focus: pane], tabBar: bar, body: body, tooSmall: false)
        }
        let treeWidth = min(44, max(24, width * 30 / 100))
        let rightX = treeWidth
        let rightWidth = width - treeWidth
        let mapHeight = max(10, body.height * 52 / 100)
        let bottomY = body.y + mapHeight
        let bottomHeight = body.height - mapHeight
        let listWidth = rightWidth * 55 / 100
        return Layout(
            title: title, status: status,
            panes: [
                .tree: Rect(x: 0, y: body.y, width: treeWidth, height: body.height),
                .map: Rect(x: rightX, y: body.y, width: rightWidth, height: mapHeight),
                .list: Rect(x: rightX, y: bottomY, width: listWidth, height: bottomHeight),
                .detail: Rect(x: rightX + listWidth, y: bottomY, width: rightWidth - listWidth, height: bottomHeight),
            ],
            tabBar: nil, body: body, tooSmall: false)
    }
}
