import Foundation

extension Store {
    /// This laptop: its replica id (in every stamp it makes), the name
    /// coordinators gave it, the names of the laptops whose bundles were
    /// merged here, and its local settings (`meta`, never synced).
    ///
    /// ```swift
    /// try store.laptop.setName("โน้ตบุ๊กอำเภอเชียงคำ")
    /// print(store.laptop.id, try store.laptop.name())
    /// ```
    public struct Laptop: StorePart {
        let context: StoreContext

        /// This database's replica id: 16 hex digits, the last part of every stamp made here.
        public var id: String { context.replicaID }

        /// The name coordinators gave this laptop (shown in history and in
        /// the conflicts of an import; `user@host-3fa2` until they choose
        /// one, see `defaultName`). It travels in every bundle's header.
        public func name() throws -> String {
            try context.meta("replica_name") ?? context.replicaID
        }

        public func setName(_ name: String) throws {
            let trimmed = TextRule.laptopName.normalize(name)
            guard !trimmed.isEmpty else {
                throw StoreError.invalidValue(field: "laptop name", value: name, reason: ValidationReason("give 1 to 60 characters on one line", thai: "ใส่ 1 ถึง 60 ตัวอักษรในบรรทัดเดียว"))
            }
            // The rule every laptop applies to the names in bundle headers.
            if let reason = TextRule.laptopName.problem(trimmed) {
                throw StoreError.invalidValue(field: "laptop name", value: name, reason: reason)
            }
            try context.setMeta("replica_name", trimmed)
        }

        /// Names of laptops by replica id, this one's included, for history and the detail pane.
        public func names() throws -> [String: String] {
            var names: [String: String] = [:]
            for (k, v) in try db.query("SELECT key, value FROM meta WHERE key LIKE 'replica_name:%'", [], { ($0.text(0), $0.text(1)) }) {
                names[String(k.dropFirst("replica_name:".count))] = v
            }
            names[context.replicaID] = try name()
            return names
        }

        /// A local setting (`ui_lang`, `dataset`, `poverty_line`, …), or nil.
        public func meta(_ key: String) throws -> String? {
            try context.meta(key)
        }

        public func setMeta(_ key: String, _ value: String) throws {
            try context.setMeta(key, value)
        }

        /// Whether the data set came from the embedded demo generator (some
        /// live element is marked demo): screens and briefs say so.
        public func isDemoDataSet() throws -> Bool {
            try db.scalarInt("SELECT EXISTS (SELECT 1 FROM entities WHERE demo = 1 AND deleted = 0)") > 0
        }

        /// A fresh stamp from this laptop's clock, for bulk loaders that
        /// stamp many records alike; saved with the caller's transaction.
        package func nextStamp() throws -> Stamp {
            try context.nextStamp()
        }
    }
}
