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
  /// - Complexity: O(nodes), with an explicit stack (documents may nest deeply).
  static func check(_ documents: [YAMLNode], diagnostics: inout Diagnostics) {
    var stack = documents
    while let node = stack.popLast() {
      if let tag = node.tag, !accepted.contains(tag) {
        let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst(18) : Substring(tag)
        diagnostics.report(.yamlUnsupportedTag(String(shown), at: node.range))
      }
      switch node.content {
      case .scalar: break
      case .sequence(let items): stack.append(contentsOf: items)
      case .mapping(let pairs):
        for pair in pairs { stack.append(contentsOf: [pair.key, pair.value]) }
      }
    }
  }
}
