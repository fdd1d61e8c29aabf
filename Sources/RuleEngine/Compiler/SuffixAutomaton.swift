/// The suffix automaton of a sequence of scalars: recognises every piece of
/// it, and so finds the longest piece it shares with another sequence in
/// one pass over that sequence.
struct SuffixAutomaton {
  /// The longest piece two sequences share.
  struct CommonPiece: Equatable {
    /// Its length in scalars.
    var length: Int
    /// Where it ends (exclusive) in the other sequence.
    var documentEnd: Int
  }

  private var transitions: [[UInt32: Int32]] = [[:]]
  private var links: [Int32] = [-1]
  private var lengths: [Int32] = [0]

  /// Builds the automaton of `text`.
  ///
  /// - Complexity: O(text) states and transitions.
  init(_ text: [Unicode.Scalar]) {
    transitions.reserveCapacity(2 * text.count + 1)
    var last: Int32 = 0
    for scalar in text { last = extend(last, scalar.value) }
  }

  private mutating func extend(_ last: Int32, _ symbol: UInt32) -> Int32 {
    let current = Int32(transitions.count)
    transitions.append([:])
    lengths.append(lengths[Int(last)] + 1)
    links.append(0)
    var state = last
    while state >= 0, transitions[Int(state)][symbol] == nil {
      transitions[Int(state)][symbol] = current
      state = links[Int(state)]
    }
    guard state >= 0 else { return current }
    guard let next = transitions[Int(state)][symbol] else { return current }
    if lengths[Int(state)] + 1 == lengths[Int(next)] {
      links[Int(current)] = next
      return current
    }
    let clone = Int32(transitions.count)
    transitions.append(transitions[Int(next)])
    lengths.append(lengths[Int(state)] + 1)
    links.append(links[Int(next)])
    while state >= 0, transitions[Int(state)][symbol] == next {
      transitions[Int(state)][symbol] = clone
      state = links[Int(state)]
    }
    links[Int(next)] = clone
    links[Int(current)] = clone
    return current
  }

  /// The longest piece of the automaton's text that also occurs in
  /// `document`, or `nil` when they share no scalar.
  ///
  /// - Complexity: O(document), amortised.
  func longestCommonPiece(with document: [Unicode.Scalar]) -> CommonPiece? {
    var state: Int32 = 0
    var length: Int32 = 0
    var best: CommonPiece?
    for (index, scalar) in document.enumerated() {
      let symbol = scalar.value
      while state > 0, transitions[Int(state)][symbol] == nil {
        state = links[Int(state)]
        length = lengths[Int(state)]
      }
      if let next = transitions[Int(state)][symbol] {
        state = next
        length += 1
      } else {
        state = 0
        length = 0
      }
      if length > (best?.length).map(Int32.init) ?? 0 {
        best = CommonPiece(length: Int(length), documentEnd: index + 1)
      }
    }
    return best
  }
}
