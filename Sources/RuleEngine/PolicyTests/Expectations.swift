import RuleParser

/// Reads a test case's `expect:`: `none`, or the violations and escalations
/// expected, each on an instance of the case (which may be left out when the
/// case names one).
struct Expectations {
  /// The instances the case names (`nil` when its snapshot has errors:
  /// expectations are then only read for their own errors).
  let scope: Set<String>?
  /// The plan's policy ids, sorted.
  let policies: [String]
  /// The plan's action ladder.
  var actions = EscalationAction.standard

  /// The expected violations and escalations (`nil`: not checked).
  func read(_ node: YAMLNode, diagnostics: inout Diagnostics)
    -> (violations: Set<PolicyTestCase.Finding>?, escalations: Set<PolicyTestCase.Finding>?)
  {
    if node.scalar == "none" { return ([], []) }
    guard node.mapping != nil else {
      diagnostics.report(
        .error(
          .policyTestBadExpect,
          LocalizedText(
            "'expect' must be 'none' or {violations: [...], escalations: [...]}",
            "'expect' 必须是 'none' 或 {violations: [...], escalations: [...]}"),
          at: node.location))
      return (nil, nil)
    }
    let what = LocalizedText(en: "expect", zh: "expect（预期结果）")
    guard
      let fields = MappingReader.snapshot(
        node, what, allowed: PolicyTestReader.expectKeys, diagnostics: &diagnostics)
    else { return (nil, nil) }
    let violations = fields.present("violations").map {
      list($0, "violations") { violation($0, diagnostics: &diagnostics) }
    }
    let escalations = fields.present("escalations").map {
      list($0, "escalations") { escalation($0, diagnostics: &diagnostics) }
    }
    return (violations, escalations)
  }

  /// The findings of a list (`none` and `[]` are empty).
  private func list(
    _ node: YAMLNode, _ key: String, _ read: (YAMLNode) -> PolicyTestCase.Finding?
  ) -> Set<PolicyTestCase.Finding> {
    if node.scalar == "none" { return [] }
    return Set((node.sequence.map(Array.init) ?? [node]).compactMap(read))
  }

  private func violation(_ node: YAMLNode, diagnostics: inout Diagnostics)
    -> PolicyTestCase.Finding?
  {
    let typeNode: YAMLNode
    var instanceNode: YAMLNode?
    if node.isScalar {
      typeNode = node
    } else {
      guard
        let (fields, values) = MappingReader.snapshot(
          node, LocalizedText(en: "an expected violation", zh: "预期的违规"),
          allowed: PolicyTestReader.violationKeys, required: ["type"], diagnostics: &diagnostics)
      else { return nil }
      typeNode = values[0]
      instanceNode = fields.present("instance")
    }
    let type = SnapshotValue.text(
      typeNode, LocalizedText(en: "type", zh: "违规类型 type"), diagnostics: &diagnostics)
    guard let type else { return nil }
    guard ViolationKind(rawValue: type.value) != nil else {
      let allowed = ViolationKind.allCases.map(\.rawValue)
      diagnostics.report(
        .policyTestUnknownViolation(
          type.value, allowed: allowed,
          suggestion: DidYouMean(candidates: allowed).suggest(for: type.value), at: type.range))
      return nil
    }
    guard let instance = instance(instanceNode, at: node, diagnostics: &diagnostics) else {
      return nil
    }
    return .violation(type: type.value, instance: instance)
  }

  private func escalation(_ node: YAMLNode, diagnostics: inout Diagnostics)
    -> PolicyTestCase.Finding?
  {
    let what = LocalizedText(en: "an expected escalation", zh: "预期的问责措施")
    guard
      let fields = MappingReader.snapshot(
        node, what, allowed: PolicyTestReader.escalationKeys, diagnostics: &diagnostics)
    else { return nil }
    var values: [String: Located<String>] = [:]
    for key in ["action", "policy"] {
      guard let value = fields[key] else {
        diagnostics.report(.snapshotMissingKey(key, in: what, at: node.location))
        return nil
      }
      values[key] = SnapshotValue.text(
        value, LocalizedText(en: key, zh: key), diagnostics: &diagnostics)
    }
    guard let action = values["action"], let policy = values["policy"] else { return nil }
    guard policies.contains(policy.value) else {
      diagnostics.report(
        .policyTestUnknownPolicy(
          policy.value, suggestion: DidYouMean(candidates: policies).suggest(for: policy.value),
          at: policy.range))
      return nil
    }
    guard actions.contains(where: { $0.rawValue == action.value }) else {
      let allowed = actions.map(\.rawValue)
      diagnostics.report(
        .snapshotUnknownAction(
          action.value, allowed: allowed,
          suggestion: DidYouMean(candidates: allowed).suggest(for: action.value),
          at: action.range))
      return nil
    }
    guard let instance = instance(fields.present("instance"), at: node, diagnostics: &diagnostics)
    else {
      return nil
    }
    return .escalation(action: action.value, policy: policy.value, instance: instance)
  }

  /// The instance written, or the case's only one.
  private func instance(_ node: YAMLNode?, at item: YAMLNode, diagnostics: inout Diagnostics)
    -> String?
  {
    if let node {
      return SnapshotValue.text(
        node, LocalizedText(en: "instance", zh: "实例 instance"), diagnostics: &diagnostics)?.value
    }
    guard let scope else { return "" }
    guard scope.count == 1, let only = scope.first else {
      diagnostics.report(
        .error(
          .policyTestNeedsInstance,
          LocalizedText(
            "the case's snapshot names \(scope.count) instances: say which one with 'instance'",
            "该用例的快照涉及 \(scope.count) 个实例：请用 'instance' 指明是哪一个"),
          at: item.location))
      return nil
    }
    return only
  }
}
