import Testing

@testable import RuleParser

/// The phrase forms of issue 10 (the wording of real plans), each with the
/// days it resolves to.
@Suite struct PlanPhraseTests {
  /// Deadlines (`due:`, `until:`): the day each falls due.
  @Test(arguments: [
    ("2012年起5年内", "2016-12-31"), ("自2012年起5年内", "2016-12-31"), ("2018年起3个月内", "2018-03-31"),
    ("2017年7月1日起两个月内", "2017-08-31"), ("2019年年底前", "2019-12-31"), ("2019年年末", "2019-12-31"),
    ("2018年上半年", "2018-06-30"), ("2018年下半年", "2018-12-31"), ("2017年9月上旬", "2017-09-10"),
    ("2017年9月中旬", "2017-09-20"), ("2017年9月下旬", "2017-09-30"), ("2017年2月下旬", "2017-02-28"),
    ("2017年9月中旬前", "2017-09-10"), ("2017年9月下旬前", "2017-09-20"), ("2017年9月上旬前", "2017-08-31"),
    ("十三五期间", "2020-12-31"), ("“十三五”期间", "2020-12-31"), ("\"十三五\"期间", "2020-12-31"),
    ("十三五末", "2020-12-31"), ("十四五时期", "2025-12-31"), ("十二五末", "2015-12-31"),
    ("2018年春节前", "2018-02-14"), ("2018年国庆节前", "2018-09-30"), ("2019年国庆前", "2019-09-30"),
    ("2018年春节", "2018-02-21"),
  ])
  func deadline(_ text: String, _ expected: String) throws {
    #expect(try DeadlinePhrase.parse(text).get().description == expected, "\(text)")
  }

  /// Starts (`from:`): the first day of the period.
  @Test(arguments: [
    ("2018年起", "2018-01-01"), ("自2018年起", "2018-01-01"), ("从2018年开始", "2018-01-01"),
    ("2012年", "2012-01-01"), ("2017年7月", "2017-07-01"), ("2017年7月起", "2017-07-01"),
    ("2017年8月15日", "2017-08-15"), ("2017-07", "2017-07-01"), ("2017-07-15", "2017-07-15"),
    ("2018年下半年", "2018-07-01"), ("十三五期间", "2016-01-01"), ("“十三五”期间", "2016-01-01"),
    ("2017年底", "2017-12-31"), ("2018年春节", "2018-02-15"),
  ])
  func start(_ text: String, _ expected: String) throws {
    #expect(try DeadlinePhrase.parseStart(text).get().description == expected, "\(text)")
  }

  /// Spans counted from `plan.effective` (or a prerequisite) in `due:`.
  @Test(arguments: [
    ("3年内", 3, TimeSpan.Unit.year), ("用2年时间", 2, .year), ("用两年时间", 2, .year),
    ("10个工作日内", 10, .workingDay), ("5个工作日", 5, .workingDay), ("10 working days", 10, .workingDay),
    ("5wd", 5, .workingDay),
  ])
  func span(_ text: String, _ count: Int, _ unit: TimeSpan.Unit) throws {
    let span = try TimeSpan.parse(text).get()
    #expect(span.count == count && span.unit == unit, "\(text)")
  }

  /// `every:` with the days each occurrence falls due, from 2018-01-01 to 2018-12-31.
  @Test(arguments: [
    ("每年3月底前", ["2018:2018-03-31"]), ("每年1月15日前", ["2018:2018-01-15"]),
    ("每年年底前", ["2018:2018-12-31"]), ("每年3月前", ["2018:2018-02-28"]),
    (
      "每季度末",
      ["2018-Q1:2018-03-31", "2018-Q2:2018-06-30", "2018-Q3:2018-09-30", "2018-Q4:2018-12-31"]
    ),
    (
      "每季度首月10日前",
      ["2018-Q1:2018-01-10", "2018-Q2:2018-04-10", "2018-Q3:2018-07-10", "2018-Q4:2018-10-10"]
    ),
    ("每半年末月15日", ["2018-H1:2018-06-15", "2018-H2:2018-12-15"]),
  ])
  func recurrenceDays(_ text: String, _ expected: [String]) throws {
    let phrase = try RecurrencePhrase.parse(text).get()
    let occurrences = phrase.occurrences(
      from: try #require(Day(iso: "2018-01-01")), until: try #require(Day(iso: "2018-12-31")))
    #expect(occurrences.map { "\($0.suffix):\($0.due)" } == expected, "\(text)")
  }

  @Test func monthlyOnTheFifth() throws {
    let phrase = try RecurrencePhrase.parse("每月5日前").get()
    let occurrences = phrase.occurrences(
      from: try #require(Day(iso: "2018-01-01")), until: try #require(Day(iso: "2018-03-31")))
    #expect(occurrences.map(\.due.description) == ["2018-01-05", "2018-02-05", "2018-03-05"])
    let last = try RecurrencePhrase.parse("每月31日").get().occurrences(
      from: try #require(Day(iso: "2018-02-01")), until: try #require(Day(iso: "2018-02-28")))
    #expect(last.map(\.due.description) == ["2018-02-28"])
  }

  @Test func weekly() throws {
    let phrase = try RecurrencePhrase.parse("每周").get()
    let occurrences = phrase.occurrences(
      from: try #require(Day(iso: "2017-12-27")), until: try #require(Day(iso: "2018-01-08")))
    #expect(
      occurrences.map { "\($0.suffix):\($0.start)–\($0.due)" } == [
        "2017-W52:2017-12-25–2017-12-31", "2018-W01:2018-01-01–2018-01-07",
        "2018-W02:2018-01-08–2018-01-14",
      ])
  }

  @Test(arguments: [
    ("每两年", ["2017-2018:2018-12-31", "2019-2020:2020-12-31", "2021-2022:2022-12-31"]),
    ("每三年", ["2017-2019:2019-12-31", "2020-2022:2022-12-31"]),
  ])
  func severalYears(_ text: String, _ expected: [String]) throws {
    let phrase = try RecurrencePhrase.parse(text).get()
    let occurrences = phrase.occurrences(
      from: try #require(Day(iso: "2017-07-01")), until: try #require(Day(iso: "2021-06-30")))
    #expect(occurrences.map { "\($0.suffix):\($0.due)" } == expected)
  }

  @Test func startBeforeTheRecurrence() throws {
    let phrase = try RecurrencePhrase.parse("2018年起每年").get()
    #expect(phrase.recurrence == .yearly && phrase.start?.description == "2018-01-01")
    let with = try RecurrencePhrase.parse("自2018年起每季度").get()
    #expect(with.recurrence == .quarterly && with.start?.description == "2018-01-01")
  }

  @Test func rejected() {
    #expect(RecurrencePhrase.parse("定期") == .failure(.vague("定期")))
    #expect(RecurrencePhrase.parse("每季度第五个月") == .failure(.dayOutsidePeriod("每季度第五个月")))
    #expect(RecurrencePhrase.parse("每年1月前") == .failure(.dayOutsidePeriod("每年1月前")))
    #expect(RecurrencePhrase.parse("每五年") == .failure(.unknownForm("每五年", suggestion: nil)))
    #expect(DeadlinePhrase.parse("2018年起") == .failure(.startNotDeadline("2018年起")))
    #expect(DeadlinePhrase.parse("春节前") == .failure(.missingYear("春节前")))
    #expect(
      DeadlinePhrase.parse("2030年春节前")
        == .failure(.unknownFestival("春节", year: 2030, known: WorkingCalendar.china.years)))
    #expect(DeadlinePhrase.parse("十三五") == .failure(.unknownForm("十三五")))
  }
}

/// `rulec coverage` finds every form in a document, as one expression each.
@Suite struct PlanPhraseScanTests {
  @Test(arguments: [
    ("2012年起5年内完成", "2012年起5年内", TimeExpression.Kind.timeLimit),
    ("自2018年起实施", "自2018年起", .since), ("2018年起每年", "2018年起", .since),
    ("用2年时间基本完成", "用2年时间", .timeLimit), ("10个工作日内办结", "10个工作日内", .timeLimit),
    ("5个工作日公示", "5个工作日", .timeLimit), ("2019年年底前完成", "2019年年底前", .deadline),
    ("2017年9月中旬前", "2017年9月中旬前", .deadline), ("2018年春节前发放", "2018年春节前", .deadline),
    ("春节前发放", "春节前", .deadline), ("国庆节前完成", "国庆节前", .deadline),
    ("“十三五”期间，", "“十三五”期间", .planPeriod), ("十三五末达到", "十三五末", .planPeriod),
    ("“十三五”压减", "十三五", .planPeriod), ("每年3月底前报送", "每年3月底前", .recurrence),
    ("每季度首月10日前报送", "每季度首月10日前", .recurrence), ("每月5日前", "每月5日前", .recurrence),
    ("每季度末", "每季度末", .recurrence), ("每季度要研究", "每季度", .recurrence),
    ("每周调度", "每周", .recurrence), ("每两年评估", "每两年", .recurrence),
    ("每年1月15日前", "每年1月15日前", .recurrence),
  ])
  func scans(_ text: String, _ expression: String, _ kind: TimeExpression.Kind) throws {
    let first = try #require(TimeExpressionScanner.scan(text).first)
    #expect(first.text == expression && first.kind == kind, "\(text): \(first.text) \(first.kind)")
  }

  @Test func vagueWordsAreNotExpressions() {
    #expect(TimeExpressionScanner.scan("定期开展检查").isEmpty)
  }
}
