/// Nodes made of parts, for readers that rewrite a tree (a policy test's
/// one-instance form) and for tests: each is a tree of its own, its parts
/// copied into it.
extension YAMLNode {
  /// A scalar.
  public init(
    scalar text: String, style: ScalarStyle = .plain, tag: String? = nil, range: SourceRange,
    aliasRange: SourceRange? = nil
  ) {
    var builder = YAMLTreeBuilder()
    let index = builder.scalar(text, style: style, tag: tag, range: range)
    builder.annotate(index, tag: tag, aliasRange: aliasRange)
    self.init(tree: builder.finish(), index: index)
  }

  /// A sequence of copies of `items`.
  public init(
    sequence items: [YAMLNode], tag: String? = nil, range: SourceRange,
    aliasRange: SourceRange? = nil
  ) {
    var builder = YAMLTreeBuilder()
    for item in items { builder.push(builder.copy(item)) }
    let index = builder.collection(.sequence, childrenFrom: 0, tag: tag, range: range)
    builder.annotate(index, tag: tag, aliasRange: aliasRange)
    self.init(tree: builder.finish(), index: index)
  }

  /// A mapping of copies of `pairs`.
  public init(
    mapping pairs: [Pair], tag: String? = nil, range: SourceRange, aliasRange: SourceRange? = nil
  ) {
    var builder = YAMLTreeBuilder()
    for pair in pairs {
      builder.push(builder.copy(pair.key))
      builder.push(builder.copy(pair.value))
    }
    let index = builder.collection(.mapping, childrenFrom: 0, tag: tag, range: range)
    builder.annotate(index, tag: tag, aliasRange: aliasRange)
    self.init(tree: builder.finish(), index: index)
  }
}
