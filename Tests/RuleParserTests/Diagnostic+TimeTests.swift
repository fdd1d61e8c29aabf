import Testing

@testable import RuleParser

@Suite struct DiagnosticTimeTests {
  static let range = SourceRange(
    start: SourceLocation(file: "rules/water.yaml", line: 12, column: 10, offset: 300),
    end: SourceLocation(file: "rules/water.yaml", line: 12, column: 20, offset: 320))

  /// A deadline text's diagnostic, from parsing it.
  static func diagnostic(deadline text: String) throws -> Diagnostic {
    guard case .failure(let error) = DeadlinePhrase.parse(text) else {
      Issue.record("'\(text)' parsed")
      throw DeadlineParsed()
    }
    return .invalidDeadline(error, at: range)
  }

  struct DeadlineParsed: Error {}

  @Test(arguments: [
    ("2017年底后", "E060", "unknown deadline '2017年底后'"), ("", "E060", "the deadline is empty"),
    ("2017-02-30", "E061", "the date 2017-02-30 does not exist: month 2 of 2017 has 28 days"),
    ("2017年2月30日前", "E061", "the date 2017-02-30 does not exist: month 2 of 2017 has 28 days"),
    ("2017年13月底前", "E062", "month 13 does not exist"),
    ("2017年第五季度", "E062", "quarter 5 does not exist"),
    ("0000-01-01", "E062", "year 0 is out of range"),
    ("7月底前", "E063", "the deadline '7月底前' names no year"),
  ])
  func deadlineDiagnostics(_ text: String, _ code: String, _ message: String) throws {
    let diagnostic = try Self.diagnostic(deadline: text)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.code.rawValue == code)
    #expect(diagnostic.message.en == message)
    #expect(!diagnostic.message.zh.isEmpty)
    #expect(diagnostic.range == Self.range)
    #expect(diagnostic.notes.count == 1)
    #expect(diagnostic.notes.first?.kind == .help)
  }

  @Test func unknownDeadlineHelpListsTheAcceptedForms() throws {
    let help = try #require(try Self.diagnostic(deadline: "下个月").notes.first?.message)
    for form in ["2017-08-31", "2017年底前", "2017年7月底前", "2017年8月31日前", "到2020年"] {
      #expect(help.en.contains(form) && help.zh.contains(form), "\(form)")
    }
    #expect(help.en.contains("docs/time-phrases.md"))
  }

  @Test func nonexistentDayHelpNamesTheMonthsEnd() throws {
    let help = try #require(try Self.diagnostic(deadline: "2016-02-30").notes.first?.message)
    #expect(help.en == "use a day from 1 to 29, or write 2016年2月底前 for the month's end")
    #expect(help.zh == "请使用 1 至 29 日，或写作 2016年2月底前 表示月末")
  }

  @Test func missingYearHelpShowsTheFix() throws {
    let help = try #require(try Self.diagnostic(deadline: "8月底前").notes.first?.message)
    #expect(help.en == "add the year, as in 2017年8月底前")
    let leading = try #require(try Self.diagnostic(deadline: "到7月底").notes.first?.message)
    #expect(leading.zh == "请加上年份，例如 到2017年7月底")
  }

  @Test(arguments: [
    ("fortnight", "E064", "unknown time span 'fortnight'"), (" ", "E064", "the time span is empty"),
    ("200 years", "E065", "the time span 200 years is too long"),
  ])
  func timeSpanDiagnostics(_ text: String, _ code: String, _ message: String) throws {
    guard case .failure(let error) = TimeSpan.parse(text) else {
      Issue.record("'\(text)' parsed")
      return
    }
    let diagnostic = Diagnostic.invalidTimeSpan(error, at: Self.range)
    #expect(diagnostic.code.rawValue == code)
    #expect(diagnostic.message.en == message)
    #expect(diagnostic.range == Self.range)
    let help = try #require(diagnostic.notes.first)
    #expect(help.kind == .help)
    if code == "E064" {
      #expect(help.message.en.contains("10 days") && help.message.zh.contains("两个月"))
    } else {
      #expect(help.message.en.hasSuffix("100 years") && help.message.zh.hasSuffix("100年"))
    }
  }

  @Test func recurrenceDiagnosticSuggestsOrLists() {
    let suggested = Diagnostic.invalidRecurrence(
      .unknownForm("quartely", suggestion: "quarterly"), at: Self.range)
    #expect(suggested.code.rawValue == "E066")
    #expect(suggested.message.en == "unknown recurrence 'quartely'")
    #expect(suggested.notes.map(\.message.en) == ["did you mean 'quarterly'?"])
    let listed = Diagnostic.invalidRecurrence(.unknownForm("每五年", suggestion: nil), at: Self.range)
    #expect(
      listed.notes.map(\.message.en) == [
        "write one of weekly, monthly, quarterly, half-yearly, yearly, every-2-years, every-3-years"
          + " (or 每周、每月、每月5日前、每季度、每季度末、每季度首月10日前、每半年、每年、每年3月底前、每年1月15日前、每两年、每三年、2018年起每年)"
      ])
  }
}
