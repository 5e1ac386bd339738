/// An option a command accepts.
struct OptionSpec: Sendable {
    let long: String
    var short: Character? = nil
    /// The value's placeholder ("PATH"); nil for a flag.
    var value: String? = nil
    var repeatable = false
    let help: String
}

/// The command line after parsing: options by long name, positionals in order.
struct ParsedArguments {
    var options: [String: [String]] = [:]
    var positionals: [String] = []

    func flag(_ name: String) -> Bool { options[name] != nil }
    func value(_ name: String) -> String? { options[name]?.last }
    func values(_ name: String) -> [String] { options[name] ?? [] }
}

/// A usage error: exit code 2 with a message naming what is wrong.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    var command: String?
    var description: String { message }
}

/// A failure of the job itself: exit code 1.
struct JobError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

enum ArgumentParser {
    /// Splits `arguments` into options (before or after positionals,
    /// `--name value`, `--name=value`, `-x value`) and positionals; `--`
    /// ends options. Unknown options are usage errors.
    static func parse(_ arguments: [String], options specs: [OptionSpec]) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        var i = 0
        var optionsEnded = false
        while i < arguments.count {
            let arg = arguments[i]
            i += 1
            if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
                parsed.positionals.append(arg)
                continue
            }
            if arg == "--" { optionsEnded = true; continue }
            var name: String
            var inlineValue: String? = nil
            let spec: OptionSpec?
            if arg.hasPrefix("--") {
                name = String(arg.dropFirst(2))
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                spec = specs.first { $0.long == name }
            } else {
                let short = arg.dropFirst()
                guard short.count == 1, let c = short.first else {
                    throw UsageError(message: "unknown option '\(arg)'")
                }
                spec = specs.first { $0.short == c }
                name = spec?.long ?? String(c)
            }
            guard let spec else { throw UsageError(message: "unknown option '\(arg)'") }
            if let placeholder = spec.value {
                let value: String
                if let inlineValue { value = inlineValue }
                else if i < arguments.count { value = arguments[i]; i += 1 }
                else { throw UsageError(message: "option --\(spec.long) needs a value (\(placeholder))") }
                if !spec.repeatable, parsed.options[spec.long] != nil {
                    throw UsageError(message: "option --\(spec.long) given twice")
                }
                parsed.options[spec.long, default: []].append(value)
            } else {
                if inlineValue != nil { throw UsageError(message: "option --\(spec.long) takes no value") }
                parsed.options[spec.long] = [""]
            }
        }
        return parsed
    }
}
