/// A JSON string literal: the one escaper for bundles and `--json` output.
/// U+2028 and U+2029 are escaped too, so a line is also valid JavaScript and
/// a line reader never sees a line break inside a value; so is everything a
/// terminal would act on (``TerminalSafe/isControl(_:)``: DEL, C1, the bidi
/// controls), so that JSON printed or `cat` to a terminal shows `\u001b`
/// and never drives it, while a JSON reader gets the value back exactly.
public enum JSONString {
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalSafe.isControl(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
