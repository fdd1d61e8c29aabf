import RuleParser

/// The bytes a report made of an escalation's policy part (who acts, the
/// action, the clause, the policy's id), kept by the part its escalations
/// share (`Escalation.ruleIdentity`).
///
/// A check's escalations come from a few policies, and each line of a
/// report wrote its policy's part afresh: a body's name looked up by its id
/// and four texts checked for printable characters, for each of half a
/// million escalations. Each writing side keeps its own (`TwoCoreWriting`),
/// for one report: what the bytes are made of besides the policy (the
/// language, the graph) must not change while it lives.
struct PolicyBytes {
  /// The most policies whose bytes are kept: a plan has a few dozen; past
  /// that (escalations made one by one, each with a part of its own) the
  /// bytes are made each time.
  static let limit = 64

  /// The bytes made for each policy part met so far.
  private var made: [(rule: ObjectIdentifier, bytes: [UInt8])] = []

  /// Writes the bytes made for `escalation`'s policy part: those made
  /// before for the same part, or else those `make` writes now, kept.
  mutating func write(
    of escalation: Escalation, into output: inout ReportOutput,
    _ make: (inout ReportOutput) -> Void
  ) {
    let rule = escalation.ruleIdentity
    if let known = made.first(where: { $0.rule == rule }) {
      return output.write(contentsOf: known.bytes)
    }
    guard made.count < Self.limit else { return make(&output) }
    var bytes = ReportOutput()
    make(&bytes)
    made.append((rule, bytes.bytes))
    output.write(contentsOf: bytes.bytes)
  }
}
