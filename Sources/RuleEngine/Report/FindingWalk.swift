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
      body(result.violations[answered], result.escalations[position])
    }
    for position in result.violations.indices where !result.isEscalated(violationAt: position) {
      body(result.violations[position], nil)
    }
  }

  /// A finding's message: `english()` in English, else the Chinese one
  /// every report shares (`FindingMessage`).
  func message(
    _ violation: Violation, _ escalation: Escalation?, _ graph: ObligationGraph,
    english: () -> String
  ) -> String {
    language == .zh ? FindingMessage.chinese(violation, escalation, graph) : english()
  }

  /// Where the instance's entry starts in the snapshot, if it has one.
  func place(of instance: String) -> SourceLocation? {
    entries.location(of: instance)
  }
}
