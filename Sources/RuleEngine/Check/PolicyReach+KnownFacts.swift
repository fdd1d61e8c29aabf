import RuleParser

extension PolicyReach {
  /// The facts a plan fixes for a subject without a snapshot.
  ///
  /// They are its obligation, class, body and metric; each is unknown
  /// (`nil`), known to be missing (`.some(nil)`) or known.
  ///
  /// Held as four fields rather than a dictionary: a plan has a hundred
  /// thousand subjects, and looking a fact up is a `switch`.
  struct KnownFacts: Hashable {
    private var obligation: FactValue??
    private var obligationClass: FactValue??
    private var body: FactValue??
    private var metric: FactValue??

    /// The facts that can be known; every other fact is unknown.
    static let facts: [Fact] = [.obligation, .class, .body, .metric]

    /// The value of `fact`: `nil` when unknown.
    subscript(fact: Fact) -> FactValue?? {
      get {
        switch fact {
        case .obligation: obligation
        case .class: obligationClass
        case .body: body
        case .metric: metric
        default: nil
        }
      }
      set {
        switch fact {
        case .obligation: obligation = newValue
        case .class: obligationClass = newValue
        case .body: body = newValue
        case .metric: metric = newValue
        default: assertionFailure("a plan does not fix '\(fact)'")
        }
      }
    }

    /// Only the facts in `facts` (a subset of `KnownFacts.facts`).
    func restricted(to facts: [Fact]) -> KnownFacts {
      var kept = KnownFacts()
      for fact in facts { kept[fact] = self[fact] }
      return kept
    }
  }
}
