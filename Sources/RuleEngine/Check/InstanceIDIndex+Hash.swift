extension InstanceIDIndex {
  /// The hash an id is recorded by: its UTF-8 bytes, eight at a time, each
  /// word mixed into the state by a 128-bit product folded to 64 bits, with
  /// two keys drawn at random once per process.
  ///
  /// Swift's string hash (SipHash-1-3) cost some 300 instructions for an
  /// 18-byte id, once for each of a million entries read and again for each
  /// id looked up; this costs a fifth of that. The keys play the part of
  /// Swift's per-process seed: ids written to collide would have to be
  /// written knowing them.
  static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    let (first, second) = keys
    var state = first ^ UInt64(bytes.count)
    var offset = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while offset + 8 <= bytes.count {
        let word = UInt64(
          littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        state = mix(word ^ second, state)
        offset += 8
      }
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    state = mix(tail ^ second, state ^ first)
    return UInt32(truncatingIfNeeded: state ^ (state >> 32))
  }

  /// The two halves of `a × b` combined: every bit of each factor moves
  /// bits of the result.
  private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }

  /// The keys of this process's hashes.
  private static let keys = (UInt64.random(in: .min ... .max), UInt64.random(in: .min ... .max))
}
