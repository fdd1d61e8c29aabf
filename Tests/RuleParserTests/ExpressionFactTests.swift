import Foundation
import TestSupport
import Testing

@testable import RuleParser

@Suite struct ExpressionFactTests {
  @Test(
    arguments: [
      ("overdue", "bool", FactTarget.obligations), ("days_overdue", "int", .obligations),
      ("days_to_due", "int", .obligations), ("status", "status", .obligations),
      ("missing", "bool", .obligations), ("reported", "bool", .obligations),
      ("days_unreported", "int", .obligations), ("published", "bool", .obligations),
      ("days_unpublished", "int", .obligations), ("false_report", "bool", .obligations),
      ("class", "class", .obligations), ("body", "string", .any),
      ("obligation", "string", .obligations), ("violation", "violation", .any),
      ("off_track", "bool", .metrics), ("target_missed", "bool", .metrics),
      ("gap", "number", .metrics), ("metric", "string", .metrics), ("warned", "bool", .any),
      ("supervised", "bool", .any), ("interviewed", "bool", .any),
      ("days_since_warning", "int", .any), ("days_since_interview", "int", .any),
      ("progress", "number", .obligations),
    ])
  func catalogueHasTheRequiredFacts(name: String, type: String, target: FactTarget) throws {
    let fact = try #require(Fact(rawValue: name))
    #expect(fact.name == name && fact.type.description == type && fact.target == target)
  }

  @Test(arguments: Fact.allCases)
  func everyFactIsNamedAndDescribed(_ fact: Fact) {
    #expect(fact.name.allSatisfy { $0.isLowercase || $0 == "_" })
    #expect(fact.meaning.en.hasSuffix(".") && fact.meaning.zh.hasSuffix("。"))
    #expect(!FactEnum.allCases.contains { $0.values.contains(fact.name) } || fact.type == .bool)
  }

  @Test func enumerationsHaveTheirValues() throws {
    #expect(FactEnum.status.values == ["not_started", "in_progress", "done", "closed"])
    #expect(FactEnum.class.values == ["immediate", "special", "staged", "long_term"])
    #expect(
      FactEnum.action.values == ["warning", "supervision", "interview", "accountability", "veto"])
    #expect(FactEnum.violation.values.count == 8)
    let done = try #require(EnumValue(.status, named: "done"))
    #expect(done.index == 2 && done.name == "done" && EnumValue(.status, named: "Done") == nil)
    #expect(
      try #require(EnumValue(.action, named: "warning")) < #require(
        EnumValue(.action, named: "veto")))
  }

  /// The generated part of `docs/facts.md`; `RECORD_FACTS_DOC=1` rewrites it.
  @Test func documentationListsTheCatalogue() throws {
    let url = Fixtures.packageRoot.appendingPathComponent("docs/facts.md")
    let document = try String(contentsOf: url, encoding: .utf8)
    let begin = "<!-- generated from Fact.swift: begin -->\n"
    let end = "<!-- generated from Fact.swift: end -->"
    let start = try #require(document.range(of: begin))
    let finish = try #require(document.range(of: end, range: start.upperBound..<document.endIndex))
    let generated = Self.catalogueMarkdown()
    if ProcessInfo.processInfo.environment["RECORD_FACTS_DOC"] == "1" {
      let updated = document.replacingCharacters(
        in: start.upperBound..<finish.lowerBound, with: generated)
      try updated.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(
      String(document[start.upperBound..<finish.lowerBound]) == generated,
      "docs/facts.md is out of date: run the tests with RECORD_FACTS_DOC=1")
    for fact in Fact.allCases { #expect(document.contains("`\(fact.name)`")) }
  }

  private static func catalogueMarkdown() -> String {
    var lines = [
      "| fact | type | applies to | meaning | 含义 |",
      "| --- | --- | --- | --- | --- |",
    ]
    for fact in Fact.allCases {
      let target =
        switch fact.target {
        case .obligations: "obligation instances"
        case .metrics: "metric readings"
        case .any: "both"
        }
      lines.append(
        "| `\(fact.name)` | \(fact.type) | \(target) | \(fact.meaning.en) | \(fact.meaning.zh) |")
    }
    lines += ["", "| enumeration | values (in order) | ordered |", "| --- | --- | --- |"]
    for type in FactEnum.allCases {
      let values = type.values.map { "`\($0)`" }.joined(separator: ", ")
      lines.append("| `\(type.rawValue)` | \(values) | \(type.isOrdered ? "yes" : "no") |")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
