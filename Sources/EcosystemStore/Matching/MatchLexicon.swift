/// A word or phrase of the field, with the other ways people write it.
public struct MatchConcept: Sendable, Equatable {
    public enum Role: Sendable, Equatable {
        /// A kind of help, the thing given or asked (a revolving fund, a
        /// hospital bed, a shelter, an interpreter): shared, it is substance
        /// whatever the two categories.
        case help
        /// What the help is about (weaving, silk, bedridden people, the
        /// protection law): shared, it is substance when the categories
        /// agree; silk product design does not meet a need for silk money.
        case topic
        /// Whom it is for, or who gives it (ผู้สูงอายุ, คนพิการ, นักศึกษา):
        /// shared, it is at most a target group, not substance — an elders'
        /// club and a meeting room for elders' activities have nothing
        /// else in common.
        case who
        /// Who does the work (อสม., นักศึกษา, เจ้าหน้าที่): in a service it
        /// says who gives it, not whom it is for, so it is neither substance
        /// nor audience — a volunteers' home visit is not for volunteers;
        /// in training (category knowledge) they are the learners, the
        /// audience (`MatchScorer.audience`).
        case provider
        /// A word of a category or of any request (อบรม, งบประมาณ,
        /// ช่วยเหลือ, ตำบล): left out.
        case generic
        /// A situation described rather than help asked (ลุกไม่ได้,
        /// ไม่มีใครทำกับข้าวให้กิน): not substance itself; it counts through
        /// the fields it implies (`MatchDomain`).
        case situation
    }

    /// One way of writing it: the text matched, the English a reason shows
    /// for it, and whether a Thai reason shows the text itself or, for a
    /// fragment ("ทุนซื้อ"), the concept's name.
    public struct Form: Sendable, Equatable {
        public let text: String
        public let english: String?
        public let isFragment: Bool
    }

    public let id: String
    /// The gloss a reason shows in English when a form has none of its own.
    public let english: String
    /// Spellings, Thai first: `"text"`, `"text|English gloss"`, or
    /// `"~text"` for a fragment whose reason shows the first form instead.
    public let forms: [Form]
    public let role: Role
    /// Whom a description using it is for, when the word says so
    /// (ติดเตียง → poor elderly).
    public let group: TargetGroup?
    /// Concepts a description naming this one also names (a caregiver
    /// course is about elder care).
    public let also: [String]
    /// For a kind of help that is money or teaching itself (a loan, a
    /// scholarship; proposal writing), that category. A need for money or
    /// for training is *about* the other kinds of help it names — money for
    /// a screening project does not ask for screening — so for such a need
    /// they count as topics (`docs/matching.md`).
    public let gives: ResourceCategory?

    public init(_ id: String, _ english: String, _ forms: [String], role: Role = .topic, group: TargetGroup? = nil,
                also: [String] = [], gives: ResourceCategory? = nil) {
        self.id = id
        self.english = english
        self.forms = forms.map { spec in
            let fragment = spec.hasPrefix("~")
            let body = fragment ? String(spec.dropFirst()) : spec
            let parts = body.split(separator: "|", maxSplits: 1).map(String.init)
            return Form(text: parts[0], english: parts.count > 1 ? parts[1] : nil, isFragment: fragment)
        }
        self.role = role
        self.group = group
        self.also = also
        self.gives = gives
    }

    /// What a Thai reason shows for the concept as a whole.
    public var thai: String {
        forms.first { !$0.isFragment && $0.text.unicodeScalars.contains { ThaiLetters.isThai($0) } }?.text ?? forms[0].text
    }

    /// What a reason shows for one of its forms (nil: the concept's own).
    func label(form: Int?) -> (thai: String, english: String) {
        guard let form, forms.indices.contains(form) else { return (thai, english) }
        let f = forms[form]
        let isThai = f.text.unicodeScalars.contains { ThaiLetters.isThai($0) }
        return (f.isFragment || !isThai ? thai : f.text, f.english ?? english)
    }

    var isSubstance: Bool { role == .help || role == .topic }
}

/// The small phrase list of needs and offers around a Thai tambon: it joins
/// spellings and synonyms (ติดเตียง and ภาวะพึ่งพิง), gives a reason its
/// readable words and their English, tells a kind of help from what it is
/// about and from whom it is for, and names the generic words that carry
/// no substance. Terms outside it still match through the tokenizer.
///
/// Written by hand from the demo generator's vocabulary, the seeds (000:
/// the 4Ps; 002: the three target groups and their services) and the kinds
/// of needs and offers of tambon work, and amended after looking at the
/// errors on the evaluation set's development needs only
/// (`Tests/EcosystemStoreTests/Fixtures/matching/README.md`).
public struct MatchLexicon: Sendable {
    public let concepts: [MatchConcept]
    /// Fields of work the concepts belong to (`MatchDomain`).
    public let domains: [MatchDomain]

    public init(_ concepts: [MatchConcept], domains: [MatchDomain] = []) {
        self.concepts = concepts
        self.domains = domains
    }

    /// No phrases: the tokenizer alone (for measuring what the list adds).
    public static let empty = MatchLexicon([])

    public static let standard = MatchLexicon(StandardPhrases.all, domains: StandardDomains.all)

    /// The generic concepts of teaching words: a resource naming one gives
    /// knowledge (`MatchScorer`).
    static let teachingConcepts: Set<String> = ["g-training", "g-vocation"]
    /// The generic concept of project words (`MatchScorer`'s open grants).
    static let projectConcept = "g-project"
    /// The who-word that covers every target group (กลุ่มเปราะบาง).
    static let everyoneVulnerable = "vulnerable"
}

enum StandardPhrases {
    typealias C = MatchConcept

    static let all: [C] = money + economy + care + registration + violence + children + data + things + people + who + generic
        + situations

    static let money: [C] = [
        C("working-capital", "working capital", ["เงินทุนหมุนเวียน|revolving fund", "ทุนหมุนเวียน|revolving fund", "กองทุนหมุนเวียน|revolving fund",
                                                 "เงินกู้ดอกเบี้ยต่ำ|low-interest loans", "สินเชื่อดอกเบี้ยต่ำ|low-interest loans", "สินเชื่อ|loans",
                                                 "เงินกู้ยืม|loans", "เงินกู้|loans", "กู้ยืม|loans", "ทุนตั้งต้น|start-up capital", "เงินลงทุน|capital",
                                                 "~ทุนซื้อ|capital", "ทุนประกอบอาชีพ|capital for a livelihood", "revolving fund", "loan"], role: .help, gives: .funding),
        C("project-grant", "project grants", ["งบอุดหนุนโครงการ", "ทุนสนับสนุนโครงการ", "สนับสนุนโครงการ", "งบประมาณกิจกรรม", "งบประมาณโครงการ",
                                              "งบกิจกรรม", "ค่าใช้จ่ายโครงการ", "ทุนทำโครงการ", "ทุนเปิดรับ", "ทุนจัด", "งบจัด",
                                              "ทุนทำกิจกรรม", "grant"], role: .help, gives: .funding),
        C("local-health-fund", "tambon health fund", ["กองทุนหลักประกันสุขภาพ", "กองทุนสุขภาพตำบล", "กองทุนตำบล"]),
        C("savings", "savings group", ["กลุ่มออมทรัพย์", "สัจจะออมทรัพย์", "ออมทรัพย์", "เงินออม", "ออมเงิน", "savings"]),
        C("welfare-fund", "community welfare fund", ["กองทุนสวัสดิการชุมชน", "สวัสดิการชุมชน", "ออมวันละบาท"]),
        C("member-benefits", "members' welfare benefits", ["สวัสดิการช่วยเหลือสมาชิก", "ช่วยเหลือสมาชิก", "สวัสดิการสมาชิก"], role: .help, gives: .funding),
        C("funeral", "funeral costs", ["ค่าทำศพ", "ฌาปนกิจ", "งานศพ", "ค่าจัดการศพ"], role: .help, gives: .funding),
        C("sickness-benefit", "sickness benefit", ["ค่ารักษาพยาบาล", "ยามเจ็บป่วย", "เงินชดเชยรายวัน"], role: .help, gives: .funding),
        C("scholarship", "scholarships", ["ทุนการศึกษา", "ทุนเรียน", "ทุนเสมอภาค", "scholarship"], role: .help, gives: .funding),
        C("emergency-cash", "emergency cash aid", ["เงินช่วยเหลือฉุกเฉิน", "เงินสงเคราะห์", "สงเคราะห์ครอบครัว", "เงินอุดหนุนช่วยเหลือครอบครัว",
                                                   "ช่วยเหลือเป็นเงิน", "ช่วยเหลือเฉพาะหน้า", "เงินด่วน"], role: .help, gives: .funding),
        C("allowance", "living allowance", ["เบี้ยยังชีพ", "เบี้ยความพิการ", "เงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด"]),
        C("state-welfare-card", "state welfare card", ["บัตรสวัสดิการแห่งรัฐ", "บัตรคนจน", "สวัสดิการแห่งรัฐ"]),
        C("debt", "debt and money management", ["แก้หนี้", "หนี้สิน", "หนี้นอกระบบ", "วางแผนการเงิน", "ความรู้ทางการเงิน", "บัญชีครัวเรือน"]),
        C("bookkeeping", "bookkeeping", ["ทำบัญชี", "บัญชีกลุ่ม", "การบัญชี", "บัญชีรายรับรายจ่าย", "bookkeeping"]),
        C("compensation", "compensation", ["เงินเยียวยา", "ทุนช่วยเหลือเยียวยา", "เยียวยาผู้ได้รับผลกระทบ", "ค่าชดเชย", "เยียวยา"], role: .help,
          gives: .funding),
        C("unrest", "the unrest", ["ผู้ได้รับผลกระทบจากความไม่สงบ", "เหตุความไม่สงบ", "ความไม่สงบ", "เหตุระเบิด"]),
        C("interest-free", "interest-free", ["ปลอดดอกเบี้ย", "ไม่มีดอกเบี้ย", "ไม่คิดดอกเบี้ย", "หลักชะรีอะฮ์", "ชะรีอะฮ์"]),
    ]

    static let economy: [C] = [
        C("weaving", "weaving", ["ทอผ้า", "ผ้าทอ", "การทอ", "weaving", "woven"]),
        C("loom", "looms", ["กี่ทอผ้า", "กี่กระตุก", "กี่พื้นเมือง", "loom"], role: .help),
        C("silk", "silk", ["ผ้าไหม", "เส้นไหม", "เลี้ยงไหม", "silk"]),
        C("dyeing", "natural dyeing", ["ย้อมสีธรรมชาติ", "ย้อมคราม", "ย้อมผ้า", "ย้อมสี", "สีย้อม|dyes"]),
        C("batik", "batik", ["ผ้าบาติก", "บาติก", "batik"]),
        C("sewing-machine", "sewing machines", ["จักรเย็บผ้า", "จักรอุตสาหกรรม"], role: .help),
        C("sewing", "sewing", ["เย็บผ้า", "ตัดเย็บ", "sewing"]),
        C("packaging", "packaging", ["บรรจุภัณฑ์", "หีบห่อ", "ถุงสุญญากาศ", "ซีลสุญญากาศ", "เครื่องซีล", "packaging"], role: .help),
        C("marketing", "marketing and sales", ["การตลาด|marketing", "ตลาดออนไลน์|online sales", "ขายออนไลน์|online sales",
                                               "ร้านค้าออนไลน์|online shop", "ช่องทางจำหน่าย", "ช่องทางการขาย", "หาตลาด", "จำหน่ายสินค้า", "ช่องทางขาย", "ออนไลน์|online",
                                               "งานแสดงสินค้า|trade fairs", "ออกร้าน|trade fairs", "marketing", "online"], role: .help),
        C("branding", "product design and branding", ["ออกแบบผลิตภัณฑ์", "พัฒนาผลิตภัณฑ์", "ผลิตภัณฑ์ใหม่", "ตราสินค้า", "โลโก้", "ออกแบบลาย",
                                                      "ลวดลาย", "branding"], role: .help),
        C("standards", "product standards", ["รับรองมาตรฐาน", "มาตรฐานผลิตภัณฑ์", "มาตรฐาน", "มผช", "อย.", "ขอเลขอย", "ฮาลาล", "halal"]),
        C("processing", "food processing", ["แปรรูป", "ถนอมอาหาร", "ยืดอายุ"]),
        C("basketry", "basketry", ["จักสาน", "เครื่องจักสาน", "สานตะกร้า", "ถักตะกร้า", "basketry"]),
        C("mats", "mat weaving", ["ทอเสื่อ", "เสื่อกก", "เสื่อ"]),
        C("organic", "organic farming", ["เกษตรอินทรีย์", "ข้าวอินทรีย์", "ปลอดสาร", "ปุ๋ยอินทรีย์", "ปุ๋ยหมัก", "organic",
                                             // The stem: ทำนาอินทรีย์, ผักอินทรีย์.
                                             "~อินทรีย์"]),
        C("seeds", "seeds and seedlings", ["เมล็ดพันธุ์", "พันธุ์ข้าว", "กล้าพันธุ์", "กล้าไม้", "ต้นกล้า", "พันธุ์ปลา", "ลูกไก่"], role: .help),
        C("livestock", "livestock", ["เลี้ยงไก่", "เลี้ยงสัตว์", "ปศุสัตว์", "เลี้ยงวัว", "เลี้ยงแพะ", "เลี้ยงปลา"]),
        C("fishing", "fishing", ["ประมงพื้นบ้าน", "ประมง", "เรือประมง", "อวน"]),
        C("rice-mill", "rice mill", ["โรงสีข้าว", "เครื่องสีข้าว", "โรงสีชุมชน"], role: .help),
        C("drying-yard", "drying yard", ["ลานตากข้าว", "ลานตากผลผลิต", "ลานตาก"], role: .help),
        C("farm-machine", "farm machinery", ["รถไถ", "เครื่องจักรกลการเกษตร", "เครื่องตัดหญ้า", "เครื่องสูบน้ำ"], role: .help),
        C("enterprise", "community enterprise", ["วิสาหกิจชุมชน", "community enterprise"]),
        C("tourism", "community tourism", ["ท่องเที่ยวชุมชน", "การท่องเที่ยว", "นักท่องเที่ยว", "โฮมสเตย์", "homestay"]),
        C("food-bank", "food aid", ["ธนาคารอาหาร", "ถุงยังชีพ", "ข้าวสาร", "อาหารแห้ง", "food bank"], role: .help),
        C("land", "farmland", ["ที่ดินทำกิน", "โฉนดชุมชน", "ที่ทำกิน"], role: .help),
        C("housing", "housing", ["บ้านมั่นคง", "ที่อยู่อาศัย", "สร้างบ้าน"], role: .help),
        C("home-repair", "home repair", ["ซ่อมแซมบ้าน", "ซ่อมบ้าน", "ปรับปรุงบ้าน", "ปรับสภาพบ้าน", "ปรับสภาพแวดล้อม", "ราวจับ"], role: .help),
    ]

    static let care: [C] = [
        C("bedridden", "bedridden", ["ติดเตียง", "ติดบ้าน", "ภาวะพึ่งพิง", "bedridden"], group: .poorElderly),
        C("elder-care", "elder care", ["การดูแลผู้สูงอายุ", "ดูแลผู้สูงอายุ"], group: .poorElderly),
        C("caregiver", "caregivers", ["ผู้ดูแลผู้สูงอายุ", "ผู้ช่วยเหลือดูแล", "ผู้ดูแลผู้ป่วย", "care giver", "caregiver", "cg"], role: .help,
          group: .poorElderly, also: ["elder-care"]),
        C("home-visit", "home visits", ["เยี่ยมบ้าน", "เยี่ยมเยียน", "home visit"], role: .help),
        C("long-term-care", "long-term care", ["ดูแลระยะยาว", "long-term care", "ltc"], group: .poorElderly),
        C("elderly-school", "elderly school", ["โรงเรียนผู้สูงอายุ"], group: .poorElderly),
        C("day-care", "day care centre", ["ศูนย์ดูแลกลางวัน", "ศูนย์พัฒนาคุณภาพชีวิต", "day care"], role: .help),
        C("medical-equipment", "medical equipment", ["อุปกรณ์การแพทย์", "อุปกรณ์ทางการแพทย์", "คลังอุปกรณ์", "เครื่องวัดความดัน|blood-pressure monitors",
                                                         "เครื่องตรวจน้ำตาล|blood-sugar meters"], role: .help),
        C("bed", "hospital beds", ["เตียงผู้ป่วย", "เตียงปรับระดับ", "เตียงนอนผู้ป่วย"], role: .help),
        C("air-mattress", "air mattresses", ["ที่นอนลม", "ที่นอนป้องกันแผลกดทับ"], role: .help),
        C("bedsores", "bedsores", ["แผลกดทับ"]),
        C("wheelchair", "wheelchairs", ["รถเข็นผู้ป่วย", "รถเข็นนั่ง", "รถเข็น", "วีลแชร์", "wheelchair"], role: .help),
        C("walking-aid", "walking aids", ["ไม้เท้า", "ไม้ค้ำยัน", "วอล์กเกอร์", "อุปกรณ์ช่วยเดิน", "walker"], role: .help),
        C("assistive", "assistive devices", ["กายอุปกรณ์", "ขาเทียม", "เครื่องช่วยฟัง", "แว่นสายตา", "ฟันเทียม"], role: .help),
        C("diapers", "adult diapers", ["ผ้าอ้อมผู้ใหญ่", "แพมเพิส"], role: .help),
        C("oxygen", "oxygen", ["ถังออกซิเจน", "เครื่องผลิตออกซิเจน", "ออกซิเจน"], role: .help),
        C("physio", "physiotherapy", ["นักกายภาพบำบัด|physiotherapists", "กายภาพบำบัด", "ฟื้นฟูสมรรถภาพ", "physiotherapy"], role: .help),
        C("paralysis", "paralysis", ["อัมพฤกษ์", "อัมพาต", "โรคหลอดเลือดสมอง", "stroke"]),
        C("screening", "health screening", ["คัดกรองสุขภาพ", "ตรวจสุขภาพ", "คัดกรอง", "วัดความดัน", "screening"], role: .help),
        C("chronic", "chronic disease", ["เบาหวาน", "ความดันโลหิตสูง", "ความดัน", "โรคเรื้อรัง"]),
        C("dementia", "dementia", ["สมองเสื่อม", "อัลไซเมอร์", "ฟื้นฟูสมอง", "dementia"], group: .poorElderly),
        C("palliative", "palliative care", ["ประคับประคอง", "ระยะท้าย", "palliative"], role: .help),
        C("mental-health", "mental health", ["ปฐมพยาบาลทางใจ", "สุขภาพจิต", "ซึมเศร้า", "จิตเวช|psychiatric care", "เยียวยาจิตใจ", "เยียวยาใจ", "เยียวยาทางใจ", "ฟื้นฟูจิตใจ", "จิตสังคม", "ทางใจ",
                                             "mental health"]),
        C("counselling", "counselling", ["ให้คำปรึกษา", "คำปรึกษา", "รับฟังปัญหา", "counselling", "counseling"], role: .help),
        C("meals", "meals", ["อาหารกลางวัน", "ปิ่นโต", "อาหารผู้ป่วย", "โภชนาการ", "อาหารเสริม"], role: .help),
        C("herbal", "herbal medicine", ["สมุนไพร", "หมอพื้นบ้าน", "แพทย์แผนไทย", "นวดแผนไทย"]),
        C("transport", "transport to hospital", ["รถรับส่ง", "รับส่งผู้ป่วย", "พาไปโรงพยาบาล", "พาไปหาหมอ", "ไปพบแพทย์", "ไปตามนัด", "ตามนัดแพทย์",
                                                 "รถฉุกเฉิน", "รถกู้ชีพ", "ค่าเดินทาง"], role: .help),
        C("health-rights", "health coverage", ["สิทธิการรักษา", "บัตรทอง", "หลักประกันสุขภาพ", "สิทธิรักษาพยาบาล", "บัตรประกันสุขภาพ"]),
        C("first-aid", "first aid", ["ปฐมพยาบาล", "กู้ชีพ", "cpr", "first aid"]),
        C("medicine", "medicines", ["เวชภัณฑ์", "ยารักษาโรค", "ยาสามัญ"], role: .help),
        C("health-charter", "health charter", ["ธรรมนูญสุขภาพ"]),
        C("disability-card", "disability registration", ["บัตรคนพิการ", "จดทะเบียนคนพิการ", "ขึ้นทะเบียนคนพิการ"], group: .disabled),
        C("doctor", "doctors and nurses", ["แพทย์", "พยาบาล", "nurse", "doctor"]),
    ]

    static let registration: [C] = [
        C("civil-registration", "civil registration", ["ทะเบียนราษฎร", "สถานะทางทะเบียน", "สถานะบุคคล", "ทะเบียนบ้าน", "เพิ่มชื่อ",
                                                       "บัตรประจำตัวประชาชน", "บัตรประชาชน", "เลขประจำตัวประชาชน", "พิสูจน์สถานะ", "ขอสถานะ"],
          group: .stateless),
        C("nationality", "nationality", ["สัญชาติไทย", "พิสูจน์สัญชาติ", "ขอสัญชาติ", "แปลงสัญชาติ", "สัญชาติ"], group: .stateless),
        C("birth-registration", "birth registration", ["สูติบัตร", "แจ้งเกิด", "หนังสือรับรองการเกิด"]),
        C("legal-aid", "legal aid", ["ช่วยเหลือทางกฎหมาย", "คลินิกกฎหมาย", "ให้คำปรึกษากฎหมาย", "ปรึกษากฎหมาย", "ที่ปรึกษากฎหมาย", "ทนายความ",
                                     "ทนายอาสา", "ทนาย", "นักกฎหมาย", "นิติกร", "ว่าความ", "legal aid", "lawyer"], role: .help),
        C("law", "law", ["กฎหมาย", "law"]),
        C("dna", "DNA tests", ["ตรวจดีเอ็นเอ", "ดีเอ็นเอ", "dna"], role: .help, group: .stateless),
        C("interpreter", "interpreters", ["ล่าม", "แปลภาษา", "interpreter"], role: .help),
        C("thai-language", "Thai language", ["ภาษาไทย", "อ่านออกเขียนได้", "การอ่านเขียน", "Thai language"]),
        C("malay", "Malay", ["ภาษามลายูถิ่น", "ภาษามลายู", "ภาษายาวี", "มลายู", "malay"]),
        C("hill-languages", "Hmong and Mien", ["ภาษาม้ง", "ภาษาเมี่ยน", "ภาษาอาข่า", "ภาษาลาหู่"]),
        C("khmer-kuy", "Northern Khmer and Kuy", ["ภาษาเขมรถิ่นไทย", "ภาษาเขมร", "ภาษากูย", "ภาษาส่วย"]),
        C("petition", "petitions", ["ยื่นคำร้อง", "คำร้อง"]),
        C("damrongtham", "Damrongtham centre", ["ศูนย์ดำรงธรรม"]),
        C("witness", "witnesses", ["พยานบุคคล", "รับรองตัวบุคคล", "ผู้ใหญ่บ้านรับรอง"], role: .help),
    ]

    static let violence: [C] = [
        C("shelter", "shelter", ["บ้านพักฉุกเฉิน", "ที่พักชั่วคราว", "ที่พักปลอดภัย", "บ้านพักปลอดภัย", "บ้านพักเด็กและครอบครัว", "ที่พักพิง",
                                 "shelter"], role: .help, group: .womenViolence),
        C("oscc", "one-stop crisis centre", ["ศูนย์พึ่งได้", "oscc"], role: .help, group: .womenViolence),
        C("hotline", "hotline", ["สายด่วน", "1300", "hotline"], role: .help),
        C("protection-law", "protection law", ["กฎหมายคุ้มครอง", "คุ้มครองผู้ถูกกระทำ", "พ.ร.บ.คุ้มครอง", "คำสั่งคุ้มครอง"], group: .womenViolence),
        C("prevention", "violence prevention", ["ป้องกันความรุนแรง", "ยุติความรุนแรง", "ไม่ใช้ความรุนแรง", "เฝ้าระวังความรุนแรง",
                                                   "เฝ้าระวัง|watching out", "แจ้งเหตุ|reporting"],
          group: .womenViolence),
        C("islamic-family", "Islamic family matters", ["ครอบครัวมุสลิม", "ดะโต๊ะยุติธรรม", "คณะกรรมการอิสลาม", "ไกล่เกลี่ย", "ผู้นำศาสนา", "อิหม่าม"]),
        C("child-support", "child support", ["ค่าเลี้ยงดูบุตร", "ค่าอุปการะเลี้ยงดู"]),
        C("maternal", "mothers and newborns", ["แม่หลังคลอด", "หลังคลอด", "หญิงตั้งครรภ์", "ตั้งครรภ์", "ทารก", "แม่และเด็ก"]),
        C("case-management", "case management", ["จัดการรายกรณี", "ติดตามรายกรณี", "case management"], role: .help),
    ]

    static let children: [C] = [
        C("tutoring", "tutoring", ["สอนการบ้าน", "สอนหนังสือ", "ติวหนังสือ", "สอนพิเศษ", "สอนเสริม", "tutoring"], role: .help, group: .childrenYouth, gives: .knowledge),
        C("school-supplies", "school supplies", ["อุปกรณ์การเรียน", "ชุดนักเรียน", "เครื่องแบบนักเรียน", "หนังสือเรียน"], role: .help,
          group: .childrenYouth),
        C("child-centre", "child development centre", ["ศูนย์พัฒนาเด็กเล็ก", "ศูนย์เด็กเล็ก", "เลี้ยงเด็ก"], group: .childrenYouth),
        C("youth-camp", "youth camp", ["ค่ายเยาวชน", "ค่ายเด็ก", "สภาเด็กและเยาวชน", "youth camp"], group: .childrenYouth),
        C("sport", "sport", ["กีฬา", "ฟุตบอล|football", "sport"]),
        C("music", "music", ["ดนตรี", "music"]),
        C("drugs", "drug prevention", ["ยาเสพติด", "บำบัดยาเสพติด"]),
        C("local-wisdom", "local wisdom", ["ภูมิปัญญา", "ปราชญ์ชาวบ้าน"]),
        C("religion", "religious teaching", ["อัลกุรอาน", "ศาสนา"]),
    ]

    static let data: [C] = [
        C("data-collection", "data collection", ["เก็บข้อมูล", "จัดเก็บข้อมูล", "สำรวจข้อมูล", "บันทึกข้อมูล", "ลงพื้นที่สำรวจ", "แบบสำรวจ",
                                                 "แบบสอบถาม", "ลงพื้นที่ค้นหา", "data collection", "survey"]),
        C("household-data", "household data", ["ข้อมูลรายครัวเรือน", "ข้อมูลครัวเรือน", "รายครัวเรือน", "รายหลังคาเรือน", "หลังคาเรือน", "จปฐ",
                                               "tpmap"]),
        C("left-out", "people left out of state services", ["ตกหล่น", "เข้าไม่ถึงบริการ", "เข้าไม่ถึงสิทธิ", "ไม่ได้รับสิทธิ", "ยังไม่ได้รับสิทธิ"]),
        C("database", "database", ["ฐานข้อมูล", "database"]),
        C("data-analysis", "data analysis", ["วิเคราะห์ข้อมูล", "ประมวลผลข้อมูล", "สถิติ", "data analysis"]),
        C("mapping", "mapping", ["แผนที่ชุมชน", "แผนที่", "จีพีเอส", "gis", "gps"]),
        C("community-plan", "community planning", ["แผนชุมชน", "จัดทำแผน", "แผนพัฒนาตำบล", "แผนพัฒนาท้องถิ่น", "วางแผนชุมชน"]),
        C("research", "research", ["งานวิจัย", "วิจัย", "นักวิจัยชุมชน", "research"]),
        C("evaluation", "evaluation", ["ผลตอบแทนทางสังคม|social return", "ประเมินผล", "ติดตามผล", "sroi", "ต้นทุนต่อหน่วย", "unit cost"]),
        C("digital", "digital skills", ["ทักษะดิจิทัล", "สมาร์ทโฟน", "แอปพลิเคชัน", "ใช้โทรศัพท์มือถือ", "โทรศัพท์มือถือ|mobile phones",
                                          "มือถือ|mobile phones", "ไลน์|LINE", "เว็บไซต์", "digital",
                                          "website"]),
        C("photography", "product photos", ["ถ่ายภาพสินค้า", "ถ่ายรูปสินค้า", "ถ่ายภาพ"]),
        C("publicity", "publicity", ["ประชาสัมพันธ์", "สื่อโซเชียล"]),
        C("proposal", "project proposals", ["เขียนโครงการ", "เขียนข้อเสนอโครงการ", "ข้อเสนอโครงการ", "proposal"], role: .help, gives: .knowledge),
        C("computer", "computers", ["คอมพิวเตอร์", "โน้ตบุ๊ก", "แท็บเล็ต", "เครื่องพิมพ์", "computer", "tablet"], role: .help),
        C("internet", "internet", ["อินเทอร์เน็ต", "ไวไฟ", "wifi", "internet"], role: .help),
    ]

    static let things: [C] = [
        C("meeting-room", "meeting room", ["ห้องประชุม", "ศาลาประชาคม", "ศาลาอเนกประสงค์", "ศาลากลางบ้าน", "หอประชุม", "ศาลาการเปรียญ", "ศาลาวัด",
                                           "อาคารอเนกประสงค์", "สถานที่จัดประชุม", "สถานที่จัดอบรม", "meeting room"], role: .help),
        C("sports-ground", "sports ground", ["สนามกีฬา", "ลานกีฬา", "ลานอเนกประสงค์"], role: .help),
        C("kitchen", "kitchen", ["โรงครัว", "ห้องครัว", "ครัวกลาง", "kitchen"], role: .help),
        C("workshop", "workshop space", ["โรงเรือน", "อาคารผลิต", "สถานที่ผลิต", "โรงงานชุมชน"], role: .help),
        C("storage", "storage", ["โกดัง", "ห้องเก็บของ", "ยุ้งฉาง", "ยุ้งข้าว", "โรงเก็บ", "คลังสินค้า", "ห้องเย็น", "ตู้แช่", "ตู้เย็น"], role: .help),
        C("tent", "tents and chairs", ["เต็นท์", "โต๊ะเก้าอี้", "เก้าอี้"], role: .help),
        C("sound", "sound system", ["เครื่องเสียง", "เครื่องขยายเสียง", "ไมโครโฟน", "หอกระจายข่าว"], role: .help),
        C("projector", "projector", ["โปรเจกเตอร์", "เครื่องฉาย", "projector"], role: .help),
        C("vehicle", "vehicle", ["รถกระบะ", "รถตู้", "รถยนต์", "รถโดยสาร", "ยานพาหนะ", "คนขับ"], role: .help),
        C("water", "water supply", ["น้ำดื่ม", "ประปา", "บ่อบาดาล", "ถังเก็บน้ำ", "แท็งก์น้ำ", "เครื่องกรองน้ำ"], role: .help),
        C("solar", "solar power", ["โซลาร์เซลล์", "พลังงานแสงอาทิตย์", "solar"], role: .help),
        C("prayer-space", "prayer space", ["มัสยิด", "บาลาเซาะ", "ตาดีกา"]),
    ]

    static let people: [C] = [
        C("peer-support", "peer support", ["เพื่อนช่วยเพื่อน", "เยี่ยมเพื่อน", "peer"], role: .help),
        C("volunteer-teachers", "volunteer teachers", ["ครูอาสา", "ครูพี่เลี้ยง"], role: .help, group: .childrenYouth),
        C("social-worker", "social workers", ["นักสังคมสงเคราะห์", "social worker"], role: .help),
    ]

    /// Whom a description is for, or who gives the help: a target group or
    /// a provider, not substance.
    static let who: [C] = [
        C("elderly", "elderly", ["ผู้สูงอายุ", "คนชรา", "ผู้เฒ่า", "คนแก่", "ผู้สูงวัย", "elderly", "older people"], role: .who, group: .poorElderly),
        C("living-alone", "living alone", ["อยู่ลำพัง", "อยู่คนเดียว", "ถูกทอดทิ้ง"], role: .who, group: .poorElderly),
        C("disabled", "people with disabilities", ["คนพิการ", "ผู้พิการ", "พิการ", "disabled", "disability"], role: .who, group: .disabled),
        C("patients", "patients", ["ผู้ป่วย", "คนไข้", "ผู้ป่วยเรื้อรัง", "patients"], role: .who),
        C("children", "children and youth", ["เด็กและเยาวชน", "เยาวชน", "เด็กเล็ก", "เด็กนักเรียน", "นักเรียน", "เด็กกำพร้า", "เด็ก", "youth",
                                             "children"], role: .who, group: .childrenYouth),
        C("stateless", "stateless people", ["ผู้มีปัญหาสถานะทางทะเบียน", "ผู้ไม่มีสถานะทางทะเบียน", "คนไร้สัญชาติ", "ไร้สัญชาติ", "คนไร้รัฐ",
                                            "ไร้รัฐ", "คนไร้สถานะ", "ไม่มีสัญชาติ", "กลุ่มชาติพันธุ์", "ชาติพันธุ์", "ชนเผ่า", "stateless"],
          role: .who, group: .stateless),
        C("violence", "people facing violence", ["ผู้ถูกกระทำด้วยความรุนแรงในครอบครัว", "ผู้ถูกกระทำความรุนแรง", "ผู้ประสบความรุนแรง",
                                                 "ความรุนแรงในครอบครัว", "ถูกกระทำความรุนแรง", "ความรุนแรง", "ถูกทำร้าย", "ทำร้ายร่างกาย", "ทำร้าย", "violence"],
          role: .who, group: .womenViolence),
        C("women", "women", ["ผู้หญิงมุสลิม", "หญิงมุสลิม", "สตรีมุสลิม", "ผู้หญิง", "สตรีหม้าย", "หญิงหม้าย", "แม่เลี้ยงเดี่ยว", "สตรี", "หญิง",
                             "มุสลิม", "women"], role: .who),
        C("poor", "poor households", ["ครัวเรือนยากจน", "ผู้มีรายได้น้อย", "ยากจน", "ยากไร้", "ผู้ไร้ที่พึ่ง", "คนไร้บ้าน", "ไร้บ้าน", "poor"],
          role: .who),
        // Vulnerable and disadvantaged people are every group of the list:
        // elders, disabled people, the poor, children (`MatchScorer.audienceFit`).
        C(MatchLexicon.everyoneVulnerable, "vulnerable groups", ["กลุ่มเปราะบาง", "เปราะบาง", "ผู้ด้อยโอกาส", "ด้อยโอกาส", "vulnerable"], role: .who),
        C("migrants", "migrant workers", ["แรงงานข้ามชาติ", "แรงงานต่างด้าว", "migrant"], role: .who, group: .stateless),
        C("families", "families", ["ครอบครัว", "ญาติ", "ลูกหลาน", "family"], role: .who),
        C("members", "members", ["สมาชิก", "members"], role: .who),
        C("villagers", "villagers", ["ชาวบ้าน", "ประชาชน", "คนในชุมชน", "ผู้ประกอบการ"], role: .who),
        C("farmers", "farmers", ["เกษตรกรรายย่อย", "เกษตรกร", "ชาวนา", "ชาวสวน"], role: .who),
        C("fishers", "fishers", ["ชาวประมงพื้นบ้าน", "ชาวประมง"], role: .who, also: ["fishing"]),
        C("providers", "providers", ["อาสาสมัครสาธารณสุข", "อสม", "นักศึกษา", "อาจารย์", "เจ้าหน้าที่", "แกนนำ", "ผู้เชี่ยวชาญ", "students"],
          role: .provider),
    ]

    /// Words of a category or of any request: no substance.
    static let generic: [C] = [
        C("g-training", "training", ["ฝึกอบรม", "การอบรม", "อบรม", "หลักสูตร", "สอน", "พี่เลี้ยง", "training", "course", "mentor"],
          role: .generic),
        // Vocational words teach too, and name the field of vocational skills.
        C("g-vocation", "vocational training", ["ฝึกอาชีพ", "สอนอาชีพ", "ส่งเสริมอาชีพ", "สร้างอาชีพ", "อาชีพเสริม", "vocational"],
          role: .generic),
        C("g-knowledge", "knowledge", ["ความรู้", "ชุดความรู้", "เรียนรู้", "ถ่ายทอด", "คู่มือ", "knowledge"], role: .generic),
        C("g-money", "money", ["งบประมาณ", "งบอุดหนุน", "เงินอุดหนุน", "เงินทุน", "ทุนสนับสนุน", "กองทุน", "ค่าใช้จ่าย", "บาท", "budget", "fund",
                               "funding"], role: .generic),
        C("g-help", "help", ["ช่วยเหลือ", "สนับสนุน", "ส่งเสริม", "ประสานงาน", "ประสาน", "ร่วมมือ", "ร่วมกัน", "พัฒนา", "ช่วย", "ส่งต่อ", "ป้องกัน", "แก้ไข",
                             "help", "support"],
          role: .generic),
        C("g-project", "project", ["โครงการ", "กิจกรรม", "project", "activities"], role: .generic),
        C("g-service", "service", ["บริการ", "ดูแล", "service", "care"], role: .generic),
        C("g-equipment", "equipment", ["อุปกรณ์", "วัสดุ", "ครุภัณฑ์", "equipment"], role: .generic),
        C("g-volunteers", "volunteers", ["อาสาสมัคร", "จิตอาสา", "อาสา", "volunteers", "volunteer"], role: .generic),
        C("g-data", "data", ["ข้อมูล", "data"], role: .generic),
        C("g-venue", "venue", ["สถานที่", "venue"], role: .generic),
        C("g-group", "group", ["กลุ่ม", "ชมรม", "เครือข่าย", "องค์กร", "group", "network"], role: .generic),
        C("g-place", "place", ["องค์การบริหารส่วนตำบล", "เทศบาลตำบล", "หมู่บ้าน", "ตำบล", "อำเภอ", "จังหวัด", "ท้องถิ่น", "ชุมชน", "พื้นที่",
                               "หมู่ที่", "อบต", "อบจ", "โรงพยาบาล", "รพ.สต.", "โรงเรียน"], role: .generic),
        C("g-time", "time", ["ตลอด 24 ชั่วโมง", "ทุกวัน", "ต่อเดือน", "ต่อปี", "ปีละ", "เดือนละ", "ครั้ง", "วันหยุด", "เสาร์อาทิตย์"], role: .generic),
        C("g-words", "function words", ["สำหรับ", "และ", "หรือ", "ให้แก่", "ให้กับ", "เพื่อให้", "ร่วมกับ", "ที่ต้องการ", "ต้องการ", "ที่มี", "ได้รับ",
                                        "จำนวน", "รวมถึง", "ต่าง ๆ", "ในการ", "ของการ", "เพื่อการ", "ด้วยการ", "โดยการ", "จากการ", "ทางสังคม", "สังคม", "ผลิตภัณฑ์", "สินค้า", "เอกสาร"], role: .generic),
        C("g-org", "organisation words", ["หน่วยงาน", "ภาครัฐ", "ภาคประชาสังคม", "สำนักงาน"], role: .generic),
    ]
}
