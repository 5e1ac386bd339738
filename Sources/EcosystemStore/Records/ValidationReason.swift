/// Why a value is refused, in both languages of the interface: the command
/// line and the English interface say `english`, the Thai interface `thai`.
/// Both are written where the rule is, so a new rule cannot forget Thai.
public struct ValidationReason: Sendable, Equatable, CustomStringConvertible {
    public let english: String
    public let thai: String

    public init(_ english: String, thai: String) {
        self.english = english
        self.thai = thai
    }

    public var description: String { english }

    public func text(thai inThai: Bool) -> String { inThai ? thai : english }

    static let required = ValidationReason("is required", thai: "ต้องกรอก")
    static let onlyPlayersHaveARole = ValidationReason("only players (p4=player) have a role",
                                                       thai: "เฉพาะผู้เล่น (p4=player) เท่านั้นที่มีบทบาท")
}
