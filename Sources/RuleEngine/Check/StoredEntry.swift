import RuleParser

/// A snapshot entry as `InstanceStatusTable` stores it: 96 bytes where an
/// `InstanceStatus` and its id took 264 (184 for the entry, 16 for the id's
/// string and 64 for the string's storage), for each of up to a million
/// entries read into fresh memory.
///
/// The id is not here: its bytes are the table's (`InstanceIDStore`). The
/// values the check reads of every entry (the status and the two dates)
/// are stored as they are, their ranges as spans of their lines
/// (`LineSpan`) in the entry's file. An entry that gives more (one of the
/// rarely given fields) or whose ranges are not such spans is kept whole
/// besides, by the table (`wholePosition`).
///
/// A plain value, without references: copying an entry, as appending it
/// and reading it in place do, copies its bytes; with a reference to a box
/// each copy went through the entry's copy function and counted the
/// reference, some 100 instructions.
struct StoredEntry {
  // Stored in this order so that the status, the position of the whole
  // entry and the file fill the ends of the two days' 16 bytes (9 used).

  /// When it was completed.
  let completed: Day?
  /// The reported progress.
  let status: InstanceProgress
  /// Where the table keeps the entry whole, when the fields here do not
  /// hold all of it; `-1` when they do.
  var wholePosition: Int32
  /// When completion was reported to the office.
  let reported: Day?
  /// The number of the file the spans are in.
  private let file: UInt32
  private let idSpan: LineSpan
  private let statusSpan: LineSpan
  private let completedSpan: LineSpan
  private let reportedSpan: LineSpan

  /// The entry of an id written at `id` with these values and no other,
  /// when the ranges are spans of their lines in the id's file; else `nil`.
  ///
  /// How a snapshot's reader stores nearly every entry: without making an
  /// `InstanceStatus`, whose id would be a string of its own.
  init?(
    id: SourceRange, status: Located<InstanceProgress>, completed: Located<Day>?,
    reported: Located<Day>?
  ) {
    let file = id.start.fileNumber
    func span(_ value: Located<Day>?) -> LineSpan? {
      guard let value else { return LineSpan.none }
      return LineSpan(value.range, inFile: file)
    }
    guard let idSpan = LineSpan(id, inFile: file),
      let statusSpan = LineSpan(status.range, inFile: file),
      let completedSpan = span(completed), let reportedSpan = span(reported)
    else { return nil }
    self.completed = completed?.value
    self.status = status.value
    self.reported = reported?.value
    self.file = file
    self.idSpan = idSpan
    self.statusSpan = statusSpan
    self.completedSpan = completedSpan
    self.reportedSpan = reportedSpan
    wholePosition = -1
  }

  /// The entry `entry`, kept whole at `wholePosition`: its values the
  /// check reads of every entry stored here.
  init(_ entry: InstanceStatus, wholePosition: Int32) {
    completed = entry.completed?.value
    status = entry.status.value
    reported = entry.reported?.value
    file = 0
    (idSpan, statusSpan, completedSpan, reportedSpan) = (.none, .none, .none, .none)
    self.wholePosition = wholePosition
  }

  /// Whether the table keeps the entry whole.
  var isKeptWhole: Bool { wholePosition >= 0 }

  /// Where the id is written, if the entry is not kept whole.
  var idRange: SourceRange { idSpan.range(inFile: file) }

  /// The entry, whose id is `id`, if it is not kept whole.
  func entry(id: String) -> InstanceStatus {
    InstanceStatus(
      instance: Located(id, at: idSpan.range(inFile: file)),
      status: Located(status, at: statusSpan.range(inFile: file)),
      completed: completed.map { Located($0, at: completedSpan.range(inFile: file)) },
      reported: reported.map { Located($0, at: reportedSpan.range(inFile: file)) })
  }
}
