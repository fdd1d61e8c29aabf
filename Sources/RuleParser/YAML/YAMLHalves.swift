/// A large file composed as two halves side by side, each with its own
/// libyaml parser and composer, the halves' trees joined into the file's.
///
/// libyaml reads a stream on one core, and on one large file its parse is
/// the longest thread of loading, however the composing beside it goes.
/// Cut where the file's second-level mapping takes its next key (see
/// `YAMLSplitPoint`), each half is a YAML stream of its own: the first ends
/// there, and the second is parsed behind a line, `k:`, that opens the same
/// two mappings, libyaml counting from the line and character before it
/// so that its marks are those of the whole file.
///
/// The join is used only when it is sure to be what one pass composes:
/// neither half reports a problem or uses an alias or a merge key (which
/// reach across the halves); the file starts with no directive (see
/// `YAMLSplitPoint`); the first half is
/// one block mapping whose last value is a block mapping, both closed by
/// the cut itself; and no key of the second half repeats one of the
/// first's in the same mapping. Else `compose` returns `nil`, and the file
/// is composed in one pass, which reports whatever there is to report.
struct YAMLHalves {
  /// The line the second half is parsed behind: a key at the first
  /// level, whose value is the mapping that the half continues.
  private static let opening = Array("k:\n".utf8)

  let loader: YAMLLoader
  let bytes: [UInt8]
  let file: String
  let isASCII: Bool

  /// What a half composes into.
  private struct Half {
    var documents: [YAMLNode]
    var diagnostics: Diagnostics
    var sawTags: Bool
    var sawReferences: Bool

    /// Whether the half composed without a problem or a reference.
    var isPlain: Bool { diagnostics.all.isEmpty && !sawReferences }
  }

  /// The file's documents, composed in halves side by side.
  ///
  /// Sets `sawTags` when a node has a tag. `nil` when the halves may
  /// differ from one pass (see the type's comment), or when there is no
  /// place to cut.
  func compose(sawTags: inout Bool) -> [YAMLNode]? {
    guard let byte = YAMLSplitPoint.lineToCut(bytes) else { return nil }
    // The first half starts at once; the second counts the cut first.
    let (first, counted) = SecondCore.run(
      { composeFirst(before: byte) }, beside: { composeSecond(from: byte) })
    guard first.isPlain, let (cut, second) = counted, second.isPlain,
      let documents = Self.join(first.documents, second.documents, at: cut)
    else { return nil }
    if first.sawTags || second.sawTags { sawTags = true }
    return documents
  }

  private func positions() -> SourcePositionMap {
    SourcePositionMap(bytes: bytes, file: file, isASCII: isASCII)
  }

  private func composeFirst(before byte: Int) -> Half {
    let reader = YAMLEventReader(parsing: bytes[..<byte], positions: positions())
    return compose(reader)
  }

  /// The cut at `byte`, counted, and the half after it; `nil` when the
  /// cut cannot be counted (see `YAMLSplitPoint.init(_:at:)`).
  private func composeSecond(from byte: Int) -> (YAMLSplitPoint, Half)? {
    guard let cut = YAMLSplitPoint(bytes, at: byte) else { return nil }
    var positions = positions()
    positions.moveCursor(toCharacter: cut.characters, byte: cut.byte)
    let text = Self.opening + bytes[cut.byte...]
    let start = YAMLEventReader.Start(
      line: cut.lines - 1, index: cut.characters - Self.opening.count,
      ownTextFrom: cut.characters)
    return (cut, compose(YAMLEventReader(parsing: text[...], positions: positions, start: start)))
  }

  private func compose(_ reader: YAMLEventReader) -> Half {
    var composer = YAMLComposer(reader: reader, limits: loader.limits)
    var diagnostics = Diagnostics()
    let documents = composer.composeDocuments(into: &diagnostics)
    return Half(
      documents: documents, diagnostics: diagnostics, sawTags: composer.sawTags,
      sawReferences: composer.sawReferences)
  }

  /// The first half's document continued by the second half's, and the
  /// second half's further documents; `nil` unless the halves meet at the
  /// cut as described in the type's comment.
  static func join(_ first: [YAMLNode], _ second: [YAMLNode], at cut: YAMLSplitPoint)
    -> [YAMLNode]?
  {
    guard first.count == 1, let head = first.first, var headPairs = head.mapping,
      let inner = headPairs.last?.value, let innerPairs = inner.mapping,
      let tail = second.first, let tailPairs = tail.mapping,
      let innerTail = tailPairs.first?.value, let innerTailPairs = innerTail.mapping,
      head.range.start.column == 1, inner.range.start.column == 3,
      closes(head, at: cut), closes(inner, at: cut),
      !repeatsKey(of: innerPairs, in: innerTailPairs[...]),
      !repeatsKey(of: headPairs, in: tailPairs.dropFirst())
    else { return nil }
    var joinedInner = innerPairs
    let last = joinedInner.count - 1
    joinedInner[last].value = reclosed(joinedInner[last].value, at: cut)
    joinedInner += innerTailPairs
    headPairs[headPairs.count - 1].value = YAMLNode(
      .mapping(joinedInner), tag: inner.tag,
      range: SourceRange(start: inner.range.start, end: innerTail.range.end))
    headPairs += tailPairs.dropFirst()
    let joined = YAMLNode(
      .mapping(headPairs), tag: head.tag,
      range: SourceRange(start: head.range.start, end: tail.range.end))
    return [joined] + second.dropFirst()
  }

  /// Whether a block collection of the first half ends at the cut: closed
  /// by the half's end, not by its own text before it.
  private static func closes(_ node: YAMLNode, at cut: YAMLSplitPoint) -> Bool {
    let end = node.range.end
    return end.offset == cut.byte && end.line == cut.lines + 1 && end.column == 1
  }

  /// A node of the first half as one pass closes it: block collections
  /// that the half's end closed end instead where the cut line's key
  /// starts (two spaces in), where one pass meets the lesser indentation.
  ///
  /// Those collections are the node and its last children down, as far as
  /// they end at the cut; the depth limit bounds the recursion.
  private static func reclosed(_ node: YAMLNode, at cut: YAMLSplitPoint) -> YAMLNode {
    guard closes(node, at: cut) else { return node }
    var end = node.range.end
    end.column = 3
    end.offset = cut.byte + 2
    var content = node.content
    switch content {
    case .scalar: return node
    case .sequence(var items):
      items[items.count - 1] = reclosed(items[items.count - 1], at: cut)
      content = .sequence(items)
    case .mapping(var pairs):
      pairs[pairs.count - 1].value = reclosed(pairs[pairs.count - 1].value, at: cut)
      content = .mapping(pairs)
    }
    return YAMLNode(
      content, tag: node.tag, range: SourceRange(start: node.range.start, end: end),
      aliasRange: node.aliasRange)
  }

  /// Whether a key of `later` is also a key of `earlier`.
  private static func repeatsKey(
    of earlier: [YAMLNode.Pair], in later: ArraySlice<YAMLNode.Pair>
  ) -> Bool {
    guard !later.isEmpty else { return false }
    let keys = Set(earlier.map { YAMLKeyIdentity($0.key) })
    return later.contains { keys.contains(YAMLKeyIdentity($0.key)) }
  }
}
