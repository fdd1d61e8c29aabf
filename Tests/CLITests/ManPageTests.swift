import Foundation
import TestSupport
import Testing

/// The man page (`man/rulec.1`, written by swift-argument-parser's
/// `generate-manual` plugin): it renders without warnings and documents
/// every subcommand and option the built `rulec` has.
@Suite struct ManPageTests {
  static let page = Fixtures.packageRoot.appendingPathComponent("man/rulec.1")

  @Test func rendersWithoutWarnings() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["groff", "-man", "-Tutf8", "-ww", Self.page.path]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let errors = PipeReader(err.fileHandleForReading)
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: errors.wait(), as: UTF8.self) == "")
    #expect(text.contains("Compile a plan's YAML rules into an obligation graph"))
  }

  @Test func documentsEverySubcommandAndOption() throws {
    let dump = try RulecProcess.run("--experimental-dump-help", in: Fixtures.packageRoot)
    let root = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
    let command = root?["command"] as? [String: Any]
    let subcommands = command?["subcommands"] as? [[String: Any]] ?? []
    #expect(subcommands.count >= 12)
    let page = try String(contentsOf: Self.page, encoding: .utf8)
    for subcommand in subcommands {
      let name = subcommand["commandName"] as? String ?? ""
      guard name != "help" else { continue }
      #expect(page.contains(".It Em \(name)\n"), "man/rulec.1 lacks \(name): regenerate it")
      // Hidden options (the limits) are left out of help and the page alike.
      for argument in subcommand["arguments"] as? [[String: Any]] ?? []
      where argument["shouldDisplay"] as? Bool != false {
        let names = argument["names"] as? [[String: Any]] ?? []
        for option in names where option["kind"] as? String == "long" {
          let flag = option["name"] as? String ?? ""
          #expect(
            page.contains("Fl -\(flag)") || page.contains(", -\(flag)"),
            "man/rulec.1 lacks \(name) --\(flag): regenerate it")
        }
      }
    }
  }
}
