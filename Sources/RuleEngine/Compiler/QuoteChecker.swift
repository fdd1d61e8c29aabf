import Foundation
import RuleParser

/// Checks every cited quote against the plan's source document.
struct QuoteChecker {
  let document: SourceDocument
  /// The path to show in messages.
  let displayPath: String

  /// Resolves the plan's `document:` relative to the declaring file and reads it.
  static func load(
    _ plan: PlanDecl, declaredIn file: String, diagnostics: inout Diagnostics
  ) -> SourceDocument? {
    guard let document = plan.document else {
      diagnostics.report(.noDocument(at: plan.range))
      return nil
    }
    let path = resolve(document.value, relativeTo: file)
    guard let loaded = SourceDocument(path: path) else {
      diagnostics.report(.unreadableDocument(document.value, at: document.range))
      return nil
    }
    return loaded
  }

  /// `path` relative to the folder of `file`, normalised (`a/b/../c` is `a/c`).
  static func resolve(_ path: String, relativeTo file: String) -> String {
    guard !path.hasPrefix("/") else { return path }
    let folder = (file as NSString).deletingLastPathComponent
    let joined = folder.isEmpty ? path : folder + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part != "." {
        parts.append(part)
      }
    }
    return (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
  }

  /// The clause with its document line, or `nil` (and E037) when the quote
  /// does not occur.
  func check(_ source: SourceDecl, diagnostics: inout Diagnostics) -> SourceClause {
    SourceClause(
      section: source.section.value, quote: source.quote.value,
      documentLine: line(of: source.quote, diagnostics: &diagnostics))
  }

  /// The document line of a quote; E037 with the closest passage when absent.
  func line(of quote: Located<String>, diagnostics: inout Diagnostics) -> Int? {
    if let line = document.line(of: quote.value) { return line }
    diagnostics.report(
      .quoteNotInDocument(
        document: displayPath, closest: document.closestPassage(to: quote.value), at: quote.range))
    return nil
  }
}
