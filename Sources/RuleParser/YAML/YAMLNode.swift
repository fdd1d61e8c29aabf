/// A node of a loaded YAML document, with the source range it came from.
///
/// Aliases are already expanded (the node stands for its anchor's node,
/// with `aliasRange` set to the use site), and merge keys (`<<`) are already
/// applied. Scalars keep their text: they are typed by whoever reads them,
/// according to the schema at that place, never by guessing.
///
/// A handle: the tree the node lives in (`YAMLTree`, shared by every node
/// of a file) and the node's index there. Copying a node copies no text and
/// no children; a scalar's text becomes a `String` only when asked
/// (`scalar`, `content`), and readers that only compare it to known words
/// read its bytes in place (`YAMLNode+Bytes`).
public struct YAMLNode: Sendable {
  /// The shape of a node.
  public enum Content: Sendable {
    /// A scalar's text and the style it was written in.
    case scalar(String, ScalarStyle)
    /// A sequence's items, in order.
    case sequence(Items)
    /// A mapping's pairs, in source order (keys are unique).
    case mapping(Pairs)
  }

  /// One key/value pair of a mapping.
  public struct Pair: Sendable {
    /// The key node.
    public var key: YAMLNode
    /// The value node.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
      self.key = key
      self.value = value
    }
  }

  /// How a scalar was written.
  public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
  }

  /// The tree the node lives in.
  let tree: YAMLTree
  /// The node's index in `tree`.
  let index: UInt32

  /// The node `index` of `tree`.
  init(tree: YAMLTree, index: UInt32) {
    self.tree = tree
    self.index = index
  }

  /// The node's plain data.
  var stored: YAMLTree.Node { tree.node(index) }

  /// The node's content: a scalar's text is made here.
  public var content: Content {
    let node = stored
    switch node.kind {
    case .scalar: return .scalar(tree.text(of: node), node.style)
    case .sequence:
      return .sequence(Items(tree: tree, first: Int(node.first), count: Int(node.count)))
    case .mapping:
      return .mapping(
        Pairs(children: Items(tree: tree, first: Int(node.first), count: Int(node.count))))
    }
  }

  /// Where the node was written.
  public var range: SourceRange { stored.range }

  /// The explicit tag, resolved to its full form
  /// (`tag:yaml.org,2002:str` for `!!str`), or `nil` when untagged.
  public var tag: String? { tree.annotation(index)?.tag }

  /// For a node that came from an alias, where the alias was written.
  public var aliasRange: SourceRange? { tree.annotation(index)?.aliasRange }

  /// Where a reader should look: the alias use site when there is one.
  public var location: SourceRange {
    let node = stored
    return node.isAnnotated ? tree.annotations[index]?.aliasRange ?? node.range : node.range
  }

  /// The scalar's text, or `nil` for a collection.
  public var scalar: String? {
    let node = stored
    return node.kind == .scalar ? tree.text(of: node) : nil
  }

  /// The sequence's items, or `nil` for any other node.
  public var sequence: Items? {
    let node = stored
    guard node.kind == .sequence else { return nil }
    return Items(tree: tree, first: Int(node.first), count: Int(node.count))
  }

  /// The mapping's pairs, or `nil` for any other node.
  public var mapping: Pairs? {
    let node = stored
    guard node.kind == .mapping else { return nil }
    return Pairs(children: Items(tree: tree, first: Int(node.first), count: Int(node.count)))
  }

  /// Whether the node is a scalar.
  public var isScalar: Bool { stored.kind == .scalar }

  /// Whether this is a plain, untagged scalar that YAML 1.2's core schema
  /// reads as null (`~`, `null`, `Null`, `NULL` or empty), or a node tagged
  /// `!!null`; read from the bytes.
  public var isNull: Bool {
    let node = stored
    let tag = node.isAnnotated ? tree.annotations[index]?.tag : nil
    guard tag == nil || tag == YAMLTag.null, node.kind == .scalar, node.style == .plain else {
      return tag == YAMLTag.null
    }
    // Every spelling of null has at most four bytes: longer text is not null.
    guard node.count <= 4 else { return false }
    return tree.withBytes(of: node) { bytes in
      switch bytes.count {
      case 0: true
      case 1: bytes[0] == UInt8(ascii: "~")
      case 4:
        YAMLKeyBytes.equal(bytes, "null") || YAMLKeyBytes.equal(bytes, "Null")
          || YAMLKeyBytes.equal(bytes, "NULL")
      default: false
      }
    }
  }
}

/// The full forms of the core schema's tags.
public enum YAMLTag {
  public static let str = "tag:yaml.org,2002:str"
  public static let int = "tag:yaml.org,2002:int"
  public static let float = "tag:yaml.org,2002:float"
  public static let bool = "tag:yaml.org,2002:bool"
  public static let null = "tag:yaml.org,2002:null"
  public static let map = "tag:yaml.org,2002:map"
  public static let seq = "tag:yaml.org,2002:seq"
}
