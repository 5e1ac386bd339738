import AsciiMap
import EcosystemStore
import Foundation
import TISEPTerm

/// The fixed 200 queries of `tisep-bench scale`: the 75 of `tisep-bench search`
/// and 125 more — Thai of 1–12 characters (lone consonants and vowels,
/// place names, organisation kinds, people's names), English, geocodes and
/// p-codes, phone numbers in several spellings, and hostile strings (FTS5
/// syntax, SQL, LIKE wildcards, emoji, stacked tone marks).
enum ScaleQueries {
    static let all: [String] = SearchBenchmark.queries + thaiShort + thaiLong + english + codes + phones + hostile

    static let thaiShort = ["น", "บ", "ร", "ม", "ป", "ห", "ลำ", "นา", "บ้", "หน", "วั", "อ", "ไ", "เ", "า", "ก้", "ๆ", "๑"]

    static let thaiLong = [
        "บางรัก", "หนองบัว", "ดอนเมือง", "บ้านใหม่", "หนองแค", "นาเกลือ", "ท่าช้าง", "โพธิ์", "หนองหญ้าไซ", "บางพลี",
        "ศรีสะเกษ", "เชียงใหม่", "เชียงราย", "นครราชสีมา", "ขอนแก่น", "สงขลา", "ภูเก็ต", "กรุงเทพ", "แม่ฮ่องสอน", "น่าน",
        "โรงพยาบาลส่งเสริมสุขภาพ", "อาสาสมัครสาธารณสุข", "ศูนย์พัฒนาเด็กเล็ก", "ป่าชุมชนตำบล", "ธรรมนูญสุขภาพ", "แผนพัฒนาท้องถิ่น",
        "วัด", "ทุเรียน", "ผ้าไหม", "ข้าวหอมมะลิ", "กาแฟ", "สมุนไพร", "ผู้พิการ", "เบี้ยยังชีพ", "ติดเตียง", "ความรุนแรง",
        "นางสาวสุภาพร", "สมชาย ใจดี", "อับดุลเลาะ", "ประธาน", "ผู้ประสานงาน", "เตียงผู้ป่วย",
    ]

    static let english = [
        "temple", "forest", "child", "charter", "council", "volunteer", "silk", "durian", "coffee", "batik",
        "Bangkok", "Chiang Mai", "Khon Kaen", "Nakhon", "subdistrict", "municipality", "plan 2023", "community enterprise", "welfare", "Ubon",
    ]

    static let codes = ["10", "1001", "100101", "TH100101", "TH50", "300101", "TH30", "500110", "900101", "67", "6701"]

    static let phones = ["02", "0255", "02555", "0845551234", "089-555", "+66815550", "66 81 555", "0625551", "0985550", "0445550"]

    static let hostile = [
        "\"", "\"\"", "a OR b", "ชมรม*", "-", "--", "; DROP TABLE entities;", "' OR '1'='1", "\\", "%%", "__", "NEAR",
        "body:ชมรม", "{}", "()", "[", "🙂", "ก\u{0E48}\u{0E48}", "x", "ab", "e", String(repeating: "A", count: 48), "ก ข ค", "null",
    ]
}
