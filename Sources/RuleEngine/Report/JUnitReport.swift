import RuleParser

/// The findings as JUnit XML, for CI test reports: one test suite per policy
/// that fired (and one, `violations`, for what no policy escalates), one
/// failing test case per finding, named by its instance and located at the
/// rule file and line of its obligation.
public struct JUnitReport: CheckReport {
  /// The language of the messages.
  public var language: Language
  /// The snapshot's entries: their places, and the instances that pass.
  public var entries: SnapshotEntries

  /// Creates a JUnit report.
  public init(language: Language = .en, entries: SnapshotEntries = .init()) {
    self.language = language
    self.entries = entries
  }

  /// The report.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var suites: [String: [String]] = [:]
    for escalation in result.escalations {
      guard let violation = result.violation(answeredBy: escalation) else { continue }
      let by = ReportText.bodyName(escalation.by, in: graph)
      var message =
        "\(escalation.action.rawValue) (\(escalation.action.chineseName)) by \(by): "
        + "\(violation.kind.label.en), " + ReportText.measure(of: violation, in: .en)
      if let source = escalation.source { message += " [\(source.section)]" }
      if language == .zh { message = FindingMessage.chinese(violation, escalation, graph) }
      suites[escalation.policy, default: []].append(
        testCase(
          suite: escalation.policy, violation: violation, type: escalation.action.rawValue,
          message: message))
    }
    for violation in result.violations where !result.isEscalated(violation) {
      let message =
        language == .zh
        ? FindingMessage.chinese(violation, nil, graph)
        : "\(violation.kind.label.en), " + ReportText.measure(of: violation, in: .en)
      suites["violations", default: []].append(
        testCase(
          suite: "violations", violation: violation, type: violation.kind.rawValue,
          message: message))
    }
    let returns = result.returns
    let failures = suites.values.reduce(0) { $0 + $1.count }
    let failing = Set(result.violations.map(\.instance))
    let passing = entries.checked.filter { !failing.contains($0) }
    if !passing.isEmpty { suites[Self.passingSuite] = passing.map { passingCase($0, graph) } }
    let tests = failures + passing.count + (returns?.bodies.count ?? 0)
    let failed = failures + (returns?.incomplete.count ?? 0)
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<testsuites name=\"rulec check \(Self.escape(result.plan)) \(result.asOf)\" "
        + "tests=\"\(tests)\" failures=\"\(failed)\" errors=\"0\">",
    ]
    lines += returns?.junitSuite(escape: Self.escape.callAsFunction, graph: graph) ?? []
    for name in suites.keys.sorted() {
      let cases = suites[name] ?? []
      let failed = name == Self.passingSuite ? 0 : cases.count
      lines.append(
        "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" "
          + "failures=\"\(failed)\" errors=\"0\" skipped=\"0\">")
      lines += cases
      lines.append("  </testsuite>")
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The suite of the instances checked without a finding.
  static let passingSuite = "passed"

  private func passingCase(_ instance: String, _ graph: ObligationGraph) -> String {
    let location =
      graph.instance(instance).flatMap { graph.obligation($0.obligation)?.location }
      ?? graph.metricInstance(instance).flatMap { graph.metric($0.metric)?.location }
    var attributes = "classname=\"\(Self.passingSuite)\" name=\"\(Self.escape(instance))\""
    if let location {
      attributes += " file=\"\(Self.escape(location.file))\" line=\"\(location.line)\""
    }
    return "    <testcase \(attributes)>" + snapshotProperty(instance) + "</testcase>"
  }

  /// The entry's place in the snapshot as a test case property.
  private func snapshotProperty(_ instance: String) -> String {
    guard let place = entries.place(of: instance) else { return "" }
    let property = "<property name=\"snapshot\" value=\"\(Self.escape(place))\"/>"
    return "<properties>\(property)</properties>"
  }

  private func testCase(
    suite: String, violation: Violation, type: String, message: String
  ) -> String {
    let location = violation.location
    var detail = "\(violation.instance): \(violation.title)"
    if let due = violation.due {
      let label = violation.kind.dueLabel
      detail += "\n\(language == .zh ? label.zh : label.en) \(due)"
    }
    if let source = violation.source { detail += "\n\(source.section): \(source.quote)" }
    if let place = entries.place(of: violation.instance) { detail += "\nsnapshot \(place)" }
    let properties = snapshotProperty(violation.instance)
    return "    <testcase classname=\"\(Self.escape(suite))\" "
      + "name=\"\(Self.escape(violation.instance))\" "
      + "file=\"\(Self.escape(location.file))\" line=\"\(location.line)\">\n"
      + (properties.isEmpty ? "" : "      \(properties)\n")
      + "      <failure type=\"\(Self.escape(type))\" message=\"\(Self.escape(message))\">"
      + Self.escape(detail) + "</failure>\n"
      + "    </testcase>"
  }

  /// Text escaped for XML attributes and content, line breaks and tabs as
  /// character references; characters XML 1.0 does not allow are dropped.
  static let escape = Escaping(
    replacements: Escaping.xml.replacements.merging([
      "'": "&apos;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;",
    ]) { $1 }, controls: .droppedForXML)
}
