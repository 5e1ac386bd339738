import XCTest
import EcosystemStore

/// Fields of work (`MatchDomain`): a need written as the situation meets
/// the offer that helps in other words, as the weaker "same field" claim;
/// grants are matched by subject as well as kind (docs/matching.md, "Fields").
final class MatchFieldTests: XCTestCase {
    static let places = [
        MatchPlace(code: "56", nameTH: "พะเยา", nameEN: "Phayao"),
        MatchPlace(code: "5603", nameTH: "เชียงคำ", nameEN: "Chiang Kham"),
        MatchPlace(code: "560307", nameTH: "เวียง", nameEN: "Wiang", lat: 19.495, lon: 100.327),
        MatchPlace(code: "560301", nameTH: "หย่วน", nameEN: "Yuan", lat: 19.536, lon: 100.293),
    ]

    private func resource(_ id: String, _ kind: ResourceKind, _ category: ResourceCategory, _ text: String,
                          area: String = "560307", role: PlayerRole = .implementer) -> MatchResource {
        MatchResource(id: id, kind: kind, category: category, description: text, areas: [area],
                      organisation: MatchOrganisation(id: "org-" + id, p4: .player, role: role))
    }

    private func ranked(_ need: MatchResource, _ offers: [MatchResource], options: MatchOptions = MatchOptions()) -> [OfferMatch] {
        MatchScorer(needs: [need], offers: offers, places: Self.places, options: options).offers(for: need)
    }

    func testAManWhoCannotGetUpMeetsBedsAndWheelchairsNotSeedsAsTheSameField() {
        let need = resource("n", .need, .equipment, "ลุงลุกจากที่นอนเองไม่ได้ ญาติต้องอุ้มไปห้องน้ำทุกครั้ง")
        let offers = [
            resource("beds", .offer, .equipment, "ให้ยืมเตียงผู้ป่วยและที่นอนลมจากคลังอุปกรณ์การแพทย์ชุมชน", area: "560301", role: .supporter),
            resource("seeds", .offer, .equipment, "แจกเมล็ดพันธุ์ผักและกล้าไม้ผลให้เกษตรกร", role: .supporter),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.map(\.offerID), ["beds", "seeds"])
        XCTAssertEqual(out[0].strength, .sameField, "a field is a weaker claim than a shared word")
        XCTAssertEqual(out[0].reasonThai, "ด้านอุปกรณ์ช่วยการเคลื่อนไหว · อำเภอเดียวกัน · 6 กม.")
        XCTAssertEqual(out[0].reasonEnglish, "field: mobility and assistive devices · same amphoe · 6 km")
        XCTAssertEqual(out[1].strength, .sameCategoryOnly)
        XCTAssertEqual(MatchStrength.sameField.word, "same-field")
        XCTAssertTrue(MatchStrength.sameField < .substance && MatchStrength.sameField > .sharedGroup)

        // Without fields the beds share the category only, like the seeds.
        var off = MatchOptions()
        off.fieldWeight = 0
        XCTAssertEqual(ranked(need, offers, options: off).first { $0.offerID == "beds" }?.strength, .sameCategoryOnly)
    }

    func testAFieldRanksBelowASharedWord() {
        let need = resource("n", .need, .equipment, "ยายเดินไม่ได้ อยากได้รถเข็น")
        let offers = [
            resource("beds", .offer, .equipment, "ให้ยืมเตียงผู้ป่วยและที่นอนลม", role: .supporter),
            resource("chairs", .offer, .equipment, "ศูนย์ยืมรถเข็นและไม้เท้า", area: "560301"),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.map(\.offerID), ["chairs", "beds"])
        XCTAssertEqual(out.map(\.strength), [.substance, .sameField])
        XCTAssertEqual(out[0].reasonEnglish, "wheelchairs · same amphoe · 6 km", "a reason names the concept, not its field as well")
    }

    func testMoneyForAnEldersDayMeetsAnElderCareGrantNotATeenagePregnancyGrant() {
        let need = resource("n", .need, .funding, "ชมรมอยากจัดงานวันผู้สูงอายุ แต่ไม่มีงบค่าอาหาร")
        let offers = [
            resource("elder-grant", .offer, .funding, "งบอุดหนุนโครงการดูแลผู้สูงอายุและคนพิการของท้องถิ่น", role: .supporter),
            resource("teen-grant", .offer, .funding, "งบอุดหนุนโครงการป้องกันการตั้งครรภ์ในวัยรุ่น", role: .supporter),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.first?.offerID, "elder-grant")
        XCTAssertEqual(out.first?.strength, .substance)
        XCTAssertEqual(out.first?.reasonThai, "ทุนด้านการดูแลผู้สูงอายุ · ตำบลเดียวกัน")
        XCTAssertEqual(out.first?.reasonEnglish, "grant for elder care · same tambon")
        XCTAssertNotEqual(out.first { $0.offerID == "teen-grant" }?.strength, .substance)
    }

    func testAProjectGrantForAnotherSubjectIsNotTheMoneyAsked() {
        let need = resource("n", .need, .funding, "งบอุดหนุนโครงการดูแลผู้สูงอายุติดเตียง")
        let teen = resource("teen-grant", .offer, .funding, "งบอุดหนุนโครงการป้องกันการตั้งครรภ์ในวัยรุ่น", role: .supporter)
        let elder = resource("elder-grant", .offer, .funding, "ทุนสนับสนุนโครงการดูแลผู้สูงอายุ", role: .supporter)
        let out = ranked(need, [teen, elder])
        XCTAssertEqual(out.map(\.offerID), ["elder-grant", "teen-grant"])
        XCTAssertLessThan(out[1].score, out[0].score - 0.2, "the grant kind alone counts little when the subjects differ")
    }

    func testAnOpenGrantMeetsMoneyForAProjectButNotMoneyForAPoorFamily() {
        let open = resource("open", .offer, .funding, "ทุนสนับสนุนโครงการชุมชนน่าอยู่ (ทุนเปิดรับทั่วไป)", role: .supporter)
        let project = resource("p", .need, .funding, "อยากทำโครงการชวนคนในหมู่บ้านเลิกเหล้า แต่ยังไม่มีงบ")
        let out = ranked(project, [open])
        XCTAssertEqual(out.first?.strength, .substance)
        XCTAssertEqual(out.first?.reasonEnglish, "open project grant · same tambon")
        let family = resource("f", .need, .funding, "ครอบครัวยากจนทำโครงการอะไรไม่ไหว ไม่มีเงินค่ากับข้าว")
        XCTAssertNotEqual(ranked(family, [open]).first?.strength, .substance, "cash for a family is not a project")
    }

    func testSituationsHideNoWordsFromThePhraseList() {
        // "ไม่มีเงินลงทุน" names no money (a situation) and capital (a concept).
        let need = resource("n", .need, .funding, "แม่หม้ายอยากเปิดร้าน แต่ไม่มีเงินลงทุน")
        let loans = resource("loans", .offer, .funding, "สินเชื่อเพื่อประกอบอาชีพ ดอกเบี้ยต่ำ", role: .supporter)
        let m = ranked(need, [loans]).first
        XCTAssertEqual(m?.strength, .substance)
        XCTAssertEqual(m?.reasonEnglish, "capital · same tambon")
    }

    func testEveryFieldNamesConceptsOfThePhraseList() {
        let ids = Set(MatchLexicon.standard.concepts.map(\.id))
        for d in MatchLexicon.standard.domains {
            for id in d.concepts + d.audience { XCTAssertTrue(ids.contains(id), "\(d.id): no concept \(id)") }
        }
        XCTAssertEqual(Set(MatchLexicon.standard.domains.map(\.id)).count, MatchLexicon.standard.domains.count)
    }

    // MARK: Fourth round: ordering within a band

    func testMealsForAnElderWhoCannotCookComeBeforeACaregiversVisits() {
        // Both offers are elder care; only the meals are what is asked. The
        // visits are nearer, from a supporter with the need's issue area:
        // they would come first on the other parts alone.
        func org(_ id: String, _ role: PlayerRole) -> MatchOrganisation {
            MatchOrganisation(id: id, p4: .player, role: role, issues: [.socialSecurity])
        }
        let need = MatchResource(id: "n", kind: .need, category: .care, description: "อาหารวันละมื้อสำหรับผู้สูงอายุติดบ้านที่ทำกับข้าวเองไม่ได้",
                                 areas: ["560307"], organisation: org("club", .implementer))
        let offers = [
            MatchResource(id: "visits", kind: .offer, category: .care,
                          description: "ผู้ช่วยเหลือดูแลผู้สูงอายุ (Caregiver) ในระบบดูแลระยะยาว เยี่ยมดูแลตามแผนรายบุคคล",
                          areas: ["560307"], organisation: org("ltc", .supporter)),
            resource("meals", .offer, .care, "กลุ่มแม่บ้านทำอาหารปิ่นโตส่งผู้สูงอายุที่อยู่ลำพัง", area: "560301"),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.map(\.offerID), ["meals", "visits"])
        XCTAssertEqual(out.map(\.strength), [.sameField, .sameField])
    }

    func testAReferralGoesToAServiceBeforeAKitOfTheSameField() {
        let need = resource("n", .need, .referral, "ส่งต่อผู้หญิงที่ถูกสามีทำร้ายไปรับการรักษาและความช่วยเหลือ")
        let offers = [
            resource("kit", .offer, .knowledge, "ชุดความรู้การป้องกันความรุนแรงในครอบครัว", area: "TH", role: .supporter),
            resource("centre", .offer, .care, "ศูนย์พึ่งได้ดูแลผู้ถูกกระทำความรุนแรงในครอบครัว", area: "560301"),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.first?.offerID, "centre")
        XCTAssertEqual(out.first { $0.offerID == "centre" }?.parts.category, 1, "a care service is where a referral goes")
        XCTAssertEqual(out.first { $0.offerID == "kit" }?.parts.category, 0)
    }

    func testVulnerableGroupsIncludeDisabledPeopleAndAWomensLoanDoesNot() {
        let need = resource("n", .need, .data, "ข้อมูลคนพิการที่ยังไม่มีบัตรคนพิการรายหมู่บ้าน")
        let vulnerable = resource("vulnerable", .offer, .data, "ฐานข้อมูลกลุ่มเปราะบางที่ตกหล่นจากสวัสดิการรัฐ")
        let elders = resource("elders", .offer, .data, "ข้อมูลผู้สูงอายุรายตำบล")
        let out = ranked(need, [vulnerable, elders])
        XCTAssertEqual(out.first { $0.offerID == "vulnerable" }?.parts.targetGroups, 1, "กลุ่มเปราะบาง covers disabled people")
        XCTAssertEqual(out.first { $0.offerID == "elders" }?.parts.targetGroups, 0)

        // A loan that names no group serves a disabled person's livelihood
        // better than a loan for women's groups.
        let capital = resource("c", .need, .funding, "ทุนประกอบอาชีพสำหรับคนพิการ เช่น เลี้ยงไก่ ขายของชำ")
        let loans = [
            resource("women", .offer, .funding, "เงินกู้ยืมกองทุนพัฒนาบทบาทสตรีปลอดดอกเบี้ยสำหรับกลุ่มอาชีพ", role: .supporter),
            resource("any", .offer, .funding, "สินเชื่อเพื่อประกอบอาชีพและแก้หนี้นอกระบบ ดอกเบี้ยต่ำ", role: .supporter),
        ]
        let forCapital = ranked(capital, loans)
        XCTAssertEqual(forCapital.first { $0.offerID == "any" }?.parts.targetGroups, MatchOptions().unstatedAudience)
        XCTAssertEqual(forCapital.first { $0.offerID == "women" }?.parts.targetGroups, 0)
        XCTAssertGreaterThan(MatchOptions().unstatedAudience, 0.3, "not saying is nearer agreeing than differing")
    }

    // MARK: Fifth round: fields for what the third left out

    func testAGroupThatCannotKeepItsAccountsMeetsABookkeepingCourse() {
        let need = resource("n", .need, .knowledge, "กลุ่มจดเงินเข้าออกในสมุดไม่เป็น สิ้นปีไม่รู้ว่ากำไรหรือขาดทุน")
        let offers = [
            resource("accounts", .offer, .knowledge, "อบรมการทำบัญชีกลุ่มและบัญชีครัวเรือนให้วิสาหกิจชุมชน", area: "560301", role: .supporter),
            resource("design", .offer, .knowledge, "อบรมออกแบบบรรจุภัณฑ์และตราสินค้าผลิตภัณฑ์ OTOP", role: .supporter),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.map(\.offerID), ["accounts", "design"])
        XCTAssertEqual(out[0].strength, .sameField)
        XCTAssertEqual(out[0].reasonEnglish, "field: bookkeeping and running a group · same amphoe · 6 km")
        XCTAssertEqual(out[1].strength, .sameCategoryOnly)
    }

    func testAGrandmotherWhoCannotTalkToTheDoctorMeetsInterpretersNotTutors() {
        let need = resource("n", .need, .volunteers, "ยายพูดได้แต่ภาษาม้ง ไปหาหมอแล้วคุยไม่รู้เรื่อง")
        let offers = [
            resource("interpreters", .offer, .volunteers, "ล่ามภาษาเมี่ยนช่วยสื่อสารกับเจ้าหน้าที่รัฐ", area: "560301"),
            resource("tutors", .offer, .volunteers, "เยาวชนอาสาสอนการบ้านเด็กในหมู่บ้าน"),
        ]
        let out = ranked(need, offers)
        XCTAssertEqual(out.map(\.offerID), ["interpreters", "tutors"])
        XCTAssertGreaterThanOrEqual(out[0].strength, .sameField, "Hmong and Mien interpreters: the hill languages, or at least interpreting")
        XCTAssertEqual(out[1].strength, .sameCategoryOnly, "homework is not the language asked")
    }
}
