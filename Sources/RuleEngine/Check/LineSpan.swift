import RuleParser

/// A range of source text within one line of a file known apart, stored as
/// its start and its length: 16 bytes where a `SourceRange` takes 32.
///
/// A snapshot entry keeps four ranges (its id, status and two dates), each
/// a few bytes on the entry's line, for each of up to a million entries:
/// stored whole they were 128 of an entry's 184 bytes. The file is the
/// entry's (`StoredEntry`), and the end is the start moved by the length,
/// in columns and in bytes, so every range that fits is read back exactly.
struct LineSpan {
  private var line: Int32
  private var column: Int32
  private var offset: Int32
  /// The span's length in columns (Unicode scalars).
  private var columns: UInt16
  /// The span's length in bytes.
  private var bytes: UInt16

  /// The span of no text, standing for a range an entry lacks.
  static let none = LineSpan(line: 0, column: 0, offset: 0, columns: 0, bytes: 0)

  private init(line: Int32, column: Int32, offset: Int32, columns: UInt16, bytes: UInt16) {
    self.line = line
    self.column = column
    self.offset = offset
    self.columns = columns
    self.bytes = bytes
  }

  /// The span of `range`, or `nil` when it is not one: when it leaves the
  /// file numbered `file` or its line, or is longer than 65,535 columns
  /// or bytes.
  init?(_ range: SourceRange, inFile file: UInt32) {
    let (start, end) = (range.start, range.end)
    guard start.fileNumber == file, end.fileNumber == file, end.line == start.line,
      let columns = UInt16(exactly: end.column - start.column),
      let bytes = UInt16(exactly: end.offset - start.offset)
    else { return nil }
    // A location's parts are stored as 32-bit integers: these are exact.
    self.init(
      line: Int32(truncatingIfNeeded: start.line), column: Int32(truncatingIfNeeded: start.column),
      offset: Int32(truncatingIfNeeded: start.offset), columns: columns, bytes: bytes)
  }

  /// The range, in the file numbered `file`.
  func range(inFile file: UInt32) -> SourceRange {
    let (line, column, offset) = (Int(line), Int(column), Int(offset))
    return SourceRange(
      start: SourceLocation(fileNumber: file, line: line, column: column, offset: offset),
      end: SourceLocation(
        fileNumber: file, line: line, column: column + Int(columns), offset: offset + Int(bytes)))
  }
}
