/// The bounds that keep hostile or runaway input from taking unbounded time
/// or memory (docs/reliability.md lists each with its flag).
///
/// The defaults take any real plan with a wide margin. A national roll-up
/// that needs more raises them on the command line (`--max-input-size`,
/// `--max-instances`…); the command line's parsing sets `current` before
/// any work starts (with the same values again when a subcommand's own
/// parse falls back to the root's), and nothing changes it afterwards.
public struct InputLimits: Sendable, Hashable {
  /// The largest file or standard input read: rule files, snapshots,
  /// ledgers, earlier calendars (default 64 MiB).
  public var inputBytes: Int
  /// The largest source document a plan may cite (default 16 MiB).
  public var documentBytes: Int
  /// The most instances a plan may expand into (default 1,000,000).
  public var instances: Int
  /// The most dependency edges between instances (default 5,000,000).
  public var dependencyEdges: Int
  /// The most errors kept and shown; later ones are only counted
  /// (default 200).
  public var errors: Int

  /// Creates limits; every one left out takes its default.
  public init(
    inputBytes: Int = 64 << 20, documentBytes: Int = 16 << 20, instances: Int = 1_000_000,
    dependencyEdges: Int = 5_000_000, errors: Int = 200
  ) {
    self.inputBytes = inputBytes
    self.documentBytes = documentBytes
    self.instances = instances
    self.dependencyEdges = dependencyEdges
    self.errors = errors
  }

  /// The limits in force: the defaults, or what the command line set.
  ///
  /// Written while the command line is parsed, before anything is read,
  /// and only read after that, from any thread: hence unsynchronised.
  nonisolated(unsafe) public static var current = InputLimits()
}
