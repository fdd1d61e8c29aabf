import Foundation
import TestSupport
import Testing

/// `rulec ledger --format xlsx` without `-o` refuses to write a binary
/// workbook to a terminal (E195), and writes it to a pipe.
@Suite struct LedgerTerminalTests {
  /// Runs rulec with its standard output on a pseudo-terminal (Python's
  /// `pty`): the exit status, standard error and the bytes the terminal got.
  static let onTerminal = """
    import json, os, pty, select, subprocess, sys
    master, slave = pty.openpty()
    run = subprocess.Popen(sys.argv[2:], cwd=sys.argv[1], stdout=slave, stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL, env={"LANG": "C", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
    os.close(slave)
    received = 0
    # Read the terminal while rulec writes (a full terminal would block it).
    while True:
        ready = select.select([master], [], [], 0.2)[0]
        if not ready:
            if run.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        received += len(chunk)
    stderr = run.stderr.read().decode()
    print(json.dumps({"status": run.wait(), "stderr": stderr, "terminal": received}))
    """

  /// Runs `rulec ledger --format FORMAT` with its standard output on a terminal.
  static func ledgerOnTerminal(format: String) throws -> [String: Any] {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "rulec-ledger-tty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // Not `tty.py`: that name would shadow the module `pty` imports.
    let script = folder.appendingPathComponent("on_terminal.py")
    try onTerminal.write(to: script, atomically: true, encoding: .utf8)
    let rules = Fixtures.packageRoot.appendingPathComponent("rules").path
    let (out, err, status) = try DashboardChromiumTests.run(
      "python3",
      [
        script.path, folder.path, RulecProcess.executable.path, "ledger", "--rules", rules,
        "--format", format,
      ])
    #expect(status == 0, "\(err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
  }

  @Test func textIsWrittenToATerminal() throws {
    // The harness sees what rulec writes to the terminal.
    let result = try Self.ledgerOnTerminal(format: "csv")
    #expect(result["status"] as? Int == 0)
    #expect((result["terminal"] as? Int ?? 0) > 1000)
  }

  @Test func aWorkbookIsNotWrittenToATerminal() throws {
    let result = try Self.ledgerOnTerminal(format: "xlsx")
    #expect(result["status"] as? Int == 2)
    #expect(result["terminal"] as? Int == 0)
    let stderr = try #require(result["stderr"] as? String)
    #expect(
      stderr == """
        error[E195]: --format xlsx writes a binary workbook, and standard output is a terminal
          help: write it to a file with `-o ledger.xlsx`, or redirect it (`> ledger.xlsx`)
        1 error, 0 warnings

        """)
  }

  @Test func aWorkbookIsWrittenToAPipe() throws {
    let run = try RulecProcess.run(
      "ledger --rules \(Fixtures.packageRoot.appendingPathComponent("rules").path) --format xlsx",
      in: Fixtures.packageRoot)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("PK"))
  }
}
