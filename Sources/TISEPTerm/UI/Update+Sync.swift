import EcosystemStore

/// The sync review (`V`) and the status line's sync facts: opening the
/// review, asking for the facts again every few seconds, and what the
/// store answered to a restore, a review, a rename. Pure, like the rest of
/// `Update`.
extension Update {
    /// Ticks between two looks at the laptop's name and the conflicts to
    /// review: about 5 s of an idle loop (a tick per 100 ms without keys;
    /// typing ticks once per burst of keys).
    static let syncCheckTicks = 50

    static func openSyncReview(_ state: inout AppState) -> [Effect] {
        state.overlay = .syncReview(SyncReview())
        return [.loadSyncReview]
    }

    /// Every `syncCheckTicks` ticks, the status line's facts again: an
    /// import run on the command line beside the interface may have brought
    /// conflicts, `tisep laptop NAME` may have renamed the laptop. The answer
    /// draws a frame only when something changed (`mayChangeScreen`).
    static func syncCheckIfDue(_ state: inout AppState) -> [Effect] {
        state.ticksToSyncCheck -= 1
        guard state.ticksToSyncCheck <= 0 else { return [] }
        state.ticksToSyncCheck = syncCheckTicks
        return [.loadSyncFacts]
    }

    static func syncAnswer(_ state: inout AppState, _ msg: Msg) -> [Effect] {
        let t = state.texts
        switch msg {
        case let .syncFactsLoaded(facts):
            state.sync = facts
            return []
        case let .syncReviewLoaded(data):
            state.sync = data.facts
            guard var review = state.syncReview else { return [] }
            review.data = data
            review.cursor = min(review.cursor, max(0, review.count - 1))
            state.overlay = .syncReview(review)
            return []
        case let .conflictRestored(conflict, undo):
            let what = SyncText.subject(conflict, t)
            if undo.isEmpty {
                state.status = t("ค่าที่แพ้ใช้อยู่แล้ว: ", "the losing value is already there: ") + what
            } else {
                state.undoStack.append(UndoEntry(label: t("ใช้ค่าที่แพ้ ", "restore ") + what, edits: undo))
                let value = SyncText.value(conflict.loser.value, field: conflict.field, type: conflict.type, t, limit: 40)
                state.status = t("ใช้ค่าที่แพ้แล้ว: \(what) = \(value) · u ย้อน", "restored the losing value: \(what) = \(value) · u undoes")
            }
            return [reload(state), .loadSyncReview]
        case let .conflictReviewed(conflict):
            state.status = t("คงค่าที่ชนะแล้ว: ", "kept the winning value: ") + SyncText.subject(conflict, t)
            return [.loadSyncReview]
        case let .laptopRenamed(name):
            state.sync.laptopName = name
            if var review = state.syncReview {
                review.renaming = nil
                review.renameProblem = nil
                review.data?.facts.laptopName = name
                state.overlay = .syncReview(review)
            }
            state.status = t("ตั้งชื่อเครื่องนี้แล้ว: ", "this laptop is now named ") + name
            return []
        case let .laptopNameRefused(reason):
            if var review = state.syncReview {
                review.renameProblem = reason.text(thai: state.thai)
                state.overlay = .syncReview(review)
            }
            return []
        case let .writerWaiting(waiting):
            state.writerWaiting = waiting
            return []
        default:
            return []
        }
    }
}
