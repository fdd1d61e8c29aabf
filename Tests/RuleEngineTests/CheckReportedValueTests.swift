import RuleParser
import Testing

@testable import RuleEngine

@Suite struct ReportedValueTests {
  @Test(arguments: [
    ("not_started", InstanceProgress.notStarted), ("In Progress", .inProgress),
    ("in-progress", .inProgress), ("DONE", .done), ("closed", .closed), ("未开始", .notStarted),
    ("推进中", .inProgress), ("已完成", .done), ("已销号", .closed),
  ])
  func readsStatusWordsInEitherLanguage(_ text: String, _ status: InstanceProgress) {
    #expect(ReportedValue.status(text) == status)
  }

  @Test(arguments: ["finished", "完成", "", "done!"])
  func rejectsOtherStatusWords(_ text: String) {
    #expect(ReportedValue.status(text) == nil)
  }

  @Test(arguments: [
    "2017-07-20", "2017/7/20", "2017/07/20", "2017-7-20", "2017.7.20", "2017年7月20日",
  ])
  func readsDatesAsSpreadsheetsRewriteThem(_ text: String) {
    #expect(ReportedValue.day(text) == Day(iso: "2017-07-20"))
  }

  @Test(arguments: [
    "2017-02-30", "20/7/2017", "2017/7", "2017-07-20 0:00", "17/7/20", "2017/7-20", "七月",
    "2017年7月20", "",
  ])
  func rejectsWhatIsNoDate(_ text: String) {
    #expect(ReportedValue.day(text) == nil)
  }

  @Test func readsFlagsAndShares() {
    #expect(["是", "yes", "TRUE", "1"].map(ReportedValue.flag) == [true, true, true, true])
    #expect(["否", "No", "false", "0"].map(ReportedValue.flag) == [false, false, false, false])
    #expect(ReportedValue.flag("maybe") == nil)
    #expect(ReportedValue.share("0.6") == 0.6)
    #expect(ReportedValue.share("60%") == 0.6)
    #expect(ReportedValue.share("60 ％") == 0.6)
    #expect(ReportedValue.share("1.5") == 1.5)
    #expect(ReportedValue.share("-1") == nil)
    #expect(ReportedValue.share("六成") == nil)
  }
}
