public import RuleParser

/// The catalogue of policy-test diagnostics (E265–E271): the test cases of
/// `rulec test` (`rules/tests/*.yaml`) that cannot be run as written.
extension Diagnostic {
  /// E265: no test files where they were looked for.
  package static func noPolicyTests(_ path: String) -> Diagnostic {
    error(
      .noPolicyTests,
      LocalizedText(
        "no policy tests (*.yaml) under '\(path)'", "'\(path)' 下没有策略测试（*.yaml）"),
      at: nil)
  }

  /// E267: the case names a policy the plan does not have.
  static func policyTestUnknownPolicy(
    _ policy: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    unknownName(
      .policyTestUnknownPolicy, policy, LocalizedText("policy", "处置政策"),
      suggestion: suggestion,
      otherwise: LocalizedText(
        "`rulec compile` lists the plan's policies", "`rulec compile` 列出方案中的处置政策"),
      at: range)
  }

  /// E268: an expected violation type that does not exist.
  static func policyTestUnknownViolation(
    _ type: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    notInSet(
      .policyTestUnknownViolation, type, LocalizedText("a violation type", "违规类型"),
      allowed: allowed.joined(separator: ", "), suggestion: suggestion, at: range)
  }

}
