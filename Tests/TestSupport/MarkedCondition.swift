import RuleParser
import Testing

/// A condition written with keycap markers (`1️⃣`, `2️⃣`…) where diagnostics must
/// point; the markers are stripped from `text` and their offsets kept.
package struct MarkedCondition {
  /// The condition without markers.
  package let text: String
  /// The Unicode-scalar offset in `text` of each marker, by its digit.
  package let markers: [Int: Int]

  package init(_ marked: String) {
    let scalars = Array(marked.unicodeScalars)
    var text = String.UnicodeScalarView()
    var markers: [Int: Int] = [:]
    var index = 0
    while index < scalars.count {
      if index + 2 < scalars.count, scalars[index + 1] == "\u{FE0F}",
        scalars[index + 2] == "\u{20E3}", let digit = Int(String(scalars[index]))
      {
        markers[digit] = text.count
        index += 3
      } else {
        text.append(scalars[index])
        index += 1
      }
    }
    self.text = String(text)
    self.markers = markers
  }

  /// The where the scalar holding the condition starts in the tests.
  package static let start = SourceLocation(
    file: "rules/policies.yaml", line: 7, column: 11, offset: 120)

  /// The file column of marker `digit` in a plain scalar starting at `start`.
  package func column(_ digit: Int = 1) -> Int? {
    markers[digit].map { Self.start.column + $0 }
  }

  /// Compiles the condition as a plain scalar at `start`.
  package func compile(
    knownBodies: Set<String> = ["lanzhou", "zhangye", "env-dept", "office"],
    knownObligations: Set<String>? = nil, knownClasses: Set<String>? = nil,
    target: FactTarget = .any
  ) -> (condition: CompiledCondition?, diagnostics: [Diagnostic]) {
    var diagnostics = Diagnostics()
    let condition = CompiledCondition.compile(
      text, at: Self.start, knownBodies: knownBodies, knownObligations: knownObligations,
      knownClasses: knownClasses, target: target, into: &diagnostics)
    return (condition, diagnostics.all)
  }
}
