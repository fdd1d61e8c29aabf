import TestSupport
import Testing

@testable import RuleParser

/// Facts given as a dictionary.
private struct Facts: FactValues {
  var values: [Fact: FactValue]

  init(_ values: [Fact: FactValue] = [:]) {
    self.values = values
  }

  func value(of fact: Fact) -> FactValue? { values[fact] }
}

@Suite struct ExpressionProgramTests {
  private func condition(_ text: String) throws -> CompiledCondition {
    let (condition, diagnostics) = MarkedCondition(text).compile()
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.en))")
    return try #require(condition)
  }

  private static func status(_ name: String) -> FactValue {
    EnumValue(.status, named: name).map(FactValue.enumeration) ?? .string(name)
  }

  @Test(arguments: [false, true], [false, true])
  func logicalOperatorsFollowTheirTruthTables(_ overdue: Bool, _ warned: Bool) throws {
    let facts = Facts([.overdue: .bool(overdue), .warned: .bool(warned)])
    #expect(try condition("overdue and warned").evaluate(facts) == (overdue && warned))
    #expect(try condition("overdue or warned").evaluate(facts) == (overdue || warned))
    #expect(try condition("not overdue").evaluate(facts) == !overdue)
    #expect(try condition("not overdue or warned").evaluate(facts) == (!overdue || warned))
    #expect(try condition("not (overdue or warned)").evaluate(facts) == !(overdue || warned))
    #expect(try condition("overdue == warned").evaluate(facts) == (overdue == warned))
    #expect(try condition("overdue != warned").evaluate(facts) == (overdue != warned))
    #expect(try condition("overdue == true").evaluate(facts) == overdue)
    #expect(try condition("overdue in [false]").evaluate(facts) == !overdue)
  }

  @Test(
    arguments: [
      ("days_overdue > 30", 31, true), ("days_overdue > 30", 30, false),
      ("days_overdue >= 30", 30, true), ("days_overdue < 30", 29, true),
      ("days_overdue <= 30", 31, false), ("days_overdue == 30", 30, true),
      ("days_overdue != 30", 30, false), ("days_overdue - 10 > 20", 31, true),
      ("days_overdue + days_overdue == 60", 30, true), ("days_overdue > -1", 0, true),
      ("days_overdue in [1, 2, 3]", 2, true), ("days_overdue in [1, 2, 3]", 4, false),
      ("days_overdue not in [1, 2, 3]", 4, true), ("days_overdue not in [1, 2, 3]", 3, false),
      ("days_overdue > 2.5", 3, true), ("days_overdue < 2.5", 3, false),
    ])
  func comparesWholeNumbers(text: String, days: Int, expected: Bool) throws {
    #expect(try condition(text).evaluate(Facts([.daysOverdue: .int(days)])) == expected)
  }

  @Test(
    arguments: [
      ("gap > 2", FactValue.number(2.5), true), ("gap > 2", .number(2), false),
      ("gap >= 2", .int(2), true), ("gap == 2.5", .number(2.5), true),
      ("gap in [1, 2.5]", .number(1), true), ("gap in [1, 2.5]", .number(2), false),
      ("gap < -0.5", .number(-1), true),
    ])
  func comparesDecimals(text: String, gap: FactValue, expected: Bool) throws {
    #expect(try condition(text).evaluate(Facts([.gap: gap])) == expected)
  }

  @Test(
    arguments: [
      ("status == done", "done", true), ("status == 'done'", "closed", false),
      ("status != done", "closed", true), ("status >= done", "closed", true),
      ("status < done", "in_progress", true), ("status < done", "done", false),
      ("status in [done, closed]", "closed", true), ("status not in [done, closed]", "done", false),
    ])
  func comparesStatuses(text: String, status: String, expected: Bool) throws {
    #expect(try condition(text).evaluate(Facts([.status: Self.status(status)])) == expected)
  }

  @Test func comparesStringsAndOtherEnumerations() throws {
    let facts = Facts([
      .body: .string("lanzhou"),
      .violation: .enumeration(try #require(EnumValue(.violation, named: "overdue"))),
      .highestAction: .enumeration(try #require(EnumValue(.action, named: "interview"))),
      .class: .string("staged"),
    ])
    #expect(try condition("body == 'lanzhou'").evaluate(facts))
    #expect(try condition("body != \"zhangye\"").evaluate(facts))
    #expect(try condition("body in ['zhangye', 'lanzhou']").evaluate(facts))
    #expect(try condition("violation == overdue").evaluate(facts))
    #expect(try !condition("violation in [missing, unreported]").evaluate(facts))
    #expect(try condition("highest_action >= interview").evaluate(facts))
    #expect(try !condition("highest_action > interview").evaluate(facts))
    #expect(try condition("class == staged and class != immediate").evaluate(facts))
  }

  @Test func missingFactsMakeComparisonsFalse() throws {
    let none = Facts()
    for text in [
      "days_since_warning > 3", "days_since_warning <= 3", "days_since_warning != 3",
      "days_since_warning in [3]", "days_since_warning not in [3]", "status == done",
      "status != done", "body != 'lanzhou'", "gap > -100", "overdue == false",
      "overdue != true", "days_overdue + 1 > 0", "overdue", "overdue and true",
    ] {
      #expect(try !condition(text).evaluate(none), "\(text)")
    }
    #expect(try condition("not overdue").evaluate(none))
    #expect(try condition("not (days_since_warning > 3)").evaluate(none))
    #expect(try condition("true or days_since_warning > 3").evaluate(none))
  }

  @Test func valuesOfTheWrongTypeCountAsMissing() throws {
    let wrong = Facts([
      .overdue: .int(1), .daysOverdue: .number(40), .status: .string("done"),
      .body: .bool(true), .violation: Self.status("done"),
    ])
    for text in [
      "overdue", "overdue == true", "days_overdue > 30", "status == done", "body == 'lanzhou'",
      "violation == overdue", "violation != overdue",
    ] {
      #expect(try !condition(text).evaluate(wrong), "\(text)")
    }
  }

  @Test func overflowingArithmeticCountsAsMissing() throws {
    let facts = Facts([.daysOverdue: .int(Int.max), .daysToDue: .int(Int.min)])
    #expect(try !condition("days_overdue + 1 > 0").evaluate(facts))
    #expect(try !condition("days_overdue + 1 <= 0").evaluate(facts))
    #expect(try !condition("days_to_due - 1 < 0").evaluate(facts))
    #expect(try condition("days_overdue - 1 > 0").evaluate(facts))
  }

  @Test func asksForEachFactOnceInOrderOfUse() throws {
    final class Counting: FactValues {
      var asked: [Fact] = []
      func value(of fact: Fact) -> FactValue? {
        asked.append(fact)
        return fact == .overdue ? .bool(false) : .int(1)
      }
    }
    let facts = Counting()
    let compiled = try condition(
      "days_overdue > 0 and (overdue or days_overdue + days_to_due > 1) and not overdue")
    #expect(compiled.evaluate(facts))
    #expect(facts.asked == [.daysOverdue, .overdue, .daysToDue])
    #expect(compiled.evaluate(facts) && facts.asked.count == 6)
  }

  @Test func evaluatesManyTimesFromOneCompilation() throws {
    let compiled = try condition(
      "overdue and days_overdue > 30 and status in [not_started, in_progress] and not warned")
    let facts = (0..<1000).map { day in
      Facts([
        .overdue: .bool(true), .daysOverdue: .int(day), .status: Self.status("in_progress"),
        .warned: .bool(day % 2 == 0),
      ])
    }
    var matches = 0
    for _ in 0..<20 {
      for fact in facts where compiled.evaluate(fact) { matches += 1 }
    }
    #expect(matches == 20 * 485)
  }

  /// A condition that needs one kind of violation asks for the kind first
  /// and, for any other, for nothing else; it holds exactly when it did
  /// without the gate.
  @Test func asksForTheKindOfViolationFirstWhenTheConditionNeedsOne() throws {
    final class Counting: FactValues {
      var asked: [Fact] = []
      let violation: FactValue?
      init(_ violation: FactValue?) { self.violation = violation }
      func value(of fact: Fact) -> FactValue? {
        asked.append(fact)
        return fact == .violation ? violation : .int(20)
      }
    }
    let kinds = FactEnum.violation.values.map { EnumValue(.violation, named: $0) }
    let values = kinds.map { $0.map(FactValue.enumeration) } + [nil, .int(1), Self.status("done")]
    let conditions: [(String, (String?) -> Bool)] = [
      ("days_overdue > 15 and violation == overdue", { $0 == "overdue" }),
      ("violation in [late, missing] and days_overdue > 30", { _ in false }),
      ("days_to_due == 20 and violation in [late, missing]", { ["late", "missing"].contains($0) }),
      ("violation == late or days_overdue > 15", { _ in true }),
      ("violation in [overdue, late] and violation != late", { $0 == "overdue" }),
      ("violation == overdue", { $0 == "overdue" }),
      ("not (violation == late) and days_overdue > 15", { $0 != "late" }),
    ]
    for (text, expected) in conditions {
      let compiled = try condition(text)
      for value in values {
        let facts = Counting(value)
        let name = value?.enumeration.flatMap { $0.type == .violation ? $0.name : nil }
        #expect(compiled.evaluate(facts) == expected(name), "\(text) \(String(describing: value))")
        #expect(Set(facts.asked).count == facts.asked.count, "\(text): \(facts.asked)")
      }
    }
    let gated = Counting(.int(1))
    #expect(try !condition("days_overdue > 15 and violation == overdue").evaluate(gated))
    #expect(gated.asked == [.violation])
  }
}
