extension JSONText.Writer {
  /// The keys of an object written many times over, each member's start
  /// (comma, line break, indentation, quoted key and `: `) laid out once
  /// for each depth, so that `field(_:of:)` starts a member with one copy
  /// instead of writing its parts.
  ///
  /// A check's JSON report writes seventeen facts for each violation, each
  /// key written by its parts (`field(utf8:)`, ~104 instructions a member:
  /// 44 M of the 362 M its 25k violations took at 100k instances).
  /// The keys need no escaping (names of the schema).
  public struct Keys: Sendable {
    /// How many depths the members' starts are laid out for: a report's
    /// objects of facts are four or five collections deep; deeper, the
    /// member's start is written by its parts.
    static let laidOutDepths = 8

    /// Each key's member start at each depth, one after another, the
    /// depths in order: `,\n`, two spaces a depth, `"key": `.
    fileprivate let starts: [UInt8]
    /// Where each member start begins in `starts` (at `depth * count +
    /// index`), and where the last ends.
    fileprivate let bounds: [Int]
    /// How many keys there are.
    fileprivate let count: Int

    /// The starts of members with `keys`, in the order `field(_:of:)`
    /// names them by.
    public init(_ keys: [String]) {
      var starts: [UInt8] = []
      var bounds: [Int] = []
      for depth in 0..<Self.laidOutDepths {
        for key in keys {
          precondition(
            !key.utf8.contains {
              $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
            },
            "a key to escape")
          bounds.append(starts.count)
          starts += [UInt8(ascii: ","), UInt8(ascii: "\n")]
          starts += repeatElement(UInt8(ascii: " "), count: 2 * depth)
          starts.append(UInt8(ascii: "\""))
          starts += key.utf8
          starts += [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")]
        }
      }
      bounds.append(starts.count)
      self.starts = starts
      self.bounds = bounds
      count = keys.count
    }
  }

  /// Starts the next member with the key at `index` of `keys`, as
  /// `field(_:)` starts it: its start laid out for this depth copied (the
  /// comma left out before the first member).
  public mutating func field(_ index: Int, of keys: Keys) {
    keys.starts.withUnsafeBufferPointer { starts in
      guard depth < Keys.laidOutDepths else {
        // The key alone: its start at depth 0, less `,\n"` and `": `.
        let name = UnsafeRawBufferPointer(starts)[
          keys.bounds[index] + 3..<keys.bounds[index + 1] - 3]
        guard let key = UnsafeRawBufferPointer(rebasing: name).baseAddress else { return }
        return field(key, count: name.count)
      }
      let line = depth * keys.count + index
      let start = keys.bounds[line] + (hasMember ? 0 : 1)
      hasMember = true
      buffer.append(
        contentsOf: UnsafeBufferPointer(rebasing: starts[start..<keys.bounds[line + 1]]))
    }
  }
}
