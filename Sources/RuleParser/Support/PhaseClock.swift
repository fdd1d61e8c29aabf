import Foundation

/// The time each phase of a command takes, written to standard error when the
/// environment has `RULEC_PHASES=1`: how `Benchmarks/run.sh` measures reading
/// a snapshot, evaluating it and writing the report separately.
///
/// `start` begins the first phase; each `mark` prints the time since the
/// previous mark as `phase NAME: S s`. Without the variable a mark costs one check of a
/// flag read once.
public enum PhaseClock {
  /// Whether phases are timed (`RULEC_PHASES=1`).
  public static let isEnabled = ProcessInfo.processInfo.environment["RULEC_PHASES"] == "1"

  private static let state = State()

  /// Begins the first phase.
  public static func start() {
    guard isEnabled else { return }
    _ = state.lap()
  }

  /// Ends the phase `name`, printing its time when timing is enabled.
  public static func mark(_ name: String) {
    guard isEnabled else { return }
    let seconds = state.lap()
    FileHandle.standardError.write(
      Data("phase \(name): \(String(format: "%.3f", seconds)) s\n".utf8))
  }

  /// The start of the current phase, under a lock: phases may end on any thread.
  private final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var last = DispatchTime.now().uptimeNanoseconds

    func lap() -> Double {
      lock.withLock {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
      }
    }
  }
}
