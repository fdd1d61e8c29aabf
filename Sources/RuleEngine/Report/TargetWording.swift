import RuleParser

/// How a finding names a target written in one of the plan's forms: about a
/// value, a range, a stage of several, each period's, or shared by bodies.
enum TargetWording {
  /// `about 2000 ±10%`, `1 to 2`, `40`: the target itself, in English.
  static func value(_ target: Double, _ form: TargetForm?, unit: String?) -> String {
    let number = ReportText.number
    switch form?.shape {
    case .about(let tolerance, let percent)?:
      return "about \(number(target)) ±\(number(tolerance))\(percent ? "%" : "")"
    case .between(let low)?:
      return "\(number(form?.low ?? low)) to \(number(target))"
    case .trend(let words)?:
      return "\"\(words)\" (a direction, no number)"
    case .bound?, nil:
      return number(target)
    }
  }

  /// `2000名左右（±10%）`, `1到2个`, `40微克/立方米`: the target in Chinese.
  static func chinese(_ target: Double, _ form: TargetForm?, unit: String?) -> String {
    let number = ReportText.number
    switch form?.shape {
    case .about(let tolerance, let percent)?:
      let margin =
        percent ? "\(number(tolerance))%" : ChineseWriting.quantity(tolerance, unit: unit)
      return ChineseWriting.quantity(target, unit: unit) + "左右（±\(margin)）"
    case .between(let low)?:
      return "\(number(form?.low ?? low))到" + ChineseWriting.quantity(target, unit: unit)
    case .trend(let words)?:
      return "“\(words)”（只有方向，无数值）"
    case .bound?, nil:
      return ChineseWriting.quantity(target, unit: unit)
    }
  }

  /// ` (stage 2 of 3, yearly, sum of 3 bodies)`, or nothing for one plain target.
  static func qualifiers(_ form: TargetForm?) -> String {
    guard let form else { return "" }
    var parts: [String] = []
    if let stage = form.stage { parts.append("stage \(stage) of \(form.stages)") }
    if let period = form.period { parts.append(period.rawValue) }
    if let shared = form.shared { parts.append("\(shared.rawValue) of \(form.members) bodies") }
    return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
  }

  /// `（第2阶段，共3阶段；每年；3个单位合计）`, or nothing for one plain target.
  static func chineseQualifiers(_ form: TargetForm?) -> String {
    guard let form else { return "" }
    var parts: [String] = []
    if let stage = form.stage { parts.append("第\(stage)阶段，共\(form.stages)阶段") }
    if let period = form.period { parts.append(period.chineseName) }
    if let shared = form.shared {
      parts.append("\(form.members)个单位" + (shared == .sum ? "合计" : "平均"))
    }
    return parts.isEmpty ? "" : "（" + parts.joined(separator: "；") + "）"
  }
}
