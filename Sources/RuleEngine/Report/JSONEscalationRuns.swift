import RuleParser

/// The members of a JSON report's escalations (`JSONReport`) that their
/// policy or obligation fixes, recorded on one writing side the first time
/// they come (`JSONText.Writer.Recording`) and written again as bytes.
///
/// A check's escalations come in instance order from a few policies, and an
/// instance's come together: its policy's `location`, `policy`, `source` and
/// `title`, and the `obligation_source` of the obligation it answers, are
/// most of an escalation's text (clauses and titles are Chinese text to
/// escape, a location is a file name and two numbers), and were written
/// afresh for each of a million escalations. A recording is written again
/// only for the same policy (the part its escalations share) or an equal
/// clause, and only where the layout is where it was made, so the text is
/// always what writing the members gives. At 100k instances: `check
/// --format json` 2,702.6 -> 2,619.5 M instructions.
///
/// Violations are written as they come: an obligation has a few violations
/// in a row at most, and recording its members cost as much as it saved.
struct JSONEscalationRuns {
  /// A recording and the values it was made of.
  private struct Run<Key: Equatable> {
    let key: Key
    let recording: JSONText.Writer.Recording
  }

  /// The last escalation's `obligation_source`.
  private var obligationSource: Run<SourceClause>?
  /// The policies' `location` members, by their escalations' shared part.
  private var policyLocations = ByPolicy<JSONText.Writer.Recording>()
  /// The policies' `policy` and `source` members.
  private var policyIDs = ByPolicy<JSONText.Writer.Recording>()
  /// The policies' `title` members.
  private var policyTitles = ByPolicy<JSONText.Writer.Recording>()

  /// Writes an escalation's `obligation_source` member.
  mutating func writeObligationSource(
    _ source: SourceClause, into writer: inout JSONText.Writer
  ) {
    Self.write(source, last: &obligationSource, into: &writer) {
      JSONReport.write("obligation_source", source, into: &$0)
    }
  }

  /// Writes an escalation's `location` member (its policy's).
  mutating func writeLocation(of escalation: Escalation, into writer: inout JSONText.Writer) {
    Self.write(escalation, among: &policyLocations, into: &writer) { writer in
      writer.field("location")
      writer.string(escalation.policyLocation)
    }
  }

  /// Writes an escalation's `policy` and (when it has one) `source`
  /// members.
  mutating func writePolicy(of escalation: Escalation, into writer: inout JSONText.Writer) {
    Self.write(escalation, among: &policyIDs, into: &writer) { writer in
      writer.field("policy")
      writer.string(escalation.policy)
      if let source = escalation.source { JSONReport.write("source", source, into: &writer) }
    }
  }

  /// Writes an escalation's `title` member, when its policy has a title.
  mutating func writeTitle(of escalation: Escalation, into writer: inout JSONText.Writer) {
    Self.write(escalation, among: &policyTitles, into: &writer) { writer in
      guard let title = escalation.policyTitle else { return }
      writer.field("title")
      writer.string(title)
    }
  }

  /// Writes what `steps` write for `key`: the last run's recording when it
  /// was made of `key` and can be written here, else the steps, recorded
  /// as the last run.
  private static func write<Key: Equatable>(
    _ key: Key, last: inout Run<Key>?, into writer: inout JSONText.Writer,
    _ steps: (inout JSONText.Writer) -> Void
  ) {
    if let run = last, run.key == key, writer.canWrite(run.recording) {
      writer.write(run.recording)
    } else {
      last = Run(key: key, recording: writer.record(steps))
    }
  }

  /// Writes what `steps` write for `escalation`'s policy: its recording
  /// among `runs` when it can be written here, else the steps, recorded
  /// among `runs` unless they are full.
  private static func write(
    _ escalation: Escalation, among runs: inout ByPolicy<JSONText.Writer.Recording>,
    into writer: inout JSONText.Writer, _ steps: (inout JSONText.Writer) -> Void
  ) {
    if let recording = runs.value(for: escalation) {
      if writer.canWrite(recording) { writer.write(recording) } else { steps(&writer) }
    } else if !runs.isFull {
      runs.keep(writer.record(steps), for: escalation)
    } else {
      steps(&writer)
    }
  }
}
