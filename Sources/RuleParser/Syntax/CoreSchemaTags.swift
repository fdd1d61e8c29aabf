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
    var frames = [Frame(children: .documents(documents), remaining: documents.count)]
    while let top = frames.indices.last {
      guard frames[top].remaining > 0 else {
        frames.removeLast()
        continue
      }
      frames[top].remaining -= 1
      let slot = frames[top].remaining
      if let children = visit(frames[top].child(slot), &diagnostics) { frames.append(children) }
    }
  }

  /// The children of a node not yet visited: the documents, a sequence's
  /// items, or a mapping's keys and values (slot `2i` is pair `i`'s key,
  /// `2i + 1` its value).
  private struct Frame {
    enum Children {
      case documents([YAMLNode])
      case items(YAMLNode.Items)
      case pairs(YAMLNode.Pairs)
    }

    var children: Children
    /// The slots still to visit are `0..<remaining`, taken from the top.
    var remaining: Int

    /// The child in `slot`.
    func child(_ slot: Int) -> YAMLNode {
      switch children {
      case .documents(let nodes): nodes[slot]
      case .items(let items): items[slot]
      case .pairs(let pairs): slot % 2 == 0 ? pairs[slot / 2].key : pairs[slot / 2].value
      }
    }
  }

  /// Reports the node's tag if it is not accepted; returns its children, if any.
  private static func visit(_ node: YAMLNode, _ diagnostics: inout Diagnostics) -> Frame? {
    if let tag = node.tag, !accepted.contains(tag) {
      let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
      diagnostics.report(.yamlUnsupportedTag(String(shown), at: node.range))
    }
    if let items = node.sequence, !items.isEmpty {
      return Frame(children: .items(items), remaining: items.count)
    }
    if let pairs = node.mapping, !pairs.isEmpty {
      return Frame(children: .pairs(pairs), remaining: pairs.count * 2)
    }
    return nil
  }
}
