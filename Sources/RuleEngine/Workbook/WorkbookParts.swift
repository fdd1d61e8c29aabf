/// The fixed parts of a one-sheet SpreadsheetML workbook written by rulec.
enum WorkbookParts {
  /// The XML declaration every part starts with.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  /// The SpreadsheetML namespace.
  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  /// The relationships namespace of the office document.
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  private static let package = "http://schemas.openxmlformats.org/package/2006"
  private static let office = "application/vnd.openxmlformats-officedocument.spreadsheetml"

  /// `[Content_Types].xml`.
  static let contentTypes =
    declaration + "<Types xmlns=\"\(package)/content-types\">"
    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(office).sheet.main+xml\"/>"
    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"\(office).worksheet+xml\"/>"
    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(office).styles+xml\"/></Types>"

  /// `_rels/.rels`: the package's main part.
  static let packageRelationships =
    declaration + "<Relationships xmlns=\"\(package)/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>"

  /// `xl/workbook.xml`: one sheet.
  static let workbook =
    declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
    + "<sheets><sheet name=\"整改台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"

  /// `xl/_rels/workbook.xml.rels`: the sheet and the styles.
  static let workbookRelationships =
    declaration + "<Relationships xmlns=\"\(package)/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>"

  /// `xl/styles.xml`: the cell formats of `LedgerSheet.Style`, in order.
  static let styles =
    declaration + "<styleSheet xmlns=\"\(main)\">"
    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
    + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
    + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
    + "<fill><patternFill patternType=\"gray125\"/></fill>"
    + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFF2CC\"/><bgColor indexed=\"64\"/>"
    + "</patternFill></fill></fills>"
    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    + "<cellXfs count=\"5\">"
    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
    + " applyFill=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\""
    + " applyFill=\"1\" applyProtection=\"1\"><protection locked=\"0\"/></xf>"
    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
    + "</cellStyles></styleSheet>"
}
