import Foundation
import RuleParser
import ZIPFoundation

/// Reads the first sheet of an .xlsx workbook into rows of located cells,
/// as the CSV reader makes them, so that a ledger reads the same from both.
///
/// Handles what Excel, WPS and LibreOffice write: shared strings (rich text
/// runs joined, phonetic runs skipped), inline strings, numbers, booleans,
/// formula results (the cached value; the formula itself is never used),
/// and dates as serial numbers in a date-formatted cell, which become ISO
/// dates.
struct WorkbookReader {
  /// Why a workbook cannot be read.
  struct Unreadable: Error, Equatable {
    /// What is wrong, in English (the file is named by the caller).
    var reason: String
  }

  private let archive: Archive

  /// Opens the workbook's bytes.
  init(_ bytes: [UInt8]) throws(Unreadable) {
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw Unreadable(reason: "not a zip archive")
    }
  }

  /// The first sheet's rows: one record per row that has a cell, its
  /// fields numbered by the cells' columns (gaps filled with empty fields).
  func records() throws(Unreadable) -> [[CSVField]] {
    let sheet = try sheetPath()
    let strings = try part("xl/sharedStrings.xml", required: false).map(Self.sharedStrings) ?? []
    let dateStyles = try part("xl/styles.xml", required: false).map(Self.dateStyles) ?? []
    guard let events = try part(sheet, required: true) else { return [] }
    return Self.rows(events, strings: strings, dateStyles: dateStyles)
  }

  private func sheetPath() throws(Unreadable) -> String {
    guard let workbook = try part("xl/workbook.xml", required: true),
      let relationships = try part("xl/_rels/workbook.xml.rels", required: true)
    else { return "" }
    let sheetID = workbook.lazy.compactMap { event -> String? in
      guard case .start("sheet", let attributes) = event else { return nil }
      return attributes["id"]
    }.first
    guard let sheetID else { throw Unreadable(reason: "the workbook has no sheet") }
    for case .start("Relationship", let attributes) in relationships
    where attributes["Id"] == sheetID {
      guard let target = attributes["Target"] else { break }
      return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
    throw Unreadable(reason: "the first sheet's part is not named")
  }

  private func part(_ path: String, required: Bool) throws(Unreadable) -> [XMLEvent]? {
    guard let entry = archive[path] else {
      if required { throw Unreadable(reason: "the part '\(path)' is missing") }
      return nil
    }
    var data = Data()
    do {
      _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
    } catch {
      throw Unreadable(reason: "the part '\(path)' cannot be unpacked")
    }
    guard let events = XMLEvents.parse(data) else {
      throw Unreadable(reason: "the part '\(path)' is not well-formed XML")
    }
    return events
  }

  /// The shared strings: each `<si>`'s `<t>` texts joined, `<rPh>` skipped.
  static func sharedStrings(_ events: [XMLEvent]) -> [String] {
    var strings: [String] = []
    var current = ""
    var inText = false
    var phonetic = 0
    for event in events {
      switch event {
      case .start("si", _): current = ""
      case .end("si"): strings.append(current)
      case .start("rPh", _): phonetic += 1
      case .end("rPh"): phonetic -= 1
      case .start("t", _): inText = true
      case .end("t"): inText = false
      case .text(let text) where inText && phonetic == 0: current += text
      default: break
      }
    }
    return strings
  }

  /// For each cell style (`cellXfs` index), whether it formats a date.
  static func dateStyles(_ events: [XMLEvent]) -> [Bool] {
    var customDates: Set<String> = []
    var styles: [Bool] = []
    var inCellXfs = false
    for event in events {
      switch event {
      case .start("numFmt", let attributes):
        if let id = attributes["numFmtId"], let code = attributes["formatCode"],
          isDateFormat(code)
        {
          customDates.insert(id)
        }
      case .start("cellXfs", _): inCellXfs = true
      case .end("cellXfs"): inCellXfs = false
      case .start("xf", let attributes) where inCellXfs:
        let id = attributes["numFmtId"] ?? "0"
        styles.append(Int(id).map(isBuiltInDate) ?? false || customDates.contains(id))
      default: break
      }
    }
    return styles
  }

  /// Whether a built-in number format is a date (Excel's, and the East
  /// Asian ones from 27 on).
  static func isBuiltInDate(_ id: Int) -> Bool {
    (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id)
      || (50...58).contains(id)
  }

  /// Whether a number format code shows a date: it has a year or day part
  /// once quoted text, escapes and `[...]` sections are removed.
  static func isDateFormat(_ code: String) -> Bool {
    var plain = ""
    var quoted = false
    var bracket = false
    var escaped = false
    for character in code.lowercased() {
      if escaped {
        escaped = false
        continue
      }
      switch character {
      case "\\": escaped = true
      case "\"": quoted.toggle()
      case "[" where !quoted: bracket = true
      case "]" where !quoted: bracket = false
      default: if !quoted, !bracket { plain.append(character) }
      }
    }
    return plain.contains("y") || plain.contains("d")
  }

  private static func rows(
    _ events: [XMLEvent], strings: [String], dateStyles: [Bool]
  ) -> [[CSVField]] {
    var records: [[CSVField]] = []
    var cells: [Int: String] = [:]
    var rowNumber = 0
    var column = 0
    var cellType = "n"
    var cellStyle = 0
    var value: String?
    var inline = ""
    var element = ""
    for event in events {
      switch event {
      case .start("row", let attributes):
        rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
        cells = [:]
        column = 0
      case .end("row"):
        guard let last = cells.keys.max() else { continue }
        records.append(
          (1...last).map { CSVField(text: cells[$0] ?? "", row: rowNumber, column: $0, offset: 0) })
      case .start("c", let attributes):
        column = attributes["r"].flatMap(SpreadsheetCell.position)?.column ?? column + 1
        cellType = attributes["t"] ?? "n"
        cellStyle = attributes["s"].flatMap(Int.init) ?? 0
        value = nil
        inline = ""
      case .end("c"):
        let isDate = cellStyle < dateStyles.count && dateStyles[cellStyle]
        if let text = cellText(cellType, value, inline, isDate: isDate, strings), !text.isEmpty {
          cells[column] = text
        }
      case .start(let name, _): element = name
      case .end: element = ""
      case .text(let text):
        if element == "v" { value = (value ?? "") + text }
        if element == "t" { inline += text }
      }
    }
    return records
  }

  private static func cellText(
    _ type: String, _ value: String?, _ inline: String, isDate: Bool, _ strings: [String]
  ) -> String? {
    switch type {
    case "s": return value.flatMap { Int($0) }.flatMap { $0 < strings.count ? strings[$0] : nil }
    case "inlineStr": return inline
    case "str", "e": return value
    case "b": return value == "1" ? "TRUE" : "FALSE"
    case "d": return value.map { String($0.prefix(10)) }
    default:
      guard let value, let number = Double(value) else { return value }
      if isDate, let day = SpreadsheetCell.day(serial: number) { return day.description }
      if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
      return String(number)
    }
  }
}
