import Foundation
import RuleEngine
import RuleParser
import TestSupport
import Testing

/// A ledger of the bundled plan written, filled in by Python as an office
/// would (UTF-8 CSV, GBK CSV as Excel saves it on Chinese Windows, an .xlsx
/// edited with openpyxl) and read back: the status, the actions taken and
/// the 销号 evidence arrive, and the accountability that depends on the
/// earlier 约谈 fires from the ledger alone.
@Suite(.serialized) struct LedgerRoundTripTests {
  static let fill = LedgerFixture.folder.appendingPathComponent("fill_ledger.py").path

  /// Writes zhangye's ledger as of 2017-10-15 in a format; returns its path.
  static func written(_ suffix: String) throws -> URL {
    let graph = try #require(BundledPlan.graph)
    let ledger = Ledger(graph: graph, body: graph.body("zhangye"), asOf: Day(iso: "2017-10-15"))
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-roundtrip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("zhangye.\(suffix)")
    try (suffix == "xlsx" ? ledger.xlsx() : Data(ledger.csv().utf8)).write(to: file)
    return file
  }

  /// Reads a filled ledger and checks what arrived.
  static func expectFilled(_ file: URL, encoding: LedgerEncoding = .auto) throws {
    let graph = try #require(BundledPlan.graph)
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      LedgerSnapshot.read(
        [UInt8](Data(contentsOf: file)), path: file.lastPathComponent, graph: graph, asOf: nil,
        encoding: encoding, into: &diagnostics), "\(diagnostics.all)")
    #expect(snapshot.scope == ["zhangye"])
    let plan = try #require(snapshot.obligations["water.sand-plan@zhangye"])
    #expect(plan.status.value == .inProgress)
    #expect(plan.progress?.value == 0.6)
    let actions = snapshot.actions.map {
      "\($0.action.value.rawValue) \($0.on.value) \($0.by ?? "")"
    }
    #expect(actions.sorted() == ["interview 2017-09-01 省整改领导小组", "warning 2017-08-05 省整改办公室"])
    let closed = try #require(snapshot.obligations["mechanism.immediate-problems@zhangye"])
    #expect(closed.status.value == .closed)
    #expect(closed.completed?.value == Day(iso: "2017-07-30"))
    #expect(closed.acceptance.on == Day(iso: "2017-08-20"))
    #expect(closed.acceptance.by == "省整改办公室")
    #expect(closed.acceptance.evidence == "验收意见书（甘整改办〔2017〕12号）、现场照片6张")
    var validator = SnapshotValidator(graph: graph)
    #expect(validator.validate(snapshot, into: &diagnostics))
    let result = Checker(graph: graph).check(snapshot)
    let fired = result.escalations.filter { $0.instance == "water.sand-plan@zhangye" }.map(\.policy)
    #expect(fired.contains("accountability-after-interview"))
    #expect(result.violations.allSatisfy { $0.body == "zhangye" })
    #expect(!result.violations.contains { $0.instance == "mechanism.immediate-problems@zhangye" })
  }

  @Test func csvRoundTrips() throws {
    let file = try Self.written("csv")
    _ = try Python.output(
      try String(contentsOfFile: Self.fill, encoding: .utf8), [file.path, "csv"])
    try Self.expectFilled(file)
  }

  @Test func gbkCSVRoundTripsDetectedAndByOption() throws {
    let file = try Self.written("csv")
    _ = try Python.output(
      try String(contentsOfFile: Self.fill, encoding: .utf8), [file.path, "gbk"])
    let bytes = try [UInt8](Data(contentsOf: file))
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    try Self.expectFilled(file)
    try Self.expectFilled(file, encoding: .gbk)
  }

  @Test func xlsxRoundTripsThroughOpenpyxlAndLibreOffice() throws {
    let file = try Self.written("xlsx")
    _ = try Python.output(
      try String(contentsOfFile: Self.fill, encoding: .utf8), [file.path, "xlsx"])
    try Self.expectFilled(file)
    let folder = file.deletingLastPathComponent()
    let resaved = folder.appendingPathComponent("libreoffice")
    try Self.libreOffice(["--convert-to", "xlsx", "--outdir", resaved.path, file.path])
    try Self.expectFilled(resaved.appendingPathComponent("zhangye.xlsx"))
    try Self.libreOffice([
      "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder.path,
      file.path,
    ])
    try Self.expectFilled(folder.appendingPathComponent("zhangye.csv"))
  }

  @Test func openpyxlSeesAFrozenProtectedWorkbookWithDatesAndADropDown() throws {
    let file = try Self.written("xlsx")
    let script = """
      import openpyxl, sys
      sheet = openpyxl.load_workbook(sys.argv[1]).active
      print(sheet.freeze_panes, sheet.protection.sheet)
      header = [c.value for c in sheet[2]]
      status = header.index('状态 (status)')
      due = header.index('完成时限 (due)')
      row = next(r for r in sheet.iter_rows(min_row=3) if r[0].value == 'water.sand-plan@zhangye')
      print(row[due].value.date(), row[due].number_format, row[due].protection.locked)
      print(row[status].protection.locked, row[0].protection.locked)
      print(sheet.column_dimensions['A'].width > 20)
      print([(v.type, v.formula1) for v in sheet.data_validations.dataValidation])
      print(any(c.data_type == 'f' for r in sheet.iter_rows() for c in r))
      """
    let lines = try Python.output(script, [file.path]).split(separator: "\n")
    #expect(
      lines.map(String.init) == [
        "A3 True", "2017-07-31 yyyy-mm-dd True", "False True", "True",
        "[('list', '\"未开始,推进中,已完成,已销号\"'), ('list', '\"是,否\"')]", "False",
      ])
  }

  /// Runs LibreOffice headless with its own profile (so parallel runs do not collide).
  static func libreOffice(_ arguments: [String]) throws {
    let profile = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-lo-\(UUID().uuidString)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/libreoffice")
    process.arguments =
      ["-env:UserInstallation=file://\(profile.path)", "--headless"] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: profile)
    #expect(process.terminationStatus == 0)
  }
}
