/// Rule files use YAML's core schema only: a node with any other tag
/// (`!!binary`, `!!set`, an application's `!thing`) is E287 rather than
/// silently read as text.
///
/// The loader itself keeps every tag (it reads YAML in general); the rule
/// builder applies this check to the documents of a rule file.
enum CoreSchemaTags {
  /// The accepted tags: the core schema's, `<<` merge keys, and the
  /// non-specific `!`.
  static let accepted: Set<String> = Set(
    ["str", "int", "float", "bool", "null", "map", "seq", "merge"].map { "tag:yaml.org,2002:" + $0 }
  ).union(["!"])

  /// Reports E287 for every node of `documents` with another tag.
  ///
  /// Nodes are visited as a stack of nodes would pop them: the last document
  /// first, each node before its children, children last first (so the
  /// diagnostics come in the order they always came).
  ///
  /// - Complexity: O(nodes), with an explicit stack of collections
  ///   (documents may nest deeply); nodes are read in place, not copied.
  static func check(_ documents: [YAMLNode], diagnostics: inout Diagnostics) {
    var frames = [Frame(items: documents)]
    while let top = frames.indices.last {
      guard frames[top].remaining > 0 else {
        frames.removeLast()
        continue
      }
      frames[top].remaining -= 1
      let slot = frames[top].remaining
      let children =
        frames[top].isMapping
        ? (slot % 2 == 0
          ? visit(frames[top].pairs[slot / 2].key, &diagnostics)
          : visit(frames[top].pairs[slot / 2].value, &diagnostics))
        : visit(frames[top].items[slot], &diagnostics)
      if let children { frames.append(children) }
    }
  }

  /// The children of a collection not yet visited: a sequence's items, or a
  /// mapping's keys and values (slot `2i` is pair `i`'s key, `2i + 1` its value).
  private struct Frame {
    var items: [YAMLNode] = []
    var pairs: [YAMLNode.Pair] = []
    var isMapping = false
    /// The slots still to visit are `0..<remaining`, taken from the top.
    var remaining: Int

    init(items: [YAMLNode]) {
      self.items = items
      remaining = items.count
    }

    init(pairs: [YAMLNode.Pair]) {
      self.pairs = pairs
      isMapping = true
      remaining = pairs.count * 2
    }
  }

  /// Reports the node's tag if it is not accepted; returns its children, if any.
  private static func visit(_ node: borrowing YAMLNode, _ diagnostics: inout Diagnostics)
    -> Frame?
  {
    if let tag = node.tag, !accepted.contains(tag) {
      let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
      diagnostics.report(.yamlUnsupportedTag(String(shown), at: node.range))
    }
    switch node.content {
    case .scalar: return nil
    case .sequence(let items): return items.isEmpty ? nil : Frame(items: items)
    case .mapping(let pairs): return pairs.isEmpty ? nil : Frame(pairs: pairs)
    }
  }
}
