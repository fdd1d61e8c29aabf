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

  /// Calls `body` with each finding: a violation, and the escalation that
  /// answers it (`nil` for a violation no policy escalates).
  func forEach(in result: CheckResult, _ body: (Violation, Escalation?) -> Void) {
    for position in result.escalations.indices {
      guard let answered = result.violationPosition(answering: position) else { continue }
      result.violations.withElement(at: answered) { body($0, result.escalations[position]) }
    }
    for position in result.violations.indices where !result.isEscalated(violationAt: position) {
      result.violations.withElement(at: position) { body($0, nil) }
    }
  }

  /// Where the instance's entry starts in the snapshot, if it has one.
  func place(of instance: String) -> SourceLocation? {
    entries.location(of: instance)
  }
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
