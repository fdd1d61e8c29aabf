/// A scalar of a flat object that the JSON reader streams, read in place.
///
/// It holds its text's bytes where they stand in the input, how it was
/// written, and where (`MemberStream`). It becomes a `YAMLNode` only when a
/// reader asks: a million entries each have a status and a date or two,
/// and most are read straight from their bytes.
package struct FlatScalar {
  /// The text: a string's bytes between its quotes (the reader takes no
  /// string with escapes), or a number's, `true`'s, `false`'s or `null`'s.
  ///
  /// A view of the input, not a copy: the reader's buffer lives for the
  /// whole read, and a `FlatScalar` is valid only within the
  /// `MemberStream.receive(key:fields:object:)` call it is handed to.
  package let bytes: UnsafeBufferPointer<UInt8>
  /// `.doubleQuoted` for a string, `.plain` for a number or a literal.
  package let style: YAMLNode.ScalarStyle
  /// Where the scalar was written, its quotes included.
  package let range: SourceRange

  /// The scalar as the loaded tree would hold it.
  package var node: YAMLNode {
    var builder = YAMLTreeBuilder()
    let index = builder.scalar(bytes, style: style, tag: nil, range: range)
    return YAMLNode(tree: builder.finish(), index: index)
  }

  /// Whether the tree's node would be null: JSON's `null` is the only
  /// spelling of null a flat object holds.
  package var isNull: Bool {
    style == .plain && bytes.elementsEqual("null".utf8)
  }
}
