import Foundation
import TestSupport
import Testing

/// `rulec test` on the bundled plan's policy tests (`rules/tests/`).
@Suite struct BundledPolicyTests {
  static let root = Fixtures.packageRoot

  @Test func everyCaseOfTheBundledPlanPasses() throws {
    let run = try RulecProcess.run("test", in: Self.root)
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stderr == "")
    let summary = run.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.hasSuffix(" passed, 0 failed"))
    #expect(!run.stdout.contains("FAIL"))
  }

  /// Every policy has a case where it fires and one where it must not
  /// (a case about it, `policy: ID`, that does not expect it).
  @Test func everyBundledPolicyFiresInOneCaseAndNotInAnother() throws {
    let compiled = try RulecProcess.run("compile", in: Self.root)
    let graph = try JSONSerialization.jsonObject(with: Data(compiled.stdout.utf8)) as? [String: Any]
    let policies = (graph?["policies"] as? [String: Any] ?? [:]).keys.sorted()
    #expect(policies.count >= 15)
    var cases: [[String: Any]] = []
    let folder = Self.root.appendingPathComponent("rules/tests")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      let json = try Self.yamlAsJSON(folder.appendingPathComponent(name))
      cases += (json["tests"] as? [String: Any] ?? [:]).values.compactMap { $0 as? [String: Any] }
    }
    func firing(_ testCase: [String: Any]) -> Set<String> {
      let expect = testCase["expect"] as? [String: Any]
      let escalations = expect?["escalations"] as? [[String: Any]] ?? []
      return Set(escalations.compactMap { $0["policy"] as? String })
    }
    for policy in policies {
      let fires = cases.contains { firing($0).contains(policy) }
      let quiet = cases.contains {
        $0["policy"] as? String == policy && !firing($0).contains(policy)
      }
      #expect(fires, "no case where \(policy) fires")
      #expect(quiet, "no case about \(policy) where it must not fire")
    }
  }

  @Test func aBrokenThresholdFailsTheNamedCaseWithADiff() throws {
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-broken-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: copy) }
    for folder in ["rules", "seeds"] {
      try FileManager.default.copyItem(
        at: Self.root.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
    }
    let policies = copy.appendingPathComponent("rules/policies.yaml")
    let text = try String(contentsOf: policies, encoding: .utf8)
    let broken = text.replacingOccurrences(
      of: "when: violation == overdue and days_overdue > 15\n",
      with: "when: violation == overdue and days_overdue > 25\n")
    #expect(broken != text)
    try broken.write(to: policies, atomically: true, encoding: .utf8)
    let run = try RulecProcess.run("test", in: copy)
    #expect(run.status == 1)
    #expect(
      run.stdout.contains(
        """
        FAIL  supervision-at-20-days  (rules/tests/overdue.yaml:
        """))
    #expect(
      run.stdout.contains(
        """
              --- expected
              +++ actual
                violation overdue on water.sand-plan@lanzhou
              - escalation supervision (supervise-overdue) on water.sand-plan@lanzhou
                escalation warning (warn-overdue) on water.sand-plan@lanzhou

        """))
    #expect(run.stdout.contains(" passed, 1 failed\n"))
  }

  @Test func lintIgnoresTheTestsFolder() throws {
    let run = try RulecProcess.run("lint --strict", in: Self.root)
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("rules/: "))
    #expect(run.stdout.hasSuffix(" policies, no problems\n"))
  }

  /// A YAML file read by Python's YAML 1.2-style loader, as JSON.
  static func yamlAsJSON(_ file: URL) throws -> [String: Any] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import json,sys,yaml; print(json.dumps(yaml.load(open(sys.argv[1]), Loader=yaml.BaseLoader)))",
      file.path,
    ]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }
}
