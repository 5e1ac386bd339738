/// What the demo's organisations need and offer, in words with substance,
/// so that matching has something to tell apart: a weaving group's need for
/// a revolving fund next to a welfare fund paying funeral costs, a council's
/// need for data training next to elders teaching basketry, a health
/// centre's need for beds next to a hospital that lends them.
///
/// Each slot lists variants of one kind of resource in one category; the
/// first is what the generator wrote before (so that slot still appears).
/// `{t}` is the tambon's name, `{a}` the amphoe's, `{product}` an
/// enterprise's product, `{name}` the organisation's short name.
///
/// A variant is drawn from a stream of its own, keyed by the resource
/// (`DemoNeedsOffers.text`), not from the tambon's stream: choosing words
/// moves no other random draw, so names, phones and every other record of
/// the demo stay as they were, and the same seed gives the same words on
/// every laptop.
enum DemoNeedsOffers {
    // MARK: Local government (อบต./เทศบาล)

    static let laoVenue = [
        "ห้องประชุม{name}สำหรับเวทีประชาคมและกิจกรรมผู้สูงอายุ",
        "ห้องประชุม{name}และโปรเจกเตอร์ ใช้จัดอบรมและประชุมกลุ่มในตำบลได้ฟรี",
        "ศาลาอเนกประสงค์ของ{name} ใช้จัดกิจกรรมชุมชนและฝึกอาชีพ",
    ]
    static let laoFunding = [
        "งบอุดหนุนโครงการด้านสวัสดิการสังคมตามข้อบัญญัติงบประมาณ",
        "กองทุนหลักประกันสุขภาพระดับท้องถิ่น สนับสนุนโครงการส่งเสริมสุขภาพและดูแลผู้สูงอายุ",
        "งบส่งเสริมอาชีพและทุนหมุนเวียนให้กลุ่มอาชีพและวิสาหกิจชุมชนในตำบล",
        "งบอุดหนุนโครงการป้องกันยาเสพติดและกิจกรรมเด็กและเยาวชน",
    ]
    static let laoDataNeed = [
        "ข้อมูลรายครัวเรือนของผู้สูงอายุยากจนและผู้ที่ตกหล่นจากสวัสดิการของรัฐ",
        "ข้อมูลคนพิการที่ยังไม่มีบัตรคนพิการและยังไม่ได้รับเบี้ยความพิการ",
        "แผนที่ครัวเรือนเปราะบางและพิกัดบ้านผู้ป่วยติดเตียงสำหรับแผนรับมือภัยพิบัติ",
    ]

    // MARK: Health-promoting hospital (รพ.สต.)

    static let healthCentreCare = [
        "เยี่ยมบ้านและดูแลผู้สูงอายุติดเตียงในตำบล{t}",
        "กายภาพบำบัดที่บ้านสำหรับผู้ป่วยอัมพฤกษ์อัมพาตในตำบล{t}",
        "ดูแลผู้ป่วยระยะท้ายแบบประคับประคองที่บ้านในตำบล{t}",
        "คัดกรองเบาหวานความดันและเยี่ยมบ้านผู้ป่วยเรื้อรังในตำบล{t}",
    ]
    static let healthCentreEquipmentNeed = [
        "เตียงผู้ป่วยและที่นอนลมสำหรับผู้ป่วยติดเตียง",
        "รถเข็นและไม้ค้ำยันสำหรับผู้ป่วยหลังออกจากโรงพยาบาล",
        "เครื่องผลิตออกซิเจนให้ผู้ป่วยโรคปอดยืมใช้ที่บ้าน",
        "เครื่องวัดความดันและเครื่องตรวจน้ำตาลในเลือดสำหรับ อสม.",
    ]

    // MARK: Community organisations

    static let councilKnowledgeNeed = [
        "อบรมการเก็บข้อมูลและจัดทำแผนชุมชน",
        "อบรมการเขียนโครงการของบจากกองทุนตำบลและ สสส.",
        "กระบวนการจัดทำธรรมนูญสุขภาพตำบล",
        "การทำบัญชีและรายงานการเงินของกองทุนชุมชน",
    ]
    static let welfareFundOffer = [
        "สวัสดิการช่วยเหลือสมาชิกยามเจ็บป่วยและค่าทำศพ",
        "เงินช่วยเหลือสมาชิกเมื่อคลอดบุตร เจ็บป่วย นอนโรงพยาบาล และเสียชีวิต",
        "ทุนการศึกษาให้บุตรหลานของสมาชิกที่ครอบครัวยากจน",
    ]
    static let elderlyClubVolunteersNeed = [
        "อาสาสมัครช่วยจัดกิจกรรมและเยี่ยมบ้านผู้สูงอายุที่อยู่ลำพัง",
        "จิตอาสาพาผู้สูงอายุติดบ้านไปพบแพทย์ตามนัด",
        "เยาวชนอาสาสอนผู้สูงอายุใช้สมาร์ทโฟนและไลน์",
    ]
    static let elderlyClubFundingNeed = [
        "งบประมาณกิจกรรมโรงเรียนผู้สูงอายุ",
        "ทุนจัดกิจกรรมออกกำลังกายและตรวจสุขภาพผู้สูงอายุประจำปี",
        "งบซ่อมแซมบ้านและทำราวจับให้ผู้สูงอายุที่อยู่ลำพัง",
    ]
    static let elderlyClubKnowledgeOffer = [
        "ผู้สูงอายุถ่ายทอดภูมิปัญญาท้องถิ่นและงานจักสานให้เยาวชน",
        "ปราชญ์ชาวบ้านสอนสมุนไพรและการนวดแผนไทย",
        "ผู้สูงอายุสอนทอผ้าและทำขนมพื้นบ้านให้เด็กและเยาวชน",
    ]
    static let volunteersOffer = [
        "อาสาสมัครสาธารณสุขเยี่ยมบ้านและคัดกรองสุขภาพ",
        "อสม. วัดความดันและติดตามผู้ป่วยเบาหวานทุกเดือน",
        "อสม. ช่วยพาผู้ป่วยไปรับยาและพบแพทย์ตามนัด",
    ]
    static let volunteersDataOffer = [
        "ข้อมูลสุขภาพและผู้มีภาวะพึ่งพิงรายครัวเรือน",
        "รายชื่อผู้สูงอายุที่อยู่ลำพังและผู้ป่วยติดเตียงรายหมู่บ้าน",
    ]
    static let womenCareOffer = [
        "รับฟังและให้คำปรึกษาเบื้องต้นแก่ผู้หญิงที่ประสบความรุนแรงในครอบครัว",
        "แม่บ้านอาสาเยี่ยมและดูแลหญิงหม้ายและแม่เลี้ยงเดี่ยวในชุมชน",
        "ติดตามและรับฟังผู้หญิงหลังออกจากศูนย์พึ่งได้",
    ]
    static let womenKnowledgeNeed = [
        "อบรมการให้คำปรึกษาและกฎหมายคุ้มครองผู้ถูกกระทำด้วยความรุนแรงในครอบครัว",
        "ฝึกอาชีพตัดเย็บและทำขนมให้ผู้หญิงที่ออกจากความรุนแรง",
        "อบรมแกนนำสตรีเรื่องการเฝ้าระวังและแจ้งเหตุความรุนแรงในครอบครัว",
    ]
    static let enterpriseFundingNeed = [
        "เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับ{product}",
        "สินเชื่อดอกเบี้ยต่ำซื้อวัตถุดิบและเครื่องมือผลิต{product}",
        "ทุนพัฒนาตราสินค้าและช่องทางขายออนไลน์ของ{product}",
    ]
    static let enterpriseKnowledgeOffer = [
        "สอนการแปรรูปและทำ{product}ให้กลุ่มอื่นในอำเภอ",
        "แบ่งปันประสบการณ์ขาย{product}ออนไลน์และออกร้านงานแสดงสินค้า",
    ]

    // MARK: New offers of existing organisations above the tambon

    /// The amphoe hospital's equipment bank (most hospitals have one).
    static let hospitalEquipmentOffer = [
        "ศูนย์ยืมอุปกรณ์การแพทย์ เตียงผู้ป่วย ที่นอนลม และรถเข็นสำหรับผู้ป่วยที่บ้าน",
        "ให้ยืมรถเข็น ไม้ค้ำยัน และเครื่องผลิตออกซิเจนแก่ผู้ป่วยหลังออกจากโรงพยาบาล",
    ]
    static let socialDevelopmentEquipmentOffer = [
        "กายอุปกรณ์และรถเข็นสำหรับคนพิการที่มีบัตรคนพิการ",
        "ปรับสภาพบ้านและทำราวจับให้ผู้สูงอายุและคนพิการที่ยากจน",
    ]
    static let universityKnowledgeOffer = [
        "อบรมนักวิจัยชุมชน การเก็บข้อมูล และการใช้แผนที่ทำแผนชุมชน",
        "อาจารย์และนักศึกษาช่วยออกแบบบรรจุภัณฑ์และตราสินค้าให้วิสาหกิจชุมชน",
    ]
    static let networkKnowledgeOffer = [
        "พี่เลี้ยงเขียนโครงการขอทุนและรายงานผลให้กลุ่มชุมชน",
    ]
    static let codiKnowledgeOffer = [
        "พี่เลี้ยงสภาองค์กรชุมชนจัดทำแผนพัฒนาตำบลและฐานข้อมูลตำบล",
    ]

    // MARK: Drawing

    /// The variant of `slot` for the resource `key`, with its blanks filled.
    static func text(_ slot: [String], key: String, seed: UInt64, _ fill: [String: String] = [:]) -> String {
        var g = DemoRandom(seed: seed, key: "resource-text/" + key)
        var text = g.pick(slot)
        for (blank, value) in fill { text = text.replacingOccurrences(of: "{\(blank)}", with: value) }
        return text
    }

    /// Whether the resource `key` exists, from its own stream too.
    static func chance(_ p: Double, key: String, seed: UInt64) -> Bool {
        var g = DemoRandom(seed: seed, key: "resource-chance/" + key)
        return g.chance(p)
    }
}
