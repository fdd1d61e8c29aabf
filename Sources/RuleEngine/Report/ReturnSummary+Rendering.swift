import RuleParser

/// Who reported, as each check report shows it first: compactly, a sentence
/// with the counts and one line per body with due instances without an
/// entry, saying whether it sent anything at all (the other bodies are
/// counted, not listed).
extension ReturnSummary {
  /// The text report's lines.
  func textLines(language: Language, graph: ObligationGraph) -> [String] {
    let zh = language == .zh
    var lines = [
      zh
        ? "报送情况：\(bodies.count) 个单位中 \(reportedCount) 个已报送，到期未报送 \(missingCount) 项。"
        : "Returns: \(reportedCount) of "
          + ReportText.count(bodies.count, "body", "bodies") + " reported; "
          + ReportText.count(missingCount, "due instance", "due instances")
          + " without an entry (未报送)."
    ]
    for body in incomplete {
      var parts = ["  " + ReportText.body(body.body, in: graph, language: language)]
      if !body.reported { parts.append(zh ? "未报送" : "nothing reported") }
      if !body.missing.isEmpty {
        parts.append(
          zh
            ? "到期未报送 \(body.missing.count) 项"
            : ReportText.count(body.missing.count, "due instance", "due instances")
              + " without an entry")
      }
      lines.append(parts.joined(separator: "  "))
    }
    return lines
  }

  /// The JSON report's `returns` object (also SARIF's run property).
  func json() -> JSONValue {
    [
      "bodies": .array(
        bodies.map { body -> JSONValue in
          [
            "body": .init(body.body), "entries": .init(body.entries),
            "instances": .init(body.instances), "missing": .init(body.missing),
            "reported": .init(body.reported),
          ]
        }),
      "reported": .init(reportedCount), "missing": .init(missingCount),
    ]
  }

  /// The bulletin's paragraph: `报送情况：…`, in Chinese.
  func markdown(graph: ObligationGraph, escape: (String) -> String) -> String {
    var text = "**报送情况**：\(bodies.count)个单位中\(reportedCount)个已报送"
    let silent = incomplete.filter { !$0.reported }
    let partial = incomplete.filter(\.reported)
    if !silent.isEmpty {
      text +=
        "；"
        + silent.map {
          "\(escape(ReportText.bodyName($0.body, in: graph)))（到期\($0.missing.count)项）"
        }.joined(separator: "、") + "未报送"
    }
    if !partial.isEmpty {
      text +=
        "；"
        + partial.map {
          "\(escape(ReportText.bodyName($0.body, in: graph)))到期未报送\($0.missing.count)项"
        }.joined(separator: "，")
    }
    return text + "。"
  }

  /// The JUnit suite `returns`: one test case per body, failing when it sent
  /// nothing or has due instances without an entry.
  func junitSuite(escape: (String) -> String, graph: ObligationGraph) -> [String] {
    let failures = incomplete.count
    var lines = [
      "  <testsuite name=\"returns\" tests=\"\(bodies.count)\" failures=\"\(failures)\" "
        + "errors=\"0\" skipped=\"0\">"
    ]
    for body in bodies {
      let name = "returns." + body.body
      guard !body.missing.isEmpty else {
        lines.append("    <testcase classname=\"returns\" name=\"\(escape(name))\"/>")
        continue
      }
      let message =
        (body.reported ? "" : "nothing reported; ")
        + ReportText.count(body.missing.count, "due instance", "due instances")
        + " without an entry: " + body.missing.joined(separator: ", ")
      lines.append("    <testcase classname=\"returns\" name=\"\(escape(name))\">")
      lines.append(
        "      <failure type=\"missing\" message=\"\(escape(message))\"/>")
      lines.append("    </testcase>")
    }
    lines.append("  </testsuite>")
    return lines
  }
}
