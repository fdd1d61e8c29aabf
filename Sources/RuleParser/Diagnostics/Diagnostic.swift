/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
  case error
  case warning

  /// Errors sort before warnings.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .error && rhs == .warning
  }
}

/// One finding of the compiler about its input: where, what, and how to fix it.
///
/// Diagnostics are values; library code never prints them. The messages
/// themselves are built by the static factories of the `Diagnostic+*.swift`
/// catalogue files, so that each stable `code` has one wording.
public struct Diagnostic: Sendable, Hashable {
  /// A supplementary line: a note with its own location, or a help text.
  public struct Note: Sendable, Hashable {
    /// `note` or `help`.
    public enum Kind: String, Sendable, Hashable { case note, help }
    /// Whether this is a note or a help.
    public var kind: Kind
    /// The text.
    public var message: LocalizedText
    /// Where the note points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    public init(_ kind: Kind, _ message: LocalizedText, at range: SourceRange? = nil) {
      self.kind = kind
      self.message = message
      self.range = range
    }
  }

  /// Error or warning.
  public var severity: Severity
  /// The stable id, such as `E012`; it never changes once published.
  public var code: DiagnosticCode
  /// What is wrong.
  public var message: LocalizedText
  /// Where it is wrong; `nil` for whole-run problems (a missing folder).
  public var range: SourceRange?
  /// Notes and help lines, in order.
  public var notes: [Note]

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, code: DiagnosticCode, _ message: LocalizedText,
    at range: SourceRange?, notes: [Note] = []
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.range = range
    self.notes = notes
  }

  /// Returns a copy with a `help:` line added.
  public func help(_ message: LocalizedText) -> Diagnostic {
    var copy = self
    copy.notes.append(Note(.help, message))
    return copy
  }

  /// Returns a copy with `help: did you mean '…'?` when there is a suggestion,
  /// otherwise with the `fallback` help line (if any).
  public func suggesting(_ suggestion: String?, otherwise fallback: LocalizedText? = nil)
    -> Diagnostic
  {
    if let suggestion { return help(Diagnostic.didYouMean(suggestion)) }
    return fallback.map(help) ?? self
  }

  /// Returns a copy with a `note:` line added.
  public func note(_ message: LocalizedText, at range: SourceRange? = nil) -> Diagnostic {
    var copy = self
    copy.notes.append(Note(.note, message, at: range))
    return copy
  }
}
