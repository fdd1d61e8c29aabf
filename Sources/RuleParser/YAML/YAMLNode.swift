/// A node of a loaded YAML document, with the source range it came from.
///
/// Aliases are already expanded (the node is a copy of its anchor's node,
/// with `aliasRange` set to the use site), and merge keys (`<<`) are already
/// applied. Scalars keep their text: they are typed by whoever reads them,
/// according to the schema at that place, never by guessing.
public struct YAMLNode: Sendable {
  /// The shape of a node.
  public enum Content: Sendable {
    /// A scalar's text and the style it was written in.
    case scalar(String, ScalarStyle)
    /// A sequence's items, in order.
    case sequence([YAMLNode])
    /// A mapping's pairs, in source order (keys are unique).
    case mapping([Pair])
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

  /// What few nodes have: a tag, an alias use site.
  ///
  /// Kept out of line so that the nodes of a large file stay small and
  /// cheap to copy.
  private final class Annotations: Sendable {
    let tag: String?
    let aliasRange: SourceRange?

    private init(tag: String?, aliasRange: SourceRange?) {
      self.tag = tag
      self.aliasRange = aliasRange
    }

    /// The annotations, or `nil` when there are none.
    static func make(tag: String?, aliasRange: SourceRange?) -> Annotations? {
      tag == nil && aliasRange == nil ? nil : Annotations(tag: tag, aliasRange: aliasRange)
    }
  }

  /// The node's content.
  public var content: Content
  /// Where the node was written.
  public var range: SourceRange
  private var annotations: Annotations?

  /// The explicit tag, resolved to its full form
  /// (`tag:yaml.org,2002:str` for `!!str`), or `nil` when untagged.
  public var tag: String? {
    get { annotations?.tag }
    set { annotations = .make(tag: newValue, aliasRange: aliasRange) }
  }

  /// For a node that came from an alias, where the alias was written.
  public var aliasRange: SourceRange? {
    get { annotations?.aliasRange }
    set { annotations = .make(tag: tag, aliasRange: newValue) }
  }
}

extension YAMLNode {
  /// Creates a node.
  ///
  /// Declared here, outside the type, so that it can hand its parts to the
  /// memberwise initializer: assigning the stored properties one by one
  /// made the optimiser copy every new node once more (and destroy the
  /// original), a retain and a release of each scalar's text.
  public init(
    _ content: Content, tag: String? = nil, range: SourceRange,
    aliasRange: SourceRange? = nil
  ) {
    self.init(
      content: content, range: range,
      annotations: .make(tag: tag, aliasRange: aliasRange))
  }
  /// The scalar's text, or `nil` for a collection.
  public var scalar: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// The sequence's items, or `nil` for any other node.
  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The mapping's pairs, or `nil` for any other node.
  public var mapping: [Pair]? {
    if case .mapping(let pairs) = content { return pairs }
    return nil
  }

  /// Whether this is a plain, untagged scalar that YAML 1.2's core schema
  /// reads as null (`~`, `null`, `Null`, `NULL` or empty).
  public var isNull: Bool {
    guard tag == nil || tag == YAMLTag.null, case .scalar(let text, .plain) = content else {
      return tag == YAMLTag.null
    }
    // Every spelling of null has at most four bytes: longer text is not null.
    return text.utf8.count <= 4 && ["", "~", "null", "Null", "NULL"].contains(text)
  }

  /// Where a reader should look: the alias use site when there is one.
  public var location: SourceRange { aliasRange ?? range }
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
