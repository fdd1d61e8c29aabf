import RuleParser

/// Writes the graph's instances as the members of its `instances` object,
/// byte for byte as `JSONText.Writer` lays them out there, but straight
/// into the output from fixed pieces of text.
///
/// A graph has up to a million instances, and the general writer spends
/// most of its time on each token's layout (a separator, a line break, the
/// indentation worked out from the depth); an instance's layout never
/// changes, so its pieces are written whole: the members at depth 2, their
/// fields at depth 3, list elements at depth 4.
enum InstanceJSON {
  /// How many bytes are written before they are handed to the output.
  private static let chunk = 1 << 16

  /// Writes the instances of `range`, `range.lowerBound > 0` telling that
  /// members come before them.
  static func write(_ instances: [Instance], _ range: Range<Int>, into output: inout ReportOutput) {
    var bytes = UTF8Buffer(capacity: chunk + 4096)
    // Read in place, through a pointer: an instance copied out (as even a
    // `borrowing` parameter was) is a dozen reference counts.
    instances.withUnsafeBufferPointer { instances in
      guard let base = instances.baseAddress else { return }
      for position in range {
        append(position == 0 ? "\n    \"" : ",\n    \"", to: &bytes)
        write(base + position, into: &bytes)
        if bytes.count >= chunk {
          bytes.withBytes { output.write(contentsOf: $0) }
          bytes.removeAll()
        }
      }
    }
    bytes.withBytes { output.write(contentsOf: $0) }
  }

  /// One instance, from the quote that opens its id to the brace that
  /// closes it; each field is read where the instance is stored (valid
  /// while the caller's `withUnsafeBufferPointer` lasts).
  private static func write(
    _ instance: UnsafePointer<Instance>, into bytes: inout UTF8Buffer
  ) {
    JSONText.appendEscaped(instance.pointee.id, to: &bytes)
    append("\": {\n      \"body\": \"", to: &bytes)
    JSONText.appendEscaped(instance.pointee.body, to: &bytes)
    append("\"", to: &bytes)
    // The shared class is read in place, not copied out (a million times).
    if let id = instance.pointee.sharedClass?.value.id {
      append(",\n      \"class\": \"", to: &bytes)
      JSONText.appendEscaped(id, to: &bytes)
      append("\"", to: &bytes)
    }
    append(",\n      \"cooperating\": ", to: &bytes)
    write(instance.pointee.cooperating, into: &bytes)
    append(",\n      \"dependencies\": ", to: &bytes)
    write(instance.pointee.dependencies, into: &bytes)
    if let due = instance.pointee.due {
      append(",\n      \"due\": ", to: &bytes)
      write(due, into: &bytes)
    }
    switch instance.pointee.dueSource {
    case .own?: append(",\n      \"due_source\": \"own\"", to: &bytes)
    case .class?: append(",\n      \"due_source\": \"class\"", to: &bytes)
    case nil: break
    }
    if let relative = instance.pointee.relativeDue {
      append(",\n      \"due_rule\": {\n        \"after\": \"", to: &bytes)
      JSONText.appendEscaped(relative.after, to: &bytes)
      append("\",\n        \"within\": \"", to: &bytes)
      JSONText.appendEscaped(relative.within.description, to: &bytes)
      append("\"\n      }", to: &bytes)
    }
    append(",\n      \"obligation\": \"", to: &bytes)
    JSONText.appendEscaped(instance.pointee.obligation, to: &bytes)
    append("\"", to: &bytes)
    if let occurrence = instance.pointee.occurrence {
      append(",\n      \"occurrence\": \"", to: &bytes)
      JSONText.appendEscaped(occurrence, to: &bytes)
      append("\"", to: &bytes)
    }
    if let start = instance.pointee.periodStart {
      append(",\n      \"period_start\": ", to: &bytes)
      write(start, into: &bytes)
    }
    append("\n    }", to: &bytes)
  }

  /// A list of texts: `[]`, or one element a line.
  private static func write(_ texts: [String], into bytes: inout UTF8Buffer) {
    guard !texts.isEmpty else { return append("[]", to: &bytes) }
    for (position, text) in texts.enumerated() {
      append(position == 0 ? "[\n        \"" : ",\n        \"", to: &bytes)
      JSONText.appendEscaped(text, to: &bytes)
      append("\"", to: &bytes)
    }
    append("\n      ]", to: &bytes)
  }

  /// A day as a string, `"YYYY-MM-DD"` (`Day.description`), its digits
  /// written in place for the years 0 to 9999.
  private static func write(_ day: Day, into bytes: inout UTF8Buffer) {
    let (year, month, date) = (day.year, day.month, day.day)
    guard (0...9999).contains(year) else {
      bytes.append(UInt8(ascii: "\""))
      bytes.append(day.description)
      bytes.append(UInt8(ascii: "\""))
      return
    }
    func digit(_ value: Int) -> UInt8 { UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10) }
    var text: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (
        UInt8(ascii: "\""), digit(year / 1000), digit(year / 100), digit(year / 10), digit(year),
        UInt8(ascii: "-"), digit(month / 10), digit(month), UInt8(ascii: "-"), digit(date / 10),
        digit(date), UInt8(ascii: "\"")
      )
    withUnsafeBytes(of: &text) { bytes.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
  }

  /// Appends fixed text.
  @inline(__always)
  private static func append(_ text: StaticString, to bytes: inout UTF8Buffer) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }
}
