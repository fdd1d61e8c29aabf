/// The catalogue of policy-test diagnostics (E265–E274): the test cases of
/// `rulec test` (`rules/tests/*.yaml`) that cannot be run as written.
extension Diagnostic {
  /// E265: no test files where they were looked for.
  public static func noPolicyTests(_ path: String) -> Diagnostic {
    Diagnostic(
      .error, code: "E265",
      LocalizedText(
        en: "no policy tests (*.yaml) under '\(path)'", zh: "'\(path)' 下没有策略测试(*.yaml)"),
      at: nil
    ).help(
      LocalizedText(
        en: "write test cases in rules/tests/NAME.yaml (see docs/testing.md)",
        zh: "请在 rules/tests/名称.yaml 中编写测试用例(见 docs/testing.md)"))
  }

  /// E266: a case is both or neither of the two forms.
  public static func policyTestForm(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E266",
      LocalizedText(
        en: "test case '\(name)' must have either 'snapshot' or 'instance' with 'facts'",
        zh: "测试用例 '\(name)' 必须有 'snapshot',或有 'instance' 与 'facts',二者只能取其一"),
      at: range
    ).help(
      LocalizedText(
        en:
          "write a small snapshot under 'snapshot:', or one instance's entry as 'instance:' and 'facts:'",
        zh: "请在 'snapshot:' 下写一个小快照,或用 'instance:' 和 'facts:' 写一个实例的状态"))
  }

  /// E267: the case names a policy the plan does not have.
  public static func policyTestUnknownPolicy(
    _ policy: String, suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E267",
      LocalizedText(
        en: "unknown policy '\(policy)' in a test case", zh: "测试用例中有未知的策略 '\(policy)'"),
      at: range
    ).suggesting(
      suggestion,
      otherwise: LocalizedText(
        en: "rulec explain lists the plan's ids", zh: "可用 rulec explain 查看计划中的标识"))
  }

  /// E268: an expected violation type that does not exist.
  public static func policyTestUnknownViolation(
    _ type: String, allowed: [String], suggestion: String?, at range: SourceRange
  ) -> Diagnostic {
    let list = allowed.joined(separator: ", ")
    return Diagnostic(
      .error, code: "E268",
      LocalizedText(en: "unknown violation type '\(type)'", zh: "未知的违规类型 '\(type)'"),
      at: range
    ).suggesting(
      suggestion, otherwise: LocalizedText(en: "types: \(list)", zh: "可用的类型:\(list)"))
  }

  /// E269: an expectation without an instance where the case has several.
  public static func policyTestNeedsInstance(_ count: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E269",
      LocalizedText(
        en: "the case's snapshot names \(count) instances: say which one with 'instance'",
        zh: "该用例的快照涉及 \(count) 个实例:请用 'instance' 指明是哪一个"),
      at: range
    ).help(
      LocalizedText(
        en: "write {type: overdue, instance: ID} or {action: ..., policy: ..., instance: ID}",
        zh: "请写作 {type: overdue, instance: 标识} 或 {action: ..., policy: ..., instance: 标识}"))
  }

  /// E270: two test cases with one name.
  public static func policyTestDuplicate(
    _ name: String, first: SourceRange, at range: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: "E270",
      LocalizedText(en: "test case '\(name)' is defined twice", zh: "测试用例 '\(name)' 重复定义"),
      at: range
    ).note(LocalizedText(en: "first defined here", zh: "首次定义于此"), at: first)
      .help(LocalizedText(en: "give each case its own name", zh: "请为每个用例取不同的名称"))
  }

  /// E271: `expect` is neither `none` nor a mapping of findings.
  public static func policyTestBadExpect(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: "E271",
      LocalizedText(
        en: "'expect' must be 'none' or {violations: [...], escalations: [...]}",
        zh: "'expect' 必须是 'none' 或 {violations: [...], escalations: [...]}"),
      at: range
    ).help(
      LocalizedText(
        en: "write expect: none when nothing must be found",
        zh: "什么都不应发现时,请写 expect: none"))
  }
}
