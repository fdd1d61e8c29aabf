import RuleParser

/// Writes a long run of a report's items (findings, test cases) on both
/// cores, byte for byte as one core would.
///
/// The items go in blocks, two at a time: the first block of a pair is
/// written on the caller's thread straight into the output (which hands
/// full chunks to its sink as before), the second beside it on a thread of
/// its own (`SecondCore`) into a buffer that follows the first block into
/// the output once both are done. At most one block waits in memory, so
/// the report stays streamed.
///
/// Each side has a state of its own, `state` made anew (the last body named,
/// the last file's URI, where the last entry was found): the two sides
/// share no mutable memory. A block's text must depend only on its items
/// and on what both sides read without changing it (the result, the graph).
enum TwoCoreWriting {
  /// How many items a block holds.
  ///
  /// Enough that starting a thread per pair costs nothing that shows, few
  /// enough that a block of the largest items (SARIF results, about 1 KB
  /// each) waits in a few MB. A task-local value, so that tests can make
  /// the blocks small enough for the reports of small plans to be written
  /// on both cores.
  @TaskLocal static var block = 4096

  /// Writes the items `0..<count` into `output` in their order.
  ///
  /// `render(range, &state, &output)` writes the items of `range`, each
  /// side with a `state` of its own (the argument made once per side). A
  /// run of at most `block` items is written on this thread alone.
  static func write<State>(
    _ count: Int, block: Int = block, into output: inout ReportOutput,
    state: @autoclosure () -> State, _ render: (Range<Int>, inout State, inout ReportOutput) -> Void
  ) {
    var first = state()
    guard count > block else { return render(0..<count, &first, &output) }
    var second = state()
    var waiting = ReportOutput()
    var start = 0
    while start < count {
      let middle = min(start + block, count)
      let end = min(middle + block, count)
      guard middle < end else { return render(start..<middle, &first, &output) }
      _ = SecondCore.run(
        { render(start..<middle, &first, &output) },
        beside: { render(middle..<end, &second, &waiting) })
      output.take(from: &waiting)
      start = end
    }
  }

  /// Writes the items `0..<count` in order.
  ///
  /// As `write(_:block:into:state:_:)` does, for items whose rendering
  /// keeps no state.
  static func write(
    _ count: Int, block: Int = block, into output: inout ReportOutput,
    _ render: (Range<Int>, inout ReportOutput) -> Void
  ) {
    write(count, block: block, into: &output, state: ()) { range, _, output in
      render(range, &output)
    }
  }
}
