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
  private static func join(_ head: String, _ separator: Unicode.Scalar, _ tail: String) -> String {
    var head = head
    var tail = tail
    return head.withUTF8 { head in
      tail.withUTF8 { tail in
        let count = head.count + 1 + tail.count
        return String(unsafeUninitializedCapacity: count) { joined in
          _ = UnsafeMutableBufferPointer(rebasing: joined[..<head.count])
            .initialize(fromContentsOf: head)
          joined[head.count] = UInt8(ascii: separator)
          _ = UnsafeMutableBufferPointer(rebasing: joined[(head.count + 1)..<count])
            .initialize(fromContentsOf: tail)
          return count
        }
      }
    }
  }
}
