public import RuleParser

/// The values of the facts about one violation (see docs/facts.md).
///
/// Policies' `when:` conditions are evaluated on them; a fact without a
/// value is missing, as the expression language defines.
///
/// A duty's violation keeps the few values its facts are worked out from
/// (in its `DutyViolation`, the object that holds its fields) and works
/// each fact out when it is read: a check of a million instances finds
/// hundreds of thousands of violations, and some thirty stored values each
/// made up a good part of its memory. Facts set one by one (a metric's, or any fact set later)
/// stand in an array with a slot per fact, in `Fact.allCases` order, found
/// by the fact's position instead of by hashing it.
public struct ViolationFacts: Sendable, Hashable, FactValues {
  private enum Storage: Sendable {
    /// One slot per fact (`nil`: no value), or no slots when none is set.
    case slots([FactValue?])
    /// A duty's facts, worked out when read from its violation's fields.
    case duty(DutyViolation)
  }

  private var storage = Storage.slots([])

  /// Creates facts with no values.
  public init() {}

  /// The facts of a duty's violation, worked out from its fields when read.
  init(duty violation: DutyViolation) {
    storage = .duty(violation)
  }

  /// The facts that have a value.
  public var values: [Fact: FactValue] {
    var values: [Fact: FactValue] = [:]
    for fact in Fact.allCases { values[fact] = value(of: fact) }
    return values
  }

  /// The value of `fact`, or `nil` when it has none.
  public func value(of fact: Fact) -> FactValue? {
    switch storage {
    case .slots(let slots): slots.isEmpty ? nil : slots[fact.slot]
    case .duty(let duty): duty.value(of: fact)
    }
  }

  /// Calls `body` with each of `facts` that has a value, in their order,
  /// with its position among them.
  ///
  /// The storage is told apart once for all of them: a JSON report writes
  /// every fact of each violation, and reading them one by one
  /// (`value(of:)`) counted a reference to the duty's violation and let it
  /// go again for each of the 29 facts (~80 instructions each).
  func forEachValue(of facts: [Fact], _ body: (Int, FactValue) -> Void) {
    switch storage {
    case .slots(let slots):
      guard !slots.isEmpty else { return }
      for (index, fact) in facts.enumerated() {
        if let value = slots[fact.slot] { body(index, value) }
      }
    case .duty(let duty):
      for (index, fact) in facts.enumerated() {
        if let value = duty.value(of: fact) { body(index, value) }
      }
    }
  }

  /// The whole number `fact` holds, 0 when it holds none (for messages).
  func count(_ fact: Fact) -> Int {
    if case .int(let value)? = value(of: fact) { return value }
    return 0
  }

  /// The decimal number `fact` holds, 0 when it holds none (for messages).
  func amount(_ fact: Fact) -> Double {
    if case .number(let value)? = value(of: fact) { return value }
    return 0
  }

  /// Sets or clears a fact.
  public subscript(_ fact: Fact) -> FactValue? {
    get { value(of: fact) }
    set {
      var slots: [FactValue?]
      switch storage {
      case .slots(let stored):
        slots = stored.isEmpty ? [FactValue?](repeating: nil, count: Fact.allCases.count) : stored
      case .duty: slots = Fact.allCases.map(value(of:))
      }
      // The slots alone hold the array while it changes: changed in place.
      storage = .slots([])
      slots[fact.slot] = newValue
      storage = .slots(slots)
    }
  }

  /// Sets an enumeration fact from one of its value names.
  mutating func set(_ fact: Fact, _ type: FactEnum, _ name: String) {
    self[fact] = EnumValue(type, named: name).map(FactValue.enumeration)
  }

  /// Adds the facts of the actions already taken on the instance.
  mutating func add(_ history: ActionHistory?, asOf: Day) {
    if case .duty = storage {
      // A duty's facts already count its own history: set one by one
      // from now on, without them, they count this one alone.
      var slots = Fact.allCases.map(value(of:))
      for fact in Self.historyFacts { slots[fact.slot] = nil }
      storage = .slots(slots)
    }
    let steps: [(EscalationAction, Fact, Fact?)] = [
      (.warning, .warned, .daysSinceWarning),
      (.supervision, .supervised, .daysSinceSupervision),
      (.interview, .interviewed, .daysSinceInterview),
    ]
    for (action, taken, since) in steps {
      let latest = history?.latest[action]
      self[taken] = .bool(latest != nil)
      if let since, let latest { self[since] = .int(latest.days(until: asOf)) }
    }
    if let highest = history?.highest { set(.highestAction, .action, highest.rawValue) }
  }

  /// The facts of the actions already taken (`add(_:asOf:)`).
  private static let historyFacts: [Fact] = [
    .warned, .supervised, .interviewed, .daysSinceWarning, .daysSinceSupervision,
    .daysSinceInterview, .highestAction,
  ]

  public static func == (lhs: Self, rhs: Self) -> Bool {
    Fact.allCases.allSatisfy { lhs.value(of: $0) == rhs.value(of: $0) }
  }

  public func hash(into hasher: inout Hasher) {
    for fact in Fact.allCases { hasher.combine(value(of: fact)) }
  }

  /// The facts as JSON values, by fact name.
  var json: JSONValue {
    var result: [String: JSONValue] = [:]
    for fact in Fact.allCases {
      guard let value = value(of: fact) else { continue }
      switch value {
      case .bool(let flag): result[fact.name] = .bool(flag)
      case .int(let number): result[fact.name] = .int(number)
      case .number(let number): result[fact.name] = .number(number)
      case .string(let text): result[fact.name] = .string(text)
      case .enumeration(let item): result[fact.name] = .string(item.name)
      }
    }
    return .object(result)
  }
}

extension Fact {
  /// The fact's slot in `ViolationFacts`: its position in `allCases`.
  fileprivate var slot: Int { Self.slots[self] }

  /// Every fact's position in `allCases`, by the fact's own value.
  private static let slots = FactSlots()
}

/// The position of each fact in `Fact.allCases`, read without hashing.
private struct FactSlots: Sendable {
  /// The positions, indexed by the fact's raw bits.
  private let positions: [Int]

  init() {
    // A fact is an enumeration without payloads: its value is its case's
    // number, below 256. That number is read as a byte; the table maps it
    // to the position in `allCases`, so nothing assumes the two agree.
    var positions = [Int](repeating: 0, count: 256)
    for (position, fact) in Fact.allCases.enumerated() {
      positions[Int(unsafeBitCast(fact, to: UInt8.self))] = position
    }
    self.positions = positions
  }

  subscript(fact: Fact) -> Int { positions[Int(unsafeBitCast(fact, to: UInt8.self))] }
}

/// The escalation steps already taken on one instance, from the snapshot's
/// `actions` log.
public struct ActionHistory: Sendable, Hashable {
  /// The latest day each action was taken.
  public var latest: [EscalationAction: Day] = [:]

  /// The highest action taken.
  public var highest: EscalationAction? { latest.keys.max() }

  /// The recorded step that covers `action`: the action itself when recorded,
  /// else the lowest recorded action above it; `nil` when none.
  public func taken(covering action: EscalationAction) -> TakenAction? {
    if let day = latest[action] { return TakenAction(action: action, on: day) }
    guard let above = latest.keys.filter({ $0 > action }).min(), let day = latest[above] else {
      return nil
    }
    return TakenAction(action: above, on: day)
  }

  /// The history of every instance named in an actions log, by instance id.
  ///
  /// - Complexity: O(n) in the log's length.
  static func index(_ actions: [RecordedAction]) -> [String: ActionHistory] {
    var result: [String: ActionHistory] = [:]
    for recorded in actions {
      let action = recorded.action.value
      let day = recorded.on.value
      var history = result[recorded.instance.value] ?? ActionHistory()
      if history.latest[action].map({ $0 < day }) ?? true { history.latest[action] = day }
      result[recorded.instance.value] = history
    }
    return result
  }
}
