public import RuleParser

/// Reads policy-test files (`rules/tests/*.yaml`) into test cases, with a
/// located error for anything that cannot be run as written.
///
/// ```yaml
/// tests:
///   supervision-after-15-days:
///     policy: supervise-overdue
///     instance: water.sand-plan@lanzhou
///     as_of: 2017-08-17
///     facts: {status: in_progress}
///     expect:
///       violations: [overdue]
///       escalations:
///         - {action: supervision, policy: supervise-overdue}
/// ```
///
/// A case is a snapshot (`snapshot:`, in the format of `rulec check`), or
/// one instance's entry (`instance:` and `facts:`, with `actions:` taken on
/// it); `expect` is `none` or the violations and escalations expected on the
/// instances the case names.
public struct PolicyTestReader {
  /// The keys of a test file.
  public static let fileKeys = ["tests"]
  /// The keys of a case.
  public static let caseKeys = [
    "policy", "description", "as_of", "snapshot", "instance", "facts", "actions", "expect",
  ]
  /// The keys of `expect`.
  public static let expectKeys = ["violations", "escalations"]
  /// The keys of an expected violation.
  public static let violationKeys = ["type", "instance"]
  /// The keys of an expected escalation.
  public static let escalationKeys = ["action", "policy", "instance"]

  /// The plan the cases are run against.
  public let graph: ObligationGraph
  private var names: [String: SourceRange] = [:]

  /// Creates a reader for a plan.
  public init(graph: ObligationGraph) {
    self.graph = graph
  }

  /// Reads every case of a file, in the file's order.
  public mutating func read(contentsOfFile path: String, into diagnostics: inout Diagnostics)
    -> [PolicyTestCase]
  {
    let documents = YAMLLoader().load(contentsOfFile: path, into: &diagnostics)
    guard let root = documents.first else { return [] }
    let what = LocalizedText(en: "the test file", zh: "测试文件")
    guard
      let file = MappingReader.snapshot(
        root, what, allowed: Self.fileKeys, diagnostics: &diagnostics),
      let tests = file.present("tests")
    else { return [] }
    guard
      let pairs = SnapshotValue.pairs(
        tests, LocalizedText(en: "tests", zh: "tests"), diagnostics: &diagnostics)
    else {
      return []
    }
    var cases: [PolicyTestCase] = []
    for pair in pairs {
      let name = SnapshotValue.text(
        pair.key, LocalizedText(en: "a test's name", zh: "测试名称"), diagnostics: &diagnostics)
      guard let name else { continue }
      if let first = names[name.value] {
        diagnostics.report(
          Diagnostic(
            .error, code: .policyTestDuplicate,
            LocalizedText(
              "test case '\(name.value)' is defined twice", "测试用例 '\(name.value)' 重复定义"),
            at: name.range
          ).note(LocalizedText("first defined here", "首次定义于此"), at: first)
            .help(LocalizedText("give each case its own name", "请为每个用例取不同的名称")))
        continue
      }
      names[name.value] = name.range
      if let found = testCase(name, pair.value, diagnostics: &diagnostics) {
        cases.append(found)
      }
    }
    return cases
  }

  private func testCase(
    _ name: Located<String>, _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> PolicyTestCase? {
    let what = LocalizedText(en: "test case '\(name.value)'", zh: "测试用例 '\(name.value)'")
    guard
      let fields = MappingReader.snapshot(
        node, what, allowed: Self.caseKeys, diagnostics: &diagnostics)
    else { return nil }
    var errors = Diagnostics()
    let subject = fields.present("policy").flatMap { policy($0, diagnostics: &errors) }
    if let description = fields.present("description") {
      _ = SnapshotValue.text(
        description, LocalizedText(en: "description", zh: "说明"), diagnostics: &errors)
    }
    let asOf = fields.present("as_of").flatMap {
      SnapshotValue.day($0, LocalizedText(en: "as_of", zh: "日期 as_of"), diagnostics: &errors)
    }
    let root: YAMLNode
    switch (fields.present("snapshot"), fields.present("instance"), fields.present("facts")) {
    case (let snapshot?, nil, nil) where fields.present("actions") == nil:
      root = snapshot
    case (nil, let instance?, let facts?):
      root = Self.snapshot(
        instance: instance, facts: facts, actions: fields.present("actions"),
        asOf: fields.present("as_of"),
        at: node.range)
    default:
      diagnostics.merge(errors)
      diagnostics.report(
        .error(
          .policyTestForm,
          LocalizedText(
            "test case '\(name.value)' must have either 'snapshot' or 'instance' with 'facts'",
            "测试用例 '\(name.value)' 必须有 'snapshot'，或有 'instance' 与 'facts'，二者只能取其一"),
          at: name.range))
      return nil
    }
    let snapshot = SnapshotBuilder(
      path: name.range.start.file, asOf: asOf?.value, actions: graph.plan.actions
    )
    .build(root, diagnostics: &errors)
    var scope: Set<String>?
    if let snapshot {
      scope = Set(snapshot.obligations.keys).union(snapshot.metrics.keys)
        .union(snapshot.actions.map(\.instance.value))
    }
    let expectations = Expectations(
      scope: scope, policies: graph.policies.map(\.id), actions: graph.plan.actions)
    let expected = fields.present("expect").map { expectations.read($0, diagnostics: &errors) }
    diagnostics.merge(errors)
    guard let snapshot, var scope, !errors.hasErrors else { return nil }
    for finding in (expected?.violations ?? []).union(expected?.escalations ?? []) {
      scope.insert(finding.instance)
    }
    return PolicyTestCase(
      name: name.value, location: name.range, policy: subject, snapshot: snapshot, scope: scope,
      violations: expected?.violations, escalations: expected?.escalations)
  }

  private func policy(_ node: YAMLNode, diagnostics: inout Diagnostics) -> String? {
    let text = SnapshotValue.text(
      node, LocalizedText(en: "policy", zh: "策略 policy"), diagnostics: &diagnostics)
    guard let text else { return nil }
    guard graph.policy(text.value) != nil else {
      let suggestion = DidYouMean(candidates: graph.policies.map(\.id)).suggest(for: text.value)
      diagnostics.report(
        .policyTestUnknownPolicy(text.value, suggestion: suggestion, at: text.range))
      return nil
    }
    return text.value
  }

  /// The snapshot of the one-instance form, as `rulec check` would read it:
  /// the facts as the instance's entry (readings for a metric instance),
  /// the actions taken on it.
  private static func snapshot(
    instance: YAMLNode, facts: YAMLNode, actions: YAMLNode?, asOf: YAMLNode?, at range: SourceRange
  ) -> YAMLNode {
    func key(_ text: String, _ near: YAMLNode) -> YAMLNode {
      YAMLNode(scalar: text, range: near.range)
    }
    let section = facts.sequence == nil ? "obligations" : "metrics"
    var pairs = [
      YAMLNode.Pair(
        key: key(section, facts),
        value: YAMLNode(mapping: [YAMLNode.Pair(key: instance, value: facts)], range: facts.range))
    ]
    if let asOf { pairs.append(YAMLNode.Pair(key: key("as_of", asOf), value: asOf)) }
    if let actions {
      let items = (actions.sequence.map(Array.init) ?? [actions]).map { item -> YAMLNode in
        guard let entries = item.mapping else { return item }
        let named = YAMLNode.Pair(key: key("instance", item), value: instance)
        return YAMLNode(mapping: Array(entries) + [named], range: item.range)
      }
      pairs.append(
        YAMLNode.Pair(
          key: key("actions", actions), value: YAMLNode(sequence: items, range: actions.range)))
    }
    return YAMLNode(mapping: pairs, range: range)
  }
}
