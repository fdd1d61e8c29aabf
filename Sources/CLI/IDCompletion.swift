import ArgumentParser
import RuleEngine

/// Shell completion of the plan's ids: the shell calls `rulec` itself, which
/// compiles the rules named on the command line (`--rules`, default
/// `rules`) and offers the ids that start with what is typed.
enum IDCompletion {
  /// Every id `rulec explain` knows: bodies, obligations, instances,
  /// metrics, metric instances and policies.
  static let anyID = CompletionKind.custom { words, _, prefix in
    ids(words: words, prefix: prefix) { graph in
      graph.bodies.map(\.id) + graph.obligations.map(\.id) + graph.instances.map(\.id)
        + graph.metrics.map(\.id) + graph.metricInstances.map(\.id) + graph.policies.map(\.id)
    }
  }

  /// The body ids (`--body`).
  static let body = CompletionKind.custom { words, _, prefix in
    ids(words: words, prefix: prefix) { $0.bodies.map(\.id) }
  }

  /// The ids of the plan that start with `prefix`, sorted; none when the
  /// rules do not compile.
  private static func ids(
    words: [String], prefix: String, of kind: (ObligationGraph) -> [String]
  ) -> [String] {
    var rules = "rules"
    if let index = words.firstIndex(of: "--rules"), index + 1 < words.count {
      rules = words[index + 1]
    } else if let word = words.first(where: { $0.hasPrefix("--rules=") }) {
      rules = String(word.dropFirst("--rules=".count))
    }
    guard let graph = Compiler().compile(rulesAt: rules).graph else { return [] }
    return kind(graph).filter { $0.hasPrefix(prefix) }.sorted()
  }
}
