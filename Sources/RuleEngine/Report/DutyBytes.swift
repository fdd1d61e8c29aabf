/// The bytes a report made of the part of a violation that comes from its
/// obligation, not its instance (the title escaped, the clause quoted),
/// kept by the part the obligation's violations share
/// (`Violation.sharedDuty`), in an array by the obligation's position.
///
/// A bulletin names an obligation's title and clause for each of its
/// violations, a body's problems apart from one another: each title,
/// section and quote was scanned for the characters Markdown escapes, then
/// looked up by its identity (~1,400 instructions a text, three texts a
/// problem). Here one load finds them, with no hashing. Each writing side
/// keeps its own (`TwoCoreWriting`).
struct DutyBytes {
  /// The bytes made for each obligation's position, with the shared part
  /// they were made of: held, so that it is the same part (not another
  /// check's in its memory) when it comes again.
  private var made: [(duty: ViolatedDuty, bytes: [UInt8])?] = []

  /// Writes the bytes made before for `violation`'s obligation, if any,
  /// and returns whether it did.
  ///
  /// With `write(_:madeOf:into:)`, for a writer whose making reads
  /// itself (a closure could not borrow it while this changes).
  func writeKnown(of violation: Violation, into output: inout ReportOutput) -> Bool {
    guard let duty = violation.sharedDuty, duty.position < made.count,
      let known = made[duty.position], known.duty === duty
    else { return false }
    output.write(contentsOf: known.bytes)
    return true
  }

  /// Writes `bytes`, made of `violation`'s obligation, and keeps them when
  /// the violation shares its obligation's part.
  mutating func write(
    _ bytes: [UInt8], madeOf violation: Violation, into output: inout ReportOutput
  ) {
    output.write(contentsOf: bytes)
    guard let duty = violation.sharedDuty else { return }
    if duty.position >= made.count {
      made += repeatElement(nil, count: duty.position + 1 - made.count)
    }
    made[duty.position] = (duty, bytes)
  }
}
