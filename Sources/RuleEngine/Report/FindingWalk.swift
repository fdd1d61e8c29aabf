import RuleParser

/// The findings one by one, as the GitHub report writes them (and JUnit's
/// suites group them): every escalation with the violation it answers, then
/// every violation no policy escalates; each message in the report's
/// language, and the place of the instance's entry in the snapshot.
struct FindingWalk: Sendable {
  /// The language of the messages.
  let language: Language
  /// The snapshot's entries.
  let entries: SnapshotEntries

  /// Writes each finding with `body` into `output`.
  ///
  /// A finding is a violation, and the escalation that answers it (`nil`
  /// for a violation no policy escalates). The findings are written on
  /// both cores (`TwoCoreWriting`), each side with a `state` of its own.
  func write<State>(
    _ result: CheckResult, into output: inout ReportOutput, state: @autoclosure () -> State,
    _ body: (Violation, Escalation?, inout State, inout ReportOutput) -> Void
  ) {
    let findings = Self.positions(in: result)
    TwoCoreWriting.write(findings.count, into: &output, state: state()) { range, state, output in
      for item in range {
        let (violation, escalation) = findings[item]
        result.violations.withElement(at: violation) {
          body($0, escalation < 0 ? nil : result.escalations[escalation], &state, &output)
        }
      }
    }
  }

  /// The findings in order, by position: each escalation that answers a
  /// violation, with that violation, then each violation no policy
  /// escalates, its escalation -1.
  static func positions(in result: CheckResult) -> [(violation: Int, escalation: Int)] {
    var findings: [(violation: Int, escalation: Int)] = []
    findings.reserveCapacity(result.escalations.count + result.violations.count)
    for position in result.escalations.indices {
      guard let answered = result.violationPosition(answering: position) else { continue }
      findings.append((answered, position))
    }
    for position in result.violations.indices where !result.isEscalated(violationAt: position) {
      findings.append((position, -1))
    }
    return findings
  }

  /// Where the instances' entries start in the snapshot, found in id order.
  var places: SnapshotEntries.Places { SnapshotEntries.Places(entries) }
}

extension Array {
  /// Calls `body` with the element at `position`, read in place: reading
  /// `self[position]` copies the element (for a violation, a dozen
  /// references retained, later released), which a report of a million
  /// findings would pay for a million times.
  func withElement<Result>(at position: Int, _ body: (Element) -> Result) -> Result {
    precondition(indices.contains(position), "no element at \(position)")
    return withUnsafeBufferPointer { body($0[position]) }
  }
}
