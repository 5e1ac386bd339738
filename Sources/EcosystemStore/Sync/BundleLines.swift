import Foundation

/// The exact text of each line. Keys are written in a fixed order and
/// versions newest first, so equal content gives byte-equal lines — which
/// `--since` relies on to recognise records a peer already has.
enum BundleLines {
    static func header(_ h: BundleHeader) -> String {
        var o = JSONLine()
        o.string("format", BundleFormat.name)
        o.int("version", h.version)
        o.int("schema", h.schema)
        o.optionalString("replica", h.replica)
        o.string("replica_name", h.replicaName)
        o.string("created", h.created)
        if let areas = h.areas { o.raw("areas", "[" + areas.map(JSONLine.quoted).joined(separator: ",") + "]") } else { o.raw("areas", "null") }
        o.optionalString("since", h.since)
        o.raw("counts", "{" + h.counts.sorted { $0.key < $1.key }.map { JSONLine.quoted($0.key) + ":" + String($0.value) }.joined(separator: ",") + "}")
        o.int("private_left_out", h.privateLeftOut)
        o.raw("replicas", "{" + h.replicas.sorted { $0.key < $1.key }.map { JSONLine.quoted($0.key) + ":" + JSONLine.quoted($0.value) }.joined(separator: ",") + "}")
        return o.finish()
    }

    static func area(_ a: Area) -> String {
        var o = JSONLine()
        o.string("area", a.code)
        o.int("level", a.level.rawValue)
        o.optionalString("parent", a.parent)
        o.string("name_th", a.nameTH)
        o.string("name_en", a.nameEN)
        // JSON has no infinity or NaN: such a centroid (stored by an older
        // tisep) travels as none, and `tisep check` names it.
        o.raw("lat", a.lat.flatMap { $0.isFinite ? number($0) : nil } ?? "null")
        o.raw("lon", a.lon.flatMap { $0.isFinite ? number($0) : nil } ?? "null")
        o.optionalString("postal_code", a.postalCode)
        return o.finish()
    }

    static func record(_ r: BundleRecord) -> String {
        var o = JSONLine()
        o.string("type", r.type.rawValue)
        o.string("id", r.id)
        o.string("stamp", r.stamp)
        var fields = "{"
        var first = true
        for spec in r.type.storedFields {
            guard let versions = r.fields[spec.name] else { continue }
            if !first { fields += "," }
            first = false
            fields += JSONLine.quoted(spec.name) + ":["
            fields += versions.map { "[" + JSONLine.quoted($0.stamp) + "," + ($0.value.map(JSONLine.quoted) ?? "null") + "]" }.joined(separator: ",")
            fields += "]"
        }
        o.raw("fields", fields + "}")
        return o.finish()
    }

    static func trailer(lines: Int, sha256: String) -> String {
        var o = JSONLine()
        o.string("end", BundleFormat.name)
        o.int("lines", lines)
        o.string("sha256", sha256)
        return o.finish()
    }

    /// Shortest text that reads back as the same double.
    static func number(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
    }
}

/// A JSON object written key by key in the order given.
struct JSONLine {
    private var text = "{"
    private var empty = true

    mutating func raw(_ key: String, _ json: String) {
        if !empty { text += "," }
        empty = false
        text += JSONLine.quoted(key) + ":" + json
    }

    mutating func string(_ key: String, _ value: String) { raw(key, JSONLine.quoted(value)) }
    mutating func optionalString(_ key: String, _ value: String?) { raw(key, value.map(JSONLine.quoted) ?? "null") }
    mutating func int(_ key: String, _ value: Int) { raw(key, String(value)) }

    func finish() -> String { text + "}" }

    static func quoted(_ s: String) -> String { JSONString.quoted(s) }
}
