import Testing

@testable import RuleParser

@Suite struct DeadlinePhraseTests {
  /// Every accepted form, with the day it falls due.
  static let phrases: [(String, String)] = [
    // ISO dates and months.
    ("2017-08-31", "2017-08-31"), ("2017-8-31", "2017-08-31"), (" 2017-08-31 ", "2017-08-31"),
    ("2017-07", "2017-07-31"), ("2016-02", "2016-02-29"),
    // Years: by the end of the year.
    ("2017年底前", "2017-12-31"), ("2017年末", "2017-12-31"), ("2017年底", "2017-12-31"),
    ("2017年末前", "2017-12-31"), ("2020年底前", "2020-12-31"), ("2020年", "2020-12-31"),
    ("到2020年", "2020-12-31"), ("到2020年底", "2020-12-31"), ("截至2017年底", "2017-12-31"),
    ("在2017年底前", "2017-12-31"), ("2017年度", "2017-12-31"), ("2017年内", "2017-12-31"),
    ("二〇二〇年底前", "2020-12-31"), ("二零一七年", "2017-12-31"), ("２０１７年底前", "2017-12-31"),
    // Years: before the year begins.
    ("2020年前", "2019-12-31"), ("2020年以前", "2019-12-31"), ("2020年之前", "2019-12-31"),
    ("到2020年前", "2019-12-31"),
    // Months.
    ("2017年7月底前", "2017-07-31"), ("2017年7月底", "2017-07-31"), ("2017年7月末", "2017-07-31"),
    ("2017年7月", "2017-07-31"), ("2017年07月底前", "2017-07-31"), ("2017年七月底前", "2017-07-31"),
    ("2017年十二月底前", "2017-12-31"), ("2017年十月", "2017-10-31"), ("2018年6月底前", "2018-06-30"),
    ("2017年9月底前", "2017-09-30"), ("于2017年7月底前", "2017-07-31"),
    ("2017年 7月 底前", "2017-07-31"), ("2017年7月份", "2017-07-31"), ("2017年7月内", "2017-07-31"),
    ("2017年10月前", "2017-09-30"), ("2017年1月前", "2016-12-31"), ("2017年3月以前", "2017-02-28"),
    // Days: the day itself.
    ("2017年8月31日前", "2017-08-31"), ("2017年8月31日", "2017-08-31"), ("2017年8月31号", "2017-08-31"),
    ("2017年8月31日以前", "2017-08-31"), ("2017年八月三十一日前", "2017-08-31"),
    // Halves.
    ("2017年上半年", "2017-06-30"), ("2017年下半年", "2017-12-31"), ("2017年上半年末", "2017-06-30"),
    ("2017年下半年前", "2017-06-30"), ("2017年上半年前", "2016-12-31"),
    // Quarters.
    ("2017年一季度", "2017-03-31"), ("2017年第一季度", "2017-03-31"), ("2017年二季度", "2017-06-30"),
    ("2017年第三季度", "2017-09-30"), ("2017年第3季度", "2017-09-30"), ("2017年四季度末", "2017-12-31"),
    ("2017年三季度前", "2017-06-30"), ("2017年第二季度底前", "2017-06-30"),
    ("2017年1季", "2017-03-31"), ("截止到2017年底", "2017-12-31"), ("至2020年", "2020-12-31"),
  ]

  @Test(arguments: phrases)
  func parsesPhrase(_ text: String, _ expected: String) throws {
    let day = try DeadlinePhrase.parse(text).get()
    #expect(day.description == expected, "\(text)")
  }

  /// The document's phrases keep their meaning whatever the month length and leap year.
  @Test(arguments: [
    ("2016年2月底前", "2016-02-29"), ("2017年2月底前", "2017-02-28"), ("2000年2月底", "2000-02-29"),
    ("1900年2月底", "1900-02-28"), ("2016年3月前", "2016-02-29"), ("2016年2月29日前", "2016-02-29"),
    ("2016-02-29", "2016-02-29"), ("2017年4月底前", "2017-04-30"), ("2017年11月前", "2017-10-31"),
  ])
  func monthLengthsAndLeapYears(_ text: String, _ expected: String) throws {
    #expect(try DeadlinePhrase.parse(text).get().description == expected)
  }

  @Test(arguments: [
    ("2017-02-30", 2017, 2, 30), ("2017年2月30日前", 2017, 2, 30), ("2017年2月29日", 2017, 2, 29),
    ("2100-02-29", 2100, 2, 29), ("2017-04-31", 2017, 4, 31), ("2017-01-00", 2017, 1, 0),
    ("2017年6月31日", 2017, 6, 31), ("2017年二月三十日前", 2017, 2, 30),
  ])
  func rejectsNonexistentDays(_ text: String, _ year: Int, _ month: Int, _ day: Int) {
    #expect(
      DeadlinePhrase.parse(text) == .failure(.nonexistentDay(year: year, month: month, day: day)))
  }

  @Test(arguments: [
    ("2017年13月底前", TimePhraseError.monthOutOfRange(13)),
    ("2017-13-01", .monthOutOfRange(13)), ("2017年0月", .monthOutOfRange(0)),
    ("2017-00", .monthOutOfRange(0)), ("2017年十三月底前", .monthOutOfRange(13)),
    ("2017年13月1日", .monthOutOfRange(13)),
    ("2017年第五季度", .quarterOutOfRange(5)), ("2017年0季度", .quarterOutOfRange(0)),
    ("0000-01-01", .yearOutOfRange(0)), ("0000年底", .yearOutOfRange(0)),
    ("0001年前", .yearOutOfRange(0)),
  ])
  func rejectsPeriodsOutOfRange(_ text: String, _ error: TimePhraseError) {
    #expect(DeadlinePhrase.parse(text) == .failure(error))
  }

  @Test(arguments: ["7月底前", "8月31日前", "三季度末", "下半年", "到7月底"])
  func rejectsPhrasesWithoutYear(_ text: String) {
    #expect(DeadlinePhrase.parse(text) == .failure(.missingYear(text)))
  }

  @Test(arguments: [
    "2017年底后", "明年", "2017", "2017年至2020年", "2017-2020年", "20XX年", "17年底前",
    "2017/08/31", "2017-08-31T00:00", "年底前", "by 2017", "2017年13", "2017年前后", "2017-08-31-01",
    "2017-008-31", "十三五", "每年", "2017年底前前", "2017年8月31日底",
  ])
  func rejectsUnknownForms(_ text: String) {
    #expect(DeadlinePhrase.parse(text) == .failure(.unknownForm(text)))
  }

  @Test func reportsTheTrimmedTextOfAnUnknownForm() {
    #expect(DeadlinePhrase.parse("  2017年底后\n") == .failure(.unknownForm("2017年底后")))
  }

  @Test(arguments: ["", "   ", "\u{3000}\n"])
  func rejectsEmptyText(_ text: String) {
    #expect(DeadlinePhrase.parse(text) == .failure(.empty))
  }

  /// Random phrases over the phrases' own alphabet: no crash, and every day
  /// returned is a real day.
  @Test func answersEveryRandomPhrase() {
    let alphabet = Array("0129年月日号底末前后内以之起至到第季度上下半一二三十〇-".unicodeScalars)
    var state: UInt64 = 0x2020_1231
    for _ in 0..<3_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60) + 1
      var scalars: [Unicode.Scalar] = []
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        scalars.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let text = "2017" + String(String.UnicodeScalarView(scalars))
      if case .success(let day) = DeadlinePhrase.parse(text) {
        #expect(Day(year: day.year, month: day.month, day: day.day) == day, "\(text)")
      }
    }
  }

  @Test func everyExampleParses() {
    for example in DeadlinePhrase.examples {
      #expect((try? DeadlinePhrase.parse(example).get()) != nil, "\(example)")
    }
  }
}
