/// Evaluation of a checked condition on the facts of one violation.
///
/// The type checker has fixed every node's type, so each function is only called on
/// nodes of its type; a node of another type (impossible after checking) or a fact
/// value of the wrong type evaluates as missing.
extension TypedExpression {
  /// Whether a `bool` node holds; a missing `bool` fact reads as `false`.
  func holds(for facts: some FactValues) -> Bool {
    switch kind {
    case .literal(.bool(let value)): return value
    case .fact(let fact):
      if case .bool(let value)? = facts.value(of: fact) { return value }
      return false
    case .not(let operand): return !operand.holds(for: facts)
    case .logical(.and, let lhs, let rhs): return lhs.holds(for: facts) && rhs.holds(for: facts)
    case .logical(.or, let lhs, let rhs): return lhs.holds(for: facts) || rhs.holds(for: facts)
    case .comparison(let comparison, let lhs, let rhs):
      return Self.compare(comparison, lhs, rhs, facts)
    case .membership(let value, let elements, let negated):
      return Self.isMember(value, of: elements, negated: negated, facts)
    case .literal, .arithmetic: return false
    }
  }

  private static func compare(
    _ comparison: ComparisonOperator, _ lhs: TypedExpression, _ rhs: TypedExpression,
    _ facts: some FactValues
  ) -> Bool {
    switch (lhs.type, rhs.type) {
    case (.int, .int):
      guard let left = lhs.integer(for: facts), let right = rhs.integer(for: facts) else {
        return false
      }
      return comparison.holds(left, right)
    case (.int, .number), (.number, .int), (.number, .number):
      guard let left = lhs.number(for: facts), let right = rhs.number(for: facts) else {
        return false
      }
      return comparison.holds(left, right)
    case (.string, .string):
      guard let left = lhs.string(for: facts), let right = rhs.string(for: facts) else {
        return false
      }
      return comparison.holds(left, right)
    case (.bool, .bool):
      guard let left = lhs.boolean(for: facts), let right = rhs.boolean(for: facts) else {
        return false
      }
      return comparison.holds(left ? 1 : 0, right ? 1 : 0)
    case (.enumeration, .enumeration):
      guard let left = lhs.enumValue(for: facts), let right = rhs.enumValue(for: facts),
        left.type == right.type
      else { return false }
      return comparison.holds(left.index, right.index)
    default:
      return false
    }
  }

  /// `value in elements`, or `not in` when negated; false either way when the value
  /// is missing.
  private static func isMember(
    _ value: TypedExpression, of elements: [TypedExpression], negated: Bool,
    _ facts: some FactValues
  ) -> Bool {
    let found: Bool
    switch value.type {
    case .int:
      guard let tested = value.integer(for: facts) else { return false }
      found = elements.contains { $0.integer(for: facts) == tested }
    case .number:
      guard let tested = value.number(for: facts) else { return false }
      found = elements.contains { $0.number(for: facts) == tested }
    case .string:
      guard let tested = value.string(for: facts) else { return false }
      found = elements.contains { $0.string(for: facts) == tested }
    case .bool:
      guard let tested = value.boolean(for: facts) else { return false }
      found = elements.contains { $0.boolean(for: facts) == tested }
    case .enumeration:
      guard let tested = value.enumValue(for: facts) else { return false }
      found = elements.contains { $0.enumValue(for: facts) == tested }
    }
    return found != negated
  }

  /// The value of an `int` node, or `nil` when a fact is missing or a sum overflows.
  private func integer(for facts: some FactValues) -> Int? {
    switch kind {
    case .literal(.int(let value)): return value
    case .fact(let fact):
      if case .int(let value)? = facts.value(of: fact) { return value }
      return nil
    case .arithmetic(let arithmetic, let lhs, let rhs):
      guard let left = lhs.integer(for: facts), let right = rhs.integer(for: facts) else {
        return nil
      }
      return arithmetic.apply(left, right)
    default: return nil
    }
  }

  /// The value of an `int` or `number` node as a decimal.
  private func number(for facts: some FactValues) -> Double? {
    switch kind {
    case .literal(.number(let value)): return value
    case .fact(let fact) where type == .number:
      switch facts.value(of: fact) {
      case .number(let value)?: return value
      case .int(let value)?: return Double(value)
      default: return nil
      }
    default: return integer(for: facts).map(Double.init)
    }
  }

  /// The value of a `string` node.
  private func string(for facts: some FactValues) -> String? {
    switch kind {
    case .literal(.string(let text)): return text
    case .fact(let fact):
      if case .string(let text)? = facts.value(of: fact) { return text }
      return nil
    default: return nil
    }
  }

  /// The value of a `bool` operand of `==` or `!=`: `nil` for a missing fact.
  private func boolean(for facts: some FactValues) -> Bool? {
    if case .fact(let fact) = kind {
      if case .bool(let value)? = facts.value(of: fact) { return value }
      return nil
    }
    return holds(for: facts)
  }

  /// The value of an enumeration node, `nil` if missing or of another enumeration.
  private func enumValue(for facts: some FactValues) -> EnumValue? {
    guard case .enumeration(let expected) = type else { return nil }
    let value: EnumValue?
    switch kind {
    case .literal(.enumeration(let literal)): value = literal
    case .fact(let fact):
      if case .enumeration(let supplied)? = facts.value(of: fact) {
        value = supplied
      } else {
        value = nil
      }
    default: value = nil
    }
    return value?.type == expected ? value : nil
  }
}
