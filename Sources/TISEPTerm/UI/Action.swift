/// Everything a user can do, by a stable name; keys are bound to actions in
/// `Keymap`, and the help screen and `docs/keys.md` are generated from it.
enum Action: String, CaseIterable {
    case moveUp = "move-up", moveDown = "move-down", moveLeft = "move-left", moveRight = "move-right"
    case goTop = "go-top", goBottom = "go-bottom", pageUp = "page-up", pageDown = "page-down"
    case focusNextPane = "focus-next-pane", focusPreviousPane = "focus-previous-pane"
    case open, back
    case search, nextResult = "next-result", previousResult = "previous-result"
    case filterPolicy = "filter-policy", filterAsset = "filter-asset", filterPlatform = "filter-platform", filterPlayer = "filter-player"
    case cycleSort = "cycle-sort", cycleRole = "cycle-role", clearFilters = "clear-filters", filterMenu = "filter-menu", switchListTab = "switch-list-tab"
    case cycleIndicator = "cycle-indicator", cycleMethod = "cycle-method", zoomMap = "zoom-map", mapKey = "map-key", cycleYear = "cycle-year"
    case exportBrief = "export-brief", exportMenu = "export-menu", syncReview = "sync-review"
    case add, edit, delete, undo, logContact = "log-contact", logReferral = "log-referral"
    case needsOffers = "needs-offers", mergeRecords = "merge-records"
    case help, toggleLanguage = "toggle-language", quit

    enum Group: String, CaseIterable {
        case move, panes, search, map, edit, export, interface
        func title(_ t: Texts) -> String {
            switch self {
            case .move: return t("เลื่อน", "Move")
            case .panes: return t("ช่องหน้าจอ", "Panes")
            case .search: return t("ค้นหาและกรอง", "Search and filter")
            case .map: return t("แผนที่", "Map")
            case .edit: return t("แก้ไขและบันทึก", "Edit and log")
            case .export: return t("ส่งออกและซิงก์", "Export and sync")
            case .interface: return t("การแสดงผล", "Interface")
            }
        }
    }

    var group: Group {
        switch self {
        case .moveUp, .moveDown, .moveLeft, .moveRight, .goTop, .goBottom, .pageUp, .pageDown: return .move
        case .focusNextPane, .focusPreviousPane, .open, .back: return .panes
        case .search, .nextResult, .previousResult, .filterPolicy, .filterAsset, .filterPlatform, .filterPlayer,
             .cycleRole, .clearFilters, .filterMenu, .switchListTab, .cycleSort: return .search
        case .cycleIndicator, .cycleMethod, .zoomMap, .mapKey, .cycleYear: return .map
        case .add, .edit, .delete, .undo, .logContact, .logReferral, .needsOffers, .mergeRecords: return .edit
        case .exportBrief, .exportMenu, .syncReview: return .export
        case .help, .toggleLanguage, .quit: return .interface
        }
    }

    func summary(_ t: Texts) -> String {
        switch self {
        case .moveUp: return t("ขึ้น", "up")
        case .moveDown: return t("ลง", "down")
        case .moveLeft: return t("ซ้าย / ยุบกิ่ง", "left / collapse")
        case .moveRight: return t("ขวา / ขยายกิ่ง", "right / expand")
        case .goTop: return t("ไปบนสุด", "to the top")
        case .goBottom: return t("ไปล่างสุด", "to the bottom")
        case .pageUp: return t("หน้าก่อน", "page up")
        case .pageDown: return t("หน้าถัดไป", "page down")
        case .focusNextPane: return t("ช่องถัดไป", "next pane")
        case .focusPreviousPane: return t("ช่องก่อนหน้า", "previous pane")
        case .open: return t("เปิด / ขยาย / เลือก", "open / expand / choose")
        case .back: return t("ย้อนกลับ / ปิด", "back / close")
        case .search: return t("ค้นหา (ไทยและอังกฤษ)", "search (Thai and English)")
        case .nextResult: return t("ผลค้นหาถัดไป", "next search result")
        case .previousResult: return t("ผลค้นหาก่อนหน้า", "previous search result")
        case .filterPolicy: return t("กรอง: นโยบาย", "filter: policy")
        case .filterAsset: return t("กรอง: ทุน", "filter: asset")
        case .filterPlatform: return t("กรอง: พื้นที่ขับเคลื่อน", "filter: platform")
        case .filterPlayer: return t("กรอง: ผู้เล่น", "filter: player")
        case .cycleRole: return t("สลับบทบาทผู้เล่น", "cycle player role")
        case .cycleSort: return t("เรียงตาม ชื่อ / บทบาท / ภาคส่วน", "sort by name / role / sector")
        case .clearFilters: return t("ล้างตัวกรอง", "clear filters")
        case .filterMenu: return t("เมนูตัวกรอง (ภาคส่วน กลุ่มเป้าหมาย ประเด็น)", "filter menu (sector, target group, issue)")
        case .switchListTab: return t("สลับรายการ: องค์ประกอบ / ทรัพยากร", "list tab: elements / resources")
        case .cycleIndicator: return t("เปลี่ยนตัวชี้วัด", "next indicator")
        case .cycleMethod: return t("เปลี่ยนวิธีแบ่งชั้น", "next classification method")
        case .zoomMap: return t("แผนที่จังหวัด / อำเภอ", "map: province / amphoe")
        case .mapKey: return t("แผนที่: หมายเลขและรายชื่อพื้นที่ที่ไม่มีชื่อบนแผนที่", "map: number the areas without a name, and list them")
        case .cycleYear: return t("แผนที่: ปีก่อนหน้า (วนกลับไปปีล่าสุด)", "map: the year before (then back to the latest)")
        case .add: return t("เพิ่มในช่องนี้ (องค์ประกอบ ผู้ติดต่อ ทรัพยากร โครงการ กลุ่มเปราะบาง)", "add in this pane (element, contact, resource, project, vulnerable count)")
        case .edit: return t("แก้ไขรายการที่เลือก", "edit the selection")
        case .delete: return t("ลบ (ถามก่อน)", "delete (asks first)")
        case .undo: return t("ย้อนการแก้ไขล่าสุด", "undo the last edit")
        case .logContact: return t("บันทึกการติดต่อกับองค์ประกอบที่เลือก", "log a contact with the selected element")
        case .logReferral: return t("บันทึกการส่งต่อ (รหัสกรณีเท่านั้น)", "log a referral (a case code only)")
        case .needsOffers: return t("ความต้องการและผู้ให้ใกล้เคียง", "needs and offers nearby")
        case .mergeRecords: return t("รวมองค์ประกอบที่ซ้ำเข้ากับที่เลือก", "merge a duplicate into the selected element")
        case .exportBrief: return t("ส่งออกสรุปตำบล", "export the tambon brief")
        case .exportMenu: return t("ส่งออก: ไฟล์ซิงก์ สรุป 3W CSV GeoJSON", "export: bundle, brief, 3W, CSV, GeoJSON")
        case .syncReview: return t("ตรวจการซิงก์: ความขัดแย้งรอตรวจ ค่าที่ถูกกักไว้ ชื่อเครื่องนี้", "sync review: conflicts to review, values held back, this laptop's name")
        case .help: return t("ความช่วยเหลือ (หน้านี้)", "help (this screen)")
        case .toggleLanguage: return t("ภาษาไทย / English", "Thai / English")
        case .quit: return t("ออก", "quit")
        }
    }
}
