/// UTF-8 bytes written one short piece after another into memory of their
/// own: the text a `JSONText.Writer` makes, a report on its way out.
///
/// Unsafe inside, for speed: a writer appends millions of short pieces
/// (quotes, keys, indentation), and an array's append checks uniqueness
/// and capacity through generic code each time; here an append is one
/// capacity check and a copy through a pointer. The memory belongs to one
/// `Memory` object, which frees it once; the pointer never leaves this
/// type but for the length of a closure.
///
/// A copy of the buffer shares the memory, and buffers still behave as
/// values: the memory records how far any of them has written (its
/// frontier), and a buffer appends in place only when its own bytes end
/// there, so no byte another buffer holds is ever written over; a buffer
/// behind the frontier copies its bytes to memory of its own first. This
/// costs one comparison per append, not a check of the memory's owners.
///
/// The appends are inlinable, so that the reports of another module
/// (RuleEngine) copy their short pieces in place rather than through a
/// call each.
public struct UTF8Buffer {
  /// Owns the memory: freed when the last buffer using it goes.
  @usableFromInline final class Memory {
    @usableFromInline let start: UnsafeMutablePointer<UInt8>
    @usableFromInline let capacity: Int
    /// How many bytes the buffers sharing this memory have written, at
    /// most: kept behind a pointer, read and written without the checks
    /// a class's variable has.
    @usableFromInline let frontier: UnsafeMutablePointer<Int>

    init(capacity: Int) {
      self.capacity = capacity
      start = .allocate(capacity: capacity)
      frontier = .allocate(capacity: 1)
      frontier.initialize(to: 0)
    }

    deinit {
      start.deallocate()
      frontier.deallocate()
    }
  }

  @usableFromInline var memory: Memory
  /// How many bytes are written (`count`).
  @usableFromInline var written = 0
  /// How many bytes are written.
  @inlinable public var count: Int { written }

  /// An empty buffer with room for `capacity` bytes (at least 256).
  public init(capacity: Int = 0) {
    memory = Memory(capacity: max(capacity, 256))
  }

  /// The bytes as an array.
  public var array: [UInt8] { withBytes { Array($0) } }

  /// Calls `body` with the bytes written.
  @inlinable
  public func withBytes<Result>(
    _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    try body(UnsafeBufferPointer(start: memory.start, count: count))
  }

  /// Appends one byte.
  @inlinable @inline(__always)
  public mutating func append(_ byte: UInt8) {
    reserve(1)
    memory.start[written] = byte
    written += 1
    memory.frontier.pointee = written
  }

  /// Appends bytes.
  @inlinable @inline(__always)
  public mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    reserve(bytes.count)
    Self.copy(
      bytes.count, from: UnsafeRawPointer(base), to: UnsafeMutableRawPointer(memory.start + written)
    )
    written += bytes.count
    memory.frontier.pointee = written
  }

  /// Appends at most `extra` bytes in one step: `body` gets where they
  /// go, writes them, and says how many it wrote.
  ///
  /// For a piece made of several short parts (a JSON member's comma, line
  /// break, indentation, key and colon): room is made once for all of
  /// them, instead of once a part. `body` must write no more than `extra`
  /// bytes and nothing before the pointer it gets.
  @inlinable @inline(__always)
  public mutating func append(
    atMost extra: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int
  ) {
    reserve(extra)
    written += body(memory.start + written)
    memory.frontier.pointee = written
  }

  /// Copies `count` bytes from `source` to `target`.
  ///
  /// A report's pieces are mostly short (a quote, a key, a line's
  /// indentation): up to 16 bytes are copied by two overlapping loads
  /// and stores each side, without calling `memcpy`, which costs more
  /// than such a copy; longer runs go to `memcpy`.
  @inlinable @inline(__always)
  static func copy(_ count: Int, from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer)
  {
    switch count {
    case 8...16:
      let head = source.loadUnaligned(as: UInt64.self)
      let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
    case 4..<8:
      let head = source.loadUnaligned(as: UInt32.self)
      let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
    case 1..<4:
      // The first, middle and last bytes (the same byte when there is one).
      target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
      target.storeBytes(
        of: source.load(fromByteOffset: count / 2, as: UInt8.self), toByteOffset: count / 2,
        as: UInt8.self)
      target.storeBytes(
        of: source.load(fromByteOffset: count - 1, as: UInt8.self), toByteOffset: count - 1,
        as: UInt8.self)
    case 0: break
    default: target.copyMemory(from: source, byteCount: count)
    }
  }

  /// Appends bytes.
  @inlinable
  public mutating func append(contentsOf bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append(contentsOf: $0) }
  }

  /// Appends the UTF-8 bytes of a text.
  @inlinable
  public mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append(contentsOf: $0) }
  }

  /// Appends an integer's decimal digits as `String(number)` writes them,
  /// a non-negative one made in place from its last digit up.
  @inlinable
  public mutating func append(number: Int) {
    guard number >= 0 else { return append(String(number)) }
    var length = 1
    var rest = number / 10
    while rest > 0 {
      length += 1
      rest /= 10
    }
    reserve(length)
    var position = written + length
    rest = number
    repeat {
      position -= 1
      memory.start[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
      rest /= 10
    } while rest > 0
    written += length
    memory.frontier.pointee = written
  }

  /// Forgets the bytes written, keeping the memory when no other buffer
  /// shares it.
  public mutating func removeAll() {
    if isKnownUniquelyReferenced(&memory) {
      memory.frontier.pointee = 0
    } else {
      memory = Memory(capacity: memory.capacity)
    }
    written = 0
  }

  /// Makes room for `extra` more bytes where this buffer's bytes end,
  /// with no other buffer's bytes there.
  @inlinable @inline(__always)
  mutating func reserve(_ extra: Int) {
    if written + extra > memory.capacity || written != memory.frontier.pointee {
      grow(toHold: written + extra)
    }
  }

  /// Copies the bytes to new memory of this buffer's own with room for
  /// `needed` bytes.
  @usableFromInline @inline(never)
  mutating func grow(toHold needed: Int) {
    let grown = Memory(capacity: max(needed, memory.capacity * 2))
    grown.start.initialize(from: memory.start, count: written)
    grown.frontier.pointee = written
    memory = grown
  }

}
