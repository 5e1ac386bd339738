import XCTest
import EcosystemStore

/// What a coordinator sees of the matching: which offers come first for a
/// need, and the reason given in Thai and English.
final class MatchScorerTests: XCTestCase {
    // Real tambons of Chiang Kham, Phayao (centroids from data/Geography.swift).
    static let places = [
        MatchPlace(code: "56", nameTH: "พะเยา", nameEN: "Phayao"),
        MatchPlace(code: "5603", nameTH: "เชียงคำ", nameEN: "Chiang Kham"),
        MatchPlace(code: "560307", nameTH: "เวียง", nameEN: "Wiang", lat: 19.495, lon: 100.327),
        MatchPlace(code: "560309", nameTH: "เจดีย์คำ", nameEN: "Chedi Kham", lat: 19.537, lon: 100.337),
        MatchPlace(code: "560301", nameTH: "หย่วน", nameEN: "Yuan", lat: 19.536, lon: 100.293),
        MatchPlace(code: "5601", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"),
        MatchPlace(code: "560102", nameTH: "แม่ต๋ำ", nameEN: "Mae Tam", lat: 19.142, lon: 99.912),
        MatchPlace(code: "550101", nameTH: "ในเวียง", nameEN: "Nai Wiang", lat: 18.780, lon: 100.770),
        MatchPlace(code: "560001", nameTH: "ทดสอบ", nameEN: "Test", lat: 19.30, lon: 100.33),
    ]

    private func org(_ id: String, _ role: PlayerRole? = .implementer, groups: [TargetGroup] = [], issues: [IssueArea] = []) -> MatchOrganisation {
        MatchOrganisation(id: id, p4: .player, role: role, targetGroups: groups, issues: issues)
    }

    private func need(_ id: String, _ category: ResourceCategory?, _ text: String, area: String = "560307",
                      org: MatchOrganisation? = nil) -> MatchResource {
        MatchResource(id: id, kind: .need, category: category, description: text, areas: [area], organisation: org ?? self.org("org-" + id))
    }

    private func offer(_ id: String, _ category: ResourceCategory?, _ text: String, area: String = "560307",
                       org: MatchOrganisation? = nil) -> MatchResource {
        MatchResource(id: id, kind: .offer, category: category, description: text, areas: [area], organisation: org ?? self.org("org-" + id, .supporter))
    }

    // MARK: The two mistakes of issue 16

    func testARevolvingFundForWeaversIsNotMetByAFuneralWelfareFund() {
        let weavers = need("n1", .funding, "เงินทุนหมุนเวียนและบรรจุภัณฑ์สำหรับผ้าทอไทลื้อ",
                           org: org("weavers", groups: [.poorElderly], issues: [.grassrootsEconomy]))
        let offers = [
            offer("welfare", .funding, "สวัสดิการช่วยเหลือสมาชิกยามเจ็บป่วยและค่าทำศพ",
                  org: MatchOrganisation(id: "fund", p4: .asset, targetGroups: [.poorElderly], issues: [.socialSecurity])),
            offer("loans", .funding, "สินเชื่อดอกเบี้ยต่ำสำหรับวิสาหกิจชุมชนและกลุ่มเกษตรกร", area: "560309",
                  org: org("bank", .supporter, issues: [.grassrootsEconomy])),
            offer("women-fund", .funding, "กองทุนพัฒนาบทบาทสตรี เงินกู้ดอกเบี้ยต่ำสำหรับกลุ่มอาชีพสตรี", area: "56",
                  org: org("cdd", .supporter, issues: [.grassrootsEconomy])),
        ]
        let ranked = MatchScorer(needs: [weavers], offers: offers, places: Self.places).offers(for: weavers)
        XCTAssertEqual(Set(ranked.prefix(2).map(\.offerID)), ["loans", "women-fund"])
        XCTAssertEqual(ranked.last?.offerID, "welfare")
        let loans = ranked.first { $0.offerID == "loans" }!
        XCTAssertEqual(loans.strength, .substance)
        // The shared term in the need's own words, its English from the phrase list.
        XCTAssertEqual(loans.reasonThai, "เงินทุนหมุนเวียน · อำเภอเดียวกัน · 5 กม.")
        XCTAssertEqual(loans.reasonEnglish, "revolving fund · same amphoe · 5 km")
        XCTAssertEqual(ranked.first { $0.offerID == "women-fund" }?.reasonEnglish, "revolving fund · same province")
        // The welfare fund shares the category and the target group, nothing of substance.
        XCTAssertEqual(ranked[2].strength, .sharedGroup)
        XCTAssertEqual(ranked[2].reasonEnglish, "same category (funding) and target group (poor elderly) · same tambon")
        XCTAssertEqual(ranked[2].reasonThai, "ประเภทเดียวกัน (เงินทุน) และกลุ่มเป้าหมาย (ผู้สูงอายุยากจน) · ตำบลเดียวกัน")
    }

    func testTrainingInDataCollectionIsNotMetByEldersTeachingBasketry() {
        let council = need("n1", .knowledge, "อบรมการเก็บข้อมูลและจัดทำแผนชุมชน", org: MatchOrganisation(id: "council", p4: .platform))
        let basketry = offer("basketry", .knowledge, "ผู้สูงอายุถ่ายทอดภูมิปัญญาท้องถิ่นและงานจักสานให้เยาวชน",
                             org: org("elders", .implementer, groups: [.poorElderly]))
        let researchers = offer("researchers", .knowledge, "อบรมนักวิจัยชุมชน การเก็บข้อมูล และการใช้แผนที่ทำแผนชุมชน", area: "56")
        let ranked = MatchScorer(needs: [council], offers: [basketry, researchers], places: Self.places).offers(for: council)
        XCTAssertEqual(ranked.map(\.offerID), ["researchers", "basketry"])
        XCTAssertEqual(ranked[0].reasonThai, "เก็บข้อมูล, จัดทำแผน · จังหวัดเดียวกัน")
        XCTAssertEqual(ranked[0].reasonEnglish, "data collection, community planning · same province")
        XCTAssertEqual(ranked[1].strength, .sameCategoryOnly)
        XCTAssertEqual(ranked[1].reasonEnglish, "same category only (knowledge/training) · same tambon")
        XCTAssertEqual(ranked[1].reasonThai, "ประเภทเดียวกันเท่านั้น (ความรู้/อบรม) · ตำบลเดียวกัน")
    }

    // MARK: Order of importance

    func testAnySubstanceRanksAboveTheNearestAndBestPlacedSameCategoryOnlyOffer() {
        let n = need("n1", .equipment, "เตียงผู้ป่วยสำหรับผู้ป่วยติดเตียง", org: org("hph", groups: [.poorElderly], issues: [.socialSecurity]))
        let far = offer("far", .care, "ให้ยืมเตียงผู้ป่วยแก่ผู้ป่วยหลังออกจากโรงพยาบาล", area: "TH", org: org("far-org", .implementer))
        let near = offer("near", .equipment, "ให้ยืมเต็นท์และเครื่องเสียง",
                         org: org("near-org", .supporter, groups: [.poorElderly], issues: [.socialSecurity]))
        let ranked = MatchScorer(needs: [n], offers: [near, far], places: Self.places).offers(for: n)
        XCTAssertEqual(ranked.map(\.offerID), ["far", "near"])
        XCTAssertEqual(ranked[0].strength, .substance)
        XCTAssertGreaterThanOrEqual(ranked[0].score, 0.5)
        XCTAssertLessThan(ranked[1].score, 0.5)
        for m in ranked { XCTAssertTrue((0...1).contains(m.score)) }
    }

    func testAmongEqualSubstanceTheTargetGroupThenTheIssueThenTheRoleThenTheDistanceDecide() {
        let text = "รถเข็นนั่งพับได้"
        let n = need("n1", .equipment, text, org: org("club", groups: [.disabled], issues: [.socialSecurity]))
        func o(_ id: String, groups: [TargetGroup], issues: [IssueArea], role: PlayerRole, area: String) -> MatchResource {
            offer(id, .equipment, text, area: area, org: org(id + "-org", role, groups: groups, issues: issues))
        }
        let offers = [
            o("distance", groups: [.disabled], issues: [.socialSecurity], role: .supporter, area: "560307"),
            o("group", groups: [.disabled], issues: [.socialPower], role: .implementer, area: "56"),
            o("issue", groups: [.poorElderly], issues: [.socialSecurity], role: .implementer, area: "56"),
            o("role", groups: [.poorElderly], issues: [.socialPower], role: .supporter, area: "56"),
            o("nothing", groups: [.poorElderly], issues: [.socialPower], role: .implementer, area: "560307"),
        ]
        let ranked = MatchScorer(needs: [n], offers: offers, places: Self.places).offers(for: n)
        XCTAssertEqual(ranked.map(\.offerID), ["distance", "group", "issue", "role", "nothing"])
    }

    func testRareSharedTermsWeighMoreThanCommonOnes() {
        // "ทอผ้า" is in every text of the scope; "ย้อมคราม" in two.
        let n = need("n1", .knowledge, "สอนทอผ้าและย้อมครามให้สมาชิก")
        let common = offer("common", .knowledge, "สอนทอผ้าลายดอก")
        let rare = offer("rare", .knowledge, "สอนย้อมครามแบบดั้งเดิม")
        let others = (1...6).map { offer("o\($0)", .funding, "ทุนซื้อเส้นด้ายให้กลุ่มทอผ้ารุ่นที่ \($0)") }
        let ranked = MatchScorer(needs: [n], offers: [common, rare] + others, places: Self.places).offers(for: n)
        XCTAssertEqual(ranked.first?.offerID, "rare")
        XCTAssertEqual(ranked.first?.terms.first?.thai, "ย้อมคราม")
        let commonMatch = ranked.first { $0.offerID == "common" }
        XCTAssertNotNil(commonMatch)
        XCTAssertLessThan(commonMatch!.score, ranked[0].score)
    }

    // MARK: What counts as substance

    func testPlaceNamesAndGenericWordsAreNotSubstance() {
        let n = need("n1", .knowledge, "อบรมอาสาสมัครตำบลเวียงเรื่องการดูแลสวนป่าชุมชน")
        let o = offer("o1", .funding, "งบประมาณสนับสนุนกิจกรรมอาสาสมัครตำบลเวียง อำเภอเชียงคำ")
        XCTAssertNil(MatchScorer(needs: [n], offers: [o], places: Self.places).match(n, o),
                     "sharing a place, 'volunteers' and 'training' is no match across categories")
    }

    func testMoneyForAProjectDoesNotAskForWhatTheProjectDoes() {
        let n = need("n1", .funding, "งบทำโครงการคัดกรองเบาหวานในชุมชน")
        let screening = offer("screening", .care, "ตรวจคัดกรองเบาหวานและเยี่ยมบ้านผู้ป่วย")
        let grant = offer("grant", .funding, "ทุนสนับสนุนโครงการส่งเสริมสุขภาพ", area: "TH")
        let ranked = MatchScorer(needs: [n], offers: [screening, grant], places: Self.places).offers(for: n)
        XCTAssertEqual(ranked.first?.offerID, "grant")
        XCTAssertNotEqual(ranked.first { $0.offerID == "screening" }?.strength, .substance)
    }

    func testWhatANeedAsksAcrossCategoriesStillMatches() {
        // A car to appointments, filed as equipment, met by the rescue car filed as care.
        let n = need("n1", .equipment, "รถและคนขับพาผู้สูงอายุติดบ้านไปพบแพทย์ตามนัด")
        let car = offer("car", .care, "รถกู้ชีพ อบต. รับส่งผู้ป่วยที่ช่วยเหลือตัวเองไม่ได้ไปตามนัดแพทย์")
        let m = MatchScorer(needs: [n], offers: [car], places: Self.places).match(n, car)
        XCTAssertEqual(m?.strength, .substance)
        XCTAssertEqual(m?.terms.first?.english, "transport to hospital")
    }

    func testSharedTermsAreShownInTheNeedsOwnWords() {
        let n = need("n1", .funding, "สินเชื่อสำหรับกลุ่มอาชีพ")
        let o = offer("o1", .funding, "เงินทุนหมุนเวียนปลอดดอกเบี้ย")
        let m = MatchScorer(needs: [n], offers: [o], places: Self.places).match(n, o)
        XCTAssertEqual(m?.terms.first?.thai, "สินเชื่อ")
        XCTAssertEqual(m?.terms.first?.english, "loans")
        XCTAssertEqual(m?.terms.first?.fromPhraseList, true)
    }

    func testAStretchOfSharedTextOutsideThePhraseListIsShownAsWholeClusters() {
        let n = need("n1", .volunteers, "ครูอาสาสอนคณิตศาสตร์ให้เด็กตาดีกา")
        let o = offer("o1", .volunteers, "นักศึกษาสอนเสริมคณิตศาสตร์ให้เด็กในชุมชน")
        let m = MatchScorer(needs: [n], offers: [o], places: Self.places).match(n, o)
        XCTAssertEqual(m?.strength, .substance)
        XCTAssertTrue(m?.terms.contains { $0.thai == "คณิตศาสตร์" && !$0.fromPhraseList } ?? false, "\(m?.terms ?? [])")
    }

    // MARK: Distance and reach

    func testDistanceClassesAndKilometres() {
        let n = need("n1", .equipment, "รถเข็นสำหรับผู้ป่วย")
        func o(_ id: String, _ areas: [String]) -> MatchResource {
            MatchResource(id: id, kind: .offer, category: .equipment, description: "รถเข็นสำหรับผู้ป่วย", areas: areas,
                          organisation: org(id + "-org", .supporter))
        }
        let offers = [o("tambon", ["560307"]), o("amphoe-office", ["5603"]), o("neighbour", ["560309"]),
                      o("province", ["560102"]), o("national", ["56", "32", "94"]), o("country", ["TH"]),
                      o("nearby", ["560001"]), o("far", ["550101"])]
        let scorer = MatchScorer(needs: [n], offers: offers, places: Self.places)
        let byID = Dictionary(uniqueKeysWithValues: scorer.offers(for: n).map { ($0.offerID, $0) })
        XCTAssertEqual(byID["tambon"]?.proximity, .sameTambon)
        XCTAssertEqual(byID["amphoe-office"]?.proximity, .sameAmphoe)
        XCTAssertNil(byID["amphoe-office"]?.distanceKm, "an amphoe's centroid is not where its office is")
        XCTAssertEqual(byID["neighbour"]?.proximity, .sameAmphoe)
        XCTAssertEqual(byID["neighbour"]?.distanceKm.map { Int($0.rounded()) }, 5)
        XCTAssertEqual(byID["province"]?.proximity, .sameProvince)
        XCTAssertEqual(byID["national"]?.proximity, .national)
        XCTAssertEqual(byID["country"]?.proximity, .national)
        XCTAssertEqual(byID["national"]?.reasonThai, "รถเข็น · หน่วยงานระดับประเทศ")
        XCTAssertNil(byID["far"], "another province 60 km away is out of reach")
        // An office serving the whole amphoe has no kilometres to lose.
        XCTAssertEqual(scorer.offers(for: n).map(\.offerID).prefix(3), ["tambon", "amphoe-office", "neighbour"])

        var options = MatchOptions()
        options.includeOutOfReach = true
        let wide = MatchScorer(needs: [n], offers: offers, places: Self.places, options: options)
        XCTAssertEqual(wide.offers(for: n).last?.offerID, "far")
        XCTAssertEqual(wide.offers(for: n).last?.proximity, .outOfReach)
    }

    func testAnOrganisationsOwnOffersAreNotMatchedWithItsNeeds() {
        let club = org("club")
        let n = need("n1", .knowledge, "อบรมการทำบัญชีกลุ่ม", org: club)
        let own = offer("own", .knowledge, "อบรมการทำบัญชีกลุ่มให้กลุ่มอื่น", org: club)
        XCTAssertTrue(MatchScorer(needs: [n], offers: [own]).offers(for: n).isEmpty)
        var options = MatchOptions()
        options.includeSameOrganisation = true
        XCTAssertEqual(MatchScorer(needs: [n], offers: [own], options: options).offers(for: n).count, 1)
    }

    func testAReferralNeedIsMetByAServiceOfAnotherCategoryForTheSameGroup() {
        let n = need("n1", .referral, "ส่งต่อผู้ถูกกระทำความรุนแรงในครอบครัว")
        let oscc = offer("oscc", .care, "ศูนย์พึ่งได้ ตรวจรักษาและดูแลตลอด 24 ชั่วโมง", org: org("hospital", groups: [.womenViolence]))
        let m = MatchScorer(needs: [n], offers: [oscc], places: Self.places).match(n, oscc)
        XCTAssertEqual(m?.strength, .sharedGroup)
        XCTAssertEqual(m?.reasonEnglish, "same target group (women facing violence) · same tambon")
    }

    // MARK: The tokenizer can be swapped

    /// A stand-in for a dictionary word breaker: whole words from a list.
    struct ListedWords: MatchTokenizer {
        let words: [String]
        func tokens(of segment: [Unicode.Scalar]) -> [MatchToken] {
            let text = String(String.UnicodeScalarView(segment))
            var out: [MatchToken] = []
            for word in words {
                let w = Array(word.unicodeScalars)
                var i = 0
                while i + w.count <= segment.count {
                    if Array(segment[i..<(i + w.count)]) == w { out.append(MatchToken(key: word, range: i..<(i + w.count))); i += w.count } else { i += 1 }
                }
            }
            _ = text
            return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
        }
    }

    func testAWordTokenizerCanReplaceTrigrams() {
        var options = MatchOptions()
        options.tokenizer = ListedWords(words: ["คณิตศาสตร์", "ดาราศาสตร์"])
        options.lexicon = .empty
        let n = need("n1", .volunteers, "สอนคณิตศาสตร์")
        let maths = offer("maths", .volunteers, "ติวคณิตศาสตร์")
        let stars = offer("stars", .volunteers, "ติวดาราศาสตร์")
        let scorer = MatchScorer(needs: [n], offers: [maths, stars], places: Self.places, options: options)
        let ranked = scorer.offers(for: n)
        XCTAssertEqual(ranked.first?.offerID, "maths")
        XCTAssertEqual(ranked.first?.strength, .substance)
        XCTAssertEqual(ranked.first?.terms.first?.thai, "คณิตศาสตร์")
        // With trigrams "ศาสตร์" would be shared by both; the word list tells them apart.
        XCTAssertEqual(ranked.first { $0.offerID == "stars" }?.strength, .sameCategoryOnly)
    }

    func testMatchingIsDeterministic() {
        let set = try? MatchingEvaluationSet.load()
        guard let set else { return XCTFail("evaluation set") }
        let a = MatchScorer(needs: set.needs.map(\.need), offers: set.offers, places: set.places).matchAll(limitPerNeed: 5)
        let b = MatchScorer(needs: set.needs.map(\.need).reversed(), offers: set.offers.reversed(), places: set.places.reversed())
        for m in a {
            XCTAssertEqual(m.offers, b.offers(for: m.need, limit: 5), m.need.id)
        }
    }

    // MARK: Rules added for issue 16's second half (docs/matching.md)

    /// Volunteers who visit are the kind of help a volunteers' need asks
    /// for: "อาสาสมัครสาธารณสุข" says who does the visiting, not whom it is for.
    func testProvidersSayWhoGivesNotWhomItIsFor() {
        let visits = need("n", .volunteers, "อาสาสมัครช่วยจัดกิจกรรมและเยี่ยมบ้านผู้สูงอายุที่อยู่ลำพัง")
        let offers = [
            offer("vhv", .volunteers, "อาสาสมัครสาธารณสุขเยี่ยมบ้านและคัดกรองสุขภาพ", org: org("vhv-net", .connector, groups: [.poorElderly])),
            offer("clinic", .care, "เยี่ยมบ้านและดูแลผู้สูงอายุติดเตียงในตำบลเวียง", org: org("clinic-org", .implementer)),
        ]
        let ranked = MatchScorer(needs: [visits], offers: offers, places: Self.places).offers(for: visits)
        XCTAssertEqual(ranked.map(\.offerID), ["vhv", "clinic"], "the volunteers first, both visit")
        XCTAssertEqual(ranked[0].parts.targetGroups, 1, "the network's elders, since its offer names only who visits")
        // In training, the same word names the learners.
        let course = need("c", .knowledge, "อบรม อสม. เรื่องการดูแลผู้ป่วยติดเตียง")
        let training = offer("t", .knowledge, "อบรมผู้ดูแลผู้ป่วยให้ อสม. และญาติ")
        let m = MatchScorer(needs: [course], offers: [training], places: Self.places).match(course, training)
        XCTAssertEqual(m?.parts.targetGroups, 1, "a course for อสม. meets a need of อสม.")
    }

    /// A need for knowledge is met by whoever teaches it, whatever category
    /// the offer is filed under.
    func testTeachingMeetsAKnowledgeNeedWhateverTheOffersCategory() {
        let phones = need("n", .knowledge, "วิทยากรสอนผู้สูงอายุใช้ไลน์และโทรศัพท์มือถือเพื่อติดต่อลูกหลาน")
        let youth = offer("youth", .volunteers, "เยาวชนจิตอาสาช่วยงานกิจกรรมชุมชนและสอนการใช้สมาร์ทโฟนให้ผู้สูงอายุ")
        let cg = offer("cg", .knowledge, "หลักสูตรผู้ดูแลผู้สูงอายุ (Care Giver) 70 ชั่วโมง")
        let ranked = MatchScorer(needs: [phones], offers: [youth, cg], places: Self.places).offers(for: phones)
        XCTAssertEqual(ranked.first?.offerID, "youth")
        XCTAssertEqual(ranked.first?.strength, .substance)
        XCTAssertEqual(ranked.first?.reasonEnglish, "LINE · same tambon", "in the need's own first word for it")
        // Without teaching words, a volunteers' offer about phones does not meet it in substance.
        let lend = offer("lend", .equipment, "ให้ยืมโทรศัพท์มือถือสำหรับผู้สูงอายุ")
        XCTAssertNotEqual(MatchScorer(needs: [phones], offers: [lend], places: Self.places).match(phones, lend)?.strength, .substance)
    }

    /// A course in packaging design gives no packaging: the kinds of help
    /// a training (or money) offer names are its subject, for a need of
    /// another category.
    func testATrainingOfferIsAboutTheHelpItNames() {
        let bags = need("n", .equipment, "ถุงสุญญากาศและเครื่องซีลสำหรับบรรจุข้าวหอมมะลิ")
        let course = offer("course", .knowledge, "พัฒนาผลิตภัณฑ์และบรรจุภัณฑ์ผ้าไหมสู่ตลาด OTOP")
        let sealer = offer("sealer", .equipment, "ให้ยืมเครื่องซีลสุญญากาศของกลุ่ม")
        let scorer = MatchScorer(needs: [bags], offers: [course, sealer], places: Self.places)
        XCTAssertNotEqual(scorer.match(bags, course)?.strength, .substance)
        XCTAssertEqual(scorer.match(bags, sealer)?.strength, .substance)
    }

    /// A shared kind of help that the need asks for is substance, however
    /// much else either description says.
    func testTheHelpAskedForIsSubstanceHoweverLongTheDescriptions() {
        let capital = need("n", .funding, "ทุนประกอบอาชีพสำหรับคนพิการ เช่น เลี้ยงไก่ ขายของชำ")
        let loans = offer("gsb", .funding, "สินเชื่อเพื่อประกอบอาชีพและแก้หนี้นอกระบบ ดอกเบี้ยต่ำ", area: "56")
        let m = MatchScorer(needs: [capital], offers: [loans], places: Self.places).match(capital, loans)
        XCTAssertEqual(m?.strength, .substance)
        XCTAssertEqual(m?.reasonEnglish, "capital for a livelihood · same province")
    }
}
