import RuleParser

/// One instance's entry of a snapshot's `obligations`: read from its mapping
/// node, or from the fields the JSON reader hands over for a flat object
/// (`MemberStream`); the same values and the same diagnostics either way.
extension SnapshotBuilder {
  /// Reads one member of `obligations` (an instance id and its entry) into
  /// `entries`, or reports what is wrong with it.
  static func add(
    _ member: YAMLNode.Pair, to entries: inout InstanceStatusTable,
    diagnostics: inout Diagnostics
  ) {
    guard let id = instanceID(member.key, diagnostics: &diagnostics) else { return }
    // Named only when a message needs it: a snapshot has a million entries.
    guard
      let fields = MappingReader.snapshot(
        member.value, what(id), allowed: SnapshotReader.entryKeys, diagnostics: &diagnostics)
    else { return }
    func present(_ field: EntryField) -> YAMLNode? { fields.present(field.key) }
    let status = fields.needed("status", diagnostics: &diagnostics).flatMap {
      reportedStatus($0, diagnostics: &diagnostics)
    }
    let completed = present(.completed).flatMap { day($0, .completed, diagnostics: &diagnostics) }
    let reported = present(.reported).flatMap { day($0, .reported, diagnostics: &diagnostics) }
    guard
      let entry = entry(
        id: id, status: status, completed: completed, reported: reported,
        rare: EntryField.rare.contains { present($0) != nil } ? present : nil,
        diagnostics: &diagnostics)
    else { return }
    entries.set(entry, for: id.value)
  }

  /// Reads one member of `obligations` whose entry is a flat object: its
  /// fields by their position in `SnapshotReader.entryKeys`, and where the
  /// object stands.
  ///
  /// The status and the dates are read from their bytes when they are a
  /// machine status and ISO days, as in nearly every entry; anything else
  /// is read from its node, as from a loaded tree. The id is stored as the
  /// key's bytes (`InstanceIDStore`): a string is made of them only for a
  /// message or an entry the table keeps whole.
  static func add(
    key: FlatScalar, fields: [FlatScalar?], object: SourceRange,
    to entries: inout InstanceStatusTable, diagnostics: inout Diagnostics
  ) {
    // A key is a string, nearly always a visible one: it is told not blank
    // by its first byte where it stands, without a node. The file is valid
    // UTF-8 and a flat key has no escapes: the id's string, if made, has
    // the key's very bytes, and is written at the key's range.
    let checkedID: Located<String>?
    if key.bytes.first.map(SnapshotValue.isVisibleASCII) == true {
      checkedID = nil
    } else {
      guard let checked = instanceID(key.node, diagnostics: &diagnostics) else { return }
      checkedID = checked
    }
    func id() -> Located<String> {
      checkedID ?? Located(String(decoding: key.bytes, as: UTF8.self), at: key.range)
    }
    func present(_ field: EntryField) -> FlatScalar? {
      guard let value = fields[field.rawValue], !value.isNull else { return nil }
      return value
    }
    let statusField = present(.status)
    if statusField == nil {
      diagnostics.report(.snapshotMissingKey("status", in: what(id()), at: object))
    }
    let status = statusField.flatMap { scalar in
      machineStatus(spelledBy: scalar.bytes).map { Located($0, at: scalar.range) }
        ?? reportedStatus(scalar.node, diagnostics: &diagnostics)
    }
    func day(_ field: EntryField) -> Located<Day>? {
      present(field).flatMap { scalar in
        Day(isoUTF8: scalar.bytes).map { Located($0, at: scalar.range) }
          ?? Self.day(scalar.node, field, diagnostics: &diagnostics)
      }
    }
    let completed = day(.completed)
    let reported = day(.reported)
    let hasRare = EntryField.rare.contains { present($0) != nil }
    if !hasRare, let status,
      let stored = StoredEntry(
        id: key.range, status: status, completed: completed, reported: reported)
    {
      entries.set(stored, forID: key.bytes)
      return
    }
    guard
      let entry = entry(
        id: id(), status: status, completed: completed, reported: reported,
        rare: hasRare ? { present($0)?.node } : nil, diagnostics: &diagnostics)
    else { return }
    entries.set(entry, forID: key.bytes)
  }

  private static func instanceID(
    _ key: YAMLNode, diagnostics: inout Diagnostics
  ) -> Located<String>? {
    SnapshotValue.text(
      key, LocalizedText(en: "an instance id", zh: "实例标识"), diagnostics: &diagnostics)
  }

  /// What an entry is called in messages.
  private static func what(_ id: Located<String>) -> LocalizedText {
    LocalizedText(en: "the entry of '\(id.value)'", zh: "'\(id.value)' 的状态")
  }

  /// A date field's value.
  private static func day(
    _ node: YAMLNode, _ field: EntryField, diagnostics: inout Diagnostics
  ) -> Located<Day>? {
    SnapshotValue.day(node, LocalizedText(en: field.key, zh: field.zh), diagnostics: &diagnostics)
  }

  /// The entry of `id` from its status (`nil` when missing or wrong, already
  /// reported), its dates, and a reader of its other values by key (`nil`
  /// when the entry has none of them; the reader answers `nil` for a value
  /// absent or null).
  private static func entry(
    id: Located<String>, status: Located<InstanceProgress>?, completed: Located<Day>?,
    reported: Located<Day>?, rare present: ((EntryField) -> YAMLNode?)?,
    diagnostics: inout Diagnostics
  ) -> InstanceStatus? {
    // Most entries have none of the other fields: a million entries make
    // no empty values for them.
    guard let present else {
      guard let status else { return nil }
      return InstanceStatus(
        instance: id, status: status, completed: completed, reported: reported)
    }
    let published = present(.published).flatMap { day($0, .published, diagnostics: &diagnostics) }
    let falseReport = present(.falseReport).flatMap {
      SnapshotValue.bool(
        $0, LocalizedText(en: "false_report", zh: "失实标记 false_report"), diagnostics: &diagnostics)
    }
    let progress = present(.progress).flatMap {
      SnapshotValue.share(
        $0, LocalizedText(en: "progress", zh: "进度 progress"), diagnostics: &diagnostics)
    }
    if let progress, !(0...1).contains(progress.value) {
      diagnostics.report(.snapshotProgressRange(progress.value, at: progress.range))
    }
    func text(_ field: EntryField, _ zh: String) -> String? {
      present(field).flatMap {
        SnapshotValue.text($0, LocalizedText(en: field.key, zh: zh), diagnostics: &diagnostics)
      }?.value
    }
    let note = text(.note, "备注 note")
    let acceptance = Acceptance(
      on: present(.acceptedOn).flatMap { day($0, .acceptedOn, diagnostics: &diagnostics) },
      by: text(.acceptedBy, "验收单位 accepted_by"), evidence: text(.evidence, "佐证材料 evidence"))
    guard let status else { return nil }
    return InstanceStatus(
      instance: id, status: status, completed: completed, reported: reported,
      published: published, falseReport: falseReport, progress: progress, note: note,
      acceptance: acceptance)
  }

  /// The fields of an entry, by their position in `SnapshotReader.entryKeys`
  /// (the position of a flat entry's field as the JSON reader hands it over).
  enum EntryField: Int {
    case status, completed, reported, published, falseReport, progress, note
    case acceptedOn, acceptedBy, evidence

    /// The fields most entries leave out.
    static let rare: [Self] = [
      .published, .falseReport, .progress, .note, .acceptedOn, .acceptedBy, .evidence,
    ]

    /// The key as written in a snapshot.
    var key: String { SnapshotReader.entryKeys[rawValue] }

    /// A date field's name in Chinese messages, with its key.
    var zh: String {
      switch self {
      case .completed: "完成日期 completed"
      case .reported: "报送日期 reported"
      case .published: "公开日期 published"
      case .acceptedOn: "验收日期 accepted_on"
      default: key
      }
    }
  }

  /// The machine status spelled by `bytes` (a flat entry's status, where it
  /// stands), if it is one.
  ///
  /// The one status a spelling can be is told by its length and first byte,
  /// and only that status's bytes are compared: 57 instructions an entry at
  /// 100k, where scanning the list of spellings took 151. A status spelled
  /// otherwise is still read, from its node.
  private static func machineStatus(spelledBy bytes: UnsafeBufferPointer<UInt8>)
    -> InstanceProgress?
  {
    let (status, spelling): (InstanceProgress, StaticString)
    switch (bytes.count, bytes.first) {
    case (4, UInt8(ascii: "d")): (status, spelling) = (.done, "done")
    case (6, UInt8(ascii: "c")): (status, spelling) = (.closed, "closed")
    case (11, UInt8(ascii: "i")): (status, spelling) = (.inProgress, "in_progress")
    case (11, UInt8(ascii: "n")): (status, spelling) = (.notStarted, "not_started")
    default: return nil
    }
    // The spellings above are the statuses' raw values, written again to
    // be compared in place: a debug build (the tests) holds them so.
    assert(spelling.description == status.rawValue, "machineStatus spells \(status) otherwise")
    // Compared byte by byte: `elementsEqual` took 198 instructions here.
    let spelt = spelling.withUTF8Buffer { spelt in
      spelt.indices.allSatisfy { spelt[$0] == bytes[$0] }
    }
    return spelt ? status : nil
  }

  /// The statuses, in the order messages list them.
  private static let statuses = InstanceProgress.allCases.map(\.rawValue)

  private static func reportedStatus(
    _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> Located<InstanceProgress>? {
    choice(
      node, LocalizedText(en: "status", zh: "状态 status"), read: ReportedValue.status,
      allowed: statuses, diagnostics: &diagnostics
    ) {
      .notInSet(
        .snapshotBadStatus, $0, LocalizedText("a status", "状态"),
        allowed: $1.joined(separator: ", "),
        listed: LocalizedText("statuses", "状态"), suggestion: $2, at: $3)
    }
  }
}
