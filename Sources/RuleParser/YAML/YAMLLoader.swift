import Foundation

/// Loads YAML files into `YAMLNode` trees that remember where every node
/// was written, reporting problems as located diagnostics.
///
/// Built on libyaml's event parser. Beyond YAML syntax, the loader rejects
/// what a plan should never contain: duplicate keys, input that is not
/// UTF-8, files over the size limit, nesting over the depth limit, and
/// aliases that expand without bound. Scalars keep their text; the loader
/// never guesses their type.
public struct YAMLLoader: Sendable {
  /// The limits that keep hostile or broken input from exhausting memory.
  public var limits: Limits
  /// The size from which libyaml parses a file ahead on a thread of its own
  /// while its nodes are composed (on a machine with a core to spare).
  package var parsesAheadFrom = 512 * 1024

  /// Creates a loader with the given limits.
  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Loads every document of a YAML stream.
  ///
  /// - Parameters:
  ///   - bytes: the file's content, UTF-8 with or without a byte order mark.
  ///   - file: the path diagnostics and node locations name.
  ///   - diagnostics: collects the problems found.
  /// - Returns: one root node per document. After a problem that ends the
  ///   file, the documents finished before it.
  public func load(
    _ bytes: [UInt8], file: String, into diagnostics: inout Diagnostics
  ) -> [YAMLNode] {
    load(bytes, file: file, streaming: nil, into: &diagnostics)
  }

  /// Loads every document of a YAML stream; for plain JSON, the members of
  /// `stream`'s object go to `stream` as they are read (see `MemberStream`).
  package func load(
    _ bytes: [UInt8], file: String, streaming stream: (any MemberStream)?,
    into diagnostics: inout Diagnostics
  ) -> [YAMLNode] {
    var sawTags = false
    return load(bytes, file: file, streaming: stream, into: &diagnostics, sawTags: &sawTags)
  }

  /// Loads every document of a YAML stream as `load(_:file:streaming:into:)`,
  /// and sets `sawTags` when a node has a tag.
  package func load(
    _ bytes: [UInt8], file: String, streaming stream: (any MemberStream)?,
    into diagnostics: inout Diagnostics, sawTags: inout Bool
  ) -> [YAMLNode] {
    guard bytes.count <= limits.fileBytes else {
      let start = SourceLocation(file: file, line: 1, column: 1, offset: 0)
      diagnostics.report(
        .yamlFileTooLarge(
          at: SourceRange(at: start), bytes: bytes.count, limit: limits.fileBytes))
      return []
    }
    switch UTF8Validation(bytes) {
    case .invalid(let offset):
      let positions = SourcePositionMap(bytes: bytes, file: file, isASCII: false)
      var end = positions.location(ofByte: offset)
      end.column += 1
      end.offset += 1
      let range = SourceRange(start: positions.location(ofByte: offset), end: end)
      diagnostics.report(.yamlNotUTF8(at: range, byte: bytes[offset]))
      return []
    case .valid(let isASCII):
      // Plain JSON (a large snapshot) is read without libyaml, into the
      // same nodes; everything else, and every error, goes through libyaml.
      if let root = JSONNodeReader.read(bytes, file: file, stream: stream),
        stream?.finish() ?? true
      {
        return [root]
      }
      stream?.discard()
      return composeWithLibYAML(
        bytes, file: file, isASCII: isASCII, into: &diagnostics, sawTags: &sawTags)
    }
  }

  /// The documents libyaml's events compose into (valid UTF-8 `bytes`);
  /// sets `sawTags` when a node has a tag.
  ///
  /// A large file is composed in two halves side by side when they are
  /// sure to give what one pass gives (`YAMLHalves`), else parsed ahead.
  func composeWithLibYAML(
    _ bytes: [UInt8], file: String, isASCII: Bool, into diagnostics: inout Diagnostics,
    sawTags: inout Bool
  ) -> [YAMLNode] {
    if bytes.count >= parsesAheadFrom, ProcessInfo.processInfo.activeProcessorCount > 1,
      let documents = YAMLHalves(loader: self, bytes: bytes, file: file, isASCII: isASCII)
        .compose(sawTags: &sawTags)
    {
      return documents
    }
    let reader = YAMLEventReader(
      bytes: bytes, file: file, isASCII: isASCII, aheadFrom: parsesAheadFrom)
    var composer = YAMLComposer(reader: reader, limits: limits)
    let documents = composer.composeDocuments(into: &diagnostics)
    if composer.sawTags { sawTags = true }
    return documents
  }
}
