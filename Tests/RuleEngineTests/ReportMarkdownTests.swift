import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportMarkdownTests {
  @Test func theBulletinGroupsByBodyMostSevereFirstAndQuotesTheClauses() throws {
    let text = MarkdownReport().render(try ReportFixture.result(), graph: try CheckFixture.graph())
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(headings == ["## 一、张掖市", "## 二、省环境保护厅", "## 三、兰州市", "## 处置措施汇总"])
    #expect(text.hasPrefix("# 关于测试整改方案落实情况的通报\n\n截至2017年10月15日"))
    #expect(text.contains("- 依据:一 “各市州于2017年7月底前完成所辖区域内河道采砂规划编制”"))
    #expect(text.contains("- 处置:由省问责工作组问责,依据 九 “约谈后逾期整改不到位的进行严肃追责”。"))
    #expect(text.contains("| 问责 | 1 |"))
  }

  @Test func chineseNumeralsNumberTheSections() {
    #expect((1...12).map(ChineseNumeral.text).joined(separator: " ") == "一 二 三 四 五 六 七 八 九 十 十一 十二")
    #expect(ChineseNumeral.text(20) == "二十")
    #expect(ChineseNumeral.text(35) == "三十五")
    #expect(ChineseNumeral.text(100) == "100")
  }
}
