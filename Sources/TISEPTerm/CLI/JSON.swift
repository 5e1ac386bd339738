import Foundation
import EcosystemStore

/// A JSON value whose object keys keep their order, so output is stable and
/// reads in the order CLI.md documents.
package enum JSON {
    case null
    case bool(Bool)
    case number(Double)
    case int(Int)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    package static func optional(_ s: String?) -> JSON { s.map(JSON.string) ?? .null }
    package static func optional(_ d: Double?) -> JSON { d.map(JSON.number) ?? .null }
    package static func optionalInt(_ i: Int?) -> JSON { i.map(JSON.int) ?? .null }

    package var serialized: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .int(i): out += String(i)
        case let .number(d):
            // Unrounded doubles; NaN and infinity have no JSON form: undefined is null.
            if d.isFinite { out += d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : "\(d)" } else { out += "null" }
        case let .string(s): JSON.escape(s, into: &out)
        case let .array(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case let .object(pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSON.escape(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    private static func escape(_ s: String, into out: inout String) {
        out += JSONString.quoted(s)
    }
}
