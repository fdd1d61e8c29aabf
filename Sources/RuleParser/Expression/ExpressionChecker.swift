/// Resolves the names of a parsed condition and checks its types, reporting every
/// error it finds (E077–E087) rather than only the first.
///
/// A node with an error yields `nil`, and its parents report nothing more about it,
/// so one mistake gives one diagnostic.
struct ExpressionChecker {
  private let source: ExpressionSource
  /// The ids a string compared with `body`, `obligation` or `metric` must be one of;
  /// a fact without an entry is not checked.
  private let knownIds: [Fact: Set<String>]
  /// Suggesters for `knownIds`, built on the first unknown id.
  private var suggesters: [Fact: DidYouMean] = [:]
  /// The errors found.
  private(set) var diagnostics = Diagnostics()
  /// Every fact named, with where, in the order checked.
  private(set) var factUses: [(fact: Fact, range: Range<Int>)] = []

  /// The fact names, for suggestions.
  private static let factNames = DidYouMean(candidates: Fact.allCases.map(\.name))

  /// Prepares to check a condition of `source` against the given ids.
  init(_ source: ExpressionSource, knownIds: [Fact: Set<String>]) {
    self.source = source
    self.knownIds = knownIds
  }

  /// Checks a whole condition, which must be `bool`.
  mutating func checkCondition(_ syntax: ExpressionSyntax) -> TypedExpression? {
    guard let condition = check(syntax) else { return nil }
    guard condition.type == .bool else {
      report(.conditionNotBool(text(syntax), condition.type, at: source.range(syntax.range)))
      return nil
    }
    return condition
  }

  /// Checks a node.
  ///
  /// An enumeration `hint` (the type of the other side of a comparison) makes bare
  /// names and strings values of that enumeration. `idsOf`, the fact on the other side, makes a bare name an id of that fact when
  /// the fact's ids are bare names (`class == immediate`).
  private mutating func check(
    _ syntax: ExpressionSyntax, hint: ExpressionType? = nil, idsOf: Fact? = nil
  ) -> TypedExpression? {
    let range = syntax.range
    switch syntax.kind {
    case .integer(let value):
      return TypedExpression(.literal(.int(value)), type: .int, range: range)
    case .decimal(let value):
      return TypedExpression(.literal(.number(value)), type: .number, range: range)
    case .boolean(let value):
      return TypedExpression(.literal(.bool(value)), type: .bool, range: range)
    case .string(let text):
      guard case .enumeration(let type) = hint else {
        return TypedExpression(.literal(.string(text)), type: .string, range: range)
      }
      return enumValue(text, of: type, range: range)
    case .identifier(let name):
      if idsOf == .class, Fact(rawValue: name) == nil {
        return TypedExpression(.literal(.string(name)), type: .string, range: range)
      }
      return identifier(name, hint: hint, range: range)
    case .not(let syntax):
      guard let operand = operand(syntax, of: "not", mustBe: .bool) else { return nil }
      return TypedExpression(.not(operand), type: .bool, range: range)
    case .binary(.logical(let logical), let lhs, let rhs):
      let lhs = operand(lhs, of: logical.rawValue, mustBe: .bool)
      let rhs = operand(rhs, of: logical.rawValue, mustBe: .bool)
      guard let lhs, let rhs else { return nil }
      return TypedExpression(.logical(logical, lhs, rhs), type: .bool, range: range)
    case .binary(.arithmetic(let arithmetic), let lhs, let rhs):
      let lhs = operand(lhs, of: arithmetic.rawValue, mustBe: .int)
      let rhs = operand(rhs, of: arithmetic.rawValue, mustBe: .int)
      guard let lhs, let rhs else { return nil }
      return TypedExpression(.arithmetic(arithmetic, lhs, rhs), type: .int, range: range)
    case .binary(.comparison(let comparison), let lhs, let rhs):
      return self.comparison(comparison, lhs, rhs, range: range)
    case .membership(let value, let elements, let negated):
      return membership(value, elements, negated: negated, range: range)
    }
  }

  private mutating func identifier(_ name: String, hint: ExpressionType?, range: Range<Int>)
    -> TypedExpression?
  {
    if case .enumeration(let type) = hint, let value = EnumValue(type, named: name) {
      return TypedExpression(.literal(.enumeration(value)), type: .enumeration(type), range: range)
    }
    if let fact = Fact(rawValue: name) {
      factUses.append((fact, range))
      return TypedExpression(.fact(fact), type: fact.type, range: range)
    }
    if case .enumeration(let type) = hint {
      return enumValue(name, of: type, range: range)
    }
    report(
      .unknownFact(
        name, suggestion: Self.factNames.suggest(for: name),
        valueOf: FactEnum.allCases.first { $0.index(of: name) != nil },
        isBody: knownIds[.body]?.contains(name) ?? false, at: source.range(range)))
    return nil
  }

  private mutating func enumValue(_ name: String, of type: FactEnum, range: Range<Int>)
    -> TypedExpression?
  {
    guard let value = EnumValue(type, named: name) else {
      let suggestion = DidYouMean(candidates: type.values).suggest(for: name)
      report(.unknownEnumValue(name, of: type, suggestion: suggestion, at: source.range(range)))
      return nil
    }
    return TypedExpression(
      .literal(.enumeration(value)), type: .enumeration(type), range: range)
  }

  /// An operand of `and`, `or` or `not`, which must be `bool`, or of `+` or `-`,
  /// which must be `int`; `name` is the operator's.
  private mutating func operand(
    _ syntax: ExpressionSyntax, of name: String, mustBe type: ExpressionType
  ) -> TypedExpression? {
    guard let operand = check(syntax) else { return nil }
    guard operand.type == type else {
      let (text, range) = (text(syntax), source.range(syntax.range))
      report(
        type == .bool
          ? .notACondition(text, operand.type, operator: name, at: range)
          : .nonIntegerArithmetic(text, operand.type, operator: name, at: range))
      return nil
    }
    return operand
  }

  private mutating func comparison(
    _ comparison: ComparisonOperator, _ lhsSyntax: ExpressionSyntax,
    _ rhsSyntax: ExpressionSyntax, range: Range<Int>
  ) -> TypedExpression? {
    let lhs: TypedExpression?
    let rhs: TypedExpression?
    if Self.isContextual(lhsSyntax), !Self.isContextual(rhsSyntax) {
      rhs = check(rhsSyntax)
      lhs = check(lhsSyntax, hint: rhs?.type, idsOf: rhs?.fact)
    } else {
      lhs = check(lhsSyntax)
      rhs = check(rhsSyntax, hint: lhs?.type, idsOf: lhs?.fact)
    }
    guard let lhs, let rhs else { return nil }
    guard lhs.type.isComparable(with: rhs.type) else {
      let (anchor, culprit) = lhs.literal != nil && rhs.literal == nil ? (rhs, lhs) : (lhs, rhs)
      report(
        .incomparableTypes(
          text(anchor.range), anchor.type, text(culprit.range), culprit.type,
          at: source.range(culprit.range)))
      return nil
    }
    if comparison.isOrdering, !lhs.type.isOrdered || !rhs.type.isOrdered {
      report(
        .error(
          .unorderedComparison,
          LocalizedText(
            "`\(comparison.rawValue)` cannot order values of type \(lhs.type)",
            "`\(comparison.rawValue)` 不能比较 \(lhs.type) 类型值的大小"), at: source.range(range)))
      return nil
    }
    guard checkId(lhs, against: rhs), checkId(rhs, against: lhs) else { return nil }
    return TypedExpression(.comparison(comparison, lhs, rhs), type: .bool, range: range)
  }

  private mutating func membership(
    _ valueSyntax: ExpressionSyntax, _ elementSyntaxes: [ExpressionSyntax], negated: Bool,
    range: Range<Int>
  ) -> TypedExpression? {
    guard let value = check(valueSyntax) else { return nil }
    var elements: [TypedExpression] = []
    var isValid = true
    for syntax in elementSyntaxes {
      guard let element = check(syntax, hint: value.type, idsOf: value.fact) else {
        isValid = false
        continue
      }
      guard element.literal != nil else {
        report(
          .unexpectedToken(
            found: .verbatim("`\(text(syntax))`"), expected: .listElement,
            at: source.range(syntax.range)))
        isValid = false
        continue
      }
      guard element.type == value.type || (value.type == .number && element.type == .int)
      else {
        report(
          .listElementMismatch(
            text(syntax), element.type, tested: text(valueSyntax), value.type,
            at: source.range(syntax.range)))
        isValid = false
        continue
      }
      isValid = checkId(element, against: value) && isValid
      elements.append(element)
    }
    guard isValid else { return nil }
    return TypedExpression(
      .membership(value, elements, negated: negated), type: .bool, range: range)
  }

  /// Whether a string literal compared with `body`, `obligation` or `metric` is a known
  /// id; reports E085 or E087 when it is not.
  private mutating func checkId(_ literal: TypedExpression, against other: TypedExpression)
    -> Bool
  {
    guard case .literal(.string(let id)) = literal.kind, case .fact(let fact) = other.kind,
      let ids = knownIds[fact], !ids.contains(id)
    else { return true }
    let suggester = suggesters[fact] ?? DidYouMean(candidates: ids)
    suggesters[fact] = suggester
    let suggestion = suggester.suggest(for: id)
    let location = source.range(literal.range)
    report(
      fact == .body
        ? Diagnostic(
          .error, code: .unknownBodyInCondition,
          LocalizedText("unknown body `\(id)`", "未知的单位 `\(id)`"),
          at: location
        ).help(
          suggestion.map { Diagnostic.didYouMean($0, quote: "`") }
            ?? LocalizedText(
              "use the id of a body declared under `bodies:`", "请使用 `bodies:` 中声明的单位编号"))
        : Diagnostic(
          .error, code: .unknownIDInCondition,
          LocalizedText("unknown \(fact) `\(id)`", "未知的\(fact) `\(id)`"), at: location
        ).help(
          suggestion.map { Diagnostic.didYouMean($0, quote: "`") }
            ?? LocalizedText(
              "use the id of a declared \(fact), without @body or #period",
              "请使用已声明的\(fact)编号，不含 @单位 或 #期次")))
    return false
  }

  /// Whether a comparison operand's meaning depends on the other side's type.
  ///
  /// A string or name may be an enumeration value there. Such an operand is checked
  /// second.
  private static func isContextual(_ syntax: ExpressionSyntax) -> Bool {
    switch syntax.kind {
    case .string: true
    case .identifier(let name):
      Fact(rawValue: name) == nil || FactEnum.allCases.contains { $0.index(of: name) != nil }
    default: false
    }
  }

  private func text(_ syntax: ExpressionSyntax) -> String { text(syntax.range) }

  /// The text of a range of the condition.
  private func text(_ range: Range<Int>) -> String { source.text(range) }

  private mutating func report(_ diagnostic: Diagnostic) {
    diagnostics.report(diagnostic)
  }
}
