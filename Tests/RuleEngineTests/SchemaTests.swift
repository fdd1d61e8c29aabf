import Foundation
import RuleEngine
import Testing

@testable import RuleParser

/// The JSON Schemas under `schema/`: every rule file and snapshot the tools
/// accept is valid (checked with Python's `jsonschema`), files the compiler
/// rejects for their shape are invalid, and the schemas allow exactly the
/// keys the compiler and the snapshot reader allow.
@Suite struct SchemaTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Tests/Fixtures")

  /// Runs `Tests/Fixtures/Schema/validate.py SCHEMA FILES…`.
  static func validate(_ schema: String, _ files: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments =
      ["python3", "Tests/Fixtures/Schema/validate.py", "schema/\(schema)"] + files
    process.currentDirectoryURL = root
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// The YAML files below a folder of the package (relative paths), leaving
  /// out policy tests (`tests/` folders).
  static func yamlFiles(under folder: String) -> [String] {
    let base = root.appendingPathComponent(folder).path
    let all = (FileManager.default.enumerator(atPath: base)?.allObjects as? [String]) ?? []
    return all.filter {
      ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix("tests/")
        && !$0.contains("/tests/")
    }.map { folder + "/" + $0 }.sorted()
  }

  @Test func everyRuleFileOfThePlanAndTheExamplesIsValid() throws {
    var files = Self.yamlFiles(under: "rules") + Self.yamlFiles(under: "examples")
    for valid in [
      "CLI/check-standing-report", "CLI/lint-clean", "CLI/missing-source-warning", "Check/plan",
      "Diff/v1", "Diff/v2", "CLI/target-forms",
    ] {
      files += Self.yamlFiles(under: "Tests/Fixtures/\(valid)")
    }
    #expect(files.count >= 20)
    let result = try Self.validate("rules.schema.json", files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func ruleFilesTheCompilerRejectsForTheirShapeAreInvalid() throws {
    let cases = [
      // An unknown action is not a shape error: the plan's ladder names the
      // actions (`plan.actions`), so `bad-action` is the compiler's to reject.
      "unknown-obligation-key", "unknown-top-key", "missing-title",
      "missing-responsible", "body-missing-name", "metric-both-directions", "metric-no-direction",
      "title-list", "responsible-mapping", "invalid-id", "bodies-not-mapping",
      // `report:` on a class that is not standing (E173). (An undeclared class,
      // `bad-class`, is a reference the schema cannot see: plans declare their own.)
      "class-report-errors",
    ]
    let files = cases.flatMap { Self.yamlFiles(under: "Tests/Fixtures/CLI/\($0)") }
    let result = try Self.validate("rules.schema.json", files)
    #expect(result.status == 1)
    for name in cases {
      #expect(result.output.contains("CLI/\(name)/"), "\(name) passes the schema")
    }
  }

  @Test func everyValidSnapshotIsValid() throws {
    let folders = ["examples/snapshots", "Tests/Fixtures/Check/snapshots"]
    let files = try folders.flatMap { folder in
      try FileManager.default.contentsOfDirectory(
        atPath: Self.root.appendingPathComponent(folder).path
      ).filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
    #expect(files.count >= 6)
    let result = try Self.validate("snapshot.schema.json", files)
    #expect(result.status == 0, "\(result.output)")
  }

  @Test func snapshotsTheReaderRejectsForTheirShapeAreInvalid() throws {
    let cases = [
      "bad-date", "bad-status", "action-missing-key", "false-report-string", "missing-status",
      "not-an-object", "progress-out-of-range", "progress-string", "reading-without-value",
      "readings-not-array", "status-not-a-string", "unknown-action", "unknown-entry-key",
      "unknown-top-key", "bad-as-of-format",
    ]
    let files = cases.map { "Tests/Fixtures/CLI/check-error-\($0)/snapshot.json" }
    let result = try Self.validate("snapshot.schema.json", files)
    #expect(result.status == 1)
    for file in files {
      #expect(result.output.contains(file + ": "), "\(file) passes the schema")
    }
  }

  // MARK: - Keys

  /// The `properties` of the schema object at a path of keys.
  static func schemaKeys(_ file: String, _ path: [String]) throws -> Set<String> {
    let data = try Data(contentsOf: root.appendingPathComponent("schema/\(file)"))
    var node: Any = try JSONSerialization.jsonObject(with: data)
    for key in path {
      if let list = node as? [Any], let index = Int(key), list.indices.contains(index) {
        node = list[index]
      } else {
        node = (node as? [String: Any])?[key] ?? [:]
      }
      if let reference = (node as? [String: Any])?["$ref"] as? String {
        node = try resolve(reference, in: data)
      }
    }
    return Set(((node as? [String: Any])?["properties"] as? [String: Any] ?? [:]).keys)
  }

  private static func resolve(_ reference: String, in data: Data) throws -> [String: Any] {
    var node = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    for part in reference.dropFirst(2).split(separator: "/") {
      node = node[String(part)] as? [String: Any] ?? [:]
    }
    return node
  }

  /// Where the rule language has mappings, with a line of YAML that puts an
  /// unknown key there, and the schema path of the same mapping.
  static let probes: [(yaml: String, schema: [String])] = [
    ("zz_probe: 1", []),
    ("plan: {zz_probe: 1}", ["properties", "plan"]),
    ("plan: {words: {zz_probe: 1}}", ["definitions", "plan", "properties", "words"]),
    (
      "plan: {actions: [{zz_probe: 1}]}",
      ["definitions", "plan", "properties", "actions", "items"]
    ),
    ("bodies: {b: {zz_probe: 1}}", ["definitions", "body"]),
    ("obligations: {o: {zz_probe: 1}}", ["definitions", "obligation"]),
    (
      "obligations: {o2: {due: {zz_probe: 1}}}",
      ["definitions", "obligation", "properties", "due", "oneOf", "1"]
    ),
    ("obligations: {o3: {source: {zz_probe: 1}}}", ["definitions", "source"]),
    ("metrics: {m: {zz_probe: 1}}", ["definitions", "metric"]),
    (
      "metrics: {m2: {baseline: {zz_probe: 1}}}",
      ["definitions", "metric", "properties", "baseline"]
    ),
    ("metrics: {m3: {target: {zz_probe: 1}}}", ["definitions", "target"]),
    (
      "obligations: {o4: {per_body: {b: {zz_probe: 1}}}}",
      ["definitions", "obligation", "properties", "per_body", "additionalProperties"]
    ),
    (
      "metrics: {m4: {per_body: {b: {zz_probe: 1}}}}",
      ["definitions", "metric", "properties", "per_body", "additionalProperties"]
    ),
    ("policies: {p: {zz_probe: 1}}", ["definitions", "policy"]),
    ("classes: {c: {zz_probe: 1}}", ["definitions", "class"]),
    ("explained: [{zz_probe: 1}]", ["definitions", "explained"]),
  ]

  /// The keys the compiler allows at each probe, from its "allowed keys"
  /// help (the builders' own lists).
  static func compilerKeys(_ yaml: String) -> Set<String> {
    var diagnostics = Diagnostics()
    let documents = YAMLLoader().load(Array(yaml.utf8), file: "probe.yaml", into: &diagnostics)
    _ = RuleFileBuilder(path: "probe.yaml").build(documents, diagnostics: &diagnostics)
    let unknown = diagnostics.all.first {
      $0.code == .unknownKey && $0.message.en.contains("zz_probe")
    }
    let help = unknown?.notes.map(\.message.en).first { $0.hasPrefix("allowed keys: ") } ?? ""
    return Set(help.dropFirst("allowed keys: ".count).components(separatedBy: ", "))
  }

  @Test func everyMappingOfTheLanguageIsProbed() throws {
    // A new mapping in a builder needs a probe here and a place in the schema.
    let syntax = Self.root.appendingPathComponent("Sources/RuleParser/Syntax")
    var sites = 0
    // A calendar file (CalendarFileBuilder) is not a rule file; obligations'
    // and metrics' per_body share one reader (BodyOverrideBuilder); each
    // EntryBuilder reads its mapping through the protocol's one call.
    for name in try FileManager.default.contentsOfDirectory(atPath: syntax.path)
    where name != "CalendarFileBuilder.swift" && name != "EntryBuilder.swift" {
      let text = try String(contentsOf: syntax.appendingPathComponent(name), encoding: .utf8)
      sites += text.components(separatedBy: "MappingReader(").count - 1
      sites += text.components(separatedBy: ": EntryBuilder {").count - 1
    }
    #expect(sites == Self.probes.count - 1)
  }

  @Test func theRuleSchemaAllowsExactlyTheCompilersKeys() throws {
    for probe in Self.probes {
      let compiler = Self.compilerKeys(probe.yaml)
      #expect(compiler.count > 1, "no allowed keys for \(probe.yaml)")
      let schema = try Self.schemaKeys("rules.schema.json", probe.schema)
      #expect(
        compiler == schema,
        "\(probe.yaml): only the compiler allows \(compiler.subtracting(schema).sorted()), only the schema \(schema.subtracting(compiler).sorted())"
      )
    }
  }

  @Test func theSnapshotSchemaAllowsExactlyTheReadersKeys() throws {
    let pairs: [([String], [String])] = [
      (SnapshotReader.topLevelKeys, []),
      (SnapshotReader.entryKeys, ["definitions", "entry"]),
      (SnapshotReader.readingKeys, ["definitions", "reading"]),
      (SnapshotReader.actionKeys, ["definitions", "action"]),
    ]
    for (reader, path) in pairs {
      #expect(Set(reader) == (try Self.schemaKeys("snapshot.schema.json", path)), "\(path)")
    }
  }
}
