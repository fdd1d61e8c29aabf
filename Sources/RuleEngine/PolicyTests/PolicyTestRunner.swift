/// Runs policy tests: checks each case's snapshot against the plan and
/// compares the findings on the case's instances with those expected.
public struct PolicyTestRunner: Sendable {
  /// The outcome of one case.
  public struct Outcome: Sendable {
    /// The case.
    public var testCase: PolicyTestCase
    /// Findings expected and not found.
    public var missing: [PolicyTestCase.Finding]
    /// Findings found and not expected.
    public var unexpected: [PolicyTestCase.Finding]
    /// Findings expected and found.
    public var matched: [PolicyTestCase.Finding]

    /// Whether the case passed.
    public var passed: Bool { missing.isEmpty && unexpected.isEmpty }
  }

  /// The plan.
  public let graph: ObligationGraph

  /// Creates a runner for a plan.
  public init(graph: ObligationGraph) {
    self.graph = graph
  }

  /// Runs one case.
  public func run(_ testCase: PolicyTestCase) -> Outcome {
    let result = Checker(graph: graph).check(testCase.snapshot)
    var found: Set<PolicyTestCase.Finding> = []
    var expected: Set<PolicyTestCase.Finding> = []
    if let violations = testCase.violations {
      expected.formUnion(violations)
      for violation in result.violations where testCase.scope.contains(violation.instance) {
        found.insert(.violation(type: violation.kind.rawValue, instance: violation.instance))
      }
    }
    if let escalations = testCase.escalations {
      expected.formUnion(escalations)
      for escalation in result.escalations where testCase.scope.contains(escalation.instance) {
        found.insert(
          .escalation(
            action: escalation.action.rawValue, policy: escalation.policy,
            instance: escalation.instance))
      }
    }
    return Outcome(
      testCase: testCase, missing: expected.subtracting(found).sorted(),
      unexpected: found.subtracting(expected).sorted(),
      matched: expected.intersection(found).sorted())
  }
}
