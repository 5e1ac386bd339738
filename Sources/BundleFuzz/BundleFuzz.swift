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

/// libFuzzer's entry point: any bytes must be refused with a BundleError or
/// accepted, never crash, hang or allocate without bound. When imported,
/// nothing that breaks the acceptance rule may end up stored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let valid = (try? BundleCheck.validate(bytes, now: .distantFuture)) != nil
    if let target = importTarget {
        FileManager.default.createFile(atPath: target.file, contents: Data(bytes))
        let imported = (try? target.store.sync.importBundle(at: target.file, options: BundleImportOptions(now: .distantFuture))) != nil
        if imported != valid { fatalError("the reader and the import disagree on an input") }
        if imported, let problems = try? target.store.records.ruleProblems().filter(\.current), !problems.isEmpty {
            fatalError("an import stored a value that breaks the rule: \(problems[0])")
        }
    }
    return 0
}
