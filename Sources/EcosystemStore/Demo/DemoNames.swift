/// Invented people: common Thai given names and surnames combined at
/// random, so no combination is meant to be anyone in particular.
package enum DemoNames {
    package static let maleGiven = ["สมชาย", "สมศักดิ์", "ประเสริฐ", "วิชัย", "สุรชัย", "บุญมี", "ทองดี", "สมบัติ", "อนันต์", "ชัยวัฒน์",
                            "ณรงค์", "สุเทพ", "มานพ", "ธนากร", "วีระพงษ์", "กิตติศักดิ์", "พงศกร", "อำนาจ", "เกรียงไกร", "บุญเลิศ",
                            "สมพงษ์", "จำรัส", "ศักดิ์ชัย", "ยุทธนา", "ประสิทธิ์", "วันชัย", "สุริยา", "เอกชัย"]
    package static let femaleGiven = ["สมศรี", "มาลี", "บุญเรือน", "สุนีย์", "วันเพ็ญ", "อรุณี", "ประภา", "จันทร์เพ็ญ", "นงลักษณ์", "สุภาพร",
                              "กาญจนา", "พรทิพย์", "รัชนี", "วิไลวรรณ", "อัมพร", "ศิริพร", "ดวงใจ", "ละเอียด", "ทองใบ", "สมหญิง",
                              "ปราณี", "เพ็ญศรี", "นิตยา", "อุไรวรรณ", "จิราพร", "สุกัญญา", "ลำดวน", "บัวผัน"]
    package static let surnames = ["ใจดี", "ศรีสุข", "บุญมา", "แก้วมณี", "ทองคำ", "สุขเจริญ", "วงศ์ใหญ่", "อินทร์แก้ว", "คำแสน", "จันทร์หอม",
                           "ปัญญาดี", "มีสุข", "ศรีวงศ์", "ชัยมงคล", "บุญยืน", "พรหมมา", "สุวรรณศรี", "ทองประเสริฐ", "แสงทอง", "รักษาพล",
                           "ธรรมวงศ์", "ไชยเดช", "สิทธิกุล", "จันทร์แก้ว", "นาคสุข", "อุดมสุข", "เรืองศรี", "ภูมิใจ", "พึ่งทอง", "สายบุญ",
                           "อินต๊ะ", "คำปัน", "ศรีสะอาด", "บุตรดี", "พันธ์โยธี", "สีดา"]
    package static let muslimMaleGiven = ["อับดุลเลาะ", "มะรอนิง", "ซาการียา", "ฮาซัน", "อิสมาแอ", "มูฮัมหมัด", "อาหมัด", "ยูโซะ",
                                  "อับดุลรอแม", "สุไลมาน", "รอมลี", "ซัมซูดิน", "อาแว", "อิบรอเฮง"]
    package static let muslimFemaleGiven = ["นูรีซัน", "ซูไรดา", "ฟาตีมะห์", "รอฮานี", "ซารีฟะห์", "ซูไฮลา", "อามีเนาะ", "มารีแย",
                                    "นูรฮายาตี", "ซีตีนอร์", "ฮาสนะ", "รอกิยะ", "ยามีละ", "แวนอ"]
    package static let muslimSurnames = ["สาและ", "มะแซ", "ดือราแม", "เจ๊ะเต๊ะ", "หะยีสาและ", "ยูโซะ", "อาแว", "ดอเลาะ", "แวดาโอะ",
                                 "สะมะแอ", "มามะ", "หะยีอาแซ", "เจะหลง", "ลาเต๊ะ", "อาลี", "หมัดอาดัม"]

    /// "นางสาวสุภาพร แสงทอง": title, given name, surname.
    /// `female` fixes the gender where the role implies it (a women's group's chair).
    package static func person(_ g: inout DemoRandom, profile: DemoProvinceProfile, female fixed: Bool? = nil) -> String {
        let muslim = g.chance(profile.muslimNames)
        let drawn = g.chance(0.55)
        let female = fixed ?? drawn
        let given = muslim ? (female ? muslimFemaleGiven : muslimMaleGiven) : (female ? femaleGiven : maleGiven)
        let surname = g.pick(muslim ? muslimSurnames : surnames)
        let title = female ? (g.chance(0.6) ? "นาง" : "นางสาว") : "นาย"
        return "\(title)\(g.pick(given)) \(surname)"
    }
}

/// Contact details that cannot reach anyone.
package enum DemoContactDetails {
    package static let mobilePrefixes = ["081", "082", "083", "084", "085", "086", "087", "089", "061", "062",
                                 "063", "064", "065", "091", "092", "093", "094", "095", "097", "098"]

    /// A mobile number as stored (digits). Every generated number has 555 in
    /// its middle block, the convention for fictional numbers, so that a
    /// demo number is recognisable at a glance and is not some real
    /// person's number that a coordinator might call.
    package static func mobile(_ g: inout DemoRandom) -> String {
        g.pick(mobilePrefixes) + "555" + digits(g.int(0...9999), 4)
    }

    /// A landline in the province's real area code, again with 555 in the middle.
    package static func landline(_ g: inout DemoRandom, profile: DemoProvinceProfile) -> String {
        guard let code = profile.areaCode else { return mobile(&g) }
        return code + "555" + digits(g.int(0...999), 3)
    }

    /// A Bangkok landline (02 + 7 digits) for national agencies.
    package static func bangkok(_ g: inout DemoRandom) -> String {
        "02555" + digits(g.int(0...9999), 4)
    }

    /// An address at `demo.invalid`: RFC 2606 reserves `.invalid`, so no mail
    /// sent to a demo address can be delivered to anyone.
    package static func email(_ local: String) -> String { "\(local)@demo.invalid" }

    private static func digits(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// A lower-case ASCII slug of an English place name, for e-mails and LINE IDs.
    package static func slug(_ name: String, fallback: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-", !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        out = String(out.prefix(18))
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? fallback : out
    }
}
