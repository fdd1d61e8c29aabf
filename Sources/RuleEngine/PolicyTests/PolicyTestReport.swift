/// The report of `rulec test`: one line per case, a diff of expected and
/// actual findings under each failing case, and a count.
public enum PolicyTestReport {
  /// Renders the outcomes in the order given.
  ///
  /// A failing case lists its findings as a diff: `-` expected but not
  /// found, `+` found but not expected, two spaces for those that match.
  public static func text(_ outcomes: [PolicyTestRunner.Outcome]) -> String {
    var out = ""
    for outcome in outcomes {
      let testCase = outcome.testCase
      let place = testCase.location.start.description
      out += "\(outcome.passed ? "PASS" : "FAIL")  \(testCase.name)  (\(place))\n"
      guard !outcome.passed else { continue }
      var lines: [(PolicyTestCase.Finding, String)] = []
      lines += outcome.missing.map { ($0, "-") }
      lines += outcome.unexpected.map { ($0, "+") }
      lines += outcome.matched.map { ($0, " ") }
      out += "      --- expected\n      +++ actual\n"
      for (finding, mark) in lines.sorted(by: { $0.0 < $1.0 }) {
        out += "      \(mark) \(finding)\n"
      }
    }
    let failed = outcomes.filter { !$0.passed }.count
    let cases = outcomes.count == 1 ? "1 case" : "\(outcomes.count) cases"
    out += "\n\(cases): \(outcomes.count - failed) passed, \(failed) failed\n"
    return out
  }
}
