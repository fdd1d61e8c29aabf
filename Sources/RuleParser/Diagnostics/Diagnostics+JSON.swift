import Foundation

extension Diagnostics {
  /// The diagnostics as a JSON document (keys sorted), for editors and CI:
  /// `{"diagnostics": [...], "errors": N, "warnings": N}`.
  public func json(language: Language) -> String {
    let items = sorted.map { diagnostic -> [String: JSONValue] in
      var item: [String: JSONValue] = [
        "severity": .init(diagnostic.severity.rawValue), "code": .init(diagnostic.code.rawValue),
        "message": .init(diagnostic.message.text(in: language)),
        "notes": .init(
          diagnostic.notes.map { note -> [String: JSONValue] in
            var entry: [String: JSONValue] = [
              "kind": .init(note.kind.rawValue), "message": .init(note.message.text(in: language)),
            ]
            if let range = note.range { entry.merge(Self.fields(range)) { a, _ in a } }
            return entry
          }),
      ]
      if let range = diagnostic.range { item.merge(Self.fields(range)) { a, _ in a } }
      return item
    }
    let root: JSONValue = [
      "diagnostics": .init(items), "errors": .init(errorCount), "warnings": .init(warningCount),
    ]
    return JSONText.render(root)
  }

  private static func fields(_ range: SourceRange) -> [String: JSONValue] {
    [
      "file": .init(range.start.file), "line": .init(range.start.line),
      "column": .init(range.start.column), "end_line": .init(range.end.line),
      "end_column": .init(range.end.column),
    ]
  }
}
