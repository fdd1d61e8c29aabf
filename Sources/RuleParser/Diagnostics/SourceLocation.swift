import Foundation

/// A position in a source file: 1-based line and column (counted in Unicode
/// scalars, as libyaml counts them) and the 0-based byte offset.
///
/// A location is a plain value of four 32-bit integers: the file path is
/// kept once, in a table of the process's file names, and a location holds
/// its number there. Copying a location (every YAML node and every value
/// read from a rule file has two) then costs no reference counting. Lines,
/// columns and offsets beyond 2³¹ - 1 (files over 2 GiB) are clamped.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable {
  /// The file's number in the table of file names: the same number for
  /// the same name, read without the table's lock (reports keep what they
  /// made of a name by its number).
  package private(set) var fileNumber: UInt32
  private var storedLine: Int32
  private var storedColumn: Int32
  private var storedOffset: Int32

  /// The file path as the user gave it (relative paths stay relative).
  public var file: String {
    get { FileNames.shared.name(fileNumber) }
    set { fileNumber = FileNames.shared.number(newValue) }
  }
  /// The 1-based line number.
  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }
  /// The 1-based column, in Unicode scalars.
  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }
  /// The 0-based byte offset into the file.
  public var offset: Int {
    get { Int(storedOffset) }
    set { storedOffset = Int32(clamping: newValue) }
  }

  /// Creates a location.
  public init(file: String, line: Int, column: Int, offset: Int = 0) {
    self.init(fileNumber: FileNames.shared.number(file), line: line, column: column, offset: offset)
  }

  /// Creates a location in the file with this number (see `fileNumber(of:)`).
  package init(fileNumber: UInt32, line: Int, column: Int, offset: Int) {
    self.fileNumber = fileNumber
    storedLine = Int32(clamping: line)
    storedColumn = Int32(clamping: column)
    storedOffset = Int32(clamping: offset)
  }

  /// The number of a file name, for creating many locations in one file.
  static func fileNumber(of file: String) -> UInt32 { FileNames.shared.number(file) }

  /// Orders by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    if lhs.fileNumber != rhs.fileNumber, lhs.file != rhs.file { return lhs.file < rhs.file }
    return (lhs.storedLine, lhs.storedColumn) < (rhs.storedLine, rhs.storedColumn)
  }

  /// `file:line:col`, the form editors and CI systems parse.
  public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation {
  private enum CodingKeys: String, CodingKey {
    case file, line, column, offset
  }

  /// Decodes `{file, line, column, offset}`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      file: try container.decode(String.self, forKey: .file),
      line: try container.decode(Int.self, forKey: .line),
      column: try container.decode(Int.self, forKey: .column),
      offset: try container.decode(Int.self, forKey: .offset))
  }

  /// Encodes `{file, line, column, offset}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encode(offset, forKey: .offset)
  }
}

/// The file names locations refer to, each stored once.
///
/// Names are numbered in the order they are first seen and told apart by
/// their bytes (`ByteSpelling`).
private final class FileNames: @unchecked Sendable {
  static let shared = FileNames()

  private let lock = NSLock()
  private var names: [String] = []
  private var numbers: [ByteSpelling: UInt32] = [:]

  /// The number of a name, assigning the next one to a new name.
  func number(_ name: String) -> UInt32 {
    lock.lock()
    defer { lock.unlock() }
    if let number = numbers[ByteSpelling(text: name)] { return number }
    let number = UInt32(names.count)
    names.append(name)
    numbers[ByteSpelling(text: name)] = number
    return number
  }

  /// The name with a number.
  func name(_ number: UInt32) -> String {
    lock.lock()
    defer { lock.unlock() }
    return names[Int(number)]
  }
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
