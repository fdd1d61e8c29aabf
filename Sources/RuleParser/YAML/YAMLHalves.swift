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

  /// What a half composes into: its documents' roots in its builder.
  private struct Half {
    var builder: YAMLTreeBuilder
    var roots: [UInt32]
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
    var (first, counted) = SecondCore.run(
      { composeFirst(before: byte) }, beside: { composeSecond(from: byte) })
    guard first.isPlain, let (cut, second) = counted, second.isPlain,
      let documents = Self.join(&first, second, at: cut)
    else { return nil }
    if first.sawTags || second.sawTags { sawTags = true }
    return documents
  }

  private func positions() -> SourcePositionMap {
    SourcePositionMap(bytes: bytes, file: file, isASCII: isASCII)
  }

  /// The half before `byte`, its tree with room for the whole file's
  /// nodes: the second half's are appended to it in place (copying the
  /// first half's nodes to a larger tree touched 15% more fresh memory).
  private func composeFirst(before byte: Int) -> Half {
    let reader = YAMLEventReader(parsing: bytes[..<byte], positions: positions())
    return compose(reader, expectedBytes: bytes.count)
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

  private func compose(_ reader: YAMLEventReader, expectedBytes: Int? = nil) -> Half {
    var composer = YAMLComposer(
      reader: reader, limits: loader.limits, expectedBytes: expectedBytes)
    var diagnostics = Diagnostics()
    let roots = composer.composeRoots(into: &diagnostics)
    return Half(
      builder: composer.builder, roots: roots, diagnostics: diagnostics,
      sawTags: composer.sawTags, sawReferences: composer.sawReferences)
  }

  /// The first half's document continued by the second half's, and the
  /// second half's further documents, in one tree; `nil` unless the halves
  /// meet at the cut as described in the type's comment.
  ///
  /// The second half's nodes are appended to the first's builder, and the
  /// two joined mappings are new nodes over the halves' children.
  ///
  /// Takes the first half's builder (so that it grows in place).
  private static func join(_ first: inout Half, _ second: Half, at cut: YAMLSplitPoint)
    -> [YAMLNode]?
  {
    var builder = YAMLTreeBuilder()
    swap(&builder, &first.builder)
    guard first.roots.count == 1, let head = first.roots.first, let tail = second.roots.first,
      let inner = lastValue(ofMapping: head, builder), isMapping(inner, builder)
    else { return nil }
    let shift = builder.append(second.builder)
    let movedTail = tail + shift
    guard isMapping(movedTail, builder),
      let innerTail = firstValue(ofMapping: movedTail, builder), isMapping(innerTail, builder),
      builder.node(head).range.start.column == 1, builder.node(inner).range.start.column == 3,
      closes(builder.node(head), at: cut), closes(builder.node(inner), at: cut),
      !repeatsKey(of: builder.node(inner), in: builder.node(innerTail), from: 0, builder),
      !repeatsKey(of: builder.node(head), in: builder.node(movedTail), from: 1, builder)
    else { return nil }
    reclose(lastChild(of: builder.node(inner), builder), at: cut, &builder)
    let joinedInner = joined(inner, innerTail, from: 0, builder: &builder)
    let mark = builder.pending.count
    let headNode = builder.node(head)
    for position in 0..<Int(headNode.count) - 1 {
      builder.push(builder.child(position, of: headNode))
    }
    builder.push(joinedInner)
    let tailNode = builder.node(movedTail)
    for position in 2..<Int(tailNode.count) { builder.push(builder.child(position, of: tailNode)) }
    let joinedHead = builder.collection(
      .mapping, childrenFrom: mark, tag: tag(head, builder),
      range: SourceRange(start: headNode.range.start, end: tailNode.range.end))
    let tree = builder.finish()
    return [YAMLNode(tree: tree, index: joinedHead)]
      + second.roots.dropFirst().map { YAMLNode(tree: tree, index: $0 + shift) }
  }

  /// A mapping of `mapping`'s pairs followed by `tail`'s from pair `from` on.
  private static func joined(
    _ mapping: UInt32, _ tail: UInt32, from: Int, builder: inout YAMLTreeBuilder
  ) -> UInt32 {
    let (node, tailNode) = (builder.node(mapping), builder.node(tail))
    let mark = builder.pending.count
    for position in 0..<Int(node.count) { builder.push(builder.child(position, of: node)) }
    for position in 2 * from..<Int(tailNode.count) {
      builder.push(builder.child(position, of: tailNode))
    }
    return builder.collection(
      .mapping, childrenFrom: mark, tag: tag(mapping, builder),
      range: SourceRange(start: node.range.start, end: tailNode.range.end))
  }

  private static func isMapping(_ index: UInt32, _ builder: YAMLTreeBuilder) -> Bool {
    builder.node(index).kind == .mapping
  }

  private static func tag(_ index: UInt32, _ builder: YAMLTreeBuilder) -> String? {
    builder.node(index).isAnnotated ? builder.annotations[index]?.tag : nil
  }

  /// The value of a mapping's last pair; `nil` for an empty mapping or
  /// another node.
  private static func lastValue(ofMapping index: UInt32, _ builder: YAMLTreeBuilder) -> UInt32? {
    let node = builder.node(index)
    guard node.kind == .mapping, node.count > 0 else { return nil }
    return builder.child(Int(node.count) - 1, of: node)
  }

  /// The value of a mapping's first pair; `nil` for an empty mapping or
  /// another node.
  private static func firstValue(ofMapping index: UInt32, _ builder: YAMLTreeBuilder) -> UInt32? {
    let node = builder.node(index)
    guard node.kind == .mapping, node.count > 0 else { return nil }
    return builder.child(1, of: node)
  }

  /// A collection's last child (a mapping's last value); `nil` for a
  /// scalar or an empty collection.
  private static func lastChild(of node: YAMLTree.Node, _ builder: YAMLTreeBuilder) -> UInt32? {
    guard node.kind != .scalar, node.count > 0 else { return nil }
    return builder.child(Int(node.count) - 1, of: node)
  }

  /// Whether a block collection of the first half ends at the cut: closed
  /// by the half's end, not by its own text before it.
  private static func closes(_ node: YAMLTree.Node, at cut: YAMLSplitPoint) -> Bool {
    let end = node.range.end
    return end.offset == cut.byte && end.line == cut.lines + 1 && end.column == 1
  }

  /// Closes a node of the first half as one pass closes it: block
  /// collections that the half's end closed end instead where the cut
  /// line's key starts (two spaces in), where one pass meets the lesser
  /// indentation.
  ///
  /// Those collections are the node and its last children down, as far as
  /// they end at the cut. Only the first half's nodes are changed, and
  /// each is used once (the halves have no aliases).
  private static func reclose(
    _ index: UInt32?, at cut: YAMLSplitPoint, _ builder: inout YAMLTreeBuilder
  ) {
    var next = index
    while let current = next, closes(builder.node(current), at: cut) {
      let node = builder.node(current)
      guard node.kind != .scalar else { return }
      var end = node.range.end
      end.column = 3
      end.offset = cut.byte + 2
      builder.setEnd(of: current, to: end)
      next = lastChild(of: node, builder)
    }
  }

  /// Whether a key of `later`'s pairs from pair `from` on is also a key of
  /// `earlier`'s.
  private static func repeatsKey(
    of earlier: YAMLTree.Node, in later: YAMLTree.Node, from: Int, _ builder: YAMLTreeBuilder
  ) -> Bool {
    let laterCount = Int(later.count) / 2
    guard laterCount > from else { return false }
    let earlierCount = Int(earlier.count) / 2
    func key(_ position: Int) -> UInt32 {
      position < earlierCount
        ? builder.child(2 * position, of: earlier)
        : builder.child(2 * (position - earlierCount + from), of: later)
    }
    var positions = YAMLKeyPositions(keys: earlierCount + laterCount - from)
    return (0..<earlierCount + laterCount - from).contains { position in
      let found = positions.insert(key: key(position), at: position, builder, keyAt: key)
      return position >= earlierCount && found.map { $0 < earlierCount } ?? false
    }
  }
}
