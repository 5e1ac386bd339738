/// What makes one province's demo look like that province: its landline
/// prefix, how rich it is, what its community enterprises make, where
/// stateless people and domestic violence cases are more common (seed 002),
/// and which names people there carry.
package struct DemoProvinceProfile {
    /// The real three-digit landline prefix; nil = generate mobiles only.
    package var areaCode: String?
    /// Median income per person per year, baht.
    package var medianIncome: Double
    /// Added to every tambon's log-spread, so that provinces differ in inequality too.
    package var inequality: Double = 0
    package var university: (th: String, en: String)?
    package var products: [(th: String, en: String)]
    /// Chance that a tambon has a stateless group; `statelessAmphoes` raises it.
    package var stateless: Double
    package var statelessAmphoes: [String] = []
    /// Chance that a tambon counts women facing violence.
    package var violence: Double
    /// Share of Malay-Muslim names among contacts.
    package var muslimNames: Double = 0
    package var southernBorder = false

    package static func profile(_ province: String) -> DemoProvinceProfile {
        switch province {
        case "56":
            return .init(areaCode: "054", medianIncome: 66_000, inequality: 0.0, university: ("มหาวิทยาลัยพะเยา", "University of Phayao"),
                         products: [("ผ้าทอไทลื้อ", "Tai Lue woven cloth"), ("ปลาส้มกว๊านพะเยา", "Kwan Phayao fermented fish"), ("ลำไยอบแห้ง", "dried longan")],
                         stateless: 0.08, statelessAmphoes: ["5603", "5604", "5606", "5608"], violence: 0.25)
        case "51":
            return .init(areaCode: "053", medianIncome: 78_000, inequality: -0.06, university: nil,
                         products: [("ลำไยอบแห้ง", "dried longan"), ("ผ้าไหมยกดอก", "brocade silk"), ("กระเทียม", "garlic")],
                         stateless: 0.05, violence: 0.25)
        case "32":
            return .init(areaCode: "044", medianIncome: 58_000, inequality: 0.04, university: ("มหาวิทยาลัยราชภัฏสุรินทร์", "Surindra Rajabhat University"),
                         products: [("ผ้าไหม", "silk"), ("ข้าวหอมมะลิ", "jasmine rice"), ("เครื่องเงิน", "silverware")],
                         stateless: 0.12, violence: 0.25)
        case "45":
            return .init(areaCode: "043", medianIncome: 60_000, inequality: 0.0, university: ("มหาวิทยาลัยราชภัฏร้อยเอ็ด", "Roi Et Rajabhat University"),
                         products: [("ข้าวหอมมะลิทุ่งกุลา", "Thung Kula jasmine rice"), ("ผ้าไหม", "silk"), ("เสื่อกก", "reed mats")],
                         stateless: 0.03, violence: 0.25)
        case "72":
            return .init(areaCode: "035", medianIncome: 98_000, inequality: 0.08,
                         university: ("มหาวิทยาลัยเทคโนโลยีราชมงคลสุวรรณภูมิ ศูนย์สุพรรณบุรี", "Rajamangala University of Technology Suvarnabhumi, Suphan Buri"),
                         products: [("ข้าวอินทรีย์", "organic rice"), ("ผักปลอดสาร", "safe vegetables"), ("ผ้าทอไทยพวน", "Thai Phuan cloth")],
                         stateless: 0.03, violence: 0.25)
        case "22":
            return .init(areaCode: "039", medianIncome: 112_000, inequality: 0.1, university: ("มหาวิทยาลัยราชภัฏรำไพพรรณี", "Rambhai Barni Rajabhat University"),
                         products: [("ทุเรียน", "durian"), ("มังคุด", "mangosteen"), ("เสื่อกกจันทบูร", "Chanthaburi reed mats")],
                         stateless: 0.06, violence: 0.25)
        case "86":
            return .init(areaCode: "077", medianIncome: 92_000, inequality: 0.02, university: ("มหาวิทยาลัยแม่โจ้-ชุมพร", "Maejo University Chumphon"),
                         products: [("กาแฟโรบัสต้า", "robusta coffee"), ("กล้วยเล็บมือนาง", "lady-finger bananas"), ("อาหารทะเลแปรรูป", "processed seafood")],
                         stateless: 0.15, violence: 0.3)
        case "91":
            return .init(areaCode: "074", medianIncome: 70_000, inequality: -0.04, university: ("วิทยาลัยชุมชนสตูล", "Satun Community College"),
                         products: [("ผ้าบาติก", "batik"), ("อาหารทะเลแปรรูป", "processed seafood"), ("ข้าวเกรียบปลา", "fish crackers")],
                         stateless: 0.3, violence: 0.8, muslimNames: 0.65, southernBorder: true)
        case "94":
            return .init(areaCode: "073", medianIncome: 55_000, inequality: 0.06, university: ("มหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานี", "Prince of Songkla University, Pattani Campus"),
                         products: [("น้ำบูดู", "budu fish sauce"), ("ข้าวเกรียบปลา", "fish crackers"), ("ผ้าบาติก", "batik")],
                         stateless: 0.3, violence: 0.85, muslimNames: 0.85, southernBorder: true)
        case "34":
            return .init(areaCode: "045", medianIncome: 58_000, inequality: 0.03, university: ("มหาวิทยาลัยอุบลราชธานี", "Ubon Ratchathani University"),
                         products: [("ผ้าไหม", "silk"), ("ข้าวหอมมะลิ", "jasmine rice"), ("ปลาแดดเดียว", "sun-dried fish")],
                         stateless: 0.12, violence: 0.25)
        case "95":
            return .init(areaCode: "073", medianIncome: 60_000, inequality: -0.02, university: ("มหาวิทยาลัยราชภัฏยะลา", "Yala Rajabhat University"),
                         products: [("ส้มโชกุนเบตง", "Betong Shogun oranges"), ("ทุเรียน", "durian"), ("ผ้าบาติก", "batik")],
                         stateless: 0.35, violence: 0.85, muslimNames: 0.75, southernBorder: true)
        default:
            return .init(areaCode: nil, medianIncome: 75_000, university: nil,
                         products: [("ข้าว", "rice"), ("ผ้าทอมือ", "hand-woven cloth"), ("ผักปลอดสาร", "safe vegetables")],
                         stateless: 0.05, violence: 0.3)
        }
    }

    /// Chance of a stateless group in this tambon.
    package func statelessChance(tambon: String) -> Double {
        statelessAmphoes.contains(String(tambon.prefix(4))) ? 0.7 : stateless
    }
}
