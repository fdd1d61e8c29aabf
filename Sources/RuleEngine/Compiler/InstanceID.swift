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

  /// `head`, `separator` and `tail` in one string, made by copying their
  /// bytes (a plan has a million instances; building the bytes and making a
  /// `String` of them would check them as UTF-8 once more).
  private static func join(_ head: String, _ separator: Unicode.Scalar, _ tail: String) -> String {
    var joined = ""
    joined.reserveCapacity(head.utf8.count + 1 + tail.utf8.count)
    joined += head
    joined.unicodeScalars.append(separator)
    joined += tail
    return joined
  }
}
