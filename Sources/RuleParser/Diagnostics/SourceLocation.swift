/// A position in a source file: 1-based line and column (counted in Unicode
/// scalars, as libyaml counts them) and the 0-based byte offset.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// The file path as the user gave it (relative paths stay relative).
  public var file: String
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int
  /// The 0-based byte offset into the file.
  public var offset: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int, offset: Int = 0) {
    self.file = file
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// Orders by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }

  /// `file:line:col`, the form editors and CI systems parse.
  public var description: String { "\(file):\(line):\(column)" }
}

/// A half-open span of source text, from `start` up to `end`.
public struct SourceRange: Sendable, Hashable, Codable {
  /// The first position of the span.
  public var start: SourceLocation
  /// The position just after the span.
  public var end: SourceLocation

  /// Creates a range.
  public init(start: SourceLocation, end: SourceLocation) {
    self.start = start
    self.end = end
  }

  /// A zero-width range at one location.
  public init(at location: SourceLocation) {
    self.init(start: location, end: location)
  }
}
