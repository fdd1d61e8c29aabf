/// A value that JSON writes as one string.
///
/// A day is `2017-08-01`, a time span `2 months`. Encoding writes
/// `description`; decoding reads it back.
public protocol TextCodable: Codable, CustomStringConvertible {
  /// What the text names, for a decoding error: "an ISO date".
  static var textName: String { get }
  /// The value `text` names, or `nil`.
  init?(decodedText text: String)
}

extension TextCodable {
  /// Encodes as `description`.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Decodes from the text; a text that names no value is corrupted data.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let value = Self(decodedText: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "not \(Self.textName): \(text)")
    }
    self = value
  }
}
