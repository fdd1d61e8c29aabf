import RuleParser

/// The findings as JUnit XML, for CI test reports: one test suite per policy
/// that fired (and one, `violations`, for what no policy escalates), one
/// failing test case per finding, named by its instance and located at the
/// rule file and line of its obligation.
public struct JUnitReport: CheckReport {
  /// Creates a JUnit report.
  public init() {}

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
      suites[escalation.policy, default: []].append(
        testCase(
          suite: escalation.policy, violation: violation, type: escalation.action.rawValue,
          message: message))
    }
    for violation in result.violations where result.escalations(of: violation).isEmpty {
      let message = "\(violation.kind.label.en), " + ReportText.measure(of: violation, in: .en)
      suites["violations", default: []].append(
        testCase(
          suite: "violations", violation: violation, type: violation.kind.rawValue,
          message: message))
    }
    let returns = result.returns
    let total = suites.values.reduce(0) { $0 + $1.count }
    let tests = total + (returns?.bodies.count ?? 0)
    let failures = total + (returns?.incomplete.count ?? 0)
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<testsuites name=\"rulec check \(Self.escape(result.plan)) \(result.asOf)\" "
        + "tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\">",
    ]
    lines += returns?.junitSuite(escape: Self.escape, graph: graph) ?? []
    for name in suites.keys.sorted() {
      let cases = suites[name] ?? []
      lines.append(
        "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(cases.count)\" "
          + "failures=\"\(cases.count)\" errors=\"0\" skipped=\"0\">")
      lines += cases
      lines.append("  </testsuite>")
    }
    lines.append("</testsuites>")
    return lines.joined(separator: "\n") + "\n"
  }

  private func testCase(
    suite: String, violation: Violation, type: String, message: String
  ) -> String {
    let location = violation.location
    var detail = "\(violation.instance): \(violation.title)"
    if let due = violation.due { detail += "\ndue \(due)" }
    if let source = violation.source { detail += "\n\(source.section): \(source.quote)" }
    return "    <testcase classname=\"\(Self.escape(suite))\" "
      + "name=\"\(Self.escape(violation.instance))\" "
      + "file=\"\(Self.escape(location.file))\" line=\"\(location.line)\">\n"
      + "      <failure type=\"\(Self.escape(type))\" message=\"\(Self.escape(message))\">"
      + Self.escape(detail) + "</failure>\n"
      + "    </testcase>"
  }

  /// Text escaped for XML attributes and content; characters XML 1.0 does
  /// not allow are dropped.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += "&#10;"
      case "\t", "\r": result += "&#\(scalar.value);"
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
