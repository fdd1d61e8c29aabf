/// Values a report made of strings of the plan, kept by the string they
/// were made of (`StringIdentity`): the bytes of a title escaped
/// (`MadeBytes`), a body's name found by its id (`BodyNames`).
///
/// Finding a value hashes two words, never the text, and the string asked
/// for last is compared before any is hashed: the same one comes again and
/// again (a body's problems one after another, a policy's run of
/// escalations). Each writing side keeps its own (`TwoCoreWriting`).
struct ByStringIdentity<Value> {
  /// The value made of each string, with the string itself: holding it
  /// keeps its bytes where they are, so no other string takes their place
  /// (and its identity) while the entry lives.
  private var made: [StringIdentity: (text: String, value: Value)] = [:]
  /// The string asked for or kept last, and its value.
  private var last: (identity: StringIdentity, value: Value)?

  /// The value kept for `text`, if any.
  mutating func value(for text: String) -> Value? {
    guard let identity = StringIdentity(text) else { return nil }
    if let last, last.identity == identity { return last.value }
    guard let known = made[identity] else { return nil }
    last = (identity, known.value)
    return known.value
  }

  /// Keeps `value` for `text` (nothing, for text without an identity).
  mutating func keep(_ value: Value, for text: String) {
    guard let identity = StringIdentity(text) else { return }
    made[identity] = (text, value)
    last = (identity, value)
  }
}
