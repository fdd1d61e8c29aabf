public import RuleParser

/// The catalogue of policy-test diagnostics (E265–E271): the test cases of
/// `rulec test` (`rules/tests/*.yaml`) that cannot be run as written.
extension Diagnostic {
  /// E265: no test files where they were looked for.
  public static func noPolicyTests(_ path: String) -> Diagnostic {
    error(
      .noPolicyTests,
      LocalizedText(
        "no policy tests (*.yaml) under '\(path)'", "'\(path)' 下没有策略测试（*.yaml）"),
      at: nil,
      help: LocalizedText(
        "write test cases in rules/tests/NAME.yaml (see docs/testing.md)",
        "请在 rules/tests/名称.yaml 中编写测试用例（见 docs/testing.md）"))
  }

  /// E266: a case is both or neither of the two forms.
  static func policyTestForm(_ name: String, at range: SourceRange) -> Diagnostic {
    error(
      .policyTestForm,
      LocalizedText(
        "test case '\(name)' must have either 'snapshot' or 'instance' with 'facts'",
        "测试用例 '\(name)' 必须有 'snapshot'，或有 'instance' 与 'facts'，二者只能取其一"),
      at: range,
      help: LocalizedText(
        "write a small snapshot under 'snapshot:', or one instance's entry as 'instance:' and 'facts:'",
        "请在 'snapshot:' 下写一个小快照，或用 'instance:' 和 'facts:' 写一个实例的状态"))
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

  /// E269: an expectation without an instance where the case has several.
  static func policyTestNeedsInstance(_ count: Int, at range: SourceRange) -> Diagnostic {
    error(
      .policyTestNeedsInstance,
      LocalizedText(
        "the case's snapshot names \(count) instances: say which one with 'instance'",
        "该用例的快照涉及 \(count) 个实例：请用 'instance' 指明是哪一个"),
      at: range,
      help: LocalizedText(
        "write {type: overdue, instance: ID} or {action: ..., policy: ..., instance: ID}",
        "请写作 {type: overdue, instance: 标识} 或 {action: ..., policy: ..., instance: 标识}"))
  }

  /// E270: two test cases with one name.
  static func policyTestDuplicate(
    _ name: String, first: SourceRange, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .policyTestDuplicate,
      LocalizedText("test case '\(name)' is defined twice", "测试用例 '\(name)' 重复定义"),
      at: range
    ).note(LocalizedText("first defined here", "首次定义于此"), at: first)
      .help(LocalizedText("give each case its own name", "请为每个用例取不同的名称"))
  }

  /// E271: `expect` is neither `none` nor a mapping of findings.
  static func policyTestBadExpect(at range: SourceRange) -> Diagnostic {
    error(
      .policyTestBadExpect,
      LocalizedText(
        "'expect' must be 'none' or {violations: [...], escalations: [...]}",
        "'expect' 必须是 'none' 或 {violations: [...], escalations: [...]}"),
      at: range,
      help: LocalizedText(
        "write expect: none when nothing must be found", "什么都不应发现时，请写 expect: none"))
  }
}
