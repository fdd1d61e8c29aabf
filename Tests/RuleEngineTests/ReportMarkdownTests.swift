import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportMarkdownTests {
  /// The test plan's bulletin for its 2017-10-15 snapshot.
  static func bulletin(heading: BulletinHeading? = nil) throws -> String {
    let graph = try CheckFixture.graph()
    let (_, result, progress) = try ReportFixture.checked()
    let head = heading ?? BulletinHeading.defaults(for: graph, asOf: result.asOf)
    return MarkdownReport(heading: head, progress: progress).render(result, graph: graph)
  }

  @Test func theBulletinHasItsSectionsInOrder() throws {
    let text = try Self.bulletin()
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(
      headings == [
        "## 一、各单位完成情况", "## 二、存在的问题", "## 三、约谈和问责", "## 四、下步要求", "## 问题清单",
      ])
    #expect(text.hasPrefix("# 关于测试整改方案落实情况的通报\n\n（2017年第10期）\n\n各有关单位：\n\n截至2017年10月15日"))
    #expect(text.contains("\n\n**报送情况**：3个单位中3个已报送；兰州市到期未报送1项。\n\n## 一、"))
  }

  @Test func theTextNamesNoIdOutsideTheAppendix() throws {
    let text = try Self.bulletin()
    let parts = text.components(separatedBy: "\n附件\n")
    #expect(parts.count == 2)
    #expect(!parts[0].contains("@"))
    #expect(!parts[0].contains("`"))
    #expect(parts[1].contains("`water.sand-plan@zhangye`"))
  }

  @Test func theTextUsesFullWidthPunctuation() throws {
    let text = try Self.bulletin().components(separatedBy: "\n附件\n")[0]
    for line in text.split(separator: "\n") where !line.hasPrefix("|") && !line.hasPrefix("#") {
      let body = line.drop { $0.isNumber || $0 == "." || $0 == " " }
      #expect(!body.contains(","), "\(line)")
      #expect(!body.contains("("), "\(line)")
      #expect(!body.contains(":"), "\(line)")
    }
  }

  @Test func theInterviewListQuotesEachClause() throws {
    let text = try Self.bulletin()
    #expect(text.contains("1. 对张掖市问责，由省问责工作组实施。"))
    #expect(text.contains("依据：方案九“约谈后逾期整改不到位的进行严肃追责”。"))
  }

  @Test func theFootSignsWithTheIssuerAndDate() throws {
    let graph = try CheckFixture.graph()
    let heading = BulletinHeading.defaults(
      for: graph, asOf: Day(iso: "2017-10-15")!, title: "关于第三季度的通报", number: "测〔2017〕1号",
      issuer: "测试办公室", date: Day(iso: "2017-10-20"))
    let text = try Self.bulletin(heading: heading)
    #expect(text.hasPrefix("# 关于第三季度的通报\n\n（测〔2017〕1号）"))
    #expect(text.contains("\n测试办公室\n\n2017年10月20日\n"))
  }

  @Test func theTitleNeverDoublesGuanYu() throws {
    var graph = try CheckFixture.graph()
    graph.plan.title = "关于加强整改工作的方案"
    let heading = BulletinHeading.defaults(for: graph, asOf: Day(iso: "2017-10-15")!)
    #expect(heading.title == "关于加强整改工作的方案落实情况的通报")
  }

  @Test func numbersAreWrittenAsChineseDocumentsWriteThem() {
    #expect(ChineseWriting.difference(0.986, unit: "%") == "0.99个百分点")
    #expect(ChineseWriting.difference(1.1, unit: "微克/立方米") == "1.1微克/立方米")
    #expect(ChineseWriting.quantity(89.0, unit: "%") == "89%")
    #expect(ChineseWriting.percent(2.0 / 3) == "66.7%")
    #expect(ChineseWriting.percent(1) == "100%")
    #expect(ChineseWriting.punctuated("四(五)1(2),共1,000项,时间:10:30") == "四（五）1（2），共1,000项，时间：10:30")
  }

  @Test func chineseNumeralsNumberTheSections() {
    #expect((1...12).map(ChineseNumeral.text).joined(separator: " ") == "一 二 三 四 五 六 七 八 九 十 十一 十二")
    #expect(ChineseNumeral.text(20) == "二十")
    #expect(ChineseNumeral.text(35) == "三十五")
    #expect(ChineseNumeral.text(100) == "100")
  }
}
