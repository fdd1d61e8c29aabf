@testable import RuleParser

extension YAMLNode {
  /// Each node's shape, text, style, tag and range, in document order:
  /// what tests compare when two ways of loading must give the same nodes.
  var spelling: String {
    let head = "\(range) \(tag ?? "") \(aliasRange.map { "\($0)" } ?? "")"
    switch content {
    case .scalar(let text, let style): return "\(head) \(style):\(text)"
    case .sequence(let items):
      return head + "[" + items.map(\.spelling).joined(separator: ",") + "]"
    case .mapping(let pairs):
      return head + "{"
        + pairs.map { $0.key.spelling + ":" + $0.value.spelling }.joined(separator: ",") + "}"
    }
  }
}
