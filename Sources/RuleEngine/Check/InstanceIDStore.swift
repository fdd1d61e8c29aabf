import Foundation

/// The instance ids of a snapshot's entries, by position: their UTF-8 bytes
/// one after another in one buffer, and where each ends.
///
/// A string for each id cost an allocation and a UTF-8 check, some 250 of
/// the 435 instructions of reading an entry, and 80 bytes (the string and
/// its storage) where its bytes here take 22 (18 for an id such as
/// `f00.o00000@b000-00`, 4 for its end): a million ids are read into fresh
/// memory. An id is made a string only when one is asked for.
///
/// Comparing ids reads the buffer's bytes in place, with `memcmp`: the one
/// unsafe code here, valid for the duration of each comparison.
struct InstanceIDStore: Sendable {
  private var bytes: [UInt8] = []
  /// Where each id's bytes end in `bytes`; an id starts where the one
  /// before it ends.
  private var ends: [UInt32] = []

  /// The number of ids.
  var count: Int { ends.count }

  /// Makes room for `count` ids of `bytes` bytes in all, without growing.
  mutating func reserveCapacity(ids count: Int, bytes byteCount: Int) {
    ends.reserveCapacity(count)
    bytes.reserveCapacity(byteCount)
  }

  /// The number of bytes of all the ids.
  var byteCount: Int { bytes.count }

  /// Appends the id of these UTF-8 bytes.
  mutating func append(_ id: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: id)
    recordEnd()
  }

  /// Appends `id`.
  mutating func append(_ id: String) {
    bytes.append(contentsOf: id.utf8)
    recordEnd()
  }

  /// Appends the id at `position` in `other`.
  mutating func append(idAt position: Int, of other: InstanceIDStore) {
    bytes.append(contentsOf: other.bytes[other.span(of: position)])
    recordEnd()
  }

  /// Records that the id appended last ends here.
  private mutating func recordEnd() {
    guard let end = UInt32(exactly: bytes.count) else {
      preconditionFailure("a snapshot's instance ids take at most 4 GiB")
    }
    ends.append(end)
  }

  /// The positions in `bytes` of the id at `position`.
  private func span(of position: Int) -> Range<Int> {
    (position == 0 ? 0 : Int(ends[position - 1]))..<Int(ends[position])
  }

  /// The id at `position`.
  func string(at position: Int) -> String {
    String(decoding: bytes[span(of: position)], as: UTF8.self)
  }

  /// Whether the id at `position` is the one of these UTF-8 bytes.
  func id(at position: Int, is id: UnsafeBufferPointer<UInt8>) -> Bool {
    let span = span(of: position)
    guard span.count == id.count else { return false }
    return bytes.withUnsafeBufferPointer { stored in
      guard let base = stored.baseAddress, let other = id.baseAddress else { return true }
      return memcmp(base + span.lowerBound, other, span.count) == 0
    }
  }

  /// Whether the ids at `position` and `other` are the same.
  func id(at position: Int, isIDAt other: Int) -> Bool {
    id(at: position, isIDAt: other, of: self)
  }

  /// Whether the id at `position` is the one at `otherPosition` in `other`.
  func id(at position: Int, isIDAt otherPosition: Int, of other: InstanceIDStore) -> Bool {
    let span = other.span(of: otherPosition)
    return other.bytes.withUnsafeBufferPointer {
      id(at: position, is: UnsafeBufferPointer(rebasing: $0[span]))
    }
  }

  /// Calls `body` with the UTF-8 bytes of `id`, in place when the string
  /// stores them so (as native strings do).
  static func withUTF8<Result>(
    _ id: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    id.utf8.withContiguousStorageIfAvailable(body) ?? Array(id.utf8).withUnsafeBufferPointer(body)
  }
}
