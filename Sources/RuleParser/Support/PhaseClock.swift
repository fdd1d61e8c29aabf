import Foundation

/// The time each phase of a command takes, written to standard error when the
/// environment has `RULEC_PHASES=1`: how `Benchmarks/run.sh` measures reading
/// a snapshot, evaluating it and writing the report separately.
///
/// `start` begins the first phase; each `mark` prints the time since the
/// previous mark, elapsed and on the processor (all threads), as
/// `phase NAME: S s, C s cpu`: on a shared machine the processor time is the
/// steadier of the two. A `step` splits the current phase further (loading
/// the rules: reading the files, the declarations, the expansion, the
/// enforcement checks) and prints `step NAME: S s, C s cpu` since the
/// previous step, without ending the phase. Without the variable a mark
/// costs one check of a flag read once.
public enum PhaseClock {
  /// Whether phases are timed (`RULEC_PHASES=1`).
  ///
  /// The one variable is read alone: `ProcessInfo`'s environment makes a
  /// dictionary of every variable (0.8 M instructions the first time).
  public static let isEnabled = getenv("RULEC_PHASES").map { String(cString: $0) } == "1"

  private static let state = State()

  /// Begins the first phase.
  public static func start() {
    guard isEnabled else { return }
    _ = state.lap()
  }

  /// Ends the phase `name`, printing its time when timing is enabled.
  public static func mark(_ name: String) {
    guard isEnabled else { return }
    let (elapsed, processor) = state.lap()
    write("phase", name, elapsed: elapsed, processor: processor)
  }

  /// Ends the step `name` of the current phase, printing its time when
  /// timing is enabled; the phase goes on.
  public static func step(_ name: String) {
    guard isEnabled else { return }
    let (elapsed, processor) = state.lap(step: true)
    write("step", name, elapsed: elapsed, processor: processor)
  }

  /// Runs `body` on the calling thread and, when timing is enabled, prints
  /// its elapsed time and the thread's processor time as the phase `name`:
  /// for work done beside the phases, on another thread.
  public static func measure<Result>(_ name: String, _ body: () -> Result) -> Result {
    guard isEnabled else { return body() }
    let start = (DispatchTime.now().uptimeNanoseconds, nanoseconds(CLOCK_THREAD_CPUTIME_ID))
    let result = body()
    write(
      "phase", name, elapsed: Double(DispatchTime.now().uptimeNanoseconds - start.0) / 1e9,
      processor: Double(nanoseconds(CLOCK_THREAD_CPUTIME_ID) - start.1) / 1e9)
    return result
  }

  /// Prints one phase's or step's line (`kind` is `phase` or `step`).
  private static func write(_ kind: String, _ name: String, elapsed: Double, processor: Double) {
    let text = String(format: "%@ %@: %.3f s, %.3f s cpu\n", kind, name, elapsed, processor)
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// The processor time so far of `clock` (the process's or the thread's).
  private static func nanoseconds(_ clock: clockid_t) -> UInt64 {
    var time = timespec()
    clock_gettime(clock, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// The start of the current phase and of its current step, under a
  /// lock: phases may end on any thread.
  private final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var phaseStart = State.now()
    private var stepStart = State.now()

    /// The elapsed and processor seconds since the previous phase ended
    /// (or, for a step, since the previous step or phase ended).
    func lap(step: Bool = false) -> (Double, Double) {
      lock.withLock {
        let now = Self.now()
        let start = step ? stepStart : phaseStart
        stepStart = now
        if !step { phaseStart = now }
        return (Double(now.0 - start.0) / 1e9, Double(now.1 - start.1) / 1e9)
      }
    }

    /// The elapsed and the process's processor nanoseconds now.
    private static func now() -> (UInt64, UInt64) {
      (DispatchTime.now().uptimeNanoseconds, nanoseconds(CLOCK_PROCESS_CPUTIME_ID))
    }
  }
}
