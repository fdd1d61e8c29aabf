import Foundation
import RuleParser

/// The values a body reports, read by one set of rules.
///
/// The same rules whether the values come from a JSON snapshot or a ledger's cells (as spreadsheets leave them):
/// status words in English or Chinese, dates as Excel rewrites them and as
/// Chinese documents write them, yes/no in either language, progress as a
/// share or a percentage. docs/check.md ("Values") describes them once.
public enum ReportedValue {
  /// The Chinese word of each status, as the ledger's documentation lists them.
  public static func chineseWord(of status: InstanceProgress) -> String {
    switch status {
    case .notStarted: "未开始"
    case .inProgress: "推进中"
    case .done: "已完成"
    case .closed: "已销号"
    }
  }

  /// Chinese words offices also use for a status: 进行中 for 推进中.
  static let chineseAliases: [String: InstanceProgress] = ["进行中": .inProgress]

  /// Every word accepted for a status: the machine values and the Chinese words.
  static let statusWords: [String] =
    InstanceProgress.allCases.map(\.rawValue) + InstanceProgress.allCases.map(chineseWord)
    + chineseAliases.keys.sorted()

  /// The statuses by their machine values.
  private static let machineStatuses = InstanceProgress.allCases.map { (value: $0.rawValue, $0) }

  /// The status a cell names: `done`, `Done`, `in progress`, `已完成`, `进行中`.
  static func status(_ text: String) -> InstanceProgress? {
    // The machine value as written, as in nearly every entry of a large
    // snapshot: compared with each (short strings compare bit for bit),
    // which costs a fifth of looking the name up.
    if let (_, status) = machineStatuses.first(where: { $0.value == text }) { return status }
    let key = text.lowercased().replacingOccurrences(of: " ", with: "_")
      .replacingOccurrences(of: "-", with: "_")
    if let status = InstanceProgress(rawValue: key) { return status }
    if let status = chineseAliases[text] { return status }
    return InstanceProgress.allCases.first { chineseWord(of: $0) == text }
  }

  /// The step of a ladder a word names: `interview`, `Interview`, or its
  /// Chinese name `约谈`.
  static func action(
    _ text: String, in ladder: [EscalationAction] = EscalationAction.standard
  ) -> EscalationAction? {
    ladder.first { $0.rawValue == text || $0.rawValue == text.lowercased() }
      ?? ladder.first { $0.chineseName == text }
  }

  /// The day a cell holds: `2017-07-20`, or year-first with `/` or `.` and
  /// one- or two-digit month and day (`2017/7/20`, as Excel rewrites dates),
  /// or `2017年7月20日`.
  static func day(_ text: String) -> Day? {
    if let day = Day(iso: text) { return day }
    var numbers: [Int] = []
    var digits = ""
    var separators: [Character] = []
    for character in text {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      guard let number = Int(digits) else { return nil }
      numbers.append(number)
      separators.append(character)
      digits = ""
    }
    if let number = Int(digits) { numbers.append(number) } else if !digits.isEmpty { return nil }
    guard numbers.count == 3, text.first?.isNumber == true,
      separators == ["-", "-"] || separators == ["/", "/"] || separators == [".", "."]
        || separators == ["年", "月", "日"]
    else { return nil }
    let widths = text.split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map(\.count)
    guard widths.count == 3, widths[0] == 4, widths[1] <= 2, widths[2] <= 2 else { return nil }
    return Day(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// The flag a cell holds: `true`/`false`, `yes`/`no`, `1`/`0`, `是`/`否`.
  static func flag(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "true", "yes", "y", "1", "是": true
    case "false", "no", "n", "0", "否": false
    default: nil
    }
  }

  /// The share a cell holds: `0.6`, or `60%` / `60％`; not checked against 0...1.
  static func share(_ text: String) -> Double? {
    var number = text
    var scale = 1.0
    if let last = number.last, last == "%" || last == "％" {
      number.removeLast()
      scale = 100
    }
    number = number.trimmingCharacters(in: .whitespaces)
    guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let value = Double(number), value.isFinite
    else { return nil }
    return value / scale
  }
}
