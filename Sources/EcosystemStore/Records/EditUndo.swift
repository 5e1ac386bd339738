/// Undo through the store: an inverse edit is itself a new stamped edit
/// (`create` is undone by `delete`, `delete` by `restore`, an update by
/// setting the previous values again), so an undo syncs like any edit and
/// the undone values stay in `history`.
public enum InverseEdit: Sendable, Equatable {
    case delete(String)
    case restore(String)
    /// Set these fields back; "" clears a field.
    case set(String, [String: String])
}

extension Store.Records {
    /// Creates a record and returns its id with the edit that undoes it.
    public func createUndoable(_ type: RecordType, _ input: [String: String]) throws -> (id: String, undo: [InverseEdit]) {
        if type == .vulnerable { return try setVulnerableCount(input) }
        let id = try create(type, input)
        return (id, [.delete(id)])
    }

    /// Updates a record; returns the changed fields and the edit restoring
    /// their previous values (empty when nothing changed).
    public func updateUndoable(_ id: String, _ input: [String: String]) throws -> (changed: [String], undo: [InverseEdit]) {
        guard let before = try record(id) else { throw StoreError.unknownRecord(id) }
        let changed = try update(id, input)
        guard !changed.isEmpty else { return ([], []) }
        var previous: [String: String] = [:]
        for name in changed { previous[name] = before[name] ?? "" }
        return (changed, [.set(id, previous)])
    }

    /// Deletes a record (a tombstone); the undo restores it.
    public func deleteUndoable(_ id: String) throws -> [InverseEdit] {
        guard let before = try record(id) else { throw StoreError.unknownRecord(id) }
        if before.deleted { return [] }
        try delete(id)
        return [.restore(id)]
    }

    /// Applies inverse edits in order, in one transaction.
    public func apply(_ edits: [InverseEdit]) throws {
        try db.transaction {
            for edit in edits {
                switch edit {
                case let .delete(id): try delete(id)
                case let .restore(id): try restore(id)
                case let .set(id, values): try update(id, values)
                }
            }
        }
    }
}
