public import RuleParser

/// The values of the facts about one violation (see docs/facts.md).
///
/// Policies' `when:` conditions are evaluated on them; a fact without a
/// value is missing, as the expression language defines.
public struct ViolationFacts: Sendable, Hashable, FactValues {
  /// The facts that have a value.
  public private(set) var values = [Fact: FactValue](minimumCapacity: 32)

  /// Creates facts with no values.
  public init() {}

  /// The value of `fact`, or `nil` when it has none.
  public func value(of fact: Fact) -> FactValue? { values[fact] }

  /// The whole number `fact` holds, 0 when it holds none (for messages).
  func count(_ fact: Fact) -> Int {
    if case .int(let value)? = values[fact] { return value }
    return 0
  }

  /// The decimal number `fact` holds, 0 when it holds none (for messages).
  func amount(_ fact: Fact) -> Double {
    if case .number(let value)? = values[fact] { return value }
    return 0
  }

  /// Sets or clears a fact.
  public subscript(_ fact: Fact) -> FactValue? {
    get { values[fact] }
    set { values[fact] = newValue }
  }

  /// Sets an enumeration fact from one of its value names.
  mutating func set(_ fact: Fact, _ type: FactEnum, _ name: String) {
    values[fact] = EnumValue(type, named: name).map(FactValue.enumeration)
  }

  /// Adds the facts of the actions already taken on the instance.
  mutating func add(_ history: ActionHistory?, asOf: Day) {
    let steps: [(EscalationAction, Fact, Fact?)] = [
      (.warning, .warned, .daysSinceWarning),
      (.supervision, .supervised, .daysSinceSupervision),
      (.interview, .interviewed, .daysSinceInterview),
    ]
    for (action, taken, since) in steps {
      let latest = history?.latest[action]
      values[taken] = .bool(latest != nil)
      if let since, let latest { values[since] = .int(latest.days(until: asOf)) }
    }
    if let highest = history?.highest { set(.highestAction, .action, highest.rawValue) }
  }

  /// The facts as JSON values, by fact name.
  var json: JSONValue {
    var result: [String: JSONValue] = [:]
    for (fact, value) in values {
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
