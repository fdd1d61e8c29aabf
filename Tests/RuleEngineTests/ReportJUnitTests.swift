import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportJUnitTests {
  static let parser = """
    import sys, xml.etree.ElementTree as ET
    root = ET.parse(sys.argv[1]).getroot()
    assert root.tag == "testsuites"
    total = 0
    for suite in root.findall("testsuite"):
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        total += len(cases)
        if suite.get("name") == "returns":
            failing = [case for case in cases if case.find("failure") is not None]
            assert int(suite.get("failures")) == len(failing)
            for case in failing:
                print("returns", case.get("name"), case.find("failure").get("message"))
            continue
        for case in cases:
            failure = case.find("failure")
            assert failure is not None and failure.get("message")
            assert int(case.get("line")) >= 1
            print(suite.get("name"), case.get("name"), failure.get("type"))
    assert int(root.get("tests")) == total
    """

  @Test func theJUnitReportParsesAsXML() throws {
    let result = try ReportFixture.result()
    let xml = JUnitReport().render(result, graph: try CheckFixture.graph())
    let run = try Python.run(Self.parser, input: xml)
    #expect(run.status == 0, "\(run.output)")
    #expect(
      run.output.contains("accountability-after-interview water.sand-plan@zhangye accountability"))
    #expect(run.output.contains("violations env.inspection unreported"))
    #expect(
      run.output.contains(
        "returns returns.lanzhou 1 due instance without an entry: water.sand-permits@lanzhou"))
  }

  @Test func textIsEscapedForXML() {
    #expect(JUnitReport.escape("a<b & \"c\"\n\u{1}") == "a&lt;b &amp; &quot;c&quot;&#10;")
  }
}
