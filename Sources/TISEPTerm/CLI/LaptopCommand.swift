import EcosystemStore

extension CommandLineTool {
    package static let laptopCommand = Command(
        name: "laptop", synopsis: "[NAME]",
        summary: "show this laptop's name and replica id, or set the name shown in history and bundles",
        details: """
        Each database has its own replica id, made when it is created; the name
        is the coordinators' choice, e.g. tisep laptop "อบต.เวียง – สมศรี".
        Until set it is USER@HOST-XXXX (XXXX: the start of the replica id), so
        two laptops never share a name by default.
        """,
        run: { inv in
            guard inv.positionals.count <= 1 else { throw UsageError(message: "give one name (quote it if it has spaces)") }
            let store = try inv.openStore()
            if let name = inv.positionals.first {
                try CommandLineTool.mapFieldErrors { try store.laptop.setName(name) }
            }
            inv.context.print("\(try store.laptop.name()) (replica \(store.laptop.id))")
        })
}
