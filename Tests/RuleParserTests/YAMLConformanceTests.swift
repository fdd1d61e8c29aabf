import Foundation
import TestSupport
import Testing

@testable import RuleParser

/// Runs the loader over every case of the YAML test suite
/// (`<package root>/../shared/yaml-test-suite/cases/`, see its README.md).
///
/// Valid cases with `in.json` must load to equal values (after core-schema
/// resolution), other valid cases must load without error, and error cases
/// must be rejected with a location. The cases where libyaml 0.2.5 (or the
/// loader's stricter rules) disagree with the suite are listed, with the
/// reason, in `Tests/Fixtures/YAML/libyaml-disagreements.txt`; each of them
/// must still disagree, so the list stays accurate.
@Suite struct YAMLConformanceTests {
  /// One line of the disagreement list.
  struct Disagreement {
    /// The case id.
    var id: String
    /// What the suite expects: `expected-valid` or `expected-error`.
    var expectation: String
    /// Why the loader disagrees.
    var reason: String
  }

  private static let packageRoot = Fixtures.packageRoot
  private static let suite = packageRoot.appendingPathComponent(
    "../shared/yaml-test-suite/cases"
  ).standardizedFileURL
  private static let disagreementsFile = packageRoot.appendingPathComponent(
    "Tests/Fixtures/YAML/libyaml-disagreements.txt")
  private static var suiteIsPresent: Bool {
    FileManager.default.fileExists(atPath: suite.path)
  }

  /// The listed disagreements, by case id.
  static func disagreements() throws -> [String: Disagreement] {
    let text = try String(contentsOf: disagreementsFile, encoding: .utf8)
    var result: [String: Disagreement] = [:]
    for line in text.split(separator: "\n") {
      let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
      try #require(fields.count == 3, "malformed line: \(line)")
      result[fields[0]] = Disagreement(id: fields[0], expectation: fields[1], reason: fields[2])
    }
    return result
  }

  /// What loading one case gave, compared with what the suite expects:
  /// `nil` when they agree, else what went differently.
  static func mismatch(inCase id: String) throws -> String? {
    let folder = suite.appendingPathComponent(id)
    let yaml = try [UInt8](Data(contentsOf: folder.appendingPathComponent("in.yaml")))
    var diagnostics = Diagnostics()
    let documents = YAMLLoader().load(yaml, file: "\(id)/in.yaml", into: &diagnostics)
    let firstError = diagnostics.all.first { $0.severity == .error }
    if FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path) {
      guard let firstError else { return "loaded without error" }
      return firstError.range == nil ? "error without a location" : nil
    }
    if let firstError {
      let position = firstError.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
      return "\(firstError.code.rawValue) at \(position): \(firstError.message.en)"
    }
    let jsonFile = folder.appendingPathComponent("in.json")
    guard FileManager.default.fileExists(atPath: jsonFile.path) else { return nil }
    let expected = try JSONStream.parse([UInt8](Data(contentsOf: jsonFile)))
    let actual = documents.map(CoreValue.init)
    guard actual.count == expected.count else {
      return "\(actual.count) documents, expected \(expected.count)"
    }
    for (value, wanted) in zip(actual, expected) where value != wanted {
      return "loaded \(value.map(\.description) ?? "no JSON value"), expected \(wanted)"
    }
    return nil
  }

  @Test(.enabled(if: suiteIsPresent, "needs ../shared/yaml-test-suite"))
  func loaderAgreesWithTheSuiteExceptTheListedCases() throws {
    let cases = try FileManager.default.contentsOfDirectory(atPath: Self.suite.path).sorted()
    let listed = try Self.disagreements()
    var passed = 0
    for id in cases {
      let mismatch = try Self.mismatch(inCase: id)
      if listed[id] != nil {
        #expect(mismatch != nil, "\(id) is listed as a disagreement but now passes")
      } else {
        #expect(mismatch == nil, "\(id): \(mismatch ?? "")")
        if mismatch == nil { passed += 1 }
      }
    }
    print(
      "yaml-test-suite: \(passed) passed, \(listed.count) listed disagreements, "
        + "\(cases.count) cases")
    #expect(passed + listed.count == cases.count)
  }

  @Test(.enabled(if: suiteIsPresent, "needs ../shared/yaml-test-suite"))
  func disagreementListNamesRealCasesWithTheirExpectation() throws {
    for (id, disagreement) in try Self.disagreements() {
      let folder = Self.suite.appendingPathComponent(id)
      #expect(FileManager.default.fileExists(atPath: folder.path), "\(id) is no case")
      let isError = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("error").path)
      #expect(disagreement.expectation == (isError ? "expected-error" : "expected-valid"), "\(id)")
      #expect(!disagreement.reason.isEmpty, "\(id) has no reason")
    }
  }
}
