/// A policy's `when:` condition, parsed and type-checked once, to be evaluated on the
/// facts of every violation.
public struct CompiledCondition: Sendable {
  /// The condition's text and where it is written.
  public let source: ExpressionSource
  /// The typed syntax tree; its type is `bool`.
  public let expression: TypedExpression
  /// What the condition can be about: obligation instances, metric readings, or
  /// either, as its facts (and the policy) decide.
  public let target: FactTarget
  /// The facts the condition names.
  public let facts: Set<Fact>
  /// The condition lowered for evaluation.
  private let program: ExpressionProgram

  /// Parses and checks the condition written in a YAML scalar.
  ///
  /// Reports every error into `diagnostics` (E070–E089), located in the file (see
  /// `ExpressionSource` for how offsets in the text map to columns).
  ///
  /// - Parameters:
  ///   - text: the scalar's value.
  ///   - start: where the scalar starts in its file (at the opening quote, if quoted).
  ///   - style: how the scalar was written.
  ///   - knownBodies: the body ids a string compared with `body` must be one of.
  ///   - knownObligations: the obligation ids for `obligation`; `nil` checks none.
  ///   - knownMetrics: the metric ids for `metric`; `nil` checks none.
  ///   - knownClasses: the class ids for `class`; `nil` checks none.
  ///   - target: what the policy is about, when it says; `.any` lets the facts decide.
  ///   - diagnostics: receives the errors.
  /// - Returns: the condition, or `nil` when it has errors.
  public static func compile(
    _ text: String, at start: SourceLocation, style: YAMLNode.ScalarStyle = .plain,
    knownBodies: Set<String>, knownObligations: Set<String>? = nil,
    knownMetrics: Set<String>? = nil, knownClasses: Set<String>? = nil,
    target: FactTarget = .any, into diagnostics: inout Diagnostics
  ) -> CompiledCondition? {
    compile(
      ExpressionSource(text: text, start: start, style: style), knownBodies: knownBodies,
      knownObligations: knownObligations, knownMetrics: knownMetrics,
      knownClasses: knownClasses, target: target, into: &diagnostics)
  }

  /// Parses and checks the condition of `source`; see
  /// `compile(_:at:style:knownBodies:knownObligations:knownMetrics:knownClasses:target:into:)`.
  public static func compile(
    _ source: ExpressionSource, knownBodies: Set<String>,
    knownObligations: Set<String>? = nil, knownMetrics: Set<String>? = nil,
    knownClasses: Set<String>? = nil, target: FactTarget = .any,
    into diagnostics: inout Diagnostics
  ) -> CompiledCondition? {
    let syntax: ExpressionSyntax
    do {
      syntax = try ExpressionParser.parse(source)
    } catch {
      diagnostics.report(error.diagnostic)
      return nil
    }
    var knownIds: [Fact: Set<String>] = [.body: knownBodies]
    knownIds[.obligation] = knownObligations
    knownIds[.metric] = knownMetrics
    knownIds[.class] = knownClasses
    var checker = ExpressionChecker(source, knownIds: knownIds)
    let expression = checker.checkCondition(syntax)
    diagnostics.merge(checker.diagnostics)
    guard let expression else { return nil }
    let uses = checker.factUses.sorted { $0.range.lowerBound < $1.range.lowerBound }
    guard let inferred = inferTarget(uses, from: target, source, into: &diagnostics) else {
      return nil
    }
    return CompiledCondition(
      source: source, expression: expression, target: inferred,
      facts: Set(uses.map(\.fact)), program: ExpressionProgram(expression))
  }

  /// What a condition using these facts (in text order) is about, starting from what
  /// the policy says; `nil`, with E086 for each offending fact, when they disagree.
  private static func inferTarget(
    _ uses: [(fact: Fact, range: Range<Int>)], from target: FactTarget,
    _ source: ExpressionSource, into diagnostics: inout Diagnostics
  ) -> FactTarget? {
    var inferred = target
    var anchor: (Fact, SourceRange)?
    var isValid = true
    for (fact, range) in uses where fact.target != .any {
      if inferred == .any {
        inferred = fact.target
        anchor = (fact, source.range(range))
      } else if inferred != fact.target {
        diagnostics.report(
          .factTargetConflict(
            fact, expected: inferred, becauseOf: anchor, at: source.range(range)))
        isValid = false
      }
    }
    return isValid ? inferred : nil
  }

  /// Whether the condition holds for the given facts.
  ///
  /// A fact without a value makes every comparison it takes part in false (`in` and
  /// `not in` alike), and reads as `false` where a `bool` fact stands alone, so
  /// `not warned` holds when `warned` has no value. Arithmetic that overflows counts
  /// as missing. Each fact the condition names is asked for once, by `Fact` case;
  /// nothing is looked up by name.
  public func evaluate(_ facts: some FactValues) -> Bool {
    program.evaluate(facts)
  }

  /// Where a node of `expression` is written in the file.
  public func sourceRange(of node: TypedExpression) -> SourceRange {
    source.range(node.range)
  }
}
