import Foundation
import EcosystemStore

extension CommandLineTool {
    package static let importGeographyCommand = Command(
        name: "import-geography", synopsis: "FILE.csv…",
        summary: "load provinces, amphoes and tambons from the public geocode CSVs",
        details: """
        Files in the formats of provinces.csv, districts.csv and sub_districts.csv
        (recognised by their header); areas are updated by code. Give parents
        before children (provinces, then districts, then sub-districts).
        Rows that cannot be used are reported; exit 0 when any row loaded.
        """,
        run: { inv in
            guard !inv.positionals.isEmpty else { throw UsageError(message: "give one or more geography CSV files") }
            // Every file is read before any is imported: a damaged one changes nothing.
            let tables = try inv.positionals.map { (file: $0, table: try readCSV($0)) }
            let store = try inv.openStore()
            var loaded = 0
            for (file, table) in tables {
                let report = try store.areas.importGeography(csv: table, file: file)
                printReport(report, verb: "loaded", noun: "area", to: inv.context)
                loaded += report.loaded
            }
            if loaded == 0 { throw JobError(message: "no area was loaded; see the reasons above") }
        })

    package static let exportGeographyCommand = Command(
        name: "export-geography", synopsis: "[--boundaries LEVEL] [--provinces CODES] [--swift] -o FILE [--force]",
        summary: "write the areas or their boundaries in the compact form embedded in tisep (for data/)",
        options: [
            .output("where to write"),
            .force,
            OptionSpec(long: "boundaries", value: "province|amphoe|tambon", help: "write the stored boundaries of that level instead of the areas"),
            OptionSpec(long: "provinces", value: "CODES", help: "keep tambons (or boundaries) of these provinces only (comma-separated); provinces and amphoes are all kept"),
            OptionSpec(long: "swift", help: "wrap the text as Swift source for data/ (DefaultData)"),
        ],
        details: """
        The compact form is described in data/README.md: areas one a line
        (code, names, centroid, postal code); boundaries one a line (code and
        the map's geometry bytes in base64). data/README.md gives the commands
        that regenerate data/ from the public files.
        """,
        run: { inv in
            let output = try inv.requiredOutputFile()
            let provinces = inv.value("provinces").map { Set($0.split(separator: ",").map { AreaCode.bare(String($0)) }) }
            var level: AreaLevel?
            if let name = inv.value("boundaries") {
                guard let l = [AreaLevel.province, .amphoe, .tambon].first(where: { $0.name == name }) else {
                    throw UsageError(message: "--boundaries accepts province|amphoe|tambon, not '\(name)'")
                }
                level = l
            }
            try output.check()
            let store = try inv.openStore()
            var text: String
            if let level {
                text = try store.areas.exportCompactBoundaries(level: level, provinces: provinces)
                if text.split(separator: "\n").count < 2 {
                    throw JobError(message: "no \(level.name) boundaries in the database; import them first (tisep import-boundaries)")
                }
            } else {
                text = try store.areas.exportCompactGeography(provinces: provinces)
            }
            if inv.flag("swift") { text = DefaultDataSource.swift(text, boundaries: level) }
            try output.write(text: text)
            inv.context.print("wrote \(output.path)")
        })

    package static let importEntitiesCommand = Command(
        name: "import-entities", synopsis: "FILE.csv",
        summary: "load organisations from a spreadsheet export, reporting refused rows",
        details: """
        Header: at least name_th,p4,role,sector,area_code; optional name_en,phone,
        email,line_id,description,target_groups,issues (lists comma-separated in
        a quoted cell). Refused rows are listed with their line and reason; the
        good rows land together, in one transaction.
        """,
        run: { inv in try importRows(inv, noun: "element") { store, table, file in try store.elements.importElements(csv: table, file: file) } })

    package static let importProjectsCommand = Command(
        name: "import-projects", synopsis: "FILE.csv",
        summary: "load projects from a spreadsheet export, reporting refused rows",
        details: """
        Header: at least name_th,area_code; optional name_en,lead,partners,
        target_groups,status,budget,start,end,description,targeted,reached,
        delivery (state, civil-society, mixed) and outcome_value (baht). Lists
        are comma-separated in a quoted cell. Refused rows are listed with
        their line and reason, among them a project already stored (same
        name_th and area_code); the good rows land together, in one
        transaction. 'tisep costs' then shows unit cost and SROI.
        """,
        run: { inv in try importRows(inv, noun: "project") { store, table, file in try store.elements.importProjects(csv: table, file: file) } })

    package static let importResourcesCommand = Command(
        name: "import-resources", synopsis: "FILE.csv",
        summary: "load needs and offers from a list written by 'tisep export-csv resources', reporting refused rows",
        details: """
        Header: the columns export-csv resources writes: id, entity,
        entity_name, kind, category, description, quantity, area_code, period,
        status (at least kind, and entity or entity_name). The element is
        found by its id in entity, else, when that id is not in this database,
        by its Thai name in entity_name; of several elements of that name, the
        one whose areas hold the row's area_code (a name that still fits no
        element, or several, refuses the row). A row whose id names a need or
        offer here updates it (an empty cell clears the field); a row without
        a known id adds a new one, unless one with exactly the same values is
        stored already: importing a file again adds nothing. Refused rows are
        listed with their line and reason; the good rows land together, in one
        transaction.
        """,
        run: { inv in try importRows(inv, noun: "resource") { store, table, file in try store.elements.importResources(csv: table, file: file) } })

    package static let importVulnerableCommand = Command(
        name: "import-vulnerable", synopsis: "FILE.csv",
        summary: "load vulnerable-group counts from a list written by 'tisep export-csv vulnerable', reporting refused rows",
        details: """
        Header: the columns export-csv vulnerable writes: area_code,
        area_name_th, area_name_en, target_group, registered, reached, year,
        source (at least area_code and target_group; the area names are
        ignored). A count is one per area, target group and year: a row adds
        it, or gives the stored count the row's figures (an empty cell clears
        one); a row equal to the stored count changes nothing, so importing a
        file again adds nothing. Refused rows are listed with their line and
        reason; the good rows land together, in one transaction.
        """,
        run: { inv in try importRows(inv, noun: "vulnerable-group count") { store, table, file in try store.records.importVulnerableCounts(csv: table, file: file) } })

    package static let importContactsCommand = Command(
        name: "import-contacts", synopsis: "FILE.csv",
        summary: "load contacts from a list written by 'tisep export-csv contacts', reporting refused rows",
        details: """
        Header: the columns export-csv contacts writes: id, entity,
        entity_name, name, position, phone, email, line_id, address, private
        (at least entity or entity_name). The element, the ids and a second
        import work as in import-resources. private=true keeps a contact
        private (it never leaves this laptop in a bundle); a contact missing
        from the file is left as it is (export-csv lists private ones only
        with --include-private). Refused rows are listed with their line and
        reason; the good rows land together, in one transaction.
        """,
        run: { inv in try importRows(inv, noun: "contact") { store, table, file in try store.elements.importContacts(csv: table, file: file) } })

    /// One CSV file of rows, loaded by `load` in one transaction: the
    /// report of refused rows, and a failure when no row could be loaded.
    static func importRows(_ inv: Invocation, noun: String,
                           _ load: (Store, CSVTable, String) throws -> ImportReport) throws {
        guard inv.positionals.count == 1, let file = inv.positionals.first else {
            throw UsageError(message: "give one CSV file")
        }
        let table = try readCSV(file)
        let report = try load(try inv.openStore(), table, file)
        printReport(report, verb: "imported", noun: noun, to: inv.context)
        let used = report.loaded + (report.updates.map { $0.updated + $0.unchanged } ?? 0)
        if used == 0 && !report.problems.isEmpty { throw JobError(message: "no row was imported; see the reasons above") }
    }

    package static func readText(_ file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw JobError(message: "cannot read \(file); check the path and its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobError(message: "\(file) is not UTF-8 text; save it as CSV UTF-8")
        }
        return text
    }

    /// A CSV file read whole under the strict rule of ``CSVTable``; a
    /// damaged file is refused naming its line, before anything is imported.
    package static func readCSV(_ file: String) throws -> CSVTable {
        do {
            return try CSVTable(text: try readText(file))
        } catch let error as CSVError {
            throw JobError(message: "\(file): \(error); nothing was imported")
        }
    }

    /// "77 provinces, 928 amphoes, 1 tambon": the counts of a one-line
    /// report, plain numbers with nouns that agree (docs/formatting.md).
    static func plainCounts(_ counts: [(Int, String)]) -> String {
        counts.map { NumberText.count($0.0, $0.1, separators: false) }.joined(separator: ", ")
    }

    package static func printReport(_ report: ImportReport, verb: String, noun: String, to context: CommandContext) {
        // Plain numbers (scripts read this line too), nouns that agree with them.
        let updates = report.updates.map { ", updated \($0.updated), unchanged \($0.unchanged)" } ?? ""
        context.print("\(report.file): \(verb) " + NumberText.count(report.loaded, noun, separators: false) + updates
                      + ", refused " + NumberText.count(report.problems.count, "row", separators: false))
        for p in report.problems { context.print("  line \(p.line): \(p.reason)") }
        for w in report.warnings { context.print("  line \(w.line): note: \(w.reason)") }
    }
}
