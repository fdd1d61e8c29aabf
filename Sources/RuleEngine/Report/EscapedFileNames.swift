import RuleParser

/// File names escaped for one format, kept by their number in the table of
/// file names (`SourceLocation.fileNumber`), on one writing side.
///
/// A report names the same few files (the rule files, the snapshot) for
/// each of a million findings: asking a location for its file's name takes
/// the table's lock, which both writing threads would take turns at, and
/// escaping the name again costs more than copying what it became.
struct EscapedFileNames {
  /// How the format escapes text.
  private let escaping: Escaping
  /// `:` escaped, between a place's file, line and column.
  private let colon: [UInt8]
  /// Each file's name escaped, by its number; `nil` until written.
  private var names: [[UInt8]?] = []

  /// No names yet, escaped by `escaping` when first written.
  init(_ escaping: Escaping) {
    self.escaping = escaping
    var colon = ReportOutput()
    colon.write(":", escaping: escaping)
    self.colon = colon.bytes
  }

  /// Writes the name of the file of `location`, escaped.
  mutating func write(fileOf location: SourceLocation, into output: inout ReportOutput) {
    let number = Int(location.fileNumber)
    if number < names.count, let name = names[number] { return output.write(contentsOf: name) }
    var name = ReportOutput()
    name.write(location.file, escaping: escaping)
    if number >= names.count { names += repeatElement(nil, count: number + 1 - names.count) }
    names[number] = name.bytes
    output.write(contentsOf: name.bytes)
  }

  /// Writes a place in a file as `file:line:col` (`SourceLocation`'s
  /// description), escaped, without making it first.
  mutating func write(place location: SourceLocation, into output: inout ReportOutput) {
    write(fileOf: location, into: &output)
    output.write(contentsOf: colon)
    output.write(location.line)
    output.write(contentsOf: colon)
    output.write(location.column)
  }
}
