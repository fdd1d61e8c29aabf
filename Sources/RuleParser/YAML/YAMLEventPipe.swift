internal import CYAML
import Foundation

/// libyaml's raw events of one large file, parsed ahead on a thread of
/// their own and handed over in batches: libyaml reads a stream on one core,
/// and this lets the composer work on the other at the same time.
///
/// Unsafe by necessity: the parser and the events' text are libyaml's C
/// memory, which Swift cannot check across threads. The pipe keeps it
/// sound by hand: the producer thread alone calls `yaml_parser_parse` until
/// it has said it is done (under `condition`), each event belongs to one
/// side at a time (moved through `ready` and back through `spent` under
/// `condition`), and `close()` waits for the thread to stop before anyone
/// frees the parser.
///
/// The events come back to the producer to be deleted: libyaml allocated
/// their text on that thread, and freeing it there keeps each thread on its
/// own heap (freeing on the composer's thread made both threads contend for
/// the producer's heap and moved its memory between the cores' caches).
final class YAMLEventPipe: @unchecked Sendable {
  /// Events a batch holds: big enough that handing over costs nothing
  /// beside parsing, small enough that the composer starts at once.
  private static let batchSize = 512
  /// Batches parsed ahead at most, which bounds the memory they hold.
  private static let maxReadyBatches = 16

  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let condition = NSCondition()
  /// Filled batches not yet taken by the consumer, oldest first.
  private var ready: [[yaml_event_t]] = []
  /// Batches the consumer has read, whose events the producer deletes.
  private var spent: [[yaml_event_t]] = []
  /// The producer has parsed its last event (the stream's end, or an error).
  private var finished = false
  /// The producer's last parse failed: the parser holds the error.
  private var failed = false
  /// The consumer has stopped reading: the producer is to stop.
  private var cancelled = false
  /// The producer thread has returned.
  private var exited = false
  /// The consumer's batch, and the position of its next event.
  private var current: [yaml_event_t] = []
  private var position = 0

  /// Starts parsing with `parser` (already given its input) on a new thread.
  init(parser: UnsafeMutablePointer<yaml_parser_t>) {
    self.parser = parser
    let thread = Thread { [self] in produce() }
    thread.start()
  }

  /// Copies the next event into `event`; the pipe still owns it and
  /// deletes it once the consumer has gone past it: the copy is valid until
  /// the next call.
  ///
  /// Returns `false` when libyaml failed, its error left in the parser.
  /// After the stream's end or a failure, don't call again.
  func next(into event: UnsafeMutablePointer<yaml_event_t>) -> Bool {
    if position == current.count {
      condition.lock()
      if !current.isEmpty {
        spent.append(current)
        current = []
      }
      while ready.isEmpty, !finished { condition.wait() }
      if ready.isEmpty {
        condition.unlock()
        return !failed
      }
      current = ready.removeFirst()
      position = 0
      condition.signal()
      condition.unlock()
    }
    event.pointee = current[position]
    position += 1
    return true
  }

  /// Stops the producer, waits for its thread to return and deletes the
  /// events it has not deleted: those nobody took, and those read since.
  ///
  /// Call once, before the parser is freed.
  func close() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    while !exited { condition.wait() }
    let undeleted = spent + [current] + ready
    (spent, current, ready, position) = ([], [], [], 0)
    condition.unlock()
    for batch in undeleted { Self.delete(batch) }
  }

  /// Deletes the events of a batch.
  private static func delete(_ batch: [yaml_event_t]) {
    for var event in batch { yaml_event_delete(&event) }
  }

  /// The producer: parses events into batches until the stream ends, libyaml
  /// fails or the consumer stops reading.
  private func produce() {
    var batch: [yaml_event_t] = []
    batch.reserveCapacity(Self.batchSize)
    var event = yaml_event_t()
    while true {
      let parsed = yaml_parser_parse(parser, &event) != 0
      if parsed { batch.append(event) }
      let done = !parsed || event.type == YAML_STREAM_END_EVENT
      guard done || batch.count == Self.batchSize else { continue }
      condition.lock()
      while ready.count >= Self.maxReadyBatches, !cancelled { condition.wait() }
      if cancelled {
        condition.unlock()
        Self.delete(batch)
        break
      }
      if !batch.isEmpty { ready.append(batch) }
      if done {
        finished = true
        failed = !parsed
      }
      var read = spent
      spent = []
      condition.signal()
      condition.unlock()
      for batch in read { Self.delete(batch) }
      if done { break }
      // A read batch's storage is reused for the next one.
      batch = read.popLast() ?? []
      batch.removeAll(keepingCapacity: true)
      batch.reserveCapacity(Self.batchSize)
    }
    condition.lock()
    exited = true
    condition.broadcast()
    condition.unlock()
  }
}
