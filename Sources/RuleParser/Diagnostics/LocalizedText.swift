import Foundation

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

  /// The language the environment asks for: the first of `LC_ALL`,
  /// `LC_MESSAGES` and `LANG` set; `zh_*` is Chinese, anything else English.
  ///
  /// `variable` reads one variable by name.
  public static func fromEnvironment(_ variable: (String) -> String?) -> Language {
    let value = variable("LC_ALL") ?? variable("LC_MESSAGES") ?? variable("LANG") ?? ""
    return value.lowercased().hasPrefix("zh") ? .zh : .en
  }

  /// The language the process's environment asks for.
  ///
  /// The variables are read one by one: `ProcessInfo`'s environment makes a
  /// dictionary of every variable each time it is asked (0.5 M instructions;
  /// `rulec check` asked twice).
  public static var ofProcess: Language {
    fromEnvironment { getenv($0).map { String(cString: $0) } }
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
