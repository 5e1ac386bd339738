import Foundation

/// Turns one line into header, area, record or trailer values, refusing
/// anything a tisep writer would not have written.
enum BundleParse {
    static func object(_ line: [UInt8], keysOnce: Bool = true) throws -> [String: Any] {
        // JSONSerialization's own message says nothing a coordinator can act on.
        guard line.first == UInt8(ascii: "{"),
              let parsed = try? JSONSerialization.jsonObject(with: Data(line)),
              let object = parsed as? [String: Any] else {
            throw BundleError("not a JSON object")
        }
        // The parser keeps one of two equal keys; tisep never writes two.
        if keysOnce, let key = JSONKeys.firstDuplicate(in: line) {
            throw BundleError("a JSON object has the key '\(key.prefix(40))' twice: not written by tisep; ask for the bundle again")
        }
        return object
    }

    /// Checks what the first line is before anything else, so that a newer
    /// bundle or a file of another kind gets the message that fits it.
    static func header(_ line: [UInt8]) throws -> BundleHeader {
        if line.starts(with: Array("SQLite format 3".utf8)) {
            throw BundleError("it is an SQLite database, not a bundle (a database is copied with 'tisep backup' and shared with 'tisep export')")
        }
        // Whatever is wrong with it, a first line that is no JSON object is not a bundle.
        // (A key written twice is refused later, naming line 1.)
        guard let object = try? object(line, keysOnce: false) else {
            throw BundleError("not a tisep bundle (it does not start with a bundle header)")
        }
        guard object["format"] as? String == BundleFormat.name else {
            throw BundleError("it is a JSON file but not a tisep bundle")
        }
        guard let version = int(object["version"]), version >= 1 else {
            throw BundleError("the bundle header has no valid format version")
        }
        if version > BundleFormat.version {
            throw BundleError.newerFormat(version)
        }
        var header = BundleHeader(schema: 0, replica: nil, replicaName: "", created: "", areas: nil, since: nil,
                                  counts: [:], privateLeftOut: 0, replicas: [:])
        header.version = version
        return header
    }

    static let headerKeys: Set<String> = ["format", "version", "schema", "replica", "replica_name", "created", "areas",
                                          "since", "counts", "private_left_out", "replicas"]

    /// Reads the header's fields into `h`; returns the laptop names that
    /// break the rule (held back, not remembered).
    static func headerFields(_ line: [UInt8], into h: inout BundleHeader) throws -> [HeldBackValue] {
        let o = try object(line)
        try onlyKeys(o, headerKeys, "the header")
        guard let schema = int(o["schema"]), schema >= 1 else {
            throw BundleError("the header's schema is \(shown(o["schema"])), not a schema version (1 to \(Store.schemaVersion)): not written by tisep")
        }
        if schema > Store.schemaVersion {
            throw BundleError("made by a newer tisep (schema \(schema)); this one knows up to schema \(Store.schemaVersion); please update")
        }
        h.schema = schema
        h.replica = try optionalString(o, "replica")
        if let r = h.replica, !Validate.isReplicaID(r) { throw BundleError("the header's replica id '\(r.prefix(40))' is malformed (16 letters and digits)") }
        guard let name = o["replica_name"] as? String, let created = o["created"] as? String else {
            throw BundleError("the header lacks replica_name or created")
        }
        guard ISODateTime.isValid(created) else {
            throw BundleError("the header's created '\(created.prefix(40))' is not a date and time (YYYY-MM-DDThh:mm:ssZ): not written by tisep")
        }
        h.replicaName = name
        h.created = created
        if let areas = o["areas"], !(areas is NSNull) {
            guard let list = areas as? [Any] else { throw BundleError("the header's areas are not a list") }
            h.areas = try list.map { item in
                guard let code = item as? String, Validate.isAreaCode(code) else { throw BundleError("the header names a malformed area code") }
                return code
            }
        }
        h.since = try optionalString(o, "since")
        if let since = h.since, !Validate.isBundleID(since) {
            throw BundleError("the header's since '\(since.prefix(70))' is not a bundle id (the 64 hex digits of a bundle's checksum): not written by tisep")
        }
        guard let counts = o["counts"] as? [String: Any] else { throw BundleError("the header has no record counts") }
        for (key, value) in counts {
            guard key == "areas" || RecordType(rawValue: key) != nil else {
                throw BundleError("the header counts '\(key.prefix(40))', which is neither areas nor a record type (made by a newer tisep? please update)")
            }
            guard let n = int(value), n >= 0 else {
                throw BundleError("the header's count of \(key) is \(shown(value)): a count is a whole number, 0 or more; not written by tisep")
            }
            h.counts[key] = n
        }
        guard o["private_left_out"] != nil else { throw BundleError("the header lacks private_left_out") }
        guard let left = int(o["private_left_out"]), left >= 0 else {
            throw BundleError("the header's private_left_out is \(shown(o["private_left_out"])): it must be a whole number, 0 or more; not written by tisep")
        }
        h.privateLeftOut = left
        guard let replicas = o["replicas"] as? [String: Any] else { throw BundleError("the header lacks the laptop names") }
        var faults: [HeldBackValue] = []
        func laptopName(_ id: String, _ name: String) -> Bool {
            guard let reason = TextRule.laptopName.problem(name) else { return true }
            faults.append(HeldBackValue(kind: "laptop", id: id, field: "name", stamp: "", value: name, reason: reason))
            return false
        }
        for (id, name) in replicas.sorted(by: { $0.key < $1.key }) {
            guard Validate.isReplicaID(id), let name = name as? String else { throw BundleError("the header's laptop names are malformed") }
            if laptopName(id, name) { h.replicas[id] = name }
        }
        if let r = h.replica, h.replicas[r] == nil, replicas[r] == nil { _ = laptopName(r, name) }
        return faults
    }

    /// A JSON value as a message shows it.
    private static func shown(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "missing" }
        if let s = value as? String { return "\"\(s.prefix(40))\"" }
        return "\(value)".prefix(40).description
    }

    static let areaKeys: Set<String> = ["area", "level", "parent", "name_th", "name_en", "lat", "lon", "postal_code"]

    /// An area line as written, with the fields that break the rule
    /// (`Area.problems`). Its code, level and parent are its structure.
    static func area(_ o: [String: Any]) throws -> (Area, [HeldBackValue]) {
        try onlyKeys(o, areaKeys, "an area line")
        guard let code = o["area"] as? String, Validate.isAreaCode(code) else { throw BundleError("malformed area code") }
        guard let levelNumber = int(o["level"]), let level = AreaLevel(rawValue: levelNumber), levelNumber == code.count / 2 else {
            throw BundleError("area \(code) has a wrong level")
        }
        let parent = try optionalString(o, "parent")
        guard parent == AreaCode.parent(of: code) else { throw BundleError("area \(code) has a wrong parent") }
        guard let nameTH = o["name_th"] as? String, let nameEN = o["name_en"] as? String else {
            throw BundleError("area \(code) has no names")
        }
        let lat = try coordinate(o["lat"], code)
        let lon = try coordinate(o["lon"], code)
        let postal = try optionalString(o, "postal_code")
        let area = Area(code: code, level: level, parent: parent, nameTH: nameTH, nameEN: nameEN, lat: lat, lon: lon, postalCode: postal)
        let faults = area.problems().map {
            HeldBackValue(kind: "area", id: code, field: $0.field, stamp: "", value: Store.Areas.shown(area, $0.field), reason: $0.reason)
        }
        return (area, faults)
    }

    static let recordKeys: Set<String> = ["type", "id", "stamp", "fields"]

    private static let stampForm = "a stamp is 13 digits, a dot, 5 digits, a dot and a laptop's 16-character id, nothing more"

    /// A record line of a bundle of format `format`. A field added in a
    /// later format (`FieldSpec.sinceBundleFormat`) is absent from an older
    /// bundle and reads as empty, stamped with the record's creation (what
    /// the migration gave the same record in a database); in a bundle of its
    /// format or newer it must be there. A field added by a schema within
    /// format 1 (`sinceSchema`) may be absent from any bundle.
    static func record(_ o: [String: Any], format: Int = BundleFormat.version) throws -> BundleRecord {
        try onlyKeys(o, recordKeys, "a record line")
        guard let typeName = o["type"] as? String else { throw BundleError("a line that is neither an area nor a record") }
        guard let type = RecordType(rawValue: typeName) else {
            throw BundleError("unknown record type '\(typeName)' (made by a newer tisep? please update)")
        }
        guard let id = o["id"] as? String, Validate.isRecordID(id) else { throw BundleError("a \(typeName) record with a malformed id") }
        guard let base = o["stamp"] as? String, Validate.isStamp(base) else {
            try FutureStamp.check(o["stamp"])
            throw BundleError("record \(id) has a malformed stamp \(shown(o["stamp"])) (\(stampForm))")
        }
        guard let fieldObject = o["fields"] as? [String: Any] else { throw BundleError("record \(id) has no fields") }
        var fields: [String: [BundleVersion]] = [:]
        var absent = 0
        var faults: [HeldBackValue] = []
        for spec in type.storedFields {
            guard let raw = fieldObject[spec.name] else {
                // A field added after the bundle's tisep: the record has
                // its default, as it has in a database migrated since.
                let laterFormat = spec.sinceBundleFormat > format
                let laterSchemaSameFormat = spec.sinceBundleFormat == 1 && spec.sinceSchema > 1
                if laterFormat || laterSchemaSameFormat {
                    fields[spec.name] = [BundleVersion(stamp: base, value: nil)]
                    absent += 1
                    continue
                }
                throw BundleError("record \(id) lacks field \(spec.name)")
            }
            guard let list = raw as? [Any], !list.isEmpty else { throw BundleError("record \(id): field \(spec.name) has no values") }
            var versions: [BundleVersion] = []
            for item in list {
                guard let pair = item as? [Any], pair.count == 2, let stamp = pair[0] as? String, Validate.isStamp(stamp),
                      stamp >= base else {
                    try FutureStamp.check((item as? [Any])?.first)
                    if let stamp = (item as? [Any])?.first as? String, Validate.isStamp(stamp) {
                        throw BundleError("record \(id): field \(spec.name) has a value stamped before the record was made")
                    }
                    throw BundleError("record \(id): field \(spec.name) has a malformed stamp \(shown((item as? [Any])?.first)) (\(stampForm))")
                }
                if let last = versions.last, !(stamp < last.stamp) {
                    throw BundleError("record \(id): field \(spec.name) has values out of order or repeated")
                }
                var value: String?
                if !(pair[1] is NSNull) {
                    guard let text = pair[1] as? String else { throw BundleError("record \(id): field \(spec.name) has a value that is not text") }
                    if let reason = spec.check(text) {
                        faults.append(HeldBackValue(kind: typeName, id: id, field: spec.name, stamp: stamp, value: text, reason: reason))
                    }
                    value = text
                }
                versions.append(BundleVersion(stamp: stamp, value: value))
            }
            if versions[0].value == nil && (spec.required || spec.kind == .bool) {
                throw BundleError("record \(id): field \(spec.name) is required")
            }
            fields[spec.name] = versions
        }
        if fieldObject.count != fields.count - absent {
            let unknown = fieldObject.keys.filter { type.storedFields.map(\.name).contains($0) == false }.sorted()
            throw BundleError("record \(id): \(typeName) has no field \(unknown.first ?? "?") (made by a newer tisep? please update)")
        }
        var record = BundleRecord(type: type, id: id, stamp: base, fields: fields)
        record.faults = faults
        return record
    }

    static func trailer(_ line: [UInt8]) throws -> (lines: Int, sha256: String) {
        let o = try object(line)
        try onlyKeys(o, ["end", "lines", "sha256"], "the end line")
        guard o["end"] as? String == BundleFormat.name, let n = int(o["lines"]), let sha = o["sha256"] as? String else {
            throw BundleError("malformed end line")
        }
        return (n, sha)
    }

    // MARK: helpers

    /// A JSON integer. On Linux `true` bridges to 1 and 1 to `true`, so
    /// booleans are told apart by their class, not by casting.
    static func int(_ value: Any?) -> Int? {
        guard let value, isNumber(value) else { return nil }
        return value as? Int
    }

    static func isNumber(_ value: Any) -> Bool {
        ObjectIdentifier(type(of: value)) == ObjectIdentifier(NSNumber.self)
    }

    private static func optionalString(_ o: [String: Any], _ key: String) throws -> String? {
        guard let v = o[key], !(v is NSNull) else { return nil }
        guard let s = v as? String else { throw BundleError("\(key) is not text") }
        return s
    }

    /// A centroid's coordinate: a JSON number or null (whether it lies in
    /// Thailand is the rule's business, `Area.problems`).
    private static func coordinate(_ value: Any?, _ code: String) throws -> Double? {
        guard let value, !(value is NSNull) else { return nil }
        guard isNumber(value), let d = value as? Double else {
            throw BundleError("area \(code) has a coordinate that is not a number")
        }
        return d
    }

    private static func onlyKeys(_ o: [String: Any], _ allowed: Set<String>, _ what: String) throws {
        if let extra = o.keys.first(where: { !allowed.contains($0) }) {
            throw BundleError("\(what) has an unknown key '\(extra.prefix(40))' (made by a newer tisep? please update)")
        }
    }
}

/// A stamp whose wall time no longer fits 13 digits (after the year 2286):
/// written by a laptop whose clock is far ahead, typically one set to the
/// Buddhist-era year as if it were the Christian one.
struct FutureStamp: Error {
    let replica: String
    let wallMillis: Int64

    static func check(_ value: Any?) throws {
        guard let text = value as? String else { return }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count > 13, parts[0].count < 19, let wall = Int64(parts[0]),
              Validate.isReplicaID(String(parts[2])) else { return }
        throw FutureStamp(replica: String(parts[2]), wallMillis: wall)
    }
}
