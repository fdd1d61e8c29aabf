import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct LedgerSnapshotTests {
  private static let metadata =
    "整改台账 (rulec-ledger/1),计划 (plan),ledger-test,截至日期 (as_of),2017-10-15\r\n"
  private static let header =
    "\u{FEFF}" + metadata + LedgerColumn.allCases.map(\.header).joined(separator: ",") + "\r\n"

  private func read(
    _ text: String, asOf: Day? = nil
  ) throws -> (snapshot: Snapshot?, diagnostics: Diagnostics) {
    let graph = try #require(LedgerFixture.graph)
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      Array(text.utf8), path: "ledger.csv", graph: graph, asOf: asOf, into: &diagnostics)
    return (snapshot, diagnostics)
  }

  /// The field number of the status column, 0-based.
  private static let statusIndex = LedgerColumn.allCases.firstIndex(of: .status) ?? 0

  /// A data row: id, then the status cells from the status column on.
  private static func row(_ id: String, _ status: [String]) -> String {
    ([id] + Array(repeating: "", count: Self.statusIndex - 1) + status).map(CSVText.field).joined(
      separator: ",")
      + "\r\n"
  }

  @Test func roundTripsAFilledLedgerIntoASnapshot() throws {
    let graph = try #require(LedgerFixture.graph)
    var ledger = Ledger(graph: graph, asOf: Day(iso: "2017-10-15"))
    let filled: [String: [LedgerColumn: String]] = [
      "water.sand-plan@lanzhou": [
        .status: "done", .completed: "2017-07-20", .reported: "2017-07-25",
        .published: "2017-08-02",
      ],
      "water.sand-plan@zhangye": [.status: "推进中", .progress: "60%", .note: "=规划已送审"],
      "water.sand-review": [
        .status: "已完成", .completed: "2017/8/30", .falseReport: "是",
      ],
      "progress.quarterly@lanzhou#2017-Q3": [.status: "closed", .completed: "2017-09-28"],
    ]
    for index in ledger.rows.indices {
      for (column, value) in filled[ledger.rows[index].instance] ?? [:] {
        let position = try #require(LedgerColumn.allCases.firstIndex(of: column))
        ledger.rows[index].cells[position] = value
      }
    }
    let (read, diagnostics) = try self.read(ledger.csv())
    #expect(diagnostics.all.isEmpty)
    let snapshot = try #require(read)
    #expect(snapshot.plan?.value == "ledger-test")
    #expect(snapshot.asOf.value == Day(iso: "2017-10-15"))
    #expect(snapshot.path == "ledger.csv")
    #expect(snapshot.obligations.keys.sorted() == filled.keys.sorted())
    let lanzhou = try #require(snapshot.obligations["water.sand-plan@lanzhou"])
    #expect(lanzhou.status.value == .done)
    #expect(lanzhou.completed?.value == Day(iso: "2017-07-20"))
    #expect(lanzhou.reported?.value == Day(iso: "2017-07-25"))
    #expect(lanzhou.published?.value == Day(iso: "2017-08-02"))
    #expect(lanzhou.falseReport == nil)
    let zhangye = try #require(snapshot.obligations["water.sand-plan@zhangye"])
    #expect(zhangye.status.value == .inProgress)
    #expect(zhangye.progress?.value == 0.6)
    #expect(zhangye.note == "=规划已送审")
    let review = try #require(snapshot.obligations["water.sand-review"])
    #expect(review.status.value == .done)
    #expect(review.completed?.value == Day(iso: "2017-08-30"))
    #expect(review.falseReport?.value == true)
    let row = try #require(ledger.rows.firstIndex { $0.instance == "water.sand-review" })
    #expect(
      review.status.range.start.description == "ledger.csv:\(row + 3):\(Self.statusIndex + 1)")
    #expect(review.instance.range.start.description == "ledger.csv:\(row + 3):1")
    let quarter = try #require(snapshot.obligations["progress.quarterly@lanzhou#2017-Q3"])
    #expect(quarter.status.value == .closed)
  }

  @Test func roundTripsALedgerFilledAndSavedByPythonsCSVWriter() throws {
    let graph = try #require(LedgerFixture.graph)
    let file = try LedgerFixture.temporaryFile(Ledger(graph: graph).csv())
    defer { try? FileManager.default.removeItem(at: file) }
    let fill = """
      import csv, sys
      path = sys.argv[1]
      rows = list(csv.reader(open(path, encoding='utf-8-sig', newline='')))
      rows[0][4] = '2017/10/31'
      for row in rows[2:]:
          if row[0] == 'water.sand-plan@zhangye':
              row[9:12] = ['已完成', '2017/7/30', '2017年8月1日']
          if row[0] == 'target.keep':
              row[9] = 'not_started'
              row[rows[1].index('备注 (note)')] = '@办公室, "持续"'
      with open(path, 'w', encoding='utf-8-sig', newline='') as out:
          csv.writer(out, lineterminator='\\r\\n').writerows(rows)
      """
    _ = try Python.output(fill, [file.path])
    let bytes = try [UInt8](Data(contentsOf: file))
    var diagnostics = Diagnostics()
    let snapshot = try #require(
      LedgerSnapshot.read(bytes, path: file.path, graph: graph, asOf: nil, into: &diagnostics))
    #expect(snapshot.asOf.value == Day(iso: "2017-10-31"))
    #expect(snapshot.obligations.count == 2)
    let zhangye = try #require(snapshot.obligations["water.sand-plan@zhangye"])
    #expect(zhangye.status.value == .done)
    #expect(zhangye.reported?.value == Day(iso: "2017-08-01"))
    #expect(snapshot.obligations["target.keep"]?.note == "@办公室, \"持续\"")
  }

  @Test func treatsRowsWithoutStatusAsNoEntryAndSkipsBlankRows() throws {
    let text =
      Self.header + Self.row("water.sand-plan@lanzhou", [""]) + ",,,\r\n\r\n"
      + Self.row("water.sand-review", ["未开始"])
    let (snapshot, diagnostics) = try read(text)
    #expect(diagnostics.all.isEmpty)
    #expect(try #require(snapshot).obligations.keys.sorted() == ["water.sand-review"])
  }

  @Test func letsAsOfOverrideTheLedgersDay() throws {
    let text = Self.header + Self.row("water.sand-review", ["done", "2017-08-30"])
    let (snapshot, _) = try read(text, asOf: Day(iso: "2017-12-31"))
    let asOf = try #require(snapshot).asOf
    #expect(asOf.value == Day(iso: "2017-12-31"))
    #expect(asOf.range.start.description == "ledger.csv:1:5")
  }

  @Test func acceptsALedgerWithoutItsFirstRowGivenAsOf() throws {
    let text =
      LedgerColumn.allCases.map(\.key).joined(separator: ",") + "\n"
      + Self.row("water.sand-review", ["done", "2017-08-30"])
    let (snapshot, diagnostics) = try read(text, asOf: Day(iso: "2017-12-31"))
    #expect(diagnostics.all.isEmpty)
    #expect(try #require(snapshot).plan == nil)
  }

  @Test func findsColumnsByTheirKeyWhereverTheyAre() throws {
    let text =
      Self.metadata
      + "备注 (note),联系人,状态（status）,编号 (id)\r\n" + "说明,王某,done,water.sand-review\r\n"
    let (snapshot, diagnostics) = try read(text)
    #expect(diagnostics.all.isEmpty)
    let entry = try #require(snapshot?.obligations["water.sand-review"])
    #expect(entry.status.value == .done)
    #expect(entry.note == "说明")
    #expect(entry.status.range.start.description == "ledger.csv:3:3")
  }

  @Test func readsStandardInputAsStdin() throws {
    let graph = try #require(LedgerFixture.graph)
    var diagnostics = Diagnostics()
    let text = Self.header + Self.row("nope", ["done"])
    _ = LedgerSnapshot.read(
      Array(text.utf8), path: "-", graph: graph, asOf: nil, into: &diagnostics)
    #expect(diagnostics.all.first?.range?.start.description == "<stdin>:3:1")
  }

  /// Damaged ledgers (bytes changed, cut, repeated) never crash the reader,
  /// and it returns a snapshot exactly when it reported no error.
  @Test func neverCrashesOnDamagedLedgers() throws {
    let graph = try #require(LedgerFixture.graph)
    var ledger = Ledger(graph: graph, asOf: Day(iso: "2017-10-15"))
    ledger.rows[0].cells[Self.statusIndex] = "done"
    ledger.rows[0].cells[Self.statusIndex + 1] = "2017-09-01"
    let original = Array(ledger.csv().utf8)
    var generator = SplitMix(seed: 2017)
    let alphabet = Array("\",\r\n'=;\t状态 (status)2017-/%是".utf8) + [0xFF, 0xC3]
    for _ in 0..<400 {
      var bytes = original
      for _ in 0..<(1 + Int(generator.next() % 6)) {
        let index = Int(generator.next() % UInt64(max(bytes.count, 1)))
        let byte = alphabet[Int(generator.next() % UInt64(alphabet.count))]
        switch generator.next() % 4 {
        case 0 where !bytes.isEmpty: bytes[index] = byte
        case 1 where !bytes.isEmpty: bytes.removeSubrange(index...)
        case 2: bytes.insert(byte, at: index)
        default: bytes += bytes.prefix(index)
        }
      }
      var diagnostics = Diagnostics()
      let snapshot = LedgerSnapshot.read(
        bytes, path: "ledger.csv", graph: graph, asOf: nil, into: &diagnostics)
      #expect((snapshot == nil) == diagnostics.hasErrors)
    }
  }

  /// A small deterministic random number generator.
  struct SplitMix {
    var seed: UInt64
    mutating func next() -> UInt64 {
      seed &+= 0x9E37_79B9_7F4A_7C15
      var z = seed
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// A bad ledger, the code it gets and where (`row:column`).
  struct BadLedger: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var code: String
    var at: String?
    var help: String? = nil
    var testDescription: String { name }
  }

  static let badLedgers: [BadLedger] = [
    BadLedger(
      name: "status word", text: header + row("water.sand-review", ["完成了"]), code: "E148",
      at: "3:10"),
    BadLedger(
      name: "misspelt status", text: header + row("water.sand-review", ["in_progres"]),
      code: "E148", at: "3:10", help: "did you mean 'in_progress'? (statuses: "),
    BadLedger(
      name: "date that does not exist",
      text: header + row("water.sand-review", ["done", "2017-02-30"]), code: "E149", at: "3:11"),
    BadLedger(
      name: "unknown instance", text: header + row("water.sand-plan@lanzou", ["done"]),
      code: "E146", at: "3:1", help: "did you mean 'water.sand-plan@lanzhou'?"),
    BadLedger(
      name: "obligation id", text: header + row("water.sand-plan", ["done"]), code: "E146",
      at: "3:1", help: "fill in one row per instance"),
    BadLedger(
      name: "second row",
      text: header + row("water.sand-review", ["done"]) + row("water.sand-review", ["closed"]),
      code: "E147", at: "4:1"),
    BadLedger(
      name: "values without status",
      text: header + row("water.sand-review", ["", "", "2017-09-01"]), code: "E152", at: "3:12"),
    BadLedger(
      name: "status without id", text: header + row("", ["done"]), code: "E154", at: "3:1"),
    BadLedger(
      name: "false report word",
      text: header + row("water.sand-review", ["done", "", "", "", "maybe"]), code: "E150",
      at: "3:14"),
    BadLedger(
      name: "progress over 100%",
      text: header + row("water.sand-review", ["in_progress", "", "", "", "", "150%"]),
      code: "E151", at: "3:15"),
    BadLedger(
      name: "no as_of",
      text: header.replacingOccurrences(of: "2017-10-15", with: "")
        + row("water.sand-review", ["done"]), code: "E153", at: "1:5"),
    BadLedger(
      name: "bad as_of",
      text: header.replacingOccurrences(of: "2017-10-15", with: "10月15日")
        + row("water.sand-review", ["done"]), code: "E149", at: "1:5"),
    BadLedger(
      name: "other plan",
      text: header.replacingOccurrences(of: "ledger-test", with: "other-plan"), code: "E155",
      at: "1:3"),
    BadLedger(
      name: "bytes neither UTF-8 nor GBK", text: header + "\u{FFFD}", code: "E236", at: "3:1"),
    BadLedger(
      name: "open quote", text: header + "water.sand-review,\"never closed\r\n", code: "E141",
      at: "3:2"),
    BadLedger(name: "no header", text: "a,b\r\n1,2\r\n", code: "E142", at: "1:1"),
    BadLedger(
      name: "no status column", text: "编号 (id),备注 (note)\r\nwater.sand-review,x\r\n",
      code: "E143", at: "1:1"),
    BadLedger(
      name: "misspelt column key", text: metadata + "编号 (id),状态 (stauts),状态 (status)\r\n",
      code: "E144", at: "2:2", help: "did you mean 'status'?"),
    BadLedger(
      name: "two status columns", text: metadata + "编号 (id),状态 (status),status\r\n",
      code: "E145", at: "2:3"),
    BadLedger(
      name: "unknown first-row label",
      text: header.replacingOccurrences(of: "计划 (plan)", with: "计划 (pln)"), code: "E158",
      at: "1:2", help: "did you mean 'plan'?"),
  ]

  @Test(arguments: badLedgers)
  func reportsBadLedgersWhereTheSpreadsheetShowsThem(_ bad: BadLedger) throws {
    var text = bad.text
    var bytes = Array(text.utf8)
    if bad.code == "E236" {
      text.removeLast()
      bytes = Array(text.utf8) + [0xFF, 0x80, 0xFE]
    }
    let graph = try #require(LedgerFixture.graph)
    var diagnostics = Diagnostics()
    let snapshot = LedgerSnapshot.read(
      bytes, path: "ledger.csv", graph: graph, asOf: nil, into: &diagnostics)
    #expect(snapshot == nil)
    let diagnostic = try #require(diagnostics.sorted.first)
    #expect(diagnostic.code.rawValue == bad.code)
    #expect(diagnostic.range?.start.description == bad.at.map { "ledger.csv:\($0)" })
    #expect(diagnostic.notes.contains { $0.kind == .help })
    if let help = bad.help {
      #expect(diagnostic.notes.contains { $0.message.en.hasPrefix(help) })
    }
  }
}
