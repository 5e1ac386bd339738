extension Store {
    /// Sync between laptops by file: a bundle of records (every value each
    /// field has had, with its stamp) written by `exportBundle`
    /// (`BundleExport.swift`) and merged by `importBundle` (`BundleImport.swift`:
    /// `BundleReader` checks each line, `BundleApplier` writes it through
    /// `records`), and the digest that shows two laptops hold the same
    /// content (`ContentDigest.swift`). Bundles are checked or merged
    /// without a database by `BundleCheck` and `BundleMerge`.
    ///
    /// ```swift
    /// try store.sync.exportBundle(to: "/media/usb/chiang-kham.tisep", options: BundleExportOptions(area: "5603"))
    /// let summary = try store.sync.importBundle(at: "/media/usb/from-phayao.tisep")
    /// ```
    public struct Sync: StorePart {
        let context: StoreContext
    }
}
