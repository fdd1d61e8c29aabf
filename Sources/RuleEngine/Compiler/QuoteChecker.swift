import Foundation
import RuleParser

/// Checks every cited quote against the plan's source document.
///
/// Each distinct quote is looked up once: a plan's duties cite the same
/// few passages over and over (at 100k, 10,000 obligations cite 400
/// quotes), and compacting and finding a quote (~3,000 instructions) costs
/// far more than hashing its bytes.
struct QuoteChecker {
  let document: SourceDocument
  /// The path to show in messages.
  let displayPath: String
  /// The document line of each quote looked up so far (`nil`: absent), by
  /// its bytes (`ByteSpelling`), as the look-up compares scalars.
  private var knownLines: [ByteSpelling: Int?] = [:]

  init(document: SourceDocument, displayPath: String) {
    self.document = document
    self.displayPath = displayPath
  }

  /// Resolves the plan's `document:` relative to the declaring file and reads
  /// it: only a regular UTF-8 file inside `repository`, under the size limit.
  static func load(
    _ plan: PlanDecl, declaredIn file: String, repository: Repository,
    diagnostics: inout Diagnostics
  ) -> SourceDocument? {
    guard let document = plan.document else {
      diagnostics.report(
        .warning(
          .noDocument,
          LocalizedText(
            "the plan names no 'document': quotes are not checked", "计划未指定 'document'，引文不会被核对"),
          at: plan.range))
      return nil
    }
    let path = resolve(document.value, relativeTo: file)
    guard let real = Repository.realPath(path) else {
      diagnostics.report(
        .error(
          .unreadableDocument,
          LocalizedText("cannot read document '\(document.value)'", "无法读取文件 '\(document.value)'"),
          at: document.range))
      return nil
    }
    guard repository.contains(realPath: real) else {
      diagnostics.report(
        .error(
          .documentOutsideRepository,
          LocalizedText(
            en: "document '\(document.value)' lies outside the repository that holds the rules",
            zh: "文件“\(document.value)”不在规则所在的仓库之内"),
          at: document.range))
      return nil
    }
    let reason: LocalizedText
    switch InputFile.read(real, maxBytes: SourceDocument.maxBytes) {
    case .bytes(let bytes):
      if let text = String(validating: bytes, as: UTF8.self) {
        return SourceDocument(path: path, text: text)
      }
      reason = LocalizedText(en: "it is not UTF-8 text", zh: "不是 UTF-8 文本")
    case .tooLarge(let size):
      reason = LocalizedText(
        en: "it is \(size) bytes, over the limit of \(SourceDocument.maxBytes)",
        zh: "大小为 \(size) 字节，超过 \(SourceDocument.maxBytes) 字节的上限")
    case .unreadable(let why):
      reason = why
    }
    diagnostics.report(
      .error(
        .documentNotReadable,
        LocalizedText(
          en: "document '\(document.value)' cannot be used: \(reason.en)",
          zh: "文件“\(document.value)”无法使用：\(reason.zh)"),
        at: document.range))
    return nil
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
  mutating func check(_ source: SourceDecl, diagnostics: inout Diagnostics) -> SourceClause {
    SourceClause(
      section: source.section.value, quote: source.quote.value,
      documentLine: line(of: source.quote, diagnostics: &diagnostics))
  }

  /// The document line of a quote; E037 with the closest passage when absent.
  mutating func line(of quote: Located<String>, diagnostics: inout Diagnostics) -> Int? {
    let key = ByteSpelling(text: quote.value)
    let found: Int?
    if let known = knownLines[key] {
      found = known
    } else {
      found = document.line(of: quote.value)
      knownLines[key] = found
    }
    if let found { return found }
    diagnostics.report(
      .quoteNotInDocument(
        document: displayPath, closest: document.closestPassage(to: quote.value), at: quote.range))
    return nil
  }
}
