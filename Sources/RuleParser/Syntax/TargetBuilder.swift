import Foundation

/// Reads a metric's `target:`: one target (`{at_least: 100, by: …}`,
/// `{about: 2000, tolerance: 10%, by: …}`, `{between: [1, 2], by: …}`,
/// `{trend: 大幅度提高, by: …}`), a target met in each period
/// (`{at_least: 100, every: 每年, by: …}`), or a list of stages.
struct TargetBuilder {
  /// The keys of one target.
  static let keys = [
    "at_most", "at_least", "about", "tolerance", "between", "trend", "by", "every", "from",
  ]
  /// The keys that name the target's form; exactly one is written.
  static let forms = ["at_most", "at_least", "about", "between", "trend"]
  /// Words of a direction with no number (`大幅度提高`, `明显下降`).
  static let directionWords = ["提高", "提升", "增加", "增长", "扩大", "下降", "降低", "减少", "缩小", "改善", "好转"]

  let phrases: PhraseCache

  /// The target of `node`, or `nil` after reporting what is wrong.
  func read(_ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics)
    -> MetricDecl.Target?
  {
    guard let items = node.sequence else { return single(node, subject, &diagnostics) }
    guard !items.isEmpty else {
      diagnostics.report(.emptyValue(subject, at: node.location))
      return nil
    }
    let errorsBefore = diagnostics.errorCount
    let stages = items.compactMap { single($0, subject, &diagnostics) }
    guard diagnostics.errorCount == errorsBefore, var last = stages.last else { return nil }
    for (stage, item) in zip(stages, items) {
      if let every = stage.every {
        diagnostics.report(
          .targetStagesMixed("every", expected: Self.formName(last), at: every.range))
      } else if let from = stage.from {
        diagnostics.report(
          .targetStagesMixed("from", expected: Self.formName(last), at: from.range))
      } else if stage.shape.name != last.shape.name || stage.direction != last.direction {
        diagnostics.report(
          .targetStagesMixed(
            Self.formName(stage), expected: Self.formName(last), at: item.location))
      }
    }
    for (previous, next) in zip(stages, stages.dropFirst()) where next.by.value <= previous.by.value
    {
      diagnostics.report(.targetStagesOutOfOrder(at: next.by.range))
    }
    guard diagnostics.errorCount == errorsBefore else { return nil }
    last.earlier = stages.dropLast().map {
      MetricDecl.Stage(value: $0.value, by: $0.by, isRelative: $0.isRelative, low: $0.shape.low)
    }
    return last
  }

  /// The key a target's form is written with.
  private static func formName(_ target: MetricDecl.Target) -> String {
    target.shape == .bound ? target.direction.rawValue : target.shape.name
  }

  /// One `{form: value, by: …}` mapping.
  private func single(_ node: YAMLNode, _ subject: LocalizedText, _ diagnostics: inout Diagnostics)
    -> MetricDecl.Target?
  {
    guard
      let map = MappingReader(node, subject: subject, allowed: Self.keys, diagnostics: &diagnostics)
    else { return nil }
    let by = map.required("by", diagnostics: &diagnostics).flatMap {
      ScalarReading.day(
        $0, Subject.field("by", of: subject), cache: phrases, diagnostics: &diagnostics)
    }
    let forms = Self.forms.filter { map[$0] != nil }
    guard forms.count == 1, let form = forms.first, let valueNode = map[form] else {
      if forms.count > 1 {
        diagnostics.report(
          .conflictingKeys(forms[0], forms[1], in: subject, at: map.node.location))
      } else {
        diagnostics.report(
          .missingKey("at_most' or 'at_least", in: subject, at: map.node.location))
      }
      return nil
    }
    if form != "about", let key = map.keyNode("tolerance") {
      diagnostics.report(.targetKeyOutOfPlace("tolerance", needs: "about", at: key.location))
    }
    if map["every"] == nil, let key = map.keyNode("from") {
      diagnostics.report(.targetKeyOutOfPlace("from", needs: "every", at: key.location))
    }
    let every = map["every"].flatMap {
      ScalarReading.recurrence($0, Subject.field("every", of: subject), diagnostics: &diagnostics)
    }
    let from = map["from"].flatMap {
      ScalarReading.day(
        $0, Subject.field("from", of: subject), cache: phrases, diagnostics: &diagnostics)
    }
    if let every, every.value.start != nil, let from {
      diagnostics.report(.startTwice(at: from.range))
    }
    let what = Subject.field(form, of: subject)
    let written: Form?
    switch form {
    case "about":
      written = about(valueNode, map, what, subject, &diagnostics)
    case "between":
      written = between(valueNode, what, &diagnostics)
    case "trend":
      written = ScalarReading.string(valueNode, what, diagnostics: &diagnostics).map {
        trend($0.value, at: $0.range)
      }
    default:
      written = bound(
        MetricDecl.Direction(rawValue: form) ?? .atLeast, valueNode, what, &diagnostics)
    }
    guard let written, let by else { return nil }
    return MetricDecl.Target(
      direction: written.direction, value: written.value, by: by, isRelative: written.isRelative,
      shape: written.shape, every: every,
      from: from
        ?? every.flatMap { every in every.value.start.map { Located($0, at: every.range) } })
  }

  /// A target's form and value, before its day.
  private struct Form {
    var direction: MetricDecl.Direction = .atLeast
    var value: Located<Double>
    var isRelative = false
    var shape: TargetShape = .bound
  }

  /// `at_most: 45`, `at_least: 100`, `at_most: -18%` (relative to the baseline).
  private func bound(
    _ direction: MetricDecl.Direction, _ node: YAMLNode, _ what: LocalizedText,
    _ diagnostics: inout Diagnostics
  ) -> Form? {
    let written = node.scalar.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    if Self.isDirection(written) {
      diagnostics.report(.directionAsTarget(written, key: direction.rawValue, at: node.location))
      return trend(written, at: node.location)
    }
    let isRelative = written.hasSuffix("%")
    let value: Located<Double>?
    if isRelative {
      if let number = Double(written.dropLast()), number.isFinite, number > -100 {
        value = Located(number, at: node.location)
      } else {
        diagnostics.report(.expectedNumber(what, found: written, at: node.location))
        value = nil
      }
    } else {
      value = ScalarReading.number(node, what, diagnostics: &diagnostics)
    }
    return value.map { Form(direction: direction, value: $0, isRelative: isRelative) }
  }

  /// `about: 2000` with `tolerance: 10%` or `tolerance: 200`.
  private func about(
    _ node: YAMLNode, _ map: MappingReader, _ what: LocalizedText, _ subject: LocalizedText,
    _ diagnostics: inout Diagnostics
  ) -> Form? {
    let value = ScalarReading.number(node, what, diagnostics: &diagnostics)
    guard let toleranceNode = map["tolerance"] else {
      diagnostics.report(
        .missingKey(
          .missingKey, "tolerance", in: subject, add: "`tolerance: 10%`", at: map.node.location))
      return nil
    }
    let toleranceWhat = Subject.field("tolerance", of: subject)
    let written = toleranceNode.scalar.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    let percent = written.hasSuffix("%")
    let tolerance: Double?
    if percent {
      tolerance = Double(written.dropLast()).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
      if tolerance == nil {
        diagnostics.report(
          .expectedNumber(toleranceWhat, found: written, at: toleranceNode.location))
      }
    } else {
      tolerance =
        ScalarReading.number(toleranceNode, toleranceWhat, diagnostics: &diagnostics)?.value
    }
    guard let value, let tolerance else { return nil }
    return Form(value: value, shape: .about(tolerance: tolerance, percent: percent))
  }

  /// `between: [1, 2]`.
  private func between(_ node: YAMLNode, _ what: LocalizedText, _ diagnostics: inout Diagnostics)
    -> Form?
  {
    if let text = node.scalar {
      // `between: 1到2`, as the plan writes it.
      let ends = text.components(separatedBy: "到").map {
        Double($0.trimmingCharacters(in: .whitespaces))
      }
      guard ends.count == 2, let low = ends[0], let high = ends[1], low.isFinite, high.isFinite,
        low <= high
      else {
        diagnostics.report(.badTargetRange(found: text, at: node.location))
        return nil
      }
      return Form(value: Located(high, at: node.location), shape: .between(low: low))
    }
    guard let items = node.sequence, items.count == 2 else {
      diagnostics.report(.badTargetRange(found: "…", at: node.location))
      return nil
    }
    let bounds = items.compactMap { ScalarReading.number($0, what, diagnostics: &diagnostics) }
    guard bounds.count == 2 else { return nil }
    guard bounds[0].value <= bounds[1].value else {
      diagnostics.report(
        .badTargetRange(
          found: "[\(items[0].scalar ?? ""), \(items[1].scalar ?? "")]",
          at: node.location))
      return nil
    }
    return Form(value: bounds[1], shape: .between(low: bounds[0].value))
  }

  /// `trend: 大幅度提高`: no number.
  private func trend(_ words: String, at range: SourceRange) -> Form {
    Form(value: Located(0, at: range), shape: .trend(words))
  }

  /// Whether a target's value is a direction with no number (`大幅度提高`).
  static func isDirection(_ text: String) -> Bool {
    !text.contains(where: \.isNumber) && directionWords.contains { text.contains($0) }
  }
}
