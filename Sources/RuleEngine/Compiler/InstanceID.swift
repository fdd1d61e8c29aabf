/// The ids of instances, spelt in this one place.
///
/// `obligation@body` for each responsible body of a duty (or metric) given
/// to several, `…#period` for each occurrence of a recurring duty.
enum InstanceID {
  /// `obligation@body`: the instance (or metric instance) of one body.
  static func of(_ obligation: String, body: String) -> String {
    join(obligation, "@", body)
  }

  /// `id#period`: one occurrence of a recurring duty (`2017-Q3`).
  static func of(_ id: String, period: String) -> String {
    join(id, "#", period)
  }

  /// `head`, `separator` and `tail` in one string, copied as bytes (a plan
  /// has a million instances).
  ///
  /// The parts' bytes are read in place through `utf8` (no copies of the
  /// strings to make them mutable, so no exclusivity checks), and copied
  /// with one pointer copy each; what is left is the new string's one
  /// allocation and its UTF-8 check.
  private static func join(_ head: String, _ separator: Unicode.Scalar, _ tail: String) -> String {
    let headCount = head.utf8.count
    let count = headCount + 1 + tail.utf8.count
    return String(unsafeUninitializedCapacity: count) { joined in
      guard let base = joined.baseAddress else { return 0 }
      copy(head, to: base)
      base[headCount] = UInt8(ascii: separator)
      copy(tail, to: base + headCount + 1)
      return count
    }
  }

  /// Copies `text`'s UTF-8 to `destination`, which has room for it.
  @inline(__always)
  private static func copy(_ text: String, to destination: UnsafeMutablePointer<UInt8>) {
    let copied: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
      guard let source = utf8.baseAddress else { return }
      destination.initialize(from: source, count: utf8.count)
    }
    if copied == nil {
      _ = UnsafeMutableBufferPointer(start: destination, count: text.utf8.count)
        .initialize(from: text.utf8)
    }
  }
}
