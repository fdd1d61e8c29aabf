import Foundation

/// Serialises JSON values the way every rulec output does: keys sorted,
/// pretty-printed, slashes unescaped, a final newline.
public enum JSONText {
  /// Renders a JSON-compatible value (dictionaries, arrays, strings, numbers, booleans).
  public static func render(_ value: Any) -> String {
    let options: JSONSerialization.WritingOptions = [
      .sortedKeys, .prettyPrinted, .withoutEscapingSlashes, .fragmentsAllowed,
    ]
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else {
      return "null\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
