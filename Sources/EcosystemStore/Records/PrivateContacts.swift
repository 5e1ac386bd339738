/// A contact made public: its values of that moment travel, stamped anew;
/// what it had while private stays here (the rule: `PrivateHistory`).
extension Store.Records {
    /// Stamps anew — value unchanged, the old version kept in this laptop's
    /// history — every current value of the public contact `id` that was
    /// set while it was private, with `stamp` (the edit that made it public)
    /// or a fresh stamp of this laptop. Returns the fields stamped.
    @discardableResult
    func republishPrivateTimeValues(ofContact id: String, stamp given: Stamp? = nil) throws -> [String] {
        let fields = PrivateHistory.fieldsToRepublish(try sync.bundleRecord(.contact, id: id))
        guard !fields.isEmpty else { return [] }
        let stamp = try given ?? context.nextStamp()
        let state = try currentFieldState(.contact, id: id)
        for name in fields {
            guard let current = state[name], current.stamp != stamp.description else { continue }
            try db.run("INSERT OR IGNORE INTO history(record_id, field, stamp, value) VALUES (?, ?, ?, ?)",
                       [id, name, current.stamp, current.value])
            try db.run("INSERT INTO field_stamps(record_id, field, stamp) VALUES (?, ?, ?) ON CONFLICT(record_id, field) DO UPDATE SET stamp = excluded.stamp",
                       [id, name, stamp.description])
        }
        return fields
    }

    /// Contacts that are or have been private here: the only ones the rule
    /// can concern.
    func contactsEverPrivate() throws -> Set<String> {
        Set(try db.query("""
            SELECT id FROM contacts WHERE private = 1
            UNION SELECT h.record_id FROM history h JOIN contacts c ON c.id = h.record_id WHERE h.field = 'private' AND h.value = '1'
            """, [], { $0.text(0) }))
    }

    /// Schema 5's repair: contacts made public by older versions, whose
    /// values of their private time would otherwise stay behind.
    func republishAllPrivateTimeValues() throws {
        for id in try contactsEverPrivate().sorted() { try republishPrivateTimeValues(ofContact: id) }
    }
}
