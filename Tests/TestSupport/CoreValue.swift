import Foundation
import RuleParser
import Testing

/// A value of YAML 1.2's core schema, or of JSON: what the conformance test
/// compares.
///
/// Numbers are compared as `Double`, as JSON has one number type.
package enum CoreValue: Equatable, CustomStringConvertible {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case sequence([CoreValue])
  case mapping([String: CoreValue])

  /// Resolves a loaded node by the core schema.
  ///
  /// Untagged plain scalars go by their text, tagged ones by their tag,
  /// everything else is a string. `nil` when the node has no JSON form (a key that is not a scalar).
  package init?(_ node: YAMLNode) {
    switch node.content {
    case .scalar(let text, let style):
      self = CoreValue.scalar(text, tag: node.tag ?? (style == .plain ? nil : YAMLTag.str))
    case .sequence(let items):
      var values: [CoreValue] = []
      for item in items {
        guard let value = CoreValue(item) else { return nil }
        values.append(value)
      }
      self = .sequence(values)
    case .mapping(let pairs):
      var values: [String: CoreValue] = [:]
      for pair in pairs {
        guard let key = pair.key.scalar, let value = CoreValue(pair.value) else { return nil }
        values[key] = value
      }
      self = .mapping(values)
    }
  }

  /// Converts what `JSONSerialization` returns.
  package init?(json: Any) {
    switch json {
    case is NSNull: self = .null
    case let number as NSNumber:
      // JSONSerialization gives booleans the Objective-C type `c`.
      if String(cString: number.objCType) == "c" {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    case let text as String: self = .string(text)
    case let array as [Any]:
      var values: [CoreValue] = []
      for item in array {
        guard let value = CoreValue(json: item) else { return nil }
        values.append(value)
      }
      self = .sequence(values)
    case let object as [String: Any]:
      var values: [String: CoreValue] = [:]
      for (key, item) in object {
        guard let value = CoreValue(json: item) else { return nil }
        values[key] = value
      }
      self = .mapping(values)
    default: return nil
    }
  }

  /// A scalar by the core schema; `tag` `nil` means untagged and plain.
  package static func scalar(_ text: String, tag: String?) -> CoreValue {
    switch tag {
    case nil: return implicit(text)
    case YAMLTag.null?: return .null
    case YAMLTag.bool?, YAMLTag.int?, YAMLTag.float?:
      let value = implicit(text)
      switch (tag, value) {
      case (YAMLTag.bool?, .bool), (YAMLTag.int?, .number), (YAMLTag.float?, .number):
        return value
      default: return .string(text)
      }
    default: return .string(text)
    }
  }

  /// The core schema's reading of an untagged plain scalar.
  package static func implicit(_ text: String) -> CoreValue {
    if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
    if ["true", "True", "TRUE"].contains(text) { return .bool(true) }
    if ["false", "False", "FALSE"].contains(text) { return .bool(false) }
    if text.wholeMatch(of: /[-+]?[0-9]+/) != nil, let value = Double(text) {
      return .number(value)
    }
    if let match = text.wholeMatch(of: /0o([0-7]+)/), let value = Int(match.1, radix: 8) {
      return .number(Double(value))
    }
    if let match = text.wholeMatch(of: /0x([0-9a-fA-F]+)/), let value = Int(match.1, radix: 16) {
      return .number(Double(value))
    }
    if text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil,
      let value = Double(text)
    {
      return .number(value)
    }
    if let match = text.wholeMatch(of: /([-+]?)\.(inf|Inf|INF)/) {
      return .number(match.1 == "-" ? -.infinity : .infinity)
    }
    if text.wholeMatch(of: /\.(nan|NaN|NAN)/) != nil { return .number(.nan) }
    return .string(text)
  }

  package var description: String {
    switch self {
    case .null: "null"
    case .bool(let value): "\(value)"
    case .number(let value): "\(value)"
    case .string(let text): "\"\(text)\""
    case .sequence(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
    case .mapping(let pairs):
      "{"
        + pairs.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }
        .joined(separator: ", ") + "}"
    }
  }
}

/// Splits a stream of concatenated JSON values (one per YAML document)
/// into the text of each value.
package enum JSONStream {
  /// The values' texts, in order.
  package static func values(in data: [UInt8]) -> [[UInt8]] {
    let whitespace: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09]
    var values: [[UInt8]] = []
    var index = 0
    while index < data.count {
      guard !whitespace.contains(data[index]) else {
        index += 1
        continue
      }
      let start = index
      var depth = 0
      var inString = false
      value: while index < data.count {
        let byte = data[index]
        index += 1
        if inString {
          if byte == UInt8(ascii: "\\") {
            index += 1
          } else if byte == UInt8(ascii: "\"") {
            inString = false
            if depth == 0 { break value }
          }
          continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          depth -= 1
          if depth == 0 { break value }
        case _ where depth == 0 && whitespace.contains(byte): break value
        default: break
        }
      }
      values.append(Array(data[start..<min(index, data.count)]))
    }
    return values
  }

  /// Parses every value of the stream.
  package static func parse(_ data: [UInt8]) throws -> [CoreValue] {
    try values(in: data).map { text in
      let object = try JSONSerialization.jsonObject(
        with: Data(text), options: [.fragmentsAllowed])
      return try #require(CoreValue(json: object))
    }
  }
}
