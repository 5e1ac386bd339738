import Foundation

/// Turns one line into header, area, record or trailer values, refusing
/// anything a tisep writer would not have written.
enum BundleParse {
    static func object(_ line: [UInt8]) throws -> [String: Any] {
        // JSONSerialization's own message says nothing a coordinator can act on.
        guard line.first == UInt8(ascii: "{"),
              let parsed = try? JSONSerialization.jsonObject(with: Data(line)),
              let object = parsed as? [String: Any] else {
            throw BundleError("not a JSON object")
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
        guard let object = try? object(line) else {
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

    static func headerFields(_ line: [UInt8], into h: inout BundleHeader) throws {
        let o = try object(line)
        try onlyKeys(o, headerKeys, "the header")
        guard let schema = int(o["schema"]), schema >= 1 else { throw BundleError("the header has no schema version") }
        h.schema = schema
        h.replica = try optionalString(o, "replica")
        if let r = h.replica, !Validate.isReplicaID(r) { throw BundleError("the header's replica id is malformed") }
        guard let name = o["replica_name"] as? String, let created = o["created"] as? String else {
            throw BundleError("the header lacks replica_name or created")
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
        guard let counts = o["counts"] as? [String: Any] else { throw BundleError("the header has no record counts") }
        for (key, value) in counts {
            guard key == "areas" || RecordType(rawValue: key) != nil, let n = int(value), n >= 0 else {
                throw BundleError("the header counts something unknown: \(key)")
            }
            h.counts[key] = n
        }
        guard let left = int(o["private_left_out"]), left >= 0 else { throw BundleError("the header lacks private_left_out") }
        h.privateLeftOut = left
        guard let replicas = o["replicas"] as? [String: Any] else { throw BundleError("the header lacks the laptop names") }
        for (id, name) in replicas {
            guard Validate.isReplicaID(id), let name = name as? String else { throw BundleError("the header's laptop names are malformed") }
            h.replicas[id] = name
        }
    }

    static let areaKeys: Set<String> = ["area", "level", "parent", "name_th", "name_en", "lat", "lon", "postal_code"]

    static func area(_ o: [String: Any]) throws -> Area {
        try onlyKeys(o, areaKeys, "an area line")
        guard let code = o["area"] as? String, Validate.isAreaCode(code) else { throw BundleError("malformed area code") }
        guard let levelNumber = int(o["level"]), let level = AreaLevel(rawValue: levelNumber), levelNumber == code.count / 2 else {
            throw BundleError("area \(code) has a wrong level")
        }
        let parent = try optionalString(o, "parent")
        guard parent == AreaCode.parent(of: code) else { throw BundleError("area \(code) has a wrong parent") }
        guard let nameTH = o["name_th"] as? String, !nameTH.isEmpty, let nameEN = o["name_en"] as? String,
              Validate.isPlainText(nameTH), Validate.isPlainText(nameEN) else {
            throw BundleError("area \(code) has no usable names")
        }
        let lat = try coordinate(o["lat"], range: -90...90, code)
        let lon = try coordinate(o["lon"], range: -180...180, code)
        let postal = try optionalString(o, "postal_code")
        if let postal, postal.isEmpty || postal.count > 10 || !postal.allSatisfy(\.isASCII) || !postal.allSatisfy(\.isNumber) {
            throw BundleError("area \(code) has a malformed postal code")
        }
        return Area(code: code, level: level, parent: parent, nameTH: nameTH, nameEN: nameEN, lat: lat, lon: lon, postalCode: postal)
    }

    static let recordKeys: Set<String> = ["type", "id", "stamp", "fields"]

    /// A record line of a bundle of format `format`: a field added in a
    /// later format (`FieldSpec.sinceBundleFormat`) is absent from an older
    /// bundle and reads as empty, stamped with the record's creation (what
    /// the migration gave the same record in a database); in a bundle of its
    /// format or newer, every field must be there.
    static func record(_ o: [String: Any], format: Int = BundleFormat.version) throws -> BundleRecord {
        try onlyKeys(o, recordKeys, "a record line")
        guard let typeName = o["type"] as? String else { throw BundleError("a line that is neither an area nor a record") }
        guard let type = RecordType(rawValue: typeName) else {
            throw BundleError("unknown record type '\(typeName)' (made by a newer tisep? please update)")
        }
        guard let id = o["id"] as? String, Validate.isRecordID(id) else { throw BundleError("a \(typeName) record with a malformed id") }
        guard let base = o["stamp"] as? String, Validate.isStamp(base) else {
            try FutureStamp.check(o["stamp"])
            throw BundleError("record \(id) has a malformed stamp")
        }
        guard let fieldObject = o["fields"] as? [String: Any] else { throw BundleError("record \(id) has no fields") }
        var fields: [String: [BundleVersion]] = [:]
        var absent = 0
        for spec in type.storedFields {
            guard let raw = fieldObject[spec.name] else {
                guard spec.sinceBundleFormat > format else { throw BundleError("record \(id) lacks field \(spec.name)") }
                fields[spec.name] = [BundleVersion(stamp: base, value: nil)]
                absent += 1
                continue
            }
            guard let list = raw as? [Any], !list.isEmpty else { throw BundleError("record \(id): field \(spec.name) has no values") }
            var versions: [BundleVersion] = []
            for item in list {
                guard let pair = item as? [Any], pair.count == 2, let stamp = pair[0] as? String, Validate.isStamp(stamp),
                      stamp >= base else {
                    try FutureStamp.check((item as? [Any])?.first)
                    throw BundleError("record \(id): field \(spec.name) has a malformed stamp")
                }
                if let last = versions.last, !(stamp < last.stamp) {
                    throw BundleError("record \(id): field \(spec.name) has values out of order or repeated")
                }
                var value: String?
                if !(pair[1] is NSNull) {
                    guard let text = pair[1] as? String else { throw BundleError("record \(id): field \(spec.name) has a value that is not text") }
                    if let problem = Validate.problem(spec, text) { throw BundleError("record \(id): \(spec.name)=\(text.prefix(60)): \(problem)") }
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
        return BundleRecord(type: type, id: id, stamp: base, fields: fields)
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

    private static func coordinate(_ value: Any?, range: ClosedRange<Double>, _ code: String) throws -> Double? {
        guard let value, !(value is NSNull) else { return nil }
        guard isNumber(value), let d = value as? Double, d.isFinite, range.contains(d) else {
            throw BundleError("area \(code) has a malformed coordinate")
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
