import Foundation
import EcosystemStore

/// With `TISEP_FUZZ_IMPORT=1` every input is also imported into one
/// in-memory database (through a file, as `tisep import` reads it), so the
/// applier and the holding back of bad values are fuzzed too.
nonisolated(unsafe) private var importTarget: (store: Store, file: String)? = {
    guard ProcessInfo.processInfo.environment["TISEP_FUZZ_IMPORT"] != nil,
          let store = try? Store(path: ":memory:", create: true) else { return nil }
    return (store, NSTemporaryDirectory() + "bundle-fuzz-\(getpid()).tisep")
}()

/// With `TISEP_FUZZ_RESEAL=1` each input gets a correct end line (the
/// lines before its last `{"end":` line, counted and hashed again), so
/// mutations reach the checks behind the checksum instead of all being
/// refused as damaged files.
private let reseal = ProcessInfo.processInfo.environment["TISEP_FUZZ_RESEAL"] != nil

private func resealed(_ bytes: [UInt8]) -> [UInt8] {
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    if lines.last?.isEmpty == true { lines.removeLast() }
    if let end = lines.lastIndex(where: { $0.starts(with: Array("{\"end\":".utf8)) }) { lines.removeSubrange(end...) }
    var body: [UInt8] = []
    for line in lines { body += line + [UInt8(ascii: "\n")] }
    var hasher = SHA256()
    hasher.update(body)
    return body + Array("{\"end\":\"tisep-bundle\",\"lines\":\(lines.count),\"sha256\":\"\(hasher.finalizeHex())\"}\n".utf8)
}

/// libFuzzer's entry point: any bytes must be refused with a BundleError or
/// accepted, never crash, hang or allocate without bound. When imported,
/// the import must agree with the reader, and nothing that breaks the
/// acceptance rule may end up stored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if reseal { bytes = resealed(bytes) }
    let valid = (try? BundleCheck.validate(bytes, now: .distantFuture)) != nil
    if let target = importTarget {
        guard FileManager.default.createFile(atPath: target.file, contents: Data(bytes)) else { fatalError("cannot write \(target.file)") }
        let imported = (try? target.store.sync.importBundle(at: target.file, options: BundleImportOptions(now: .distantFuture))) != nil
        if imported != valid { fatalError("the reader and the import disagree on an input") }
        if imported, let problems = try? target.store.records.ruleProblems().filter(\.current), !problems.isEmpty {
            fatalError("an import stored a value that breaks the rule: \(problems[0])")
        }
    }
    return 0
}
