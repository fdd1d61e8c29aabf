import RuleParser

/// The part of a JUnit failure's text that comes from the duty, not the
/// instance: `: title`, the due date with its label, the clause (`section:
/// quote`), escaped; the bytes of the last violation kept on one writing
/// side (`TwoCoreWriting`).
///
/// A suite lists an obligation's violations one after another, and their
/// titles and clauses are the obligation's own strings: escaping them again
/// for each of half a million violations cost ~1,000 instructions a
/// violation; comparing strings that share their storage (equal at once)
/// and a day costs a few dozen. Two violations of one obligation share its
/// part (`Violation.sharesDuty(with:)`), which spares comparing even
/// those: at 100k instances `check --format junit` 2,333.9 -> 2,319.3 M
/// instructions.
struct JUnitDutyText {
  /// The violation whose duty the bytes kept were made of.
  private var last: Violation?
  /// The bytes kept.
  private var bytes: [UInt8] = []

  /// Writes the duty's part of `violation`'s failure text: the bytes kept
  /// when the last violation had the same title, due date, kind (which
  /// names the date) and clause, or else those `make` writes now, kept.
  mutating func write(
    of violation: Violation, into output: inout ReportOutput,
    _ make: (inout ReportOutput) -> Void
  ) {
    if let last, Self.sameDuty(last, violation) { return output.write(contentsOf: bytes) }
    var made = ReportOutput()
    make(&made)
    (last, bytes) = (violation, made.bytes)
    output.write(contentsOf: bytes)
  }

  /// Whether two violations' failure texts have the same duty part.
  private static func sameDuty(_ left: Violation, _ right: Violation) -> Bool {
    left.kind == right.kind && left.due == right.due
      && (left.sharesDuty(with: right)
        || (left.title == right.title && left.source == right.source))
  }
}
