import Dispatch
public import RuleParser

/// Reads snapshot files on another thread while the rules load, so that the
/// two longest steps of a large `rulec check` run side by side.
///
/// Reading a snapshot needs the plan in one place only: the steps its
/// `actions` log may name. The files are read with the standard ladder; a
/// plan with a ladder of its own reads them again (`snapshot(at:asOf:actions:)`
/// answers `nil`), so the result never depends on the prefetch. Only JSON
/// and YAML files are read early: ledgers need the plan to be read at all,
/// and standard input is read once, where it always was.
public final class SnapshotPrefetch: @unchecked Sendable {
  /// What reading one file gave: the snapshot, or `nil` with its errors.
  public struct Read: Sendable {
    /// The snapshot as read, before validation.
    public var snapshot: Snapshot?
    /// What reading it reported.
    public var diagnostics: Diagnostics
  }

  // Written only by the reading thread before `done` is signalled, and read
  // only after waiting for it: the group orders the two, hence `@unchecked`.
  private var reads: [String: Read] = [:]
  private let asOf: Day?
  private let done = DispatchGroup()

  /// Starts reading the JSON and YAML files among `paths` (folders stand for
  /// their files, as in `SnapshotSource.expand`), with `asOf` overriding
  /// their dates, and returns at once.
  public init(paths: [String], asOf: Day?) {
    self.asOf = asOf
    var ignored = Diagnostics()
    let files = SnapshotSource.expand(paths, into: &ignored).filter(Self.isReadEarly)
    guard !files.isEmpty else { return }
    done.enter()
    DispatchQueue.global().async { [self] in
      PhaseClock.measure("prefetch") {
        for path in files where reads[path] == nil {
          var diagnostics = Diagnostics()
          let snapshot = SnapshotReader().read(
            contentsOfFile: path, asOf: asOf, into: &diagnostics)
          reads[path] = Read(snapshot: snapshot, diagnostics: diagnostics)
        }
      }
      done.leave()
    }
  }

  /// What reading `path` gave, waiting for the reading to finish; `nil` when
  /// the file was not read early or not the way the caller would read it
  /// (another `asOf`, a plan's own ladder).
  public func read(at path: String, asOf: Day?, actions: [EscalationAction]) -> Read? {
    guard asOf == self.asOf, actions == EscalationAction.standard, Self.isReadEarly(path) else {
      return nil
    }
    done.wait()
    return reads[path]
  }

  /// Whether a file is one read early: not a ledger, not standard input.
  private static func isReadEarly(_ path: String) -> Bool {
    path != "-" && !SnapshotSource.isLedger(path)
  }
}
