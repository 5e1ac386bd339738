import EcosystemStore

/// libFuzzer's entry point: any bytes must be refused with a BundleError or
/// accepted, never crash, hang or allocate without bound.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? BundleCheck.validate(bytes)
    return 0
}
