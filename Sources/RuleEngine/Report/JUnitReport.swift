import RuleParser

/// The findings as JUnit XML, for CI test reports: one test suite per policy
/// that fired (and one, `violations`, for what no policy escalates), one
/// failing test case per finding, named by its instance and located at the
/// rule file and line of its obligation.
public struct JUnitReport: CheckReport {
  /// The findings in order, their messages and entries (also the instances
  /// that pass).
  private let findings: FindingWalk

  /// Creates a JUnit report, its messages in `language`; `entries` gives
  /// each finding's entry and the instances checked.
  public init(language: Language = .en, entries: SnapshotEntries = .init()) {
    findings = FindingWalk(language: language, entries: entries)
  }

  /// One test case of a suite, by its position in the result.
  private enum TestCase {
    /// A failing case: an escalation (and the violation it answers).
    case escalation(Int)
    /// A failing case: a violation no policy escalates.
    case violation(Int)
    /// A passing case: an instance checked without a finding.
    case passing(Int)
  }

  /// Writes the report: the suites in name order, each case as it is
  /// made, a suite's cases on both cores (`TwoCoreWriting`).
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    // The failing suites along a short list of the policies that fired (a
    // ladder has a few): a policy is found by comparing, not hashing, its id.
    var suites: [(name: String, cases: [TestCase])] = []
    for index in result.escalations.indices
    where result.violationPosition(answering: index) != nil {
      let policy = result.escalations[index].policy
      if let known = suites.firstIndex(where: { $0.name == policy }) {
        suites[known].cases.append(.escalation(index))
      } else {
        suites.append((policy, [.escalation(index)]))
      }
    }
    // A policy named as a suite of rulec's own shares it: its violations
    // join it, its passing cases replace it.
    func suite(named name: String) -> Int? { suites.firstIndex { $0.name == name } }
    let unanswered = result.violations.indices.filter { !result.isEscalated(violationAt: $0) }
    if !unanswered.isEmpty {
      let cases = unanswered.map(TestCase.violation)
      if let known = suite(named: "violations") {
        suites[known].cases += cases
      } else {
        suites.append(("violations", cases))
      }
    }
    let failures = suites.reduce(0) { $0 + $1.cases.count }
    let passing = Self.passing(findings.entries.checked(in: graph), result.violations, graph)
    if !passing.isEmpty {
      let cases = passing.indices.map(TestCase.passing)
      if let known = suite(named: Self.passingSuite) {
        suites[known].cases = cases
      } else {
        suites.append((Self.passingSuite, cases))
      }
    }
    let returns = result.returns
    output.write(
      literal: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"rulec check ")
    output.write(result.plan, escaping: Self.escape)
    output.write(" \(result.asOf)\" tests=\"")
    output.write(failures + passing.count + (returns?.bodies.count ?? 0))
    output.write(literal: "\" failures=\"")
    output.write(failures + (returns?.incomplete.count ?? 0))
    output.write(literal: "\" errors=\"0\">\n")
    for line in returns?.junitSuite(escape: Self.escape.callAsFunction, graph: graph) ?? [] {
      output.write(line)
      output.write(literal: "\n")
    }
    for (name, cases) in suites.sorted(by: { $0.name < $1.name }) {
      output.write(literal: "  <testsuite")
      Self.write(" name=\"", name, into: &output)
      Self.write(" tests=\"", String(cases.count), into: &output)
      Self.write(" failures=\"", String(name == Self.passingSuite ? 0 : cases.count), into: &output)
      output.write(literal: " errors=\"0\" skipped=\"0\">\n")
      // The suite's name escaped once, for each of its cases.
      var classname = ReportOutput()
      Self.write(" classname=\"", name, into: &classname)
      let suite = classname.bytes
      TwoCoreWriting.write(
        cases.count, into: &output, state: Side(graph: graph, places: findings.places)
      ) { range, side, output in
        for testCase in cases[range] {
          switch testCase {
          case .escalation(let index):
            guard let answered = result.violationPosition(answering: index) else { continue }
            result.violations.withElement(at: answered) {
              write($0, result.escalations[index], suite: suite, graph, &side, into: &output)
            }
          case .violation(let index):
            result.violations.withElement(at: index) {
              write($0, nil, suite: suite, graph, &side, into: &output)
            }
          case .passing(let index):
            writePassing(passing[index], &side, into: &output)
          }
        }
      }
      output.write(literal: "  </testsuite>\n")
    }
    output.write(literal: "</testsuites>\n")
  }

  /// The instances checked without a finding, in id order: the instances
  /// checked and the violations are both in id order, so one walk along
  /// both finds the failing ones without hashing an id.
  private static func passing(
    _ checked: [SnapshotEntries.Checked], _ violations: [Violation], _ graph: ObligationGraph
  ) -> [SnapshotEntries.Checked] {
    var passing: [SnapshotEntries.Checked] = []
    passing.reserveCapacity(checked.count)
    var next = 0
    for instance in checked {
      let id = instance.id(in: graph)
      while next < violations.count, violations.withElement(at: next, { $0.instance < id }) {
        next += 1
      }
      if next < violations.count, violations.withElement(at: next, { $0.instance == id }) {
        continue
      }
      passing.append(instance)
    }
    return passing
  }

  /// The suite of the instances checked without a finding.
  static let passingSuite = "passed"

  private func writePassing(
    _ checked: SnapshotEntries.Checked, _ side: inout Side, into output: inout ReportOutput
  ) {
    let instance = checked.id(in: side.declared.graph)
    // The class name is `passingSuite`, which needs no escaping.
    output.write(literal: "    <testcase classname=\"passed\"")
    Self.write(" name=\"", instance, into: &output)
    if let location = side.declared.location(of: checked) {
      output.write(literal: " file=\"")
      side.files.write(fileOf: location, into: &output)
      Self.write("\" line=\"", location.line, into: &output)
    }
    output.write(literal: ">")
    if let place = side.places.location(of: instance) {
      writeSnapshot(place, &side.files, into: &output)
    }
    output.write(literal: "</testcase>\n")
  }

  /// What each side of a suite written on both cores keeps as it goes
  /// (`TwoCoreWriting`): where the last entry and obligation were found,
  /// the file names it has escaped, and the bytes it made of policies and
  /// duties.
  private struct Side {
    var declared: DeclaredAt
    var places: SnapshotEntries.Places
    var files = EscapedFileNames(JUnitReport.escape)
    /// A failure's start made of its policy, up to the violation's kind
    /// (`<failure type="…" message="… by …: `), for English messages.
    var policyStarts = PolicyBytes()
    /// A failure message's end made of its policy (` [clause]">`).
    var policyEnds = PolicyBytes()
    /// The failure text's part made of the duty (title, due, clause).
    var duties = JUnitDutyText()

    init(graph: ObligationGraph, places: SnapshotEntries.Places) {
      declared = DeclaredAt(graph: graph)
      self.places = places
    }
  }

  /// Where the obligation or metric of a checked instance is declared; the
  /// last obligation is kept, as an obligation's instances come one after
  /// another in id order, and the next one is looked for after it (the
  /// obligations are in id order too) before it is searched for: a search
  /// and a copy of the obligation cost ~1,500 instructions, 15 M for the
  /// 10 k obligations of a 100k check.
  private struct DeclaredAt {
    let graph: ObligationGraph
    private var last: (obligation: String, position: Int, location: SourceLocation?)?

    init(graph: ObligationGraph) { self.graph = graph }

    mutating func location(of checked: SnapshotEntries.Checked) -> SourceLocation? {
      switch checked {
      case .instance(let position):
        let obligation = graph.instances[position].obligation
        if let last, last.obligation == obligation { return last.location }
        let obligations = graph.obligations
        guard
          let found = IDOrder.position(
            of: obligation, in: obligations, after: last?.position ?? -1, id: \.id)
        else { return nil }
        let location = obligations[found].location
        last = (obligation, found, location)
        return location
      case .metric(let position):
        return graph.metric(graph.metricInstances[position].metric)?.location
      }
    }
  }

  /// An attribute, ` name="value"`: `start` is ` name="`, the value
  /// escaped (the markup written as one literal, not in four pieces).
  private static func write(
    _ start: StaticString, _ value: String, into output: inout ReportOutput
  ) {
    output.write(literal: start)
    output.write(value, escaping: escape)
    output.write(ascii: "\"")
  }

  /// A number attribute, ` name="number"`: `start` is ` name="`.
  private static func write(
    _ start: StaticString, _ number: Int, into output: inout ReportOutput
  ) {
    output.write(literal: start)
    output.write(number)
    output.write(ascii: "\"")
  }

  /// The entry's place in the snapshot as a test case property.
  private func writeSnapshot(
    _ place: SourceLocation, _ files: inout EscapedFileNames, into output: inout ReportOutput
  ) {
    output.write(literal: "<properties><property name=\"snapshot\" value=\"")
    files.write(place: place, into: &output)
    output.write(literal: "\"/></properties>")
  }

  /// A failing test case: where the duty is, the snapshot's entry, and the
  /// failure with its message and detail.
  ///
  /// `suite` is the attribute ` classname="suite"`, escaped.
  private func write(
    _ violation: Violation, _ escalation: Escalation?, suite: [UInt8], _ graph: ObligationGraph,
    _ side: inout Side, into output: inout ReportOutput
  ) {
    let location = violation.location
    let place = side.places.location(of: violation.instance)
    output.write(literal: "    <testcase")
    output.write(contentsOf: suite)
    Self.write(" name=\"", violation.instance, into: &output)
    output.write(literal: " file=\"")
    side.files.write(fileOf: location, into: &output)
    Self.write("\" line=\"", location.line, into: &output)
    output.write(literal: ">\n")
    if let place {
      output.write(literal: "      ")
      writeSnapshot(place, &side.files, into: &output)
      output.write(literal: "\n")
    }
    writeFailureStart(violation, escalation, graph, &side, into: &output)
    output.write(violation.instance, escaping: Self.escape)
    side.duties.write(of: violation, into: &output) { writeDuty(of: violation, into: &$0) }
    if let place {
      output.write(literal: "&#10;snapshot ")
      side.files.write(place: place, into: &output)
    }
    output.write(literal: "</failure>\n    </testcase>\n")
  }

  /// A failure's start tag, up to the text: its type and message.
  ///
  /// An escalation's English message is its policy's part (the action, who
  /// acts), the violation's kind and measure, and the policy's clause: the
  /// policy's parts are made once per writing side and policy
  /// (`PolicyBytes`), not looked up and escaped for each failure (~1,800
  /// instructions a failure at 100k, ~88 M in all).
  private func writeFailureStart(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph,
    _ side: inout Side, into output: inout ReportOutput
  ) {
    guard let escalation, findings.language == .en else {
      output.write(literal: "      <failure")
      Self.write(" type=\"", escalation?.action.rawValue ?? violation.kind.rawValue, into: &output)
      output.write(literal: " message=\"")
      if findings.language == .zh {
        output.write(FindingMessage.chinese(violation, escalation, graph), escaping: Self.escape)
      } else {
        writeFinding(violation, into: &output)
      }
      return output.write(literal: "\">")
    }
    // Made without a closure, which would copy the graph for each failure.
    if !side.policyStarts.writeKnown(of: escalation, into: &output) {
      var start = ReportOutput()
      Self.writePolicyStart(escalation, graph, into: &start)
      side.policyStarts.write(start.bytes, madeOf: escalation, into: &output)
    }
    writeFinding(violation, into: &output)
    side.policyEnds.write(of: escalation, into: &output) { output in
      if let source = escalation.source {
        output.write(literal: " [")
        output.write(source.section, escaping: Self.escape)
        output.write(literal: "]")
      }
      output.write(literal: "\">")
    }
  }

  /// A failure's start made of its policy (`writeFailureStart`).
  private static func writePolicyStart(
    _ escalation: Escalation, _ graph: ObligationGraph, into output: inout ReportOutput
  ) {
    output.write(literal: "      <failure")
    write(" type=\"", escalation.action.rawValue, into: &output)
    output.write(literal: " message=\"")
    output.write(escalation.action.rawValue, escaping: escape)
    output.write(literal: " (")
    output.write(escalation.action.chineseName, escaping: escape)
    output.write(literal: ") by ")
    output.write(ReportText.bodyName(escalation.by, in: graph), escaping: escape)
    output.write(literal: ": ")
  }

  /// The English message's finding: the violation's kind and measure.
  private func writeFinding(_ violation: Violation, into output: inout ReportOutput) {
    output.write(violation.kind.label.en, escaping: Self.escape)
    output.write(literal: ", ")
    output.writeMeasure(of: violation, in: .en, escaping: Self.escape)
  }

  /// The failure text's part that comes from the duty: `: title`, the due
  /// date with its label, and the clause, escaped.
  private func writeDuty(of violation: Violation, into output: inout ReportOutput) {
    output.write(literal: ": ")
    output.write(violation.title, escaping: Self.escape)
    if let due = violation.due {
      let label = violation.kind.dueLabel
      output.write(literal: "&#10;")
      output.write(findings.language == .zh ? label.zh : label.en, escaping: Self.escape)
      output.write(ascii: " ")
      output.write(due.description)
    }
    if let source = violation.source {
      output.write(literal: "&#10;")
      output.write(source.section, escaping: Self.escape)
      output.write(literal: ": ")
      output.write(source.quote, escaping: Self.escape)
    }
  }

  /// Text escaped for XML attributes and content, line breaks and tabs as
  /// character references; characters XML 1.0 does not allow are dropped.
  static let escape = Escaping(
    replacements: Escaping.xml.replacements.merging([
      "'": "&apos;", "\n": "&#10;", "\t": "&#9;", "\r": "&#13;",
    ]) { $1 }, controls: .droppedForXML)
}
