/// Names of the things a diagnostic talks about, in both languages.
enum Subject {
  static func key(_ key: String) -> LocalizedText { LocalizedText(en: "'\(key)'", zh: "'\(key)'") }

  static func entry(_ kind: String, _ id: String) -> LocalizedText {
    LocalizedText(en: "\(kind) '\(id)'", zh: "\(chinese(kind)) '\(id)'")
  }

  static func field(_ key: String, of owner: LocalizedText) -> LocalizedText {
    LocalizedText(en: "'\(key)' of \(owner.en)", zh: "\(owner.zh)的 '\(key)'")
  }

  static let file = LocalizedText(en: "a rule file", zh: "规则文件")

  private static func chinese(_ kind: String) -> String {
    switch kind {
    case "plan": "计划"
    case "body": "主体"
    case "obligation": "义务"
    case "metric": "指标"
    case "policy": "政策"
    case "source": "来源"
    default: kind
    }
  }
}
