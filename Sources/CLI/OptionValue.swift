import RuleEngine
import RuleParser

/// Option values read against the plan (a day, a body), shared by the
/// commands that take them; a bad value is a diagnostic and exit code 2.
enum OptionValue {
  /// The day of an `--as-of` option; reports E121 when it is no date.
  static func day(_ text: String?, language: Language) throws -> Day? {
    guard let text else { return nil }
    guard let day = Day(iso: text) else {
      try Terminal.fail(.dateOption("--as-of", text), language: language)
    }
    return day
  }

  /// The body of a `--body` option; reports E156 when the plan has none.
  static func body(_ id: String?, in graph: ObligationGraph, language: Language) throws -> Body? {
    guard let id else { return nil }
    guard let body = graph.body(id) else {
      let suggestion = DidYouMean(candidates: graph.bodies.map(\.id)).suggest(for: id)
      try Terminal.fail(
        .unknownName(
          .unknownBodyOption, id, LocalizedText("body", "单位"), suggestion: suggestion,
          otherwise: LocalizedText(
            "give a body id declared under `bodies:` (a group selects its members)",
            "请使用 `bodies:` 中声明的单位标识（单位组表示其全部成员）"), at: nil
        ).prefixed("--body: "), language: language)
    }
    return body
  }

  /// The bodies of repeated `--body` options, groups expanded to their members.
  ///
  /// `nil` when none is given. Reports E156 when one is unknown.
  static func bodies(
    _ ids: [String], in graph: ObligationGraph, language: Language
  ) throws -> Set<String>? {
    guard !ids.isEmpty else { return nil }
    var result: Set<String> = []
    for id in ids {
      guard let body = try body(id, in: graph, language: language) else { continue }
      result.formUnion(graph.expand(body: body.id))
    }
    return result
  }
}
