/// Keeps what a command is done with until the process exits, instead of
/// freeing it.
///
/// A compiled plan of a million instances is millions of small heap objects:
/// freeing them one by one as a command returns costs a noticeable share of
/// `rulec lint`, while the operating system takes the whole address space
/// back at exit at once. The one deliberate leak of the program; only for
/// values a command holds until its end anyway.
enum ProcessLifetime {
  /// A value kept alive by one reference that is never released.
  private final class Kept<Value> {
    let value: Value

    init(_ value: Value) {
      self.value = value
    }
  }

  /// Keeps `value` (and everything it refers to) alive until the process
  /// exits.
  static func keep<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
  }
}
