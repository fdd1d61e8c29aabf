/// A value held once for every copy of the struct that stores it.
///
/// The box never changes: a struct with many reference fields keeps them
/// in one `Shared`, so that copying it counts one reference instead of
/// one per field, and changing a field boxes a new value (copies made
/// before never see the change). For values a check makes by the hundred
/// thousand and copies often: violations, a snapshot entry's rare fields.
final class Shared<Value: Sendable>: Sendable {
  /// The value.
  let value: Value

  /// Boxes `value`.
  init(_ value: Value) {
    self.value = value
  }
}
