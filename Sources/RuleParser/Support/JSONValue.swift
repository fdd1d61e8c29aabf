/// A JSON value, built by the reports that are small enough to assemble
/// before writing (`JSONText.render` writes it with `JSONText.Writer`).
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  /// An object; its members are written in sorted key order.
  case object([String: JSONValue])

  /// The JSON value of `value`.
  public init(_ value: some JSONRepresentable) {
    self = value.jsonValue
  }

  /// The JSON value of `value`, or `nil` (an absent member) for `nil`.
  public init?(_ value: (some JSONRepresentable)?) {
    guard let value else { return nil }
    self = value.jsonValue
  }

  /// Writes the value in rulec's layout (a large document writes its parts
  /// one by one instead of building one value).
  public func write(into writer: inout JSONText.Writer) {
    switch self {
    case .null: writer.null()
    case .bool(let flag): writer.bool(flag)
    case .int(let number): writer.int(number)
    case .number(let number): writer.number(number)
    case .string(let text): writer.string(text)
    case .array(let elements):
      writer.beginArray()
      for element in elements {
        writer.element()
        element.write(into: &writer)
      }
      writer.endArray()
    case .object(let members):
      writer.beginObject()
      for key in members.keys.sorted() {
        writer.key(key)
        members[key]?.write(into: &writer)
      }
      writer.endObject()
    }
  }
}

/// A value with a JSON form.
public protocol JSONRepresentable {
  /// The value as JSON.
  var jsonValue: JSONValue { get }
}

extension JSONValue: JSONRepresentable {
  /// The value itself.
  public var jsonValue: JSONValue { self }
}

extension String: JSONRepresentable {
  /// A JSON string.
  public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONRepresentable {
  /// A JSON integer.
  public var jsonValue: JSONValue { .int(self) }
}

extension Double: JSONRepresentable {
  /// A JSON number.
  public var jsonValue: JSONValue { .number(self) }
}

extension Bool: JSONRepresentable {
  /// `true` or `false`.
  public var jsonValue: JSONValue { .bool(self) }
}

extension Array: JSONRepresentable where Element: JSONRepresentable {
  /// A JSON array.
  public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Dictionary: JSONRepresentable where Key == String, Value: JSONRepresentable {
  /// A JSON object.
  public var jsonValue: JSONValue { .object(mapValues(\.jsonValue)) }
}

extension JSONValue: ExpressibleByStringLiteral {
  /// A string literal.
  public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
  /// An integer literal.
  public init(integerLiteral value: Int) { self = .int(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
  /// A number literal.
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByBooleanLiteral {
  /// `true` or `false`.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
  /// An array literal.
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
  /// An object literal.
  public init(dictionaryLiteral members: (String, JSONValue)...) {
    self = .object(Dictionary(members) { _, last in last })
  }
}
