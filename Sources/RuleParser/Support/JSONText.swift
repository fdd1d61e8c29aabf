import Foundation

/// Serialises JSON values the way every rulec output does: keys sorted,
/// two-space indentation, `"key": value`, empty collections as `[]`/`{}`,
/// integral numbers without a fraction, non-ASCII text unescaped, and a
/// final newline — byte-identical for equal values.
public enum JSONText {
  /// Renders a JSON-compatible value: `[String: Any]`, `[Any]`, `String`,
  /// `Int`, `Double`, `Bool`, `NSNull`, or `Optional.none` (rendered `null`).
  public static func render(_ value: Any) -> String {
    var output = ""
    write(value, indent: 0, into: &output)
    output += "\n"
    return output
  }

  private static func write(_ value: Any, indent: Int, into output: inout String) {
    switch value {
    case let text as String:
      writeString(text, into: &output)
    case let flag as Bool:
      output += flag ? "true" : "false"
    case let number as Int:
      output += String(number)
    case let number as Double:
      writeNumber(number, into: &output)
    case let object as [String: Any]:
      writeObject(object, indent: indent, into: &output)
    case let array as [Any]:
      writeArray(array, indent: indent, into: &output)
    default:
      output += "null"
    }
  }

  private static func writeObject(_ object: [String: Any], indent: Int, into output: inout String) {
    let present = object.filter { !isNil($0.value) }
    guard !present.isEmpty else {
      output += "{}"
      return
    }
    let inner = String(repeating: " ", count: indent + 2)
    output += "{\n"
    for (index, key) in present.keys.sorted().enumerated() {
      output += inner
      writeString(key, into: &output)
      output += ": "
      write(present[key] as Any, indent: indent + 2, into: &output)
      output += index == present.count - 1 ? "\n" : ",\n"
    }
    output += String(repeating: " ", count: indent) + "}"
  }

  private static func writeArray(_ array: [Any], indent: Int, into output: inout String) {
    guard !array.isEmpty else {
      output += "[]"
      return
    }
    let inner = String(repeating: " ", count: indent + 2)
    output += "[\n"
    for (index, element) in array.enumerated() {
      output += inner
      write(element, indent: indent + 2, into: &output)
      output += index == array.count - 1 ? "\n" : ",\n"
    }
    output += String(repeating: " ", count: indent) + "]"
  }

  private static func writeNumber(_ number: Double, into output: inout String) {
    guard number.isFinite else {
      output += "null"
      return
    }
    if number == number.rounded(), abs(number) < 1e15 {
      output += String(Int(number))
    } else {
      output += "\(number)"
    }
  }

  private static func writeString(_ text: String, into output: inout String) {
    output += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }

  private static func isNil(_ value: Any) -> Bool {
    let mirror = Mirror(reflecting: value)
    return mirror.displayStyle == .optional && mirror.children.isEmpty
  }
}
