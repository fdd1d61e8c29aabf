/// A message in the two languages rulec speaks.
public struct LocalizedText: Sendable, Hashable {
  /// The English text.
  public var en: String
  /// The Chinese text.
  public var zh: String

  /// Creates a message from its English and Chinese forms.
  public init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  /// The text in the given language.
  public func text(in language: Language) -> String {
    switch language {
    case .en: en
    case .zh: zh
    }
  }
}

/// The languages of rulec's messages and reports.
public enum Language: String, Sendable, CaseIterable, Codable {
  case en
  case zh

  /// The language a `LANG`/`LC_ALL` value asks for: `zh_*` is Chinese,
  /// anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    let value = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
    return value.lowercased().hasPrefix("zh") ? .zh : .en
  }
}

extension LocalizedText {
  /// Creates a message from its English and Chinese forms, without labels.
  public init(_ en: String, _ zh: String) {
    self.init(en: en, zh: zh)
  }

  /// The two texts joined, language by language.
  public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
    LocalizedText(en: lhs.en + rhs.en, zh: lhs.zh + rhs.zh)
  }
}
