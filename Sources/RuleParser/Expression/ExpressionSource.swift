/// The text of a condition and where it stands in its YAML file: maps offsets in the
/// text to file locations.
///
/// The text comes from a YAML scalar, and YAML does not say where each character of a
/// scalar's value was written, so the mapping is exact only for what conditions
/// usually are, single-line scalars:
/// - plain: the text starts at the scalar's start, column for column;
/// - single- or double-quoted: the text starts one column after the opening quote
///   (an escape such as `\"` or `''` before the offset shifts the column by its extra
///   characters);
/// - a plain or quoted scalar written over several lines (`spansLines`), and literal
///   (`|`) and folded (`>`) block scalars: every offset maps to the scalar's start, since
///   the lines and indentation of the value are not known.
public struct ExpressionSource: Sendable {
  /// The condition's text: the scalar's value.
  public let text: String
  /// Where the scalar starts in its file (at the opening quote, if quoted).
  public let start: SourceLocation
  /// How the scalar was written.
  public let style: YAMLNode.ScalarStyle
  /// Whether the scalar was written over several lines.
  public let spansLines: Bool
  /// The text's Unicode scalars, which the lexer reads and offsets count.
  let scalars: [Unicode.Scalar]
  /// The UTF-8 offset of each scalar, plus one past the end.
  private let byteOffsets: [Int]

  /// Describes a condition written as a scalar of the given style starting at `start`.
  public init(
    text: String, start: SourceLocation, style: YAMLNode.ScalarStyle = .plain,
    spansLines: Bool = false
  ) {
    self.text = text
    self.start = start
    self.style = style
    self.spansLines = spansLines
    scalars = Array(text.unicodeScalars)
    var offsets = [0]
    offsets.reserveCapacity(scalars.count + 1)
    for scalar in scalars { offsets.append(offsets[offsets.count - 1] + scalar.utf8.count) }
    byteOffsets = offsets
  }

  /// Describes the condition written in a scalar node, or `nil` for a collection.
  public init?(scalar node: YAMLNode) {
    guard case .scalar(let text, let style) = node.content else { return nil }
    self.init(
      text: text, start: node.range.start, style: style,
      spansLines: node.range.end.line != node.range.start.line)
  }

  /// The file location of the scalar at `offset` in the text (or of the end, for
  /// `offset == scalars.count`).
  public func location(at offset: Int) -> SourceLocation {
    let leading: Int
    switch style {
    case _ where spansLines: return start
    case .plain: leading = 0
    case .singleQuoted, .doubleQuoted: leading = 1
    case .literal, .folded: return start
    }
    let clamped = min(max(offset, 0), scalars.count)
    var location = start
    location.column += leading + clamped
    location.offset += leading + byteOffsets[clamped]
    return location
  }

  /// The file range of a range of scalar offsets in the text.
  public func range(_ range: Range<Int>) -> SourceRange {
    SourceRange(start: location(at: range.lowerBound), end: location(at: range.upperBound))
  }

  /// The text of a range of scalar offsets in the text.
  func text(_ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(scalars[range]))
  }
}
