extension JSONText.Writer {
  /// A run of layout (keys, brackets, commas, line breaks, indentation, and
  /// any fixed value) recorded once (`record(_:)`) and written again as its
  /// bytes (`write(_:)`), for documents of many objects laid out alike: a
  /// SARIF result's dozen nested keys and brackets in one copy instead of a
  /// step each.
  public struct Recording: Sendable {
    /// The text the run wrote.
    fileprivate let bytes: [UInt8]
    /// Where in the layout the run starts: it is written only there.
    fileprivate let start: Place
    /// Where in the layout the run leaves the writer.
    fileprivate let end: Place
  }

  /// Where a writer is in the layout, as far as the text it writes next
  /// depends on it.
  fileprivate struct Place: Equatable, Sendable {
    /// Whether the innermost open collection has a member yet.
    let hasMember: Bool
    /// How many collections are open.
    let depth: Int
    /// For each open collection around the innermost, whether it had a
    /// member when the next one was opened (the writer's bits for the
    /// depths open, the others clear).
    let outerHadMembers: UInt64
  }

  /// Where this writer is in the layout; recordings are made and written
  /// less than 64 collections deep (where the writer keeps that in bits).
  private var place: Place {
    precondition(depth < 64, "a recording more than 63 collections deep")
    return Place(
      hasMember: hasMember, depth: depth,
      outerHadMembers: outerHadMembers & ((1 << UInt64(depth)) &- 1))
  }

  /// Writes what `steps` write, as they write it, and returns it as a
  /// recording to write again wherever the layout is where it is now.
  public mutating func record(_ steps: (inout Self) -> Void) -> Recording {
    let start = place
    let from = count
    steps(&self)
    let bytes = buffer.withBytes { Array($0[from...]) }
    return Recording(bytes: bytes, start: start, end: place)
  }

  /// Whether the layout is where `recording` was made, so that it can be
  /// written here.
  public func canWrite(_ recording: Recording) -> Bool { place == recording.start }

  /// Writes `recording`'s text and goes on where its steps left off, as
  /// writing those steps would; the layout must be where it was recorded.
  public mutating func write(_ recording: Recording) {
    precondition(place == recording.start, "a recording written elsewhere than it was made")
    buffer.append(contentsOf: recording.bytes)
    hasMember = recording.end.hasMember
    depth = recording.end.depth
    outerHadMembers = recording.end.outerHadMembers
  }
}
