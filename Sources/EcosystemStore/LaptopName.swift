import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Laptop names that two laptops never share by default (issue 13, section
/// 6). Every database used to name its laptop after the host, and the
/// field laptops of one office are often installed alike (`vm`, `ubuntu`),
/// so `tisep history` and the conflicts of an import could not tell them
/// apart. A new database now names itself `user@host-3fa2`: the user, the
/// host up to its first dot, and the first four hex digits of the replica
/// id (random for every database), so two databases on one machine, or
/// copies of one installation, still differ. `tisep laptop NAME` changes it;
/// nothing asks on first run (scripts and terminal tests drive tisep from
/// its first frame).
extension Store.Laptop {
    /// The name a database gives its laptop until someone chooses one.
    public static func defaultName(replica: String, user: String? = nil, host: String? = nil) -> String {
        let who = cleaned(user ?? currentUser(), fallback: "tisep")
        let hostName = host ?? ProcessInfo.processInfo.hostName
        let machine = cleaned(String(hostName.split(separator: ".").first ?? ""), fallback: "laptop")
        return "\(who)@\(machine)-\(replica.prefix(4))"
    }

    /// Whether `name` is the default name of `replica`'s laptop in form:
    /// anything ending in "-" and the id's first four digits.
    static func isDefaultForm(_ name: String, replica: String) -> Bool {
        name.contains("@") && name.hasSuffix("-" + replica.prefix(4))
    }

    /// After this database took a new replica id (it proved to be a file
    /// copy of another laptop's), a default name follows the new id, so the
    /// copy and the original stop sharing their name too. A chosen name stays.
    func followNewID(old: String, new: String) throws {
        let current = try name()
        guard Self.isDefaultForm(current, replica: old) else { return }
        try context.setMeta("replica_name", String(current.dropLast(4)) + new.prefix(4))
    }

    /// Schema 5's repair: a name that is the bare host name — the default of
    /// older versions, which every laptop installed alike shared — becomes
    /// the default name of this laptop.
    func renameIfHostDefault() throws {
        let host = ProcessInfo.processInfo.hostName
        let current = try context.meta("replica_name")
        guard let current, current == host || current == String(host.split(separator: ".").first ?? "") else { return }
        try context.setMeta("replica_name", Self.defaultName(replica: id))
    }

    /// The login name: `$USER`, `$LOGNAME`, else the password database.
    static func currentUser() -> String {
        let env = ProcessInfo.processInfo.environment
        if let user = env["USER"] ?? env["LOGNAME"], !user.isEmpty { return user }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ""
    }

    /// Letters, digits, "-", "_" and "." only (a name goes into headers,
    /// history and terminals), at most 24 characters.
    private static func cleaned(_ text: String, fallback: String) -> String {
        let kept = String(text.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0)
        }.prefix(24).map(Character.init))
        return kept.isEmpty ? fallback : kept
    }
}
