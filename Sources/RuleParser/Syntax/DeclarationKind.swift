/// The kinds of declaration a rule file holds, with their names in both
/// languages, for messages.
public enum DeclarationKind: String, Sendable, CaseIterable {
  case plan, body, obligation, metric, policy, source

  /// The kind's name: "obligation" / "义务".
  public var noun: LocalizedText {
    switch self {
    case .plan: LocalizedText("plan", "计划")
    case .body: LocalizedText("body", "主体")
    case .obligation: LocalizedText("obligation", "义务")
    case .metric: LocalizedText("metric", "指标")
    case .policy: LocalizedText("policy", "政策")
    case .source: LocalizedText("source", "来源")
    }
  }

  /// The section of a rule file that declares this kind: `bodies`, `obligations`.
  public var section: String {
    self == .body ? "bodies" : rawValue + "s"
  }

  /// "obligation 'ID'" / "义务 'ID'".
  public func named(_ id: String) -> LocalizedText {
    LocalizedText(en: "\(noun.en) '\(id)'", zh: "\(noun.zh) '\(id)'")
  }
}
