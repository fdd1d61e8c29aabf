/// An escalation policy: when a violation's facts match, who does what.
public struct PolicyDecl: Sendable {
  /// The policy's id.
  public var id: Located<String>
  /// An optional title.
  public var title: Located<String>?
  /// The `when:` expression, as written (compiled once all bodies are known).
  public var when: Located<String>
  /// The `when:` scalar with what is needed to locate errors inside it.
  public var whenSource: ExpressionSource
  /// What is done.
  public var action: Located<EscalationAction>
  /// Who does it.
  public var by: Located<String>
  /// The bodies (or groups) it may act on (`targets:`); empty when it may act
  /// on every body.
  public var targets: [Located<String>]
  /// Why the rule is doubtful (`doubtful:`): it escalates nothing.
  public var doubtful: Located<String>?
  /// The clause it comes from.
  public var source: SourceDecl?
  /// The whole declaration.
  public var range: SourceRange
}

/// The escalation ladder, lowest first.
public enum EscalationAction: String, Sendable, CaseIterable, Codable, Comparable {
  /// 预警: an early warning.
  case warning
  /// 督办: supervision of the case.
  case supervision
  /// 约谈: a summoning interview of the body's heads.
  case interview
  /// 问责: accountability.
  case accountability
  /// 一票否决: the one-vote veto in assessments.
  case veto

  /// The action's rank on the ladder, 1 (warning) to 5 (veto).
  public var level: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

  /// The action's name in Chinese.
  public var chineseName: String {
    switch self {
    case .warning: "预警"
    case .supervision: "督办"
    case .interview: "约谈"
    case .accountability: "问责"
    case .veto: "一票否决"
    }
  }

  /// Orders by rank on the ladder.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.level < rhs.level }
}
