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

  /// `head`, `separator` and `tail` in one string, copied byte by byte
  /// (a plan has thousands of instances).
  private static func join(_ head: String, _ separator: Unicode.Scalar, _ tail: String) -> String {
    var head = head
    var tail = tail
    let separator = UInt8(ascii: separator)
    return head.withUTF8 { head in
      tail.withUTF8 { tail in
        String(unsafeUninitializedCapacity: head.count + 1 + tail.count) { joined in
          var count = 0
          for byte in head {
            joined[count] = byte
            count += 1
          }
          joined[count] = separator
          count += 1
          for byte in tail {
            joined[count] = byte
            count += 1
          }
          return count
        }
      }
    }
  }
}
