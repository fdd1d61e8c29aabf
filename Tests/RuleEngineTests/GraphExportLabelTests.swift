import RuleParser
import Testing

@testable import RuleEngine

@Suite struct GraphExportLabelTests {
  @Test func wrapsTitlesAtFourteenChineseCharacters() {
    let lines = DiagramLabel.wrapped("对现有404台每小时20蒸吨以上燃煤锅炉加快提标改造")
    #expect(lines == ["对现有404台每小时20蒸吨以上", "燃煤锅炉加快提标改造"])
    #expect(lines.allSatisfy { $0.reduce(0) { $0 + DiagramLabel.columns($1) } <= 28 })
  }

  @Test func neverStartsALineWithClosingPunctuation() {
    let lines = DiagramLabel.wrapped("定期组织开展生态保护红线评价,及时掌握")
    #expect(lines == ["定期组织开展生态保护红线评价,", "及时掌握"])
  }

  @Test func cutsLongTitlesAfterFourLinesWithAnEllipsis() {
    let lines = DiagramLabel.wrapped(String(repeating: "长", count: 80))
    #expect(lines.count == 4)
    #expect(lines[3].hasSuffix("…"))
  }

  @Test func labelsANodeWithItsIdTitleDueClassAndStatusCounts() {
    let node = DependencyDiagram.Node(
      id: "a", title: "标题", cluster: "office", due: Day(iso: "2017-07-31"),
      obligationClass: CalendarEscalationTests.immediate, shades: [.done: 2, .violated: 1])
    #expect(DiagramLabel.lines(node) == ["a", "标题", "2017-07-31 · 立行立改", "逾期或失实 1 · 已完成 2"])
  }
}
