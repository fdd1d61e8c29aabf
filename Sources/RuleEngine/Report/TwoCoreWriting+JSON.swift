import RuleParser

extension TwoCoreWriting {
  /// Writes the members `0..<count` of the JSON array or object `writer`
  /// has just begun, on both cores, as `writer` alone would write them.
  ///
  /// `member(position, &state, &part)` writes the member at `position`, its
  /// key or element mark included, into a writer laid out as `writer` is;
  /// each side has a `state` of its own (the argument made once per side).
  /// The text is handed on to `output` as it makes a chunk; `writer` then
  /// goes on after the last member (closing the container, say).
  static func writeMembers<State>(
    _ count: Int, of writer: inout JSONText.Writer, into output: inout ReportOutput,
    state: @autoclosure () -> State,
    _ member: (Int, inout State, inout JSONText.Writer) -> Void
  ) {
    output.takeAll(from: &writer)
    let layout = writer.apart(following: false)
    write(count, into: &output, state: state()) { range, state, output in
      var part = layout.apart(following: range.lowerBound > 0)
      output.lendMemory(to: &part)
      for position in range {
        member(position, &state, &part)
        output.take(from: &part)
      }
      output.takeAll(from: &part)
    }
    if count > 0 { writer.wroteApart() }
  }

  /// `writeMembers(_:of:into:state:_:)` for members that need no state.
  static func writeMembers(
    _ count: Int, of writer: inout JSONText.Writer, into output: inout ReportOutput,
    _ member: (Int, inout JSONText.Writer) -> Void
  ) {
    writeMembers(count, of: &writer, into: &output, state: ()) { position, _, part in
      member(position, &part)
    }
  }
}
