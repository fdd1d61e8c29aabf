import RuleParser

/// The bytes a report made of an escalation's policy part (who acts, the
/// action, the clause, the policy's id), kept by the part its escalations
/// share (`Escalation.ruleIdentity`).
///
/// A check's escalations come from a few policies, and each line of a
/// report wrote its policy's part afresh: a body's name looked up by its id
/// and four texts checked for printable characters, for each of half a
/// million escalations. They are kept by `ByPolicy`; each writing side
/// keeps its own (`TwoCoreWriting`), for one report: what the bytes are
/// made of besides the policy (the language, the graph) must not change
/// while it lives.
struct PolicyBytes {
  /// The bytes made for each policy part met so far.
  private var made = ByPolicy<[UInt8]>()

  /// Writes the bytes made for `escalation`'s policy part: those made
  /// before for the same part, or else those `make` writes now, kept.
  mutating func write(
    of escalation: Escalation, into output: inout ReportOutput,
    _ make: (inout ReportOutput) -> Void
  ) {
    if writeKnown(of: escalation, into: &output) { return }
    guard !made.isFull else { return make(&output) }
    var bytes = ReportOutput()
    make(&bytes)
    write(bytes.bytes, madeOf: escalation, into: &output)
  }

  /// Writes the bytes made before for `escalation`'s policy part, if any,
  /// and returns whether it did.
  ///
  /// With `write(_:madeOf:into:)`, for a writer whose making would capture
  /// large values in a closure (a graph copied for each escalation, though
  /// the closure is seldom called).
  func writeKnown(of escalation: Escalation, into output: inout ReportOutput) -> Bool {
    guard let known = made.value(for: escalation) else { return false }
    output.write(contentsOf: known)
    return true
  }

  /// Writes `bytes`, made for `escalation`'s policy part, and keeps them
  /// unless `ByPolicy.limit` parts are kept.
  mutating func write(
    _ bytes: [UInt8], madeOf escalation: Escalation, into output: inout ReportOutput
  ) {
    output.write(contentsOf: bytes)
    made.keep(bytes, for: escalation)
  }
}
