public import Foundation
import RuleParser
import ZIPFoundation

extension Ledger {
  /// The ledger as an Excel workbook (.xlsx), as offices exchange them.
  ///
  /// One sheet, `整改台账`, with row 1 (what the ledger is of) and row 2 (the
  /// header) as in the CSV, the header frozen, column widths set, deadlines
  /// as date cells, a drop-down list (data validation) for the status and
  /// the `反馈失实` columns, and the sheet protected so that only the cells a
  /// body fills in (shaded) can be edited. No cell holds a formula.
  ///
  /// The bytes are the same for the same ledger (entries are dated 1980-01-01).
  ///
  /// - Throws: what ZIPFoundation throws when it cannot build the archive.
  public func xlsx() throws -> Data {
    let archive = try Archive(accessMode: .create)
    let parts: [(String, String)] = [
      ("[Content_Types].xml", WorkbookParts.contentTypes),
      ("_rels/.rels", WorkbookParts.packageRelationships),
      ("xl/workbook.xml", WorkbookParts.workbook),
      ("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships),
      ("xl/styles.xml", WorkbookParts.styles),
      ("xl/worksheets/sheet1.xml", LedgerSheet(ledger: self).xml()),
    ]
    let stamp = Date(timeIntervalSince1970: 315_532_800)
    for (path, text) in parts {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
        compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
    return data
  }
}

/// The worksheet of a ledger workbook.
struct LedgerSheet {
  let ledger: Ledger

  /// The styles of `WorkbookParts.styles`, by their index in `cellXfs`.
  enum Style: Int {
    /// Locked text.
    case text = 0
    /// Locked bold text: the header.
    case header = 1
    /// A locked date.
    case date = 2
    /// An unlocked, shaded cell a body fills in.
    case input = 3
    /// An unlocked, shaded date a body fills in.
    case inputDate = 4
  }

  func xml() -> String {
    let columns = LedgerColumn.allCases
    let lastColumn = SpreadsheetCell.letters(columns.count)
    let lastRow = ledger.rows.count + 2
    var xml = WorkbookParts.declaration
    xml += "<worksheet xmlns=\"\(WorkbookParts.main)\" xmlns:r=\"\(WorkbookParts.relationships)\">"
    xml += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\">"
    xml += "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"
    xml +=
      "<selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/></sheetView></sheetViews>"
    xml += "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
    for (index, column) in columns.enumerated() {
      xml +=
        "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width(column))\" customWidth=\"1\"/>"
    }
    xml += "</cols><sheetData>"
    xml += row(1, metadataCells())
    xml += row(2, columns.map { (.text($0.header), .header) })
    for (offset, ledgerRow) in ledger.rows.enumerated() {
      xml += row(offset + 3, columns.map { cell(ledgerRow[$0], column: $0) })
    }
    xml += "</sheetData>"
    xml += "<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\""
    xml += " formatRows=\"0\" autoFilter=\"0\" sort=\"0\"/>"
    xml += dataValidations(lastRow: lastRow)
    xml += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\""
    xml += " header=\"0.3\" footer=\"0.3\"/>"
    xml += "<pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>"
    return xml
  }

  /// A cell's value: text, a date, or nothing.
  enum Value {
    case text(String)
    case date(Day)
    case empty
  }

  private func metadataCells() -> [(Value, Style)] {
    var cells: [(Value, Style)] = [(.text(LedgerMetadata.firstCell), .header)]
    cells.append((.text(LedgerMetadata.Key.plan.label), .text))
    cells.append((.text(ledger.planID), .text))
    cells.append((.text(LedgerMetadata.Key.asOf.label), .text))
    cells.append((ledger.asOf.map(Value.date) ?? .empty, .inputDate))
    cells.append((.text(LedgerMetadata.Key.title.label), .text))
    cells.append((.text(ledger.planTitle), .text))
    if let body = ledger.body {
      cells.append((.text(LedgerMetadata.Key.body.label), .text))
      cells.append((.text("\(body.name) (\(body.id))"), .text))
    }
    return cells
  }

  private func cell(_ text: String, column: LedgerColumn) -> (Value, Style) {
    let isDate = [.due, .completed, .reported, .published, .acceptedOn].contains(column)
    let style: Style = column.isFilledIn ? (isDate ? .inputDate : .input) : (isDate ? .date : .text)
    if text.isEmpty { return (.empty, style) }
    if isDate, let day = Day(iso: text) { return (.date(day), style) }
    return (.text(text), style)
  }

  private func row(_ number: Int, _ cells: [(Value, Style)]) -> String {
    var xml = "<row r=\"\(number)\">"
    for (index, (value, style)) in cells.enumerated() {
      let reference = SpreadsheetCell.letters(index + 1) + "\(number)"
      switch value {
      case .empty:
        xml += "<c r=\"\(reference)\" s=\"\(style.rawValue)\"/>"
      case .date(let day):
        xml +=
          "<c r=\"\(reference)\" s=\"\(style.rawValue)\"><v>\(SpreadsheetCell.serial(of: day))</v></c>"
      case .text(let text):
        xml += "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is>"
        xml += "<t xml:space=\"preserve\">\(Escaping.xml(text))</t></is></c>"
      }
    }
    return xml + "</row>"
  }

  private func dataValidations(lastRow: Int) -> String {
    guard lastRow >= 3 else { return "" }
    let lists: [(LedgerColumn, [String])] = [
      (.status, InstanceProgress.allCases.map(ReportedValue.chineseWord)),
      (.falseReport, ["是", "否"]),
    ]
    var xml = "<dataValidations count=\"\(lists.count)\">"
    for (column, words) in lists {
      guard let index = LedgerColumn.allCases.firstIndex(of: column) else { continue }
      let letters = SpreadsheetCell.letters(index + 1)
      xml += "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\""
      xml += " errorTitle=\"\(column.chineseName)\" error=\"请从下拉列表中选择\""
      xml += " sqref=\"\(letters)3:\(letters)\(lastRow)\">"
      xml += "<formula1>&quot;\(words.joined(separator: ","))&quot;</formula1></dataValidation>"
    }
    return xml + "</dataValidations>"
  }

  private func width(_ column: LedgerColumn) -> Int {
    switch column {
    case .id: 40
    case .title, .quote: 48
    case .dependencies, .evidence, .note: 30
    case .body, .cooperating, .warningBy, .supervisionBy, .interviewBy, .acceptedBy: 16
    case .section, .obligationClass, .status, .falseReport, .progress: 10
    default: 12
    }
  }
}
