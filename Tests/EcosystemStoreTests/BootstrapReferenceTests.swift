import Foundation
import XCTest
import EcosystemStore

/// tisep's intervals against an independent numpy bootstrap
/// (`Fixtures/bootstrap/reference.py`: its own generator, sorting and
/// interpolation, 20,000 replicates). The two are random, so they agree
/// only up to Monte Carlo error: the interval must contain the value, have
/// a width within a quarter of numpy's (the issue asks for a factor of two)
/// and a centre within a quarter of numpy's width.
final class BootstrapReferenceTests: XCTestCase {
    private struct Reference: Decodable {
        struct Sample: Decodable {
            let sample: String
            let strata: [String]
            let households: Int
            let point: [String: Double?]
            let low: [String: Double?]
            let high: [String: Double?]
        }
        let replicates: Int
        let confidence: Double
        let poverty_line: Double
        let samples: [Sample]
    }

    private static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/bootstrap")

    /// sample → stratum → households, in file order.
    private func households() throws -> [String: [(stratum: String, households: [HouseholdIncome])]] {
        let text = try String(contentsOf: Self.directory.appendingPathComponent("households.csv"), encoding: .utf8)
        var out: [String: [(stratum: String, households: [HouseholdIncome])]] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let h = HouseholdIncome(members: try XCTUnwrap(Int(f[2])), annualIncome: try XCTUnwrap(Double(f[3])),
                                    weight: try XCTUnwrap(Double(f[4])))
            var strata = out[f[0], default: []]
            if strata.last?.stratum == f[1] { strata[strata.count - 1].households.append(h) } else { strata.append((f[1], [h])) }
            out[f[0]] = strata
        }
        return out
    }

    func testIntervalsAgreeWithAnIndependentNumpyBootstrap() throws {
        let data = try Data(contentsOf: Self.directory.appendingPathComponent("reference.json"))
        let reference = try JSONDecoder().decode(Reference.self, from: data)
        let samples = try households()
        XCTAssertEqual(reference.samples.map(\.sample), ["A", "B", "C", "D", "E", "F"])
        XCTAssertEqual(reference.confidence, HouseholdBootstrap.defaultConfidence)
        XCTAssertEqual(reference.poverty_line, InequalityMeasures.defaultPovertyLine)
        var unbounded = 0

        for expected in reference.samples {
            let strata = try XCTUnwrap(samples[expected.sample])
            XCTAssertEqual(strata.map(\.stratum), expected.strata)
            // A pooled sample is an amphoe whose tambons are the strata.
            let tambons = strata.enumerated().map { (tambon: String(format: "9001%02d", $0.offset + 1), households: $0.element.households) }
            let evidence = HouseholdBootstrap.evidence(tambons: tambons, year: 2025)
            let area = strata.count == 1 ? "900101" : "9001"
            let mine = try XCTUnwrap(evidence.first { $0.area == area })
            XCTAssertEqual(mine.measures.households, expected.households)

            for id in InequalityMeasures.indicatorIDs {
                let label = "\(expected.sample) \(id)"
                let value = try XCTUnwrap(mine.measures.value(indicator: id), label)
                // The same data: the point values agree to rounding.
                let numpyValue = try XCTUnwrap(expected.point[id] ?? nil, label)
                XCTAssertEqual(value, numpyValue, accuracy: abs(numpyValue) * 1e-9, label)

                let interval = try XCTUnwrap(mine.intervals[indicator: id], label)
                XCTAssertTrue(interval.contains(value), "\(label): \(value) outside \(interval)")
                let numpyLow = try XCTUnwrap(expected.low[id] ?? nil, label)
                guard let numpyHigh = expected.high[id] ?? nil else {
                    // numpy found no upper end: neither may tisep.
                    XCTAssertNil(interval.high, label)
                    unbounded += 1
                    continue
                }
                let high = try XCTUnwrap(interval.high, "\(label): numpy has an upper end \(numpyHigh)")
                let width = high - interval.low, numpyWidth = numpyHigh - numpyLow
                // The issue asks for a factor of two; the Monte Carlo error at 500
                // replicates is about ±8 % of a width (the fixture's ratios: 0.92–1.05).
                XCTAssertGreaterThan(width, numpyWidth * 0.75, label)
                XCTAssertLessThan(width, numpyWidth / 0.75, label)
                XCTAssertEqual((high + interval.low) / 2, (numpyHigh + numpyLow) / 2, accuracy: numpyWidth / 4, label)
            }
        }
        // Sample E is there for the open upper end of S90/S10.
        XCTAssertEqual(unbounded, 1)
    }
}
