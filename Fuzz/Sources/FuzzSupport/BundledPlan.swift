import RuleEngine

/// The bundled plan (`rules/`), compiled once: what the snapshot and ledger
/// targets check their inputs against.
public let bundledPlan: ObligationGraph = {
  guard let graph = Compiler().compile(rulesAt: repositoryRoot + "/rules").graph else {
    fatalError("the bundled rules do not compile")
  }
  return graph
}()
