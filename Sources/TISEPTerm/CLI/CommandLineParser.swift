/// An option a command accepts.
package struct OptionSpec: Sendable {
    package let long: String
    package var short: Character? = nil
    /// The value's placeholder ("PATH"); nil for a flag.
    package var value: String? = nil
    package var repeatable = false
    package let help: String

    package init(long: String, short: Character? = nil, value: String? = nil, repeatable: Bool = false, help: String) {
        self.long = long; self.short = short; self.value = value; self.repeatable = repeatable; self.help = help
    }
}

/// The command line after parsing: options by long name, positionals in order.
package struct ParsedArguments {
    package var options: [String: [String]] = [:]
    package var positionals: [String] = []

    package func flag(_ name: String) -> Bool { options[name] != nil }
    package func value(_ name: String) -> String? { options[name]?.last }
    package func values(_ name: String) -> [String] { options[name] ?? [] }
}

/// A usage error: exit code 2 with a message naming what is wrong.
package struct UsageError: Error, CustomStringConvertible {
    package let message: String
    package var command: String?
    package var description: String { message }

    package init(message: String, command: String? = nil) { self.message = message; self.command = command }
}

/// A failure of the job itself: exit code 1.
package struct JobError: Error, CustomStringConvertible {
    package let message: String
    package var description: String { message }

    package init(message: String) { self.message = message }

    /// The one wording for a code that names no area, with the way to find it.
    package static func unknownArea(_ code: String) -> JobError {
        JobError(message: "no area with code \(code); try 'tisep search NAME --kind area'")
    }
}

/// tisep's own parser of a command line (no package dependencies): the
/// options of one ``Command`` and its positionals, as CLI.md describes them.
package enum CommandLineParser {
    /// Splits `arguments` into options (before or after positionals,
    /// `--name value`, `--name=value`, `-x value`) and positionals; `--`
    /// ends options. Unknown options are usage errors.
    package static func parse(_ arguments: [String], options specs: [OptionSpec]) throws -> ParsedArguments {
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
