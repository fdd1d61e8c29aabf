/// Names of the things a diagnostic talks about, in both languages.
enum Subject {
  static func key(_ key: String) -> LocalizedText { LocalizedText(en: "'\(key)'", zh: "'\(key)'") }

  static func entry(_ kind: DeclarationKind, _ id: String) -> LocalizedText {
    kind.named(id)
  }

  static func field(_ key: String, of owner: LocalizedText) -> LocalizedText {
    LocalizedText(en: "'\(key)' of \(owner.en)", zh: "\(owner.zh)的 '\(key)'")
  }

  static let file = LocalizedText(en: "a rule file", zh: "规则文件")

}
