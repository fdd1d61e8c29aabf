import Foundation

extension Diagnostics {
  /// The diagnostics as a JSON document (keys sorted), for editors and CI:
  /// `{"diagnostics": [...], "errors": N, "warnings": N}`.
  public func json(language: Language) -> String {
    let items = sorted.map { diagnostic -> [String: Any] in
      var item: [String: Any] = [
        "severity": diagnostic.severity.rawValue, "code": diagnostic.code.rawValue,
        "message": diagnostic.message.text(in: language),
        "notes": diagnostic.notes.map { note -> [String: Any] in
          var entry: [String: Any] = [
            "kind": note.kind.rawValue, "message": note.message.text(in: language),
          ]
          if let range = note.range { entry.merge(Self.fields(range)) { a, _ in a } }
          return entry
        },
      ]
      if let range = diagnostic.range { item.merge(Self.fields(range)) { a, _ in a } }
      return item
    }
    let root: [String: Any] = [
      "diagnostics": items, "errors": errorCount, "warnings": warningCount,
    ]
    return JSONText.render(root)
  }

  private static func fields(_ range: SourceRange) -> [String: Any] {
    [
      "file": range.start.file, "line": range.start.line, "column": range.start.column,
      "end_line": range.end.line, "end_column": range.end.column,
    ]
  }
}
