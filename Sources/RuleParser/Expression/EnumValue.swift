/// One value of a `FactEnum`, held as its position so that comparing two values never
/// compares strings.
public struct EnumValue: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The enumeration the value belongs to.
  public let type: FactEnum
  /// The position of the value in `type.values`.
  public let index: Int

  /// The named value of `type`, or `nil` when `type` has no such value.
  public init?(_ type: FactEnum, named name: String) {
    guard let index = type.index(of: name) else { return nil }
    self.type = type
    self.index = index
  }

  /// The value's name, as written in conditions.
  public var name: String { type.values[index] }

  /// The value's name.
  public var description: String { name }

  /// Orders values of one enumeration by their declared order.
  public static func < (lhs: EnumValue, rhs: EnumValue) -> Bool {
    (lhs.type.rawValue, lhs.index) < (rhs.type.rawValue, rhs.index)
  }
}
