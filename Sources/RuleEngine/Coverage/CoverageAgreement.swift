public import RuleParser

/// Whether the rules that quote a time expression say the same time: a
/// quote with `2013年6月底前` covered by a duty due 2013-12-31 disagrees.
public struct CoverageDisagreement: Sendable, Hashable {
  /// The expression, with where it is.
  public var expression: TimeExpression
  /// What the expression means: `2013-06-30`, `每季度`, `2 months`.
  public var meaning: String
  /// Each covering rule with what it says instead.
  public var rules: [(id: String, says: String)]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.expression == rhs.expression && lhs.meaning == rhs.meaning
      && lhs.rules.map(\.id) == rhs.rules.map(\.id)
      && lhs.rules.map(\.says) == rhs.rules.map(\.says)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(expression)
    hasher.combine(meaning)
  }

  /// The warning (W030) at the expression in the document.
  public func diagnostic(file: String) -> Diagnostic {
    let others = rules.map { "'\($0.id)' (\($0.says))" }.joined(separator: ", ")
    let en = meaning == expression.text ? expression.text : "\(expression.text) (\(meaning))"
    let zh = meaning == expression.text ? expression.text : "\(expression.text)（\(meaning)）"
    let othersZH = rules.map { "'\($0.id)'（\($0.says)）" }.joined(separator: "、")
    return Diagnostic(
      .warning, code: .coverageDisagreement,
      LocalizedText(
        en: "the document says \(en) but \(others) says otherwise",
        zh: "原文为 \(zh)，但 \(othersZH) 与之不一致"),
      at: expression.sourceRange(file: file)
    ).help(
      LocalizedText(
        en: "make the rule's date or period match the quote, or quote the passage it encodes",
        zh: "请使规则的日期或周期与引文一致，或引用其实际对应的原文"))
  }
}

/// The times each rule says: its days, spans and recurrences.
struct RuleTimes {
  var days: Set<Day> = []
  var spans: Set<TimeSpan> = []
  var recurrences: Set<Recurrence> = []

  /// The times of every obligation and metric of the graph, by id.
  static func of(_ graph: ObligationGraph) -> [String: RuleTimes] {
    var times: [String: RuleTimes] = [:]
    for obligation in graph.obligations {
      var rule = RuleTimes()
      if case .fixed(let day, _)? = obligation.due { rule.days.insert(day) }
      if case .relative(let within, _)? = obligation.due { rule.spans.insert(within) }
      if let every = obligation.every { rule.recurrences.insert(every) }
      for day in [obligation.from, obligation.until].compactMap({ $0 }) { rule.days.insert(day) }
      if let span = obligation.obligationClass.flatMap(classSpan) { rule.spans.insert(span) }
      times[obligation.id] = rule
    }
    for instance in graph.instances {
      if let due = instance.due { times[instance.obligation]?.days.insert(due) }
    }
    for metric in graph.metrics {
      var rule = RuleTimes()
      rule.days.insert(metric.by)
      if let on = metric.baselineOn { rule.days.insert(on) }
      times[metric.id] = rule
    }
    return times
  }

  /// The span a time-limit class stands for (一个月内, 两个月内, 半年内).
  private static func classSpan(_ obligationClass: ObligationClass) -> TimeSpan? {
    switch obligationClass {
    case .immediate: TimeSpan(1, .month)
    case .special: TimeSpan(2, .month)
    case .staged: TimeSpan(6, .month)
    case .longTerm: nil
    }
  }

  /// Whether the rule says `expression`'s time: `nil` when it says no time
  /// of that sort (nothing to compare), else whether one matches.
  func agrees(with expression: TimeExpression) -> Bool? {
    switch expression.kind {
    case .deadline, .date:
      guard let day = expression.deadline, !days.isEmpty else { return nil }
      return days.contains(day)
    case .since:
      guard let day = try? DeadlinePhrase.parseStart(expression.text).get(), !days.isEmpty
      else { return nil }
      return days.contains(day)
    case .recurrence:
      guard let recurrence = try? RecurrencePhrase.parse(expression.text).get().recurrence,
        !recurrences.isEmpty
      else { return nil }
      return recurrences.contains(recurrence)
    case .timeLimit:
      if let day = try? DeadlinePhrase.parse(expression.text).get() {
        return days.isEmpty ? nil : days.contains(day)
      }
      guard let span = expression.timeSpan, !spans.isEmpty else { return nil }
      return spans.contains { $0.added(to: Day(ordinal: 0)) == span.added(to: Day(ordinal: 0)) }
    case .year, .yearRange, .annual, .longTerm, .planPeriod:
      return nil
    }
  }

  /// What the rule says, for a message: its days, spans or recurrences.
  func describe(for kind: TimeExpression.Kind) -> String {
    switch kind {
    case .recurrence: recurrences.map(\.chineseName).sorted().joined(separator: ", ")
    case .timeLimit where !spans.isEmpty: spans.map(\.description).sorted().joined(separator: ", ")
    default: days.sorted().prefix(3).map(\.description).joined(separator: ", ")
    }
  }

  /// What an expression means, for a message.
  static func meaning(of expression: TimeExpression) -> String {
    if let day = expression.deadline { return day.description }
    if let day = try? DeadlinePhrase.parse(expression.text).get() { return day.description }
    if let span = expression.timeSpan { return span.description }
    if let start = try? DeadlinePhrase.parseStart(expression.text).get() {
      return start.description
    }
    return expression.text
  }
}
