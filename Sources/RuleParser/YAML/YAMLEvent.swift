/// One event of a YAML stream, as libyaml reports it, in plain Swift values.
struct YAMLEvent {
  /// What happened.
  enum Kind {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    /// `*name`.
    case alias(String)
    /// A scalar's bytes (by length: they may contain NUL) and style.
    ///
    /// The bytes are libyaml's, valid until the reader's next event: the
    /// composer copies them into its tree at once, and no `String` is made.
    case scalar(UnsafeBufferPointer<UInt8>, YAMLNode.ScalarStyle, YAMLNodeProperties)
    case sequenceStart(YAMLNodeProperties)
    case sequenceEnd
    case mappingStart(YAMLNodeProperties)
    case mappingEnd
  }

  /// What happened.
  var kind: Kind
  /// From the event's start mark to its end mark.
  var range: SourceRange
}

/// The anchor and tag written on a node (`&name !!str`).
struct YAMLNodeProperties {
  /// The anchor's name, without `&`.
  var anchor: String?
  /// The tag in its full form, as libyaml resolved it.
  var tag: String?
}

/// A problem libyaml reported, located in the source.
struct YAMLSyntaxError: Error {
  /// libyaml's description of the problem.
  var problem: String
  /// Where the problem is.
  var range: SourceRange
  /// What libyaml was doing ("while parsing a block mapping"), if it said.
  var context: String?
  /// Where that context started.
  var contextRange: SourceRange?
}
