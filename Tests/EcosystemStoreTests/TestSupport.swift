import Foundation
import XCTest
import EcosystemStore
import DefaultData

/// The embedded geography (`DefaultData.geography`) of `provinces` only:
/// their province, amphoe and tambon lines, so that a test store stays small.
func embeddedGeography(provinces: [String]) -> String {
    DefaultData.geography.split(separator: "\n")
        .filter { $0.hasPrefix("#") || provinces.contains(String($0.prefix(2))) }
        .joined(separator: "\n") + "\n"
}

/// A temporary directory removed when the test ends.
func temporaryDirectory(_ test: XCTestCase) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tisep-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir
}

/// An in-memory store holding Phayao (56) and one amphoe/tambon path of Yala,
/// enough for editing and search tests.
func smallStore() throws -> Store {
    let store = try Store(path: ":memory:", create: true)
    let areas: [Area] = [
        Area(code: "56", level: .province, parent: nil, nameTH: "พะเยา", nameEN: "Phayao"),
        Area(code: "5601", level: .amphoe, parent: "56", nameTH: "เมืองพะเยา", nameEN: "Mueang Phayao"),
        Area(code: "560101", level: .tambon, parent: "5601", nameTH: "เวียง", nameEN: "Wiang", lat: 19.17, lon: 99.9, postalCode: "56000"),
        Area(code: "560102", level: .tambon, parent: "5601", nameTH: "แม่ต๋ำ", nameEN: "Mae Tam", lat: 19.16, lon: 99.89, postalCode: "56000"),
        Area(code: "95", level: .province, parent: nil, nameTH: "ยะลา", nameEN: "Yala"),
        Area(code: "9501", level: .amphoe, parent: "95", nameTH: "เมืองยะลา", nameEN: "Mueang Yala"),
        Area(code: "950101", level: .tambon, parent: "9501", nameTH: "สะเตง", nameEN: "Sateng", lat: 6.54, lon: 101.28, postalCode: "95000"),
    ]
    try store.transaction { for a in areas { try store.areas.upsert(a) } }
    return store
}
