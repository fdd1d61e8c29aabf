/// The values of a condition's facts for one evaluation, by slot.
typealias FactSlots = UnsafeBufferPointer<FactValue?>

/// A checked condition lowered to closures for fast evaluation.
///
/// Each node becomes a closure specialised for its operands' types when the condition
/// is compiled, so evaluating does no type dispatch, no name lookup and no generic
/// calls: the facts it names are fetched once each into stack slots, then the closures
/// run on the slots.
///
/// Missing values: a comparison (`in` and `not in` included) with a missing operand is
/// false; a `bool` fact standing alone reads as `false`; overflowing arithmetic and a
/// value of the wrong type for its fact count as missing.
struct ExpressionProgram: Sendable {
  typealias Test = @Sendable (FactSlots) -> Bool
  typealias Term<Value> = @Sendable (FactSlots) -> Value?

  /// The fact of each slot, in order of first use.
  let facts: [Fact]
  /// The whole condition.
  private let root: Test
  /// A test the condition cannot hold without, asked first, when it has
  /// one; `root` is then the rest of the condition.
  private let gate: Gate?
  /// The slot of the gate's fact, when the rest of the condition uses it too.
  private let gateSlot: Int?

  /// Lowers a checked `bool` expression.
  init(_ expression: TypedExpression) {
    var builder = Builder()
    let split = Gate.split(expression)
    let rest = split.map { $0.rest ?? .init(.literal(.bool(true)), type: .bool, range: 0..<0) }
    root = builder.test(rest ?? expression)
    let facts = builder.facts
    self.facts = facts
    gate = split?.0
    gateSlot = split.flatMap { facts.firstIndex(of: $0.0.fact) }
  }

  /// Whether the condition holds for the given facts; asks for each fact once,
  /// the gate's first.
  func evaluate(_ values: some FactValues) -> Bool {
    var gateValue: FactValue?
    if let gate {
      gateValue = values.value(of: gate.fact)
      guard gate.admits(gateValue) else { return false }
    }
    if facts.isEmpty { return root(FactSlots(start: nil, count: 0)) }
    return withUnsafeTemporaryAllocation(of: FactValue?.self, capacity: facts.count) { slots in
      for (slot, fact) in facts.enumerated() {
        slots.initializeElement(at: slot, to: slot == gateSlot ? gateValue : values.value(of: fact))
      }
      defer { _ = slots.deinitialize() }
      return root(FactSlots(slots))
    }
  }
}

extension ExpressionProgram {
  /// Builds the closures of one condition, assigning facts to slots.
  private struct Builder {
    var facts: [Fact] = []
    private var slots: [Fact: Int] = [:]

    private mutating func slot(_ fact: Fact) -> Int {
      if let slot = slots[fact] { return slot }
      slots[fact] = facts.count
      facts.append(fact)
      return facts.count - 1
    }

    mutating func test(_ node: TypedExpression) -> Test {
      switch node.kind {
      case .literal(.bool(let value)):
        return { _ in value }
      case .fact(let fact):
        let slot = slot(fact)
        return { slots in slots[slot]?.bool ?? false }
      case .not(let operand):
        let operand = test(operand)
        return { !operand($0) }
      case .logical(.and, let lhs, let rhs):
        let (lhs, rhs) = (test(lhs), test(rhs))
        return { lhs($0) && rhs($0) }
      case .logical(.or, let lhs, let rhs):
        let (lhs, rhs) = (test(lhs), test(rhs))
        return { lhs($0) || rhs($0) }
      case .comparison(let comparison, let lhs, let rhs):
        return compare(comparison, lhs, rhs)
      case .membership(let value, let elements, let negated):
        return member(value, elements, negated: negated)
      case .literal, .arithmetic:
        return { _ in false }
      }
    }

    private mutating func compare(
      _ comparison: ComparisonOperator, _ lhs: TypedExpression, _ rhs: TypedExpression
    ) -> Test {
      switch (lhs.type, rhs.type) {
      case (.int, .int):
        return Self.compare(comparison, integer(lhs), integer(rhs))
      case (.int, .number), (.number, .int), (.number, .number):
        return Self.compare(comparison, number(lhs), number(rhs))
      case (.string, .string):
        return Self.compare(comparison, string(lhs), string(rhs))
      case (.bool, .bool):
        return Self.compare(comparison, Self.ordinal(boolean(lhs)), Self.ordinal(boolean(rhs)))
      case (.enumeration(let type), .enumeration(let other)) where type == other:
        return Self.compare(comparison, enumeration(lhs, type), enumeration(rhs, type))
      default:
        return { _ in false }
      }
    }

    /// A `bool` term as 0 or 1, for `==` and `!=`.
    private static func ordinal(_ term: @escaping Term<Bool>) -> Term<Int> {
      { slots in term(slots).map { $0 ? 1 : 0 } }
    }

    private static func compare<Value: Comparable & Sendable>(
      _ comparison: ComparisonOperator, _ lhs: @escaping Term<Value>,
      _ rhs: @escaping Term<Value>
    ) -> Test {
      { slots in
        guard let left = lhs(slots), let right = rhs(slots) else { return false }
        return comparison.holds(left, right)
      }
    }

    private mutating func member(
      _ value: TypedExpression, _ elements: [TypedExpression], negated: Bool
    ) -> Test {
      let list = elements.compactMap(\.literal)
      switch value.type {
      case .int: return Self.member(integer(value), list.compactMap(\.integer), negated)
      case .number: return Self.member(number(value), list.compactMap(\.number), negated)
      case .string: return Self.member(string(value), list.compactMap(\.string), negated)
      case .bool: return Self.member(boolean(value), list.compactMap(\.bool), negated)
      case .enumeration(let type):
        let indices = list.compactMap(\.enumeration?.index)
        return Self.member(enumeration(value, type), indices, negated)
      }
    }

    private static func member<Value: Equatable & Sendable>(
      _ value: @escaping Term<Value>, _ list: [Value], _ negated: Bool
    ) -> Test {
      { slots in
        guard let tested = value(slots) else { return false }
        return list.contains(tested) != negated
      }
    }

    /// A constant or a fact read as a `Value` (`nil` when `value` finds another
    /// kind of value); any other node is always `nil`.
    private mutating func read<Value: Sendable>(
      _ node: TypedExpression, _ value: @escaping @Sendable (FactValue) -> Value?
    ) -> Term<Value> {
      switch node.kind {
      case .literal(let literal):
        let constant = value(literal)
        return { _ in constant }
      case .fact(let fact):
        let slot = slot(fact)
        return { slots in slots[slot].flatMap(value) }
      default:
        return { _ in nil }
      }
    }

    private mutating func integer(_ node: TypedExpression) -> Term<Int> {
      guard case .arithmetic(let arithmetic, let lhs, let rhs) = node.kind else {
        return read(node) { $0.integer }
      }
      let (left, right) = (integer(lhs), integer(rhs))
      return { slots in
        guard let lhs = left(slots), let rhs = right(slots) else { return nil }
        return arithmetic.apply(lhs, rhs)
      }
    }

    /// A `number` operand, or an `int` one as a decimal.
    private mutating func number(_ node: TypedExpression) -> Term<Double> {
      guard node.type == .number else {
        let integer = integer(node)
        return { integer($0).map(Double.init) }
      }
      return read(node) { $0.number }
    }

    private mutating func string(_ node: TypedExpression) -> Term<String> {
      read(node) { $0.string }
    }

    /// A `bool` operand of a comparison: unlike a test, a missing fact is `nil`.
    private mutating func boolean(_ node: TypedExpression) -> Term<Bool> {
      guard case .fact = node.kind else {
        let test = test(node)
        return { test($0) }
      }
      return read(node) { $0.bool }
    }

    /// An enumeration operand, as the index of its value (which orders values); a
    /// value of another enumeration is `nil`.
    private mutating func enumeration(_ node: TypedExpression, _ type: FactEnum) -> Term<Int> {
      read(node) { value in
        guard let value = value.enumeration, value.type == type else { return nil }
        return value.index
      }
    }
  }
}

extension ExpressionProgram {
  /// One enumeration fact's values, one of which the condition needs:
  /// `violation == overdue and days_overdue > 15` holds of no violation but
  /// an overdue one.
  ///
  /// A plan's policies are mostly written so, one kind of violation each,
  /// and every policy is tried on every violation: reading the one fact
  /// first rules most of them out at the cost of that fact alone, and the
  /// rest of the condition no longer tests it.
  struct Gate: Sendable {
    let fact: Fact
    let type: FactEnum
    /// The allowed values' positions in `type.values`, as bits.
    let allowed: UInt64

    /// The gate of a condition and what is left of the condition without
    /// it (`nil`: nothing), or `nil` when the condition has no gate.
    ///
    /// The gate is the first conjunct (through `and`) that compares an
    /// enumeration fact with `==` or `in` to written values.
    static func split(_ expression: TypedExpression) -> (Gate, rest: TypedExpression?)? {
      switch expression.kind {
      case .logical(.and, let lhs, let rhs):
        if let (gate, rest) = split(lhs) {
          return (gate, rest.map { both($0, rhs, in: expression) } ?? rhs)
        }
        guard let (gate, rest) = split(rhs) else { return nil }
        return (gate, rest.map { both(lhs, $0, in: expression) } ?? lhs)
      case .comparison(.equal, let lhs, let rhs):
        guard let gate = Gate(lhs, in: [rhs]) ?? Gate(rhs, in: [lhs]) else { return nil }
        return (gate, nil)
      case .membership(let value, let elements, negated: false):
        guard let gate = Gate(value, in: elements) else { return nil }
        return (gate, nil)
      default:
        return nil
      }
    }

    private static func both(
      _ lhs: TypedExpression, _ rhs: TypedExpression, in node: TypedExpression
    ) -> TypedExpression {
      TypedExpression(.logical(.and, lhs, rhs), type: node.type, range: node.range)
    }

    /// The gate of an enumeration fact compared with written values.
    private init?(_ node: TypedExpression, in values: [TypedExpression]) {
      guard case .fact(let fact) = node.kind, case .enumeration(let type) = node.type else {
        return nil
      }
      var allowed: UInt64 = 0
      for value in values {
        guard let literal = value.literal?.enumeration, literal.type == type, literal.index < 64
        else { return nil }
        allowed |= 1 << UInt64(literal.index)
      }
      (self.fact, self.type, self.allowed) = (fact, type, allowed)
    }

    /// Whether the fact's value is one of the values (a fact without a
    /// value, or with another enumeration's, has none of them).
    func admits(_ value: FactValue?) -> Bool {
      guard let value = value?.enumeration, value.type == type else { return false }
      return allowed & (1 << UInt64(value.index)) != 0
    }
  }
}
