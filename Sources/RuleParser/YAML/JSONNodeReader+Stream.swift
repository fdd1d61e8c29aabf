extension JSONNodeReader {
  /// The object of the streamed key: each member goes to the stream as soon
  /// as it is read; the node returned is the object's range, empty.
  ///
  /// A member whose value is a flat object (the stream's `fieldKeys`, each
  /// once, with scalar values) goes over as its fields, read in place
  /// (`FlatScalar`), without a node; any other member as a pair.
  mutating func streamedObject() -> UInt32? {
    guard let stream else { return nil }
    let start = location
    stream.reserve(forBytes: bytes.count - index)
    advance()
    skipSpace()
    precondition(stream.fieldKeys.count <= 64, "a FieldSet holds 64 positions")
    var fields = [FlatScalar?](repeating: nil, count: stream.fieldKeys.count)
    let fieldKeys = FieldKeys(stream.fieldKeys)
    if peek != UInt8(ascii: "}") {
      while true {
        // The key goes over in place: the receiver makes of it what it keeps.
        guard let key = scannedKey() else { return nil }
        let accepted: Bool
        var filled = FieldSet()
        if let object = flatObject(keys: fieldKeys, into: &fields, filled: &filled) {
          accepted = stream.receive(key: key, fields: fields, object: object)
          filled.clear(&fields)
        } else {
          guard let member = member(key: key) else { return nil }
          accepted = stream.receive(member)
        }
        guard accepted else { return nil }
        skipSpace()
        guard peek == UInt8(ascii: ",") else { break }
        advance()
      }
    }
    guard peek == UInt8(ascii: "}") else { return nil }
    advance()
    return builder.collection(
      .mapping, childrenFrom: builder.pending.count, tag: nil,
      range: SourceRange(start: start, end: location))
  }

  /// A member that is not a flat object: its key and value, read into a
  /// tree of their own (the stream reads them at once, and the file's tree
  /// is not finished).
  private mutating func member(key: FlatScalar) -> YAMLNode.Pair? {
    var outer = YAMLTreeBuilder()
    swap(&outer, &builder)
    defer { swap(&outer, &builder) }
    guard let value = value(depth: 2) else { return nil }
    let keyIndex = builder.scalar(key.bytes, style: key.style, tag: nil, range: key.range)
    let tree = builder.snapshot()
    return YAMLNode.Pair(
      key: YAMLNode(tree: tree, index: keyIndex), value: YAMLNode(tree: tree, index: value))
  }

  /// Reads a flat object of `keys` into `fields` (by the key's position)
  /// and returns its range; or, for anything else (another key, a key
  /// twice, a nested value, not plain JSON), reads nothing and returns `nil`.
  private mutating func flatObject(
    keys: FieldKeys, into fields: inout [FlatScalar?], filled: inout FieldSet
  ) -> SourceRange? {
    guard peek == UInt8(ascii: "{") else { return nil }
    let restart = (index, line, column)
    func giveUp() -> SourceRange? {
      (index, line, column) = restart
      filled.clear(&fields)
      return nil
    }
    let start = location
    advance()
    skipSpace()
    if peek != UInt8(ascii: "}") {
      while true {
        guard let position = fieldKey(in: keys),
          fields[position] == nil, peek != UInt8(ascii: "{"), peek != UInt8(ascii: "["),
          let value = peek == UInt8(ascii: "\"") ? scannedString() : scannedPlain()
        else { return giveUp() }
        fields[position] = value
        filled.insert(position)
        skipSpace()
        guard peek == UInt8(ascii: ",") else { break }
        advance()
      }
    }
    guard peek == UInt8(ascii: "}") else { return giveUp() }
    advance()
    return SourceRange(start: start, end: location)
  }

  /// The position in `keys` of the key read here, moving past its colon.
  ///
  /// Only one of `keys` with its colon on its line is taken; for any other
  /// key the answer is `nil` and the caller reads the object the general
  /// way. The key is told where it stands (`FieldKeys`): a million entries
  /// have several keys each.
  private mutating func fieldKey(in keys: FieldKeys) -> Int? {
    skipSpace()
    guard peek == UInt8(ascii: "\""),
      let (position, end) = keys.position(ofKeyAt: index + 1, in: bytes)
    else { return nil }
    let keyLine = line
    column += end + 1 - index
    index = end + 1
    skipSpace()
    guard peek == UInt8(ascii: ":"), line == keyLine else { return nil }
    advance()
    skipSpace()
    return position
  }

  /// The positions of the fields a flat object filled in, so that only
  /// those are emptied for the next: an entry has two or three of its ten
  /// fields, and emptying each of the ten cost more than reading the entry's
  /// id.
  struct FieldSet {
    private var bits: UInt64 = 0

    mutating func insert(_ position: Int) {
      bits |= 1 << UInt64(position)
    }

    /// Empties the fields filled in, and forgets them.
    mutating func clear(_ fields: inout [FlatScalar?]) {
      while bits != 0 {
        fields[bits.trailingZeroBitCount] = nil
        bits &= bits - 1
      }
    }
  }
}
