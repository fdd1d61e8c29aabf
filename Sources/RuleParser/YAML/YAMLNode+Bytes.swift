/// Scalars read as bytes in place, for readers that compare them to words
/// they know (keys, `true`, `<<`): no `String` is made.
extension YAMLNode {
  /// Whether the node is a scalar whose text is exactly `word`'s bytes.
  ///
  /// Bytes, not `String` equality: meant for the language's words, all
  /// ASCII, which no other spelling equals.
  package func isScalar(_ word: String) -> Bool {
    let node = stored
    guard node.kind == .scalar, Int(node.count) == word.utf8.count else { return false }
    return tree.withBytes(of: node) { YAMLKeyBytes.equal($0, word) }
  }

  /// The position in `words` of the word the scalar's text is (as
  /// `isScalar(_:)`), searched from `start` and wrapping around; `nil`
  /// for a collection or another text.
  package func position(in words: [String], from start: Int = 0) -> Int? {
    let node = stored
    guard node.kind == .scalar else { return nil }
    let length = Int(node.count)
    let count = words.count
    return tree.withBytes(of: node) { bytes in
      var candidate = start < count ? start : 0
      for _ in 0..<count {
        let word = words[candidate]
        if word.utf8.count == length, YAMLKeyBytes.equal(bytes, word) { return candidate }
        candidate = candidate + 1 == count ? 0 : candidate + 1
      }
      return nil
    }
  }
}
