import Foundation
import TestSupport
import Testing

@testable import RuleParser

@Suite struct TimeExpressionScannerTests {

  /// The bundled source document.
  static func planText() throws -> String {
    let url = Fixtures.packageRoot.appendingPathComponent(
      "seeds/env-inspection-rectification-plan.txt")
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// Expressions of the document that must be found, with their lines and kinds.
  static let known: [(Int, String, TimeExpression.Kind)] = [
    (6, "2022-12-08", .date),
    (19, "2020年", .year),
    (21, "2017年至2020年", .yearRange), (21, "2017年底前", .deadline), (21, "2018年底前", .deadline),
    (23, "2017年", .year),
    (29, "2018年底", .deadline),
    (37, "一个月内", .timeLimit), (37, "两个月内", .timeLimit), (37, "半年内", .timeLimit),
    (37, "长期坚持", .longTerm), (37, "2017年底", .deadline), (37, "长期整改", .longTerm),
    (45, "每年", .recurrence), (45, "年度", .annual),
    (47, "每季度", .recurrence),
    (59, "每年", .recurrence), (59, "上年度", .annual),
    (71, "十三五", .planPeriod), (71, "到2020年底", .deadline),
    (83, "20XX年以来", .since), (83, "2017年", .year),
    (91, "2017年至2020年", .yearRange),
    (93, "2020年底前", .deadline), (93, "2017年底前", .deadline),
    (95, "到2020年", .deadline),
    (105, "2017年8月底前", .deadline), (105, "2017年底前", .deadline),
    (107, "到2020年", .deadline),
    (113, "2017年底前", .deadline),
    (117, "2017年8月底前", .deadline), (117, "2017年9月底前", .deadline),
    (117, "2017年7月底前", .deadline),
    (133, "2017年8月", .deadline), (133, "2017年底", .deadline),
    (135, "每年", .recurrence),
    (139, "2017年底", .deadline),
    (141, "2017年6月底前", .deadline),
    (145, "2018年起", .since),
    (147, "2017年底前", .deadline), (147, "2018年6月底前", .deadline),
    (149, "2020年", .year),
    (151, "2017年", .year),
  ]

  @Test func findsTheKnownExpressionsOfThePlan() throws {
    let found = TimeExpressionScanner.scan(try Self.planText())
    for (line, text, kind) in Self.known {
      #expect(
        found.contains { $0.line == line && $0.text == text && $0.kind == kind },
        "line \(line): \(text)")
    }
  }

  @Test func deadlinesOfThePlan() throws {
    let found = TimeExpressionScanner.scan(try Self.planText())
    func deadline(line: Int, _ text: String) -> String? {
      found.first { $0.line == line && $0.text == text }?.deadline?.description
    }
    #expect(deadline(line: 117, "2017年7月底前") == "2017-07-31")
    #expect(deadline(line: 21, "2017年底前") == "2017-12-31")
    #expect(deadline(line: 147, "2018年6月底前") == "2018-06-30")
    #expect(deadline(line: 71, "到2020年底") == "2020-12-31")
    #expect(deadline(line: 95, "到2020年") == "2020-12-31")
    #expect(deadline(line: 133, "2017年8月") == "2017-08-31")
    #expect(deadline(line: 83, "20XX年以来") == nil)
    let limits = found.filter { $0.kind == .timeLimit }.compactMap(\.timeSpan?.description)
    #expect(limits == ["1 month", "2 months", "6 months"])
    let recurrences = found.filter { $0.kind == .recurrence }.compactMap(\.recurrence)
    #expect(recurrences == [.yearly, .quarterly, .yearly, .yearly, .yearly, .yearly])
  }

  /// Every expression is where it says: its bytes, line and column agree.
  @Test func positionsAgreeWithTheText() throws {
    let text = try Self.planText()
    let bytes = Array(text.utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let found = TimeExpressionScanner.scan(text)
    #expect(found.count > 50)
    for expression in found {
      let slice = bytes[expression.byteRange]
      #expect(String(decoding: slice, as: UTF8.self) == expression.text)
      let lineText = Array(lines[expression.line - 1].unicodeScalars)
      let start = expression.column - 1
      let end = expression.endColumn - 1
      #expect(String(String.UnicodeScalarView(lineText[start..<end])) == expression.text)
    }
    #expect(
      zip(found, found.dropFirst()).allSatisfy {
        $0.byteRange.upperBound <= $1.byteRange.lowerBound
      })
  }

  /// The whole scan of the document, as a golden file; `RULEC_RECORD=1` re-records it.
  @Test func matchesTheGoldenScanOfThePlan() throws {
    let found = TimeExpressionScanner.scan(try Self.planText())
    let rendered =
      found.map { expression in
        let meaning =
          expression.deadline?.description ?? expression.timeSpan?.description
          ?? expression.recurrence?.rawValue ?? "-"
        return "\(expression.line):\(expression.column)\t\(expression.kind.rawValue)\t"
          + "\(expression.text)\t\(meaning)"
      }.joined(separator: "\n") + "\n"
    try Golden.expect(rendered, matches: Fixtures.folder("Time/plan-expressions.tsv"))
  }

  @Test(arguments: [
    ("每年3月底前报告", ["recurrence 每年3月底前"]),
    ("2017-2020年", ["year-range 2017-2020年"]),
    ("2017—2020年间", ["year-range 2017—2020年"]),
    ("2017年到2020年", ["year-range 2017年到2020年"]),
    ("二〇一七年底前完成", ["deadline 二〇一七年底前"]),
    ("于2017年8月31日前", ["deadline 2017年8月31日前"]),
    ("截至2017年底", ["deadline 截至2017年底"]),
    ("2017年上半年、2017年第三季度末", ["deadline 2017年上半年", "deadline 2017年第三季度末"]),
    ("2020年前后", ["year 2020年"]),
    ("2017年内蒙古", ["year 2017年"]),
    ("2017年内完成", ["deadline 2017年内"]),
    ("10日内、15天以内、三个月内", ["time-limit 10日内", "time-limit 15天以内", "time-limit 三个月内"]),
    ("每小时10蒸吨", []),
    ("第十三个五年规划", []),
    ("第一个月内", []),
    ("14个市州", []),
    ("12017年", []),
    ("编号A2017年", []),
    ("两个月", []),
    ("一月一次", []),
    ("十三五”", ["plan-period 十三五"]),
    ("十三五年", []),
    (
      "每个季度、每半年、每月、每年度",
      [
        "recurrence 每个季度", "recurrence 每半年", "recurrence 每月", "recurrence 每年度",
      ]
    ),
    ("本年度与下年度", ["annual 本年度", "annual 下年度"]),
    ("2017年度", ["year 2017年度"]),
    ("2022-12-08 10:31", ["date 2022-12-08"]),
    ("12022-12-08", []),
    ("", []),
  ])
  func scansSmallTexts(_ text: String, _ expected: [String]) {
    let found = TimeExpressionScanner.scan(text).map { "\($0.kind.rawValue) \($0.text)" }
    #expect(found == expected)
  }

  @Test func countsLinesOverEveryLineBreak() {
    let text = "\u{FEFF}甲2017年底前\r\n乙每年\r丙\n丁一个月内"
    let found = TimeExpressionScanner.scan(text)
    #expect(found.map(\.line) == [1, 2, 4])
    #expect(found.map(\.column) == [2, 2, 2])
    #expect(found.map(\.byteRange.lowerBound) == [6, 24, 38])
    let range = found[0].sourceRange(file: "plan.txt")
    #expect(range.start == SourceLocation(file: "plan.txt", line: 1, column: 2, offset: 6))
    #expect(range.end == SourceLocation(file: "plan.txt", line: 1, column: 9, offset: 19))
  }

  /// Random text over the scanner's own alphabet: expressions stay where
  /// they say, never overlap, and every dated one reads as a deadline.
  @Test func keepsItsInvariantsOnRandomText() {
    let alphabet = Array(
      "0123456789２XＸ年月日号底末前后内以之起来开始至到截止第季度上下半本每个两一二三四五六七八九十百〇零长期坚持整改十三五天周-—~ \n\r,"
        .unicodeScalars)
    var state: UInt64 = 0x2017_0701
    for _ in 0..<300 {
      var scalars: [Unicode.Scalar] = []
      for _ in 0..<60 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        scalars.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      let text = String(String.UnicodeScalarView(scalars))
      let bytes = Array(text.utf8)
      let found = TimeExpressionScanner.scan(text)
      for expression in found {
        #expect(String(decoding: bytes[expression.byteRange], as: UTF8.self) == expression.text)
        guard expression.kind == .deadline || expression.kind == .year else { continue }
        if case .failure(.unknownForm) = DeadlinePhrase.parse(expression.text) {
          Issue.record("scanned '\(expression.text)' is no deadline form")
        }
      }
      #expect(
        zip(found, found.dropFirst()).allSatisfy {
          $0.byteRange.upperBound <= $1.byteRange.lowerBound
        })
    }
  }

  @Test func scansLongTextsInOneLinearPass() {
    let unit = "各市州于2017年7月底前完成,每季度研究,一个月内整改到位。"
    let text = String(repeating: unit, count: 5_000)
    #expect(TimeExpressionScanner.scan(text).count == 15_000)
    let digits = String(repeating: "1", count: 200_000) + "2017年"
    #expect(TimeExpressionScanner.scan(digits).isEmpty)
    let numerals = String(repeating: "零", count: 200_000) + "个月内"
    #expect(TimeExpressionScanner.scan(numerals).isEmpty)
  }
}
