import EcosystemStore

/// A short menu: what to add here, which item to edit or delete, which
/// duplicate to merge into the selected element.
struct Chooser: Equatable {
    enum Choice: Equatable {
        case add(RecordType, fixed: [String: String], preset: [String: String], subject: String?)
        case edit(String)
        case delete(String, label: String)
        case merge(keep: String, drop: String, label: String)
    }
    struct Item: Equatable {
        var label: String
        var choice: Choice
    }
    var title: String
    var items: [Item]
    var cursor = 0
}

/// A question that needs y or n (a delete, a merge, replacing a file).
struct Confirmation: Equatable {
    enum Act: Equatable { case delete(String), merge(keep: String, drop: String), replaceFile(Prompt.Purpose, path: String) }
    var question: String
    var act: Act
}

/// The needs and offers view (`m`): needs in the selected area, each with
/// offers of its category nearby; the cursor is on one (need, offer) pair.
struct NeedsView: Equatable {
    var area: String
    var matches: [NeedOfferMatch] = []
    var loaded = false
    var cursor = 0
    var scroll = 0

    /// Every (need, offer) pair in display order.
    var pairs: [(match: Int, offer: Int)] {
        matches.enumerated().flatMap { m, match in match.offers.indices.map { (m, $0) } }
    }
}

/// One edit that `u` can undo: what it was, and the inverse edits.
struct UndoEntry: Equatable {
    var label: String
    var edits: [InverseEdit]
}
