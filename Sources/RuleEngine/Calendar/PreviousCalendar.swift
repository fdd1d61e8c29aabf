/// The events of a calendar rulec wrote before, by UID: their `SEQUENCE`
/// and content hash, so that a regenerated calendar bumps the `SEQUENCE` of
/// exactly the events whose content changed.
///
/// Reading is lenient: lines that are not understood are skipped, and text
/// that is not a calendar gives no events.
public struct PreviousCalendar: Sendable {
  /// A previous event's revision.
  struct Revision: Sendable, Hashable {
    var sequence: Int
    var contentHash: String?
  }

  /// The revisions by UID.
  private(set) var revisions: [String: Revision] = [:]

  /// No previous calendar: every event starts at `SEQUENCE:0`.
  public init() {}

  /// The events of an iCalendar text.
  public init(iCalendar text: String) {
    var uid: String?
    var revision = Revision(sequence: 0, contentHash: nil)
    for line in Self.unfolded(text) {
      let (name, value) = Self.split(line)
      switch name {
      case "BEGIN" where value == "VEVENT":
        uid = nil
        revision = Revision(sequence: 0, contentHash: nil)
      case "UID": uid = Self.unescaped(value)
      case "SEQUENCE": revision.sequence = Self.sequence(value)
      case ICalendarWriter.contentHashProperty: revision.contentHash = value
      case "END" where value == "VEVENT":
        if let uid { revisions[uid] = revision }
        uid = nil
      default: break
      }
    }
  }

  /// A `SEQUENCE` value: RFC 5545 integers are 32-bit, so a larger number
  /// reads as the largest; a value that is no number reads as 0.
  static func sequence(_ text: String) -> Int {
    guard !text.isEmpty, text.unicodeScalars.allSatisfy({ (0x30...0x39).contains($0.value) })
    else { return 0 }
    return Int32(text).map { Int($0) } ?? Int(Int32.max)
  }

  /// The `SEQUENCE` of an event with this UID and content hash: the previous
  /// one if the content is unchanged, one more if it changed, 0 if new.
  func sequence(uid: String, contentHash: String) -> Int {
    guard let previous = revisions[uid] else { return 0 }
    guard previous.contentHash != contentHash else { return previous.sequence }
    // At the largest SEQUENCE a calendar can hold, the number stays.
    return previous.sequence < Int(Int32.max) ? previous.sequence + 1 : previous.sequence
  }

  /// The logical lines: CRLF or LF line ends, continuation lines joined.
  private static func unfolded(_ text: String) -> [String] {
    var lines: [String] = []
    for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      if let first = raw.first, first == " " || first == "\t", !lines.isEmpty {
        lines[lines.count - 1] += raw.dropFirst()
      } else {
        lines.append(String(raw))
      }
    }
    return lines
  }

  /// The property name (before any parameter) and the value.
  private static func split(_ line: String) -> (String, String) {
    guard let colon = line.firstIndex(of: ":") else { return (line, "") }
    let head = line[..<colon]
    let name = head.split(separator: ";", maxSplits: 1).first ?? head
    return (name.uppercased(), String(line[line.index(after: colon)...]))
  }

  /// A TEXT value without its escapes.
  private static func unescaped(_ value: String) -> String {
    var result = ""
    var escaping = false
    for character in value {
      if escaping {
        result.append(character == "n" || character == "N" ? "\n" : character)
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        result.append(character)
      }
    }
    return result
  }
}
