/// Collects the diagnostics of one run, in the order the phases report them,
/// up to a limit on errors.
public struct Diagnostics: Sendable {
  /// All diagnostics reported so far (errors beyond `errorLimit` are counted
  /// but not kept).
  public private(set) var all: [Diagnostic] = []
  /// The number of errors reported, kept or not.
  public private(set) var errorCount = 0
  /// The number of warnings reported.
  public private(set) var warningCount = 0
  /// How many errors are kept before the rest are only counted.
  public var errorLimit: Int

  /// Creates an empty collector.
  public init(errorLimit: Int = InputLimits.current.errors) {
    self.errorLimit = errorLimit
  }

  /// Whether any error was reported.
  public var hasErrors: Bool { errorCount > 0 }

  /// Adds a diagnostic.
  public mutating func report(_ diagnostic: Diagnostic) {
    switch diagnostic.severity {
    case .error:
      errorCount += 1
      guard errorCount <= errorLimit else { return }
    case .warning:
      warningCount += 1
    }
    all.append(diagnostic)
  }

  /// Whether the next error would only be counted: work that only builds
  /// error messages can stop.
  public var isFull: Bool { errorCount >= errorLimit }

  /// Adds every diagnostic of another collector, and counts the errors it
  /// counted without keeping them.
  public mutating func merge(_ other: Diagnostics) {
    var kept = 0
    for diagnostic in other.all {
      if diagnostic.severity == .error { kept += 1 }
      report(diagnostic)
    }
    errorCount += other.errorCount - kept
  }

  /// Counts an error without building it, once the collector is full.
  public mutating func countError() {
    errorCount += 1
  }

  /// The kept diagnostics sorted by location (unlocated ones first), then
  /// severity and code: the order in which they are shown.
  public var sorted: [Diagnostic] {
    all.enumerated().sorted { lhs, rhs in
      let (l, r) = (lhs.element, rhs.element)
      switch (l.range?.start, r.range?.start) {
      case (nil, .some): return true
      case (.some, nil): return false
      case (.some(let a), .some(let b)) where a != b: return a < b
      default: break
      }
      if l.severity != r.severity { return l.severity < r.severity }
      if l.code != r.code { return l.code < r.code }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}
