internal import CYAML
import Foundation

/// Reads a YAML stream with libyaml's event parser and hands out its events
/// as plain Swift values located in the source.
///
/// This is the only place that talks to libyaml. The parser struct and the
/// input buffer are heap-allocated and owned by the reader, so they never
/// move while libyaml holds pointers into them; `deinit` frees both.
///
/// A large file is parsed ahead on another thread (`YAMLEventPipe`) when
/// the machine has a core to spare; its events come out the same.
final class YAMLEventReader {
  /// Where libyaml starts counting lines and characters: not at zero when
  /// the reader parses a part of a file (see `YAMLHalves`), so that its
  /// marks are those of the whole file.
  struct Start {
    /// libyaml's 0-based line at the text's start.
    var line: Int
    /// libyaml's character index at the text's start.
    var index: Int
    /// The character index from which the text is the file's own: a part
    /// parsed behind an opening line that the file does not hold (see
    /// `YAMLHalves`) has its own text after that line only.
    var ownTextFrom = 0

    /// The start of a file.
    static let file = Start(line: 0, index: 0)
  }

  private let parser: UnsafeMutablePointer<yaml_parser_t>
  private let event: UnsafeMutablePointer<yaml_event_t>
  private let input: UnsafeMutableBufferPointer<UInt8>
  private let isInitialized: Bool
  private var positions: SourcePositionMap
  /// Where the text starts being the file's own (`Start.ownTextFrom`).
  private let ownTextFrom: Int
  /// The thread parsing ahead, for a large file.
  private let pipe: YAMLEventPipe?
  /// Whether `event` holds an event of the parser's own, to delete before
  /// the next (its scalar's bytes are the caller's until then).
  private var holdsEvent = false

  /// Creates a reader over UTF-8 `bytes` (already validated) of `file`,
  /// parsed ahead on another thread from `aheadFrom` bytes on.
  convenience init(bytes: [UInt8], file: String, isASCII: Bool, aheadFrom: Int = .max) {
    self.init(
      parsing: bytes[...], positions: SourcePositionMap(bytes: bytes, file: file, isASCII: isASCII),
      aheadFrom: aheadFrom)
  }

  /// Creates a reader that parses `text` (valid UTF-8), libyaml counting
  /// from `start`, and locates its events with `positions`.
  ///
  /// libyaml only adds to its mark as it reads and compares marks with one
  /// another, so a mark that starts further on shifts every mark by as
  /// much, and nothing else: no event pays for the shift. A reader of a
  /// part locates the reader errors libyaml gives by byte offset as if it
  /// read the whole file: its caller drops them.
  init(
    parsing text: ArraySlice<UInt8>, positions: SourcePositionMap, start: Start = .file,
    aheadFrom: Int = .max
  ) {
    parser = .allocate(capacity: 1)
    event = .allocate(capacity: 1)
    input = .allocate(capacity: max(text.count, 1))
    _ = input.initialize(fromContentsOf: text)
    self.positions = positions
    ownTextFrom = start.ownTextFrom
    isInitialized = yaml_parser_initialize(parser) != 0
    if isInitialized {
      yaml_parser_set_input_string(parser, input.baseAddress, text.count)
      parser.pointee.mark.line = start.line
      parser.pointee.mark.index = start.index
    }
    let ahead =
      isInitialized && text.count >= aheadFrom
      && ProcessInfo.processInfo.activeProcessorCount > 1
    pipe = ahead ? YAMLEventPipe(parser: parser) : nil
  }

  /// How many bytes the reader parses.
  var textCount: Int { input.count }

  deinit {
    if holdsEvent { yaml_event_delete(event) }
    pipe?.close()
    if isInitialized { yaml_parser_delete(parser) }
    parser.deallocate()
    event.deallocate()
    input.deallocate()
  }

  /// The next event; a scalar's bytes are valid until the next call.
  ///
  /// After `streamEnd` or an error, don't call again.
  func next() throws(YAMLSyntaxError) -> YAMLEvent {
    // The pipe deletes its events on its own thread (see `YAMLEventPipe`);
    // without it, the last event lives until now, its bytes read.
    if holdsEvent {
      yaml_event_delete(event)
      holdsEvent = false
    }
    let parsed =
      if let pipe { pipe.next(into: event) } else {
        isInitialized && yaml_parser_parse(parser, event) != 0
      }
    guard parsed else { throw syntaxError() }
    holdsEvent = pipe == nil
    let start = location(of: event.pointee.start_mark)
    let range = SourceRange(start: start, end: end(of: event.pointee, startingAt: start))
    return YAMLEvent(kind: kind(of: event.pointee), range: range)
  }

  /// Where an event ends.
  ///
  /// A plain scalar on one line is its text's bytes as written (a plain
  /// scalar has no escapes, and only a line break folds it), so without
  /// an anchor or a tag (its event's start is theirs) it ends that many
  /// bytes after its start (when the file holds it: not the opening line
  /// a part is parsed behind): the map need not walk over its text, which
  /// for keys and one-line values is most of the walking
  /// (`SourcePositionMap`, 26.3 M of `lint`'s 1,164.8 M on the one-file
  /// plan at 100k).
  private func end(of event: yaml_event_t, startingAt start: SourceLocation) -> SourceLocation {
    let mark = event.end_mark
    let scalar = event.data.scalar
    guard event.type == YAML_SCALAR_EVENT, scalar.style == YAML_PLAIN_SCALAR_STYLE,
      scalar.anchor == nil, scalar.tag == nil, mark.line == event.start_mark.line,
      event.start_mark.index >= ownTextFrom
    else { return location(of: mark) }
    return positions.location(
      line: mark.line, column: mark.column, index: mark.index,
      offset: start.offset + scalar.length)
  }

  private func kind(of event: yaml_event_t) -> YAMLEvent.Kind {
    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_ALIAS_EVENT: return .alias(Self.string(event.data.alias.anchor) ?? "")
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = UnsafeBufferPointer(
        start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
      let properties = YAMLNodeProperties(
        anchor: Self.string(scalar.anchor), tag: Self.string(scalar.tag))
      return .scalar(text, Self.style(of: scalar.style), properties)
    case YAML_SEQUENCE_START_EVENT:
      let start = event.data.sequence_start
      return .sequenceStart(
        YAMLNodeProperties(anchor: Self.string(start.anchor), tag: Self.string(start.tag)))
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_START_EVENT:
      let start = event.data.mapping_start
      return .mappingStart(
        YAMLNodeProperties(anchor: Self.string(start.anchor), tag: Self.string(start.tag)))
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    default: return .streamEnd
    }
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    pointer.map { String(cString: $0) }
  }

  private static func style(of style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: .literal
    case YAML_FOLDED_SCALAR_STYLE: .folded
    default: .plain
    }
  }

  private func location(of mark: yaml_mark_t) -> SourceLocation {
    positions.location(line: mark.line, column: mark.column, index: mark.index)
  }

  /// The error libyaml reports, located: reader errors carry a byte offset,
  /// scanner and parser errors a mark.
  private func syntaxError() -> YAMLSyntaxError {
    guard isInitialized else {
      let start = positions.location(ofByte: 0)
      return YAMLSyntaxError(problem: "out of memory", range: SourceRange(at: start))
    }
    let state = parser.pointee
    var problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
    let problemStart: SourceLocation
    switch state.error {
    case YAML_READER_ERROR:
      problemStart = positions.location(ofByte: state.problem_offset)
      if state.problem_value >= 0 {
        problem += " (U+" + String(state.problem_value, radix: 16, uppercase: true) + ")"
      }
    case YAML_MEMORY_ERROR:
      problem = "out of memory"
      problemStart = positions.location(ofByte: 0)
    default:
      problemStart = location(of: state.problem_mark)
    }
    let context = state.context.map { String(cString: $0) }
    return YAMLSyntaxError(
      problem: problem, range: SourceRange(at: problemStart), context: context,
      contextRange: context.map { _ in SourceRange(at: location(of: state.context_mark)) })
  }
}
