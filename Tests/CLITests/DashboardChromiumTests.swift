import Foundation
import TestSupport
import Testing

/// Renders dashboards with the built `rulec` and loads them in headless
/// Chromium (`chromium --headless`): the page must load with no console
/// message, its DOM must hold the expected numbers, and a screenshot must
/// come out.
@Suite(.serialized) struct DashboardChromiumTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let checkFixtures = root.appendingPathComponent("Tests/Fixtures/Check")

  /// Runs a program to its end; its standard output and error.
  static func run(_ program: String, _ arguments: [String]) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
    let (out, err) = (Pipe(), Pipe())
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let (outData, errData) = (
      PipeReader(out.fileHandleForReading), PipeReader(err.fileHandleForReading)
    )
    process.waitUntilExit()
    return (
      String(decoding: outData.wait(), as: UTF8.self),
      String(decoding: errData.wait(), as: UTF8.self),
      process.terminationStatus
    )
  }

  /// Loads a page in headless Chromium: its DOM and the console lines.
  static func load(_ page: URL) throws -> (dom: String, console: [String]) {
    let (dom, log, status) = try run(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
        "--dump-dom", page.absoluteString,
      ])
    #expect(status == 0)
    let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
    return (dom, console)
  }

  static func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-dashboard-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  /// The text of the elements with `data-field="NAME"` inside the element
  /// that carries `marker`, in order.
  static func fields(_ name: String, in html: Substring) -> [String] {
    html.components(separatedBy: "data-field=\"\(name)\">").dropFirst().map {
      String($0.prefix { $0 != "<" })
    }
  }

  @Test func theSmallPlansDashboardHoldsItsNumbers() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("report.html")
    let run = try RulecProcess.run(
      "report --rules plan snapshots/2017-10-15.json --since snapshots/2017-09-15.json -o "
        + page.path, in: Self.checkFixtures)
    #expect(run.status == 0, "\(run.stderr)")
    let (dom, console) = try Self.load(page)
    #expect(console.isEmpty, "\(console)")
    let overview = try #require(dom.range(of: "<section id=\"overview\">"))
    let bodies = try #require(dom.range(of: "<section id=\"bodies\">"))
    let cards = dom[overview.lowerBound..<bodies.lowerBound]
    #expect(Self.fields("due", in: cards) == ["5"])
    #expect(Self.fields("done", in: cards) == ["3"])
    #expect(Self.fields("overdue", in: cards) == ["2"])
    #expect(Self.fields("rate", in: cards) == ["60%"])
    #expect(Self.fields("violations", in: cards) == ["7"])
    #expect(Self.fields("accountability", in: cards) == ["1"])
    #expect(Self.fields("interview", in: cards) == ["3"])
    let table = dom[bodies.lowerBound...]
    // Worst first: 张掖市 0 of 1 done, 兰州市 2 of 3, 省环境保护厅 1 of 1.
    let order = ["data-body=\"zhangye\"", "data-body=\"lanzhou\"", "data-body=\"env-dept\""]
      .compactMap { table.range(of: $0)?.lowerBound }
    #expect(order.count == 3 && order == order.sorted())
    #expect(Array(Self.fields("rate", in: table).prefix(3)) == ["0%", "66.7%", "100%"])
    #expect(dom.contains("<section id=\"changes\">"))
    #expect(dom.contains("data-instance=\"air.pm25@zhangye\""))
    #expect(dom.contains("<svg class=\"timeline\""))
    #expect(!dom.contains("<script"))
    #expect(!dom.contains("http://") && !dom.contains("https://"))
  }

  @Test(arguments: ["2017-06-20", "2017-10-15", "2018-02-15", "2020-12-31"])
  func theBundledExamplesLoadCleanly(_ day: String) throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("\(day).html")
    let run = try RulecProcess.run(
      "report --rules rules examples/snapshots/\(day).json -o \(page.path)", in: Self.root)
    #expect(run.status == 0, "\(run.stderr)")
    let (dom, console) = try Self.load(page)
    #expect(console.isEmpty, "\(console)")
    #expect(dom.contains("全省贯彻落实中央环境保护督察反馈意见整改方案"))
    let shot = folder.appendingPathComponent("\(day).png")
    _ = try Self.run(
      "chromium",
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600",
        "--screenshot=\(shot.path)", page.absoluteString,
      ])
    let png = try Data(contentsOf: shot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func theHistoryPageChartsEveryMonth() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("history.html")
    let run = try RulecProcess.run(
      "history --rules plan --format html -o \(page.path) snapshots", in: Self.checkFixtures)
    #expect(run.status == 0, "\(run.stderr)")
    let (dom, console) = try Self.load(page)
    #expect(console.isEmpty, "\(console)")
    let history = try #require(dom.range(of: "<section id=\"history\">"))
    let section = dom[history.lowerBound...]
    #expect(section.contains("<svg class=\"history\""))
    for month in ["2017-07", "2017-09", "2017-10"] {
      #expect(section.contains("data-month=\"\(month)\""))
    }
    // 2017-09-15: the two sand plans are due (张掖 late); the permits (due 2017-09-20) not yet.
    #expect(Self.fields("due", in: section) == ["0", "2", "5"])
    #expect(Self.fields("overdue", in: section) == ["0", "1", "2"])
  }

  @Test func inputIsEscaped() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plan = folder.appendingPathComponent("plan")
    try FileManager.default.copyItem(
      at: Self.checkFixtures.appendingPathComponent("plan"), to: plan)
    let bodies = plan.appendingPathComponent("bodies.yaml")
    let text = try String(contentsOf: bodies, encoding: .utf8)
      .replacingOccurrences(of: "name: 张掖市", with: "name: \"张掖<script>alert(1)</script>&市\"")
    try text.write(to: bodies, atomically: true, encoding: .utf8)
    let page = folder.appendingPathComponent("report.html")
    let snapshot = Self.checkFixtures.appendingPathComponent("snapshots/2017-10-15.json").path
    let run = try RulecProcess.run("report --rules plan \(snapshot) -o \(page.path)", in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOf: page, encoding: .utf8)
    #expect(!html.contains("<script>"))
    #expect(html.contains("张掖&lt;script&gt;alert(1)&lt;/script&gt;&amp;市"))
    let (dom, console) = try Self.load(page)
    #expect(console.isEmpty, "\(console)")
    #expect(!dom.contains("<script>"))
  }
}
