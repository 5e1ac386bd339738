/// A field of work (elder care, mobility and assistive devices, organic
/// farming, livelihood capital …): the phrase-list concepts that belong to
/// it, the situations that imply it, and the who-words that make it the
/// subject of a request for money.
///
/// Fields bridge vocabulary that a phrase list of spellings does not: a
/// need and the offer that meets it often share no word and no concept (a
/// man who "cannot get out of bed" and a loan of hospital beds and air
/// mattresses; money for an elders' day and a grant for elder-care
/// projects), but they are in the same field. A shared field counts in the
/// text similarity as a feature of its own, lighter than a shared concept
/// (`MatchOptions.fieldWeight`), and a grant meets a need for money when
/// their subjects share a field (`docs/matching.md`, "Fields").
///
/// Written from domain knowledge — seed 002's target groups and services,
/// the demo generator's kinds of resources and the ordinary work of tambon
/// organisations — not from the labelled errors.
public struct MatchDomain: Sendable, Equatable {
    public let id: String
    /// What a reason shows: "การดูแลผู้สูงอายุ" / "elder care".
    public let thai: String
    public let english: String
    /// Concept ids (help, topic, situation or generic) in the field.
    public let concepts: [String]
    /// Who-word concept ids that make the field the subject of a request
    /// for money or training (ผู้สูงอายุ: a need for money "for the elders'
    /// day" is about elder care); they never make a field shared otherwise
    /// — an elders' club and a meeting room for elders' activities are not
    /// in the same field.
    public let audience: [String]

    public init(_ id: String, _ thai: String, _ english: String, concepts: [String], audience: [String] = []) {
        self.id = id
        self.thai = thai
        self.english = english
        self.concepts = concepts
        self.audience = audience
    }

    /// Fields of money itself: a grant's subject is what it pays for, never
    /// that it pays.
    static let moneyFields: Set<String> = ["capital", "welfare"]
    /// Concepts that make an offer a grant for projects, matched with a
    /// need for money by subject (`MatchScorer`).
    static let grantConcepts: Set<String> = ["project-grant", "local-health-fund"]
}

enum StandardDomains {
    static let all: [MatchDomain] = [
        MatchDomain("elder-care", "การดูแลผู้สูงอายุ", "elder care",
                    concepts: ["bedridden", "elder-care", "caregiver", "long-term-care", "elderly-school", "day-care", "dementia",
                               "home-visit", "palliative", "meals", "peer-support", "bedsores", "s-no-carer", "s-no-food", "s-wound", "s-frail"],
                    audience: ["elderly", "living-alone"]),
        // Daily care has kinds a coordinator tells apart: food, and nursing.
        MatchDomain("meals", "อาหารและการกินอยู่", "meals and food",
                    concepts: ["meals", "food-bank", "kitchen", "s-no-food"]),
        MatchDomain("home-nursing", "การพยาบาลที่บ้าน", "nursing at home",
                    concepts: ["home-visit", "bedsores", "caregiver", "palliative", "long-term-care", "physio", "air-mattress",
                               "s-wound"]),
        MatchDomain("mobility", "อุปกรณ์ช่วยการเคลื่อนไหว", "mobility and assistive devices",
                    concepts: ["bed", "air-mattress", "wheelchair", "walking-aid", "assistive", "diapers", "home-repair", "paralysis",
                               "physio", "disability-card", "bedridden", "bedsores", "s-immobile", "s-frail"],
                    audience: ["disabled"]),
        MatchDomain("health", "สุขภาพและการรักษา", "health care",
                    concepts: ["screening", "chronic", "medical-equipment", "oxygen", "medicine", "doctor", "transport", "health-rights",
                               "first-aid", "local-health-fund", "health-charter", "physio", "maternal", "palliative", "s-ill"],
                    audience: ["patients"]),
        MatchDomain("mental-health", "สุขภาพจิต", "mental health",
                    concepts: ["mental-health", "counselling", "s-distress"]),
        MatchDomain("violence", "ความรุนแรงในครอบครัว", "family violence",
                    concepts: ["shelter", "oscc", "hotline", "protection-law", "prevention", "child-support", "islamic-family",
                               "case-management", "social-worker", "s-abused", "s-unsafe"],
                    audience: ["violence"]),
        MatchDomain("status", "สถานะและสัญชาติ", "civil status and nationality",
                    concepts: ["civil-registration", "nationality", "birth-registration", "dna", "witness", "petition", "s-undocumented"],
                    audience: ["stateless", "migrants"]),
        MatchDomain("legal", "ความช่วยเหลือทางกฎหมาย", "legal help",
                    concepts: ["legal-aid", "law", "protection-law", "child-support", "s-sued"]),
        MatchDomain("schooling", "การศึกษาของเด็ก", "children's schooling",
                    concepts: ["scholarship", "tutoring", "school-supplies", "child-centre", "volunteer-teachers", "s-schooling",
                               "s-school-costs"],
                    audience: ["children"]),
        MatchDomain("literacy", "การอ่านเขียนและภาษา", "reading, writing and language",
                    concepts: ["thai-language", "tutoring", "malay", "s-literacy"]),
        MatchDomain("capital", "ทุนประกอบอาชีพ", "livelihood capital",
                    concepts: ["working-capital", "savings", "interest-free", "debt", "enterprise", "s-no-capital", "s-indebted"]),
        MatchDomain("welfare", "สวัสดิการและเงินช่วยเหลือ", "welfare and cash aid",
                    concepts: ["welfare-fund", "member-benefits", "funeral", "sickness-benefit", "emergency-cash", "allowance",
                               "state-welfare-card", "food-bank", "s-hardship"],
                    audience: ["poor", "families"]),
        MatchDomain("markets", "การตลาดและผลิตภัณฑ์", "products and markets",
                    concepts: ["packaging", "marketing", "branding", "standards", "photography", "publicity", "s-unsold", "s-dated"]),
        MatchDomain("design", "การออกแบบผลิตภัณฑ์", "product design",
                    concepts: ["branding", "packaging", "s-dated"]),
        MatchDomain("crafts", "งานฝีมือและสิ่งทอ", "crafts and textiles",
                    concepts: ["weaving", "loom", "silk", "dyeing", "batik", "sewing-machine", "sewing", "basketry", "mats"]),
        MatchDomain("vocation", "ฝึกอาชีพ", "vocational skills",
                    concepts: ["g-vocation", "sewing", "s-jobless", "s-trade"]),
        MatchDomain("farming", "เกษตรและประมง", "farming and fishing",
                    concepts: ["organic", "seeds", "livestock", "fishing", "rice-mill", "drying-yard", "farm-machine", "land",
                               "s-chemicals", "s-glut"],
                    audience: ["farmers", "fishers"]),
        MatchDomain("organic", "เกษตรอินทรีย์", "organic farming",
                    concepts: ["organic", "s-chemicals"]),
        MatchDomain("food-processing", "แปรรูปอาหาร", "food processing",
                    concepts: ["processing", "storage", "s-glut"]),
        MatchDomain("planning", "ข้อมูลและแผนชุมชน", "data and community planning",
                    concepts: ["data-collection", "household-data", "left-out", "database", "data-analysis", "mapping",
                               "community-plan", "research", "evaluation", "s-count", "s-planning"]),
        MatchDomain("digital", "ทักษะดิจิทัล", "digital skills",
                    concepts: ["digital", "computer", "internet", "photography", "s-phone"]),
        MatchDomain("unrest", "ผลกระทบจากความไม่สงบ", "the unrest",
                    concepts: ["unrest", "compensation", "s-violent-death"]),
    ]
}

extension StandardPhrases {
    /// Situations: what a coordinator writes about the person rather than
    /// the help ("ลุกไม่ได้", "ไม่มีใครทำกับข้าวให้กิน"). A situation is not
    /// substance by itself; it counts through its fields (`MatchDomain`),
    /// so a man who cannot get up meets beds and wheelchairs without either
    /// text naming the other's words. They are read alongside the other
    /// phrases and hide nothing from them (`MatchAnalyser`). Written from
    /// the ways people describe hardship around a tambon.
    static let situations: [C] = [
        C("s-immobile", "cannot move unaided", ["ลุกไม่ได้", "ลุกไม่ไหว", "ลุกเองไม่ได้", "ลุกจากเตียง", "ลุกจากที่นอน", "ลุกนั่ง",
                                               "เดินไม่ได้", "เดินไม่ไหว", "เดินลำบาก", "เดินเองไม่ได้", "ขยับตัวเองไม่ได้", "ขยับตัว",
                                               "พลิกตัว", "นอนอยู่กับที่", "นอนกับพื้น", "ต้องอุ้ม", "หกล้ม", "ขาขาด", "ขาไม่มีแรง",
                                               "ครึ่งซีก"], role: .situation),
        C("s-frail", "frail", ["ช่วยเหลือตัวเองไม่ได้", "นอนอยู่แต่ในบ้าน", "ออกจากบ้านไม่ได้", "แก่มาก", "อายุมาก"], role: .situation),
        C("s-no-carer", "no one to care for them", ["ไม่มีคนดูแล", "ไม่มีใครดูแล", "ไม่มีใครไปดู", "ไม่มีใครอยู่ด้วย"], role: .situation),
        C("s-no-food", "no one to cook", ["ไม่มีใครทำกับข้าว", "ทำกับข้าว", "หุงข้าว", "ไม่มีอะไรกิน", "ไม่ได้กินข้าว", "อดข้าว"],
          role: .situation),
        C("s-wound", "wounds and nursing", ["ทำแผล", "เป็นแผล", "แผลเน่า", "ป้อนข้าว", "สำลัก", "ให้อาหารทางสายยาง", "สายยาง"],
          role: .situation),
        C("s-ill", "illness", ["หายใจเหนื่อย", "หายใจไม่ออก", "หอบ", "ไม่สบาย", "เจ็บป่วย", "ป่วย", "ไปหาหมอ", "นัดหมอ"], role: .situation),
        C("s-distress", "distress", ["นอนไม่หลับ", "ร้องไห้", "เครียด", "เศร้า", "หวาดกลัว", "คิดสั้น", "ฆ่าตัวตาย", "อยากมีคนคุยด้วย",
                                     "มีคนคุยด้วย"], role: .situation),
        C("s-abused", "abused", ["ตบตี", "ทุบตี", "ซ้อม", "โดนตี", "ถูกตี", "สามีทำร้าย", "ข่มขืน", "ล่วงละเมิด"], role: .situation),
        C("s-unsafe", "nowhere safe to stay", ["ไม่กล้ากลับบ้าน", "ไม่มีที่นอน", "ไม่มีที่อยู่", "หนีออกจากบ้าน", "ที่ปลอดภัย"],
          role: .situation),
        C("s-undocumented", "without papers", ["ไม่มีเลขบัตร", "ไม่เคยแจ้งเกิด", "คลอดที่บ้าน", "เกิดที่บ้าน",
                                               "ไม่มีชื่อในทะเบียน", "ตกสำรวจ", "เกิดฝั่ง", "เกิดที่ประเทศ"], role: .situation),
        C("s-sued", "in court", ["ถูกฟ้อง", "โดนฟ้อง", "ขึ้นศาล", "คดี"], role: .situation),
        C("s-schooling", "schooling", ["ส่งเรียน", "เรียนต่อ", "ออกกลางคัน", "หลุดจากระบบการศึกษา", "ไปโรงเรียน", "มาโรงเรียน",
                                       "เรียนดี"], role: .situation),
        C("s-school-costs", "school costs", ["ค่าเทอม", "ค่าเล่าเรียน", "ค่าชุดนักเรียน", "ค่าอาหารกลางวัน"], role: .situation),
        C("s-literacy", "cannot read well", ["อ่านไม่ออก", "เขียนไม่ได้", "สะกดคำ", "อ่านหนังสือไม่คล่อง", "ตามเพื่อนไม่ทัน",
                                             "เรียนไม่ทัน", "พูดไทยไม่", "ฟังไทยไม่"], role: .situation),
        C("s-no-capital", "no capital", ["เงินสด", "ซื้อวัตถุดิบ", "วัตถุดิบ", "ซื้อด้าย", "ตุนไว้",
                                         "ซื้อล่วงหน้า", "ออร์เดอร์"], role: .situation),
        C("s-indebted", "in debt", ["ติดหนี้", "เจ้าหนี้", "ดอกร้อยละ", "ดอกโหด", "เงินกู้นอกระบบ", "หลุดหนี้"], role: .situation),
        C("s-hardship", "no money", ["ไม่มีเงิน", "ไม่มีรายได้", "ขาดรายได้", "ค่าครองชีพ", "หาเช้ากินค่ำ"], role: .situation),
        C("s-unsold", "cannot sell", ["ขายไม่ออก", "ขายไม่ค่อยออก", "ขายไม่ได้", "ขายไม่หมด", "ไม่มีตลาด", "ไม่มีที่ขาย", "ลูกค้า",
                                      "ตั้งราคา", "ส่งของ", "เฟซบุ๊ก|Facebook", "facebook", "ช้อปปี้|Shopee", "shopee",
                                      "ลาซาด้า|Lazada", "ไลฟ์สด|live selling"], role: .situation),
        C("s-dated", "dated products", ["ลายเก่า", "ไม่ทันสมัย", "ลายใหม่", "สีไม่ทันสมัย", "ไม่สวย"], role: .situation),
        C("s-jobless", "out of work", ["ตกงาน", "ว่างงาน", "หางานทำ", "วิชาติดตัว", "รายได้เสริม"], role: .situation),
        C("s-trade", "a trade", ["ช่างไฟ", "ช่างซ่อม", "ซ่อมแอร์", "เดินสายไฟ", "ช่างยนต์", "ช่างเชื่อม", "ช่าง"], role: .situation),
        C("s-chemicals", "farm chemicals", ["ยาฆ่าหญ้า", "ยาฆ่าแมลง", "ปุ๋ยเคมี", "สารเคมี", "ไม่ใช้สาร"], role: .situation),
        C("s-glut", "a glut", ["เน่าเสีย", "เน่าทิ้ง", "ล้นตลาด", "เก็บได้ไม่นาน", "ราคาตก"], role: .situation),
        C("s-count", "how many and where", ["กี่คน", "กี่ครัวเรือน", "อยู่หมู่ไหน", "แต่ละบ้าน", "ทุกหลังคาเรือน"], role: .situation),
        C("s-planning", "planning together", ["คิดแผน", "เวทีประชาคม", "ช่วยกันคิด"], role: .situation),
        C("s-phone", "phones", ["วิดีโอคอล", "ใช้โทรศัพท์", "ใช้มือถือ", "โทรศัพท์"], role: .situation),
        C("s-violent-death", "killed in the unrest", ["ถูกยิง", "โดนยิง", "ลูกหลง", "ระเบิด"], role: .situation),
    ]
}
