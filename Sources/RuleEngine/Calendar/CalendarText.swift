import RuleParser

/// The words of a duty calendar, in English and Chinese.
enum CalendarText {
  /// `Body: 兰州市 (lanzhou)`.
  static func body(_ name: String, id: String) -> LocalizedText {
    LocalizedText(en: "Body: \(name) (\(id))", zh: "责任单位：\(name)（\(id)）")
  }

  /// A duty's title with its body: `title (兰州市)`.
  static func summary(_ title: String, body: String) -> LocalizedText {
    LocalizedText(en: "\(title) (\(body))", zh: "\(title)（\(body)）")
  }

  /// A duty the calendar's body cooperates on: `配合：title（兰州市）`.
  static func cooperatingSummary(_ title: String, body: String) -> LocalizedText {
    LocalizedText(en: "Cooperating: \(title) (\(body))", zh: "配合：\(title)（\(body)）")
  }

  /// The title of a duty the calendar's body cooperates on: `配合：title`.
  static func cooperatingTitle(_ title: String) -> LocalizedText {
    LocalizedText(en: "Cooperating: \(title)", zh: "配合：\(title)")
  }

  /// The category of a duty the calendar's body cooperates on.
  static let cooperatingCategory = LocalizedText(en: "Cooperating", zh: "配合")

  /// An escalation's title: `Interview: title (兰州市)` / `约谈：title（兰州市）`.
  static func escalationSummary(
    _ action: EscalationAction, title: String, body: String
  ) -> LocalizedText {
    LocalizedText(
      en: "\(actionName(action).en): \(summary(title, body: body).en)",
      zh: "\(action.chineseName)：\(summary(title, body: body).zh)")
  }

  /// An action's name: `Interview` / `约谈`.
  static func actionName(_ action: EscalationAction) -> LocalizedText {
    let english =
      switch action {
      case .warning: "Warning"
      case .supervision: "Supervision"
      case .interview: "Interview"
      case .accountability: "Accountability"
      case .veto: "Veto"
      default: action.rawValue
      }
    return LocalizedText(en: english, zh: action.chineseName)
  }

  /// A class's name: `immediate` / `立行立改`.
  static func className(_ obligationClass: ObligationClass) -> LocalizedText {
    LocalizedText(en: obligationClass.id, zh: obligationClass.name)
  }

  /// `Class: immediate (立行立改)`.
  static func obligationClass(_ obligationClass: ObligationClass) -> LocalizedText {
    LocalizedText(
      en: "Class: \(obligationClass.id) (\(obligationClass.name))",
      zh: "整改类别：\(obligationClass.name)（\(obligationClass.id)）")
  }

  /// `Deadline: 2017-07-31 (2017年7月底前)`.
  static func fixedDeadline(_ day: Day, phrase: String) -> LocalizedText {
    let written = phrase == day.description ? "" : " (\(phrase))"
    let writtenZH = phrase == day.description ? "" : "（\(phrase)）"
    return LocalizedText(en: "Deadline: \(day)\(written)", zh: "截止日期：\(day)\(writtenZH)")
  }

  /// `Deadline: 2017-09-30, planned: 2 months after x@lanzhou is completed`.
  static func plannedDeadline(_ day: Day, within: TimeSpan, after: String) -> LocalizedText {
    LocalizedText(
      en:
        "Deadline: \(day), planned: \(within.localizedDescription.en) after \(after) is completed",
      zh: "截止日期：\(day)（计划）：\(after)完成后\(within.localizedDescription.zh)内")
  }

  /// `Deadline: 2017-09-30`.
  static func deadline(_ day: Day) -> LocalizedText {
    LocalizedText(en: "Deadline: \(day)", zh: "截止日期：\(day)")
  }

  /// `Every quarter (每季度): 4 deadlines, 2017-09-30 to 2018-06-30`.
  static func series(_ recurrence: Recurrence, count: Int, first: Day, last: Day) -> LocalizedText {
    let english =
      switch recurrence {
      case .weekly: "Every week"
      case .monthly: "Every month"
      case .quarterly: "Every quarter"
      case .halfYearly: "Every half year"
      case .yearly: "Every year"
      case .biennial: "Every two years"
      case .triennial: "Every three years"
      }
    return LocalizedText(
      en: "\(english) (\(recurrence.chineseName)): \(count) deadlines, \(first) to \(last),"
        + " each on the last day of its period",
      zh: "\(recurrence.chineseName)：共\(count)次，\(first)至\(last)，每期最后一天到期")
  }

  /// `Clause: 四(七)4 “quote”`.
  static func clause(_ clause: SourceClause) -> LocalizedText {
    LocalizedText(
      en: "Clause: \(clause.section) “\(clause.quote)”",
      zh: "条款：\(clause.section)“\(clause.quote)”")
  }

  /// `Instance: x@lanzhou` or `Instances: x#2017-Q3 … x#2018-Q2`.
  static func instances(_ ids: [String]) -> LocalizedText {
    guard let first = ids.first, let last = ids.last, ids.count > 1 else {
      let id = ids.first ?? ""
      return LocalizedText(en: "Instance: \(id)", zh: "实例：\(id)")
    }
    return LocalizedText(en: "Instances: \(first) … \(last)", zh: "实例：\(first) … \(last)")
  }

  /// `Depends on: a, b`.
  static func dependencies(_ ids: [String]) -> LocalizedText {
    let list = ids.joined(separator: ", ")
    return LocalizedText(en: "Depends on: \(list)", zh: "前置任务：\(list)")
  }

  /// `Cooperating: 省环保厅, 省水利厅`.
  static func cooperating(_ names: [String]) -> LocalizedText {
    LocalizedText(
      en: "Cooperating: \(names.joined(separator: ", "))",
      zh: "协同单位：\(names.joined(separator: "、"))")
  }

  /// What an escalation event means.
  static func escalation(
    _ action: EscalationAction, by: String, days: Int, due: Day
  ) -> LocalizedText {
    LocalizedText(
      en: "If still open \(days) \(days == 1 ? "day" : "days") after its deadline \(due):"
        + " \(actionName(action).en.lowercased()) (\(action.chineseName)) by \(by)",
      zh: "如截止日期\(due)后\(days)天仍未完成：由\(by)\(action.chineseName)")
  }

  /// `Policy: id: when`.
  static func policy(_ id: String, when: String) -> LocalizedText {
    LocalizedText(en: "Policy: \(id): \(when)", zh: "处置规则：\(id)：\(when)")
  }

  /// A reminder's text: `Due in 7 days: summary`.
  static func reminder(_ reminder: Reminder, summary: String) -> LocalizedText {
    guard reminder.days > 0 else {
      return LocalizedText(en: "Due today: \(summary)", zh: "今天到期：\(summary)")
    }
    return LocalizedText(
      en: "Due in \(reminder.text.en): \(summary)", zh: "\(reminder.text.zh)后到期：\(summary)")
  }

  /// The calendar's name: the plan's title, and the body's name when one is chosen.
  static func calendarName(plan: String, body: String?) -> String {
    guard let body else { return plan }
    return "\(plan) — \(body)"
  }

  /// `7 duties have no due date … and are not in the calendar`.
  static func undated(_ count: Int) -> LocalizedText {
    LocalizedText(
      en: "\(count) \(count == 1 ? "duty has" : "duties have") no due date (a class only, or a"
        + " deadline counted from a duty without one) and \(count == 1 ? "is" : "are") not in"
        + " the calendar",
      zh: "\(count)项任务没有截止日期（仅有整改类别，或从无截止日期的任务起算），未列入日历")
  }
}
