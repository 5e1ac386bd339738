/// Rules that a new schema version brings for data already stored, applied
/// once after the store opens because they need its parts (SQL in a
/// migration cannot stamp edits or fold records). Each is an ordinary
/// stamped edit, in one transaction with the removal of the request.
extension StoreContext {
    /// Schema 5 (`SchemaV5`): laptop names, vulnerable-group count ids, and
    /// the values of contacts made public before the privacy rule.
    func repairSyncRulesIfAsked() throws {
        guard try meta("repair_sync_rules") != nil else { return }
        try db.transaction {
            // Another connection that opened at the same moment may have done it.
            guard try meta("repair_sync_rules") != nil else { return }
            try laptop.renameIfHostDefault()
            try records.republishAllPrivateTimeValues()
            try records.foldVulnerableAliases()
            try db.run("DELETE FROM meta WHERE key = 'repair_sync_rules'")
        }
    }
}
