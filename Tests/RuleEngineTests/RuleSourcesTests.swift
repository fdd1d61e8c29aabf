import Foundation
import RuleParser
import Testing

@testable import RuleEngine

/// Files are loaded in parallel; what they report must not depend on it.
@Suite struct RuleSourcesTests {
  /// A folder of `count` rule files, each with two unknown keys.
  static func folder(files count: Int) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rule-sources-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 0..<count {
      let text = "bodies:\n  b\(index):\n    nmae: x\n    shrot: y\n"
      try text.write(
        to: folder.appendingPathComponent("f\(index < 10 ? "0" : "")\(index).yaml"),
        atomically: true, encoding: .utf8)
    }
    return folder.path
  }

  /// What loading the files one after the other into one collector reports.
  static func sequential(_ paths: [String], errorLimit: Int) -> Diagnostics {
    var diagnostics = Diagnostics(errorLimit: errorLimit)
    for path in paths {
      let documents = YAMLLoader().load(contentsOfFile: path, into: &diagnostics)
      _ = RuleFileBuilder(path: path).build(documents, diagnostics: &diagnostics)
    }
    return diagnostics
  }

  static func summary(_ diagnostics: Diagnostics) -> [String] {
    diagnostics.all.map { "\($0.code.rawValue) \($0.range?.start.description ?? "-")" }
  }

  @Test(arguments: [200, 5])
  func reportsAsLoadingOneFileAfterTheOther(errorLimit: Int) throws {
    let folder = try Self.folder(files: 12)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var diagnostics = Diagnostics(errorLimit: errorLimit)
    let paths = RuleSources.files(in: folder, diagnostics: &diagnostics)
    let files = RuleSources.build(paths, diagnostics: &diagnostics)
    #expect(files.map(\.path) == paths)
    let expected = Self.sequential(paths, errorLimit: errorLimit)
    #expect(diagnostics.errorCount == 24)
    #expect(diagnostics.errorCount == expected.errorCount)
    #expect(diagnostics.all.count == min(24, errorLimit))
    #expect(Self.summary(diagnostics) == Self.summary(expected))
  }
}
