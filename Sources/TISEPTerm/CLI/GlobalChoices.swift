import Foundation

/// The rules behind the global options `--db`, `--color` and `--lang`: one
/// function each, used by every command and by the full-screen interface,
/// so that `tisep map` and `tisep` never disagree about what a flag or a
/// variable means.
package enum GlobalChoices {
    /// Checks the values of the global options before anything runs: an
    /// empty `--db`, a `--color` or `--lang` word that is not one of the
    /// documented ones are usage errors (exit 2).
    package static func validate(_ parsed: ParsedArguments) throws {
        if let db = parsed.value("db") { try DatabaseLocation.checkOption(db) }
        try ColorChoice.validate(parsed.value("color"))
        try LanguageChoice.validate(parsed.value("lang"))
    }
}

/// Where the database is: `--db PATH`, else `$TISEP_DB`, else
/// `$XDG_DATA_HOME/tisep/ecosystem.sqlite` (`~/.local/share/…`).
///
/// `--db ""` is a usage error, never the default database: a script whose
/// variable came out empty (`--db "$DB"`) must not silently work on — and
/// with `init --force` replace — the user's real database. An *empty
/// environment variable* (`TISEP_DB=`, `XDG_DATA_HOME=`) counts as unset, as
/// POSIX tools and the XDG specification treat them: that is how a user
/// switches a variable off for one command.
package enum DatabaseLocation {
    package static func resolve(option: String?, environment: [String: String]) throws -> String {
        if let option {
            try checkOption(option)
            return option
        }
        if let env = environment["TISEP_DB"], !env.isEmpty { return env }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()) + "/.local/share"
        return dataHome + "/tisep/ecosystem.sqlite"
    }

    static func checkOption(_ option: String) throws {
        guard !option.isEmpty else {
            throw UsageError(message: "--db needs a file name, not an empty one (without --db tisep uses $TISEP_DB or ~/.local/share/tisep/ecosystem.sqlite)")
        }
    }
}

/// `--color auto|always|never`, for the commands and the interface alike.
package enum ColorChoice {
    package static let words = ["auto", "always", "never"]

    package static func validate(_ option: String?) throws {
        guard let option else { return }
        guard words.contains(option) else {
            throw UsageError(message: "--color accepts \(words.joined(separator: "|")), not '\(option)'")
        }
    }

    /// Whether to colour. `never`: no. `always`: yes. `auto` (the default):
    /// only when the output is a terminal, `NO_COLOR` is unset or empty (any
    /// non-empty value switches colour off, as no-color.org says) and
    /// `TERM` is not `dumb`. How many colours is the terminal's business.
    package static func wanted(option: String?, environment: [String: String], isTerminal: Bool) -> Bool {
        switch option ?? "auto" {
        case "never": return false
        case "always": return true
        default:
            return isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        }
    }
}

/// The interface language: `--lang th|en`, else `$TISEP_LANG`, else (the
/// full-screen interface only) the language `L` last chose, else Thai.
/// A value is read by its start, so `en_US.UTF-8` is English; an empty or
/// unknown `TISEP_LANG` counts as unset (like `LANG`, it is a setting of the
/// session, not a command), while an unknown `--lang` is a usage error.
package enum LanguageChoice {
    package static func validate(_ option: String?) throws {
        guard let option else { return }
        guard thai(option) != nil else { throw UsageError(message: "--lang accepts th|en, not '\(option)'") }
    }

    /// True for Thai.
    package static func thai(option: String?, environment: [String: String], remembered: String? = nil) -> Bool {
        for candidate in [option, environment["TISEP_LANG"], remembered] {
            if let candidate, let thai = thai(candidate) { return thai }
        }
        return true
    }

    private static func thai(_ word: String) -> Bool? {
        let w = word.lowercased()
        if w.hasPrefix("th") { return true }
        if w.hasPrefix("en") { return false }
        return nil
    }
}
