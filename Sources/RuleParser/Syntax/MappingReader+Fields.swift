/// The scalar fields most entries have, read in one call: the key's value
/// as text or as an id, named in messages as the mapping's field.
extension MappingReader {
  /// The mapping's field `key`, for messages: "'title' of obligation 'a'".
  func field(_ key: String) -> LocalizedText { Subject.field(key, of: subject) }

  /// The text of `key`; `nil` when it is absent (reported when `required`) or not text.
  func string(_ key: String, required: Bool = false, diagnostics: inout Diagnostics)
    -> Located<String>?
  {
    value(key, required, &diagnostics).flatMap {
      ScalarReading.string($0, field(key), diagnostics: &diagnostics)
    }
  }

  /// The id of `key`; `nil` when it is absent (reported when `required`) or not an id.
  func id(_ key: String, required: Bool = false, diagnostics: inout Diagnostics)
    -> Located<String>?
  {
    value(key, required, &diagnostics).flatMap {
      ScalarReading.id($0, field(key), diagnostics: &diagnostics)
    }
  }

  private func value(_ key: String, _ required: Bool, _ diagnostics: inout Diagnostics)
    -> YAMLNode?
  {
    required ? self.required(key, diagnostics: &diagnostics) : self[key]
  }
}
