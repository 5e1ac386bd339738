import EcosystemStore

/// One edit that `u` can undo: what it was, and the inverse edits.
struct UndoEntry: Equatable {
    var label: String
    var edits: [InverseEdit]
}
