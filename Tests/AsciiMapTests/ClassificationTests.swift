import XCTest
import AsciiMap

/// Expected breaks computed with PySAL mapclassify 2.10.0 (numpy, Python 3.11):
/// `mapclassify.Quantiles(y, k=k).bins`, `mapclassify.EqualInterval(y, k=k).bins`,
/// `mapclassify.FisherJenks(y, k=k).bins`; our edges are `[min(y)] + bins`,
/// with duplicate edges collapsed.
final class ClassificationTests: XCTestCase {
    static let a: [Double] = [12.5, 3.1, 7.8, 22.4, 15.0, 9.9, 4.4, 18.2, 30.7, 11.1, 6.6, 27.3, 2.0, 14.4, 8.8,
                              19.9, 25.5, 5.3, 16.6, 10.0, 13.7, 21.0, 3.9, 28.8, 7.1]
    static let b: [Double] = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 5, 8, 13, 21, 34, 55, 89]
    static let c: [Double] = [0.52, 0.48, 0.51, 0.95, 0.97, 0.99, 0.50, 1.52, 1.49, 1.55, 0.49, 0.96, 1.51, 3.10, 3.05,
                              0.53, 0.98, 1.50, 3.00, 0.47, 0.94, 1.48, 3.20, 0.50, 1.02, 2.95, 0.51, 1.53, 0.93, 3.15]
    static let d: [Double] = Array(repeating: 4, count: 14) + Array(repeating: 9, count: 6)

    func check(_ values: [Double], _ method: ClassificationMethod, _ k: Int, _ expected: [Double],
               file: StaticString = #filePath, line: UInt = #line) {
        let result = Classification(values: values, method: method, classes: k)
        XCTAssertEqual(result.edges.count, expected.count, "\(method) k=\(k): \(result.edges)", file: file, line: line)
        for (got, want) in zip(result.edges, expected) {
            XCTAssertEqual(got, want, accuracy: 1e-9, "\(method) k=\(k): \(result.edges)", file: file, line: line)
        }
        XCTAssertEqual(result.counts.reduce(0, +), values.count, file: file, line: line)
    }

    func testQuantileMatchesMapclassify() {
        check(Self.a, .quantile, 3, [2.0, 8.8, 16.6, 30.7])
        check(Self.a, .quantile, 5, [2.0, 6.34, 9.96, 14.64, 21.28, 30.7])
        check(Self.a, .quantile, 7, [2.0, 4.7857142857142865, 7.7, 10.314285714285715, 14.2, 18.442857142857143,
                                     24.171428571428578, 30.7])
        check(Self.c, .quantile, 5, [0.47, 0.51, 0.956, 1.484, 1.83, 3.2])
        // Ties: bins [1, 1.6, 3, 14.6, 89] give edges [1, 1, 1.6, …]: one class fewer.
        check(Self.b, .quantile, 5, [1, 1.6, 3, 14.6, 89])
        check(Self.b, .quantile, 7, [1, 2, 3, 6.7142857142857135, 24.714285714285747, 89])
        check(Self.d, .quantile, 7, [4, 6.857142857142856, 9])
    }

    func testEqualIntervalMatchesMapclassify() {
        check(Self.a, .equalInterval, 5, [2.0, 7.74, 13.48, 19.22, 24.96, 30.7])
        check(Self.b, .equalInterval, 3, [1, 30.333333333333332, 59.666666666666664, 89])
        check(Self.c, .equalInterval, 7, [0.47, 0.86, 1.25, 1.64, 2.03, 2.42, 2.81, 3.2])
        check(Self.d, .equalInterval, 5, [4, 5, 6, 7, 8, 9])
    }

    func testFisherJenksMatchesMapclassify() {
        check(Self.a, .naturalBreaks, 3, [2.0, 11.1, 21.0, 30.7])
        check(Self.a, .naturalBreaks, 5, [2.0, 5.3, 11.1, 16.6, 22.4, 30.7])
        check(Self.a, .naturalBreaks, 7, [2.0, 5.3, 8.8, 12.5, 16.6, 22.4, 27.3, 30.7])
        check(Self.b, .naturalBreaks, 3, [1, 21, 55, 89])
        check(Self.b, .naturalBreaks, 5, [1, 8, 21, 34, 55, 89])
        check(Self.b, .naturalBreaks, 7, [1, 3, 8, 13, 21, 34, 55, 89])
        check(Self.c, .naturalBreaks, 3, [0.47, 1.02, 1.55, 3.2])
        check(Self.c, .naturalBreaks, 5, [0.47, 0.53, 1.02, 1.55, 3.05, 3.2])
        check(Self.c, .naturalBreaks, 7, [0.47, 0.53, 0.97, 1.02, 1.55, 3.0, 3.1, 3.2])
    }

    func testFisherJenksIsOptimalOnRandomData() {
        // Against brute force over every split of 12 sorted values into 3 classes.
        var rng = SplitMix(seed: 7)
        for _ in 0..<20 {
            let values = (0..<12).map { _ in Double(rng.next() % 1000) / 10 }.sorted()
            func ssd(_ part: ArraySlice<Double>) -> Double {
                let mean = part.reduce(0, +) / Double(part.count)
                return part.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            }
            var best = Double.infinity
            for i in 1..<11 { for j in (i + 1)..<12 {
                best = min(best, ssd(values[..<i]) + ssd(values[i..<j]) + ssd(values[j...]))
            } }
            let result = Classification(values: values, method: .naturalBreaks, classes: 3)
            guard result.classCount == 3 else { continue }  // ties collapsed
            // Rebuild the classes as mapclassify would (upper bounds inclusive).
            let b1 = result.edges[1], b2 = result.edges[2]
            let got = ssd(values.filter { $0 <= b1 }[...]) + ssd(values.filter { $0 > b1 && $0 <= b2 }[...])
                + ssd(values.filter { $0 > b2 }[...])
            XCTAssertEqual(got, best, accuracy: 1e-9, "\(values)")
        }
    }

    func testFisherJenksMatchesPlainDynamicProgram() {
        // The divide-and-conquer speed-up must find the same optimum as the
        // plain O(k·n²) program on larger inputs.
        var rng = SplitMix(seed: 99)
        for k in [3, 5, 7] {
            let values = (0..<300).map { _ in Double(rng.next() % 100_000) / 100 }.sorted()
            let n = values.count
            var p1 = [0.0], p2 = [0.0]
            for v in values { p1.append(p1.last! + v); p2.append(p2.last! + v * v) }
            func cost(_ i: Int, _ j: Int) -> Double {  // values[i..<j]
                let s = p1[j] - p1[i]
                return p2[j] - p2[i] - s * s / Double(j - i)
            }
            var best = (0...n).map { $0 == 0 ? 0 : cost(0, $0) }
            for c in 2...k {
                var next = [Double](repeating: .infinity, count: n + 1)
                for j in c...n { for i in (c - 1)..<j { next[j] = min(next[j], best[i] + cost(i, j)) } }
                best = next
            }
            let result = Classification(values: values, method: .naturalBreaks, classes: k)
            var total = 0.0
            var start = 0
            for b in result.edges.dropFirst().dropLast() {
                let end = values.lastIndex { $0 <= b }! + 1  // mapclassify's upper-inclusive bins
                total += cost(start, end); start = end
            }
            total += cost(start, n)
            XCTAssertEqual(total, best[n], accuracy: 1e-6 * best[n], "k=\(k)")
        }
    }

    func testDuplicatesAreReported() {
        let q = Classification(values: Self.b, method: .quantile, classes: 5)
        XCTAssertEqual(q.requestedClasses, 5)
        XCTAssertEqual(q.classCount, 4)
        XCTAssertEqual(q.reduction, .duplicateEdges)
        XCTAssertEqual(q.note, "4 of 5 classes: equal values made duplicate breaks")
        XCTAssertEqual(q.counts, [8, 2, 6, 4])  // [1,1.6) [1.6,3) [3,14.6) [14.6,89]
        let j = Classification(values: Self.d, method: .naturalBreaks, classes: 3)
        XCTAssertEqual(j.edges, [4, 9])
        XCTAssertEqual(j.counts, [20])
        XCTAssertEqual(j.reduction, .duplicateEdges)
    }

    func testEdgeCases() {
        let none = Classification(values: [nil, .nan], method: .quantile, classes: 5)
        XCTAssertTrue(none.isEmpty)
        XCTAssertEqual(none.classCount, 0)
        XCTAssertEqual(none.noDataCount, 2)
        XCTAssertEqual(none.reduction, .noValues)
        XCTAssertNil(none.classIndex(of: 1))

        let same = Classification(values: [2.5, 2.5, nil, 2.5], method: .naturalBreaks, classes: 5)
        XCTAssertEqual(same.edges, [2.5, 2.5])
        XCTAssertEqual(same.classCount, 1)
        XCTAssertEqual(same.counts, [3])
        XCTAssertEqual(same.noDataCount, 1)
        XCTAssertEqual(same.reduction, .allValuesEqual)
        XCTAssertEqual(same.classIndex(of: 2.5), 0)

        XCTAssertEqual(Classification(values: Self.a, method: .quantile, classes: 12).requestedClasses, 7)
        XCTAssertEqual(Classification(values: Self.a, method: .quantile, classes: 1).classCount, 3)
        XCTAssertNil(Classification(values: Self.a, method: .quantile, classes: 5).reduction)
    }

    func testBoundaryValuesBelongToTheUpperClass() {
        let e = Classification(values: [0, 10, 20, 30, nil], method: .equalInterval, classes: 3)
        XCTAssertEqual(e.edges, [0, 10, 20, 30])
        XCTAssertEqual(e.classIndex(of: 0), 0)
        XCTAssertEqual(e.classIndex(of: 9.999), 0)
        XCTAssertEqual(e.classIndex(of: 10), 1, "start <= v < end")
        XCTAssertEqual(e.classIndex(of: 20), 2)
        XCTAssertEqual(e.classIndex(of: 30), 2, "the last class is closed")
        XCTAssertNil(e.classIndex(of: 30.1))
        XCTAssertNil(e.classIndex(of: -1))
        XCTAssertNil(e.classIndex(of: nil))
        XCTAssertEqual(e.counts, [1, 1, 2])
        XCTAssertEqual(e.noDataCount, 1)
    }

    func testJenksScalesToAllTambons() {
        var rng = SplitMix(seed: 3)
        let values = (0..<7_425).map { _ in Double(rng.next() % 100_000) / 1000 }
        let result = Classification(values: values, method: .naturalBreaks, classes: 7)
        XCTAssertEqual(result.classCount, 7)
        XCTAssertEqual(result.valueCount, 7_425)
    }
}
