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
      .class: .enumeration(try #require(EnumValue(.class, named: "staged"))),
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
}
