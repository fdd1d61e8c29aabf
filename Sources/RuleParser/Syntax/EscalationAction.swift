/// One step of a plan's escalation ladder: its id, its name in the plan's
/// words and its rank.
///
/// The standard ladder is 预警 < 督办 < 约谈 < 问责 < 一票否决 (`standard`); a
/// plan declares its own with `plan.actions` (a list, lowest first). Steps
/// are equal when their ids are; they order by rank.
public struct EscalationAction: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The step's id, as policies and actions logs write it (`interview`).
  public let rawValue: String
  /// The step's name in the plan's words (`约谈`, `区域限批`).
  public let chineseName: String
  /// The step's rank on its ladder, 1 for the lowest.
  public let level: Int

  /// A step of a ladder.
  public init(id: String, name: String, level: Int) {
    rawValue = id
    chineseName = name
    self.level = level
  }

  /// A step of the standard ladder, by its id.
  public init?(rawValue: String) {
    guard let step = Self.standard.first(where: { $0.rawValue == rawValue }) else { return nil }
    self = step
  }

  /// 预警: an early warning.
  public static let warning = EscalationAction(id: "warning", name: "预警", level: 1)
  /// 督办: supervision of the case.
  public static let supervision = EscalationAction(id: "supervision", name: "督办", level: 2)
  /// 约谈: a summoning interview of the body's heads.
  public static let interview = EscalationAction(id: "interview", name: "约谈", level: 3)
  /// 问责: accountability.
  public static let accountability = EscalationAction(
    id: "accountability", name: "问责", level: 4)
  /// 一票否决: the one-vote veto in assessments.
  public static let veto = EscalationAction(id: "veto", name: "一票否决", level: 5)

  /// The standard ladder, lowest first: the default of every plan.
  public static let standard: [EscalationAction] = [
    .warning, .supervision, .interview, .accountability, .veto,
  ]

  /// The standard ladder (the steps every command knows without a plan).
  public static var allCases: [EscalationAction] { standard }

  /// The id.
  public var description: String { rawValue }

  /// Steps are the same step when their ids are.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

  /// Hashes the id.
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

  /// Orders by rank on the ladder.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.level < rhs.level }
}
