extension JSONNodeReader {
  /// The object of the streamed key: each member goes to the stream as soon
  /// as it is read; the node returned is the object's range, empty.
  ///
  /// A member whose value is a flat object (the stream's `fieldKeys`, each
  /// once, with scalar values) goes over as its fields, without a mapping
  /// node; any other member as a pair.
  mutating func streamedObject() -> YAMLNode? {
    guard let stream else { return nil }
    let start = location
    stream.reserve(forBytes: remainingCount)
    advance()
    skipSpace()
    var fields = [YAMLNode?](repeating: nil, count: stream.fieldKeys.count)
    if peek != UInt8(ascii: "}") {
      while true {
        guard let (key, _) = self.key() else { return nil }
        let accepted: Bool
        if let object = flatObject(keys: stream.fieldKeys, into: &fields) {
          accepted = stream.receive(key: key, fields: fields, object: object)
          for position in fields.indices { fields[position] = nil }
        } else {
          guard let value = value(depth: 2) else { return nil }
          accepted = stream.receive(YAMLNode.Pair(key: key, value: value))
        }
        guard accepted else { return nil }
        skipSpace()
        guard peek == UInt8(ascii: ",") else { break }
        advance()
      }
    }
    guard peek == UInt8(ascii: "}") else { return nil }
    advance()
    return YAMLNode(.mapping([]), range: SourceRange(start: start, end: location))
  }

  /// Reads a flat object of `keys` into `fields` (by the key's position)
  /// and returns its range; or, for anything else (another key, a key
  /// twice, a nested value, not plain JSON), reads nothing and returns `nil`.
  private mutating func flatObject(keys: [String], into fields: inout [YAMLNode?]) -> SourceRange? {
    guard peek == UInt8(ascii: "{") else { return nil }
    let restart = (index, line, column)
    func giveUp() -> SourceRange? {
      (index, line, column) = restart
      for position in fields.indices { fields[position] = nil }
      return nil
    }
    let start = location
    advance()
    skipSpace()
    if peek != UInt8(ascii: "}") {
      while true {
        guard let (_, text) = key(), let position = keys.firstIndex(of: text),
          fields[position] == nil, peek != UInt8(ascii: "{"), peek != UInt8(ascii: "["),
          let value = peek == UInt8(ascii: "\"") ? string() : plain()
        else { return giveUp() }
        fields[position] = value
        skipSpace()
        guard peek == UInt8(ascii: ",") else { break }
        advance()
      }
    }
    guard peek == UInt8(ascii: "}") else { return giveUp() }
    advance()
    return SourceRange(start: start, end: location)
  }
}
