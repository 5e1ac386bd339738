/// What `tisep --version` says about the build beyond the version number.
///
/// The committed value is for a build from source. `scripts/package` writes
/// the release's commit into this file for its release build only and puts
/// the committed file back afterwards (docs/release.md), so the committed
/// tree never carries a commit id and no build plugin is needed.
enum BuildInfo {
    static let commit = "unknown (built from source)"
}
