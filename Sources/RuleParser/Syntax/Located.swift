/// A value read from a rule file, with the range of source text it came from.
public struct Located<Value: Sendable>: Sendable {
  /// The value.
  public var value: Value
  /// Where it was written.
  public var range: SourceRange
}

extension Located {
  /// Creates a located value.
  ///
  /// Declared outside the type so that it can hand its parts to the
  /// memberwise initializer, which the optimiser moves them into without
  /// the extra copy it made of a value assigned field by field.
  public init(_ value: Value, at range: SourceRange) {
    self.init(value: value, range: range)
  }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
