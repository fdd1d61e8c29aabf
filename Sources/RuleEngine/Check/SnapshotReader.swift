public import RuleParser

/// Reads a status snapshot from JSON (YAML flow syntax, so YAML snapshots work
/// too) into a `Snapshot`, with a located error for anything that does not fit
/// the format: unknown keys, wrong types, bad dates and statuses.
///
/// Checks against the plan (unknown ids, the plan id, dates after `as_of`)
/// are `SnapshotValidator`'s, so that snapshots read from other formats get
/// them too.
public struct SnapshotReader: Sendable {
  /// The keys of the top-level object.
  public static let topLevelKeys = ["plan", "as_of", "obligations", "metrics", "actions"]
  /// The keys of an instance's entry.
  public static let entryKeys = [
    "status", "completed", "reported", "published", "false_report", "progress", "note",
    "accepted_on", "accepted_by", "evidence",
  ]
  /// The keys of a metric reading.
  public static let readingKeys = ["on", "value"]
  /// The keys of a recorded action.
  public static let actionKeys = ["action", "instance", "on", "by"]
  /// The plan's action ladder: the steps an actions log may name.
  public var actions = EscalationAction.standard

  /// The keys a recorded action must have, in the order it reads them.
  static let requiredActionKeys = ["action", "instance", "on"]

  /// The loader and its limits.
  public var loader: YAMLLoader

  /// Creates a reader.
  public init(loader: YAMLLoader = YAMLLoader()) {
    self.loader = loader
  }

  /// Reads a snapshot file.
  ///
  /// - Parameters:
  ///   - path: the file.
  ///   - asOf: a day that overrides the snapshot's `as_of` (`--as-of`).
  ///   - diagnostics: receives every problem found.
  /// - Returns: the snapshot, or `nil` when it has errors.
  public func read(
    contentsOfFile path: String, asOf: Day? = nil, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    build(load(contentsOfFile: path), asOf: asOf, into: &diagnostics)
  }

  /// Reads a snapshot from bytes (standard input, or a test).
  ///
  /// - Parameters:
  ///   - bytes: the content.
  ///   - file: the name locations show (`<stdin>`).
  ///   - path: what `Snapshot.path` records (`-` for standard input).
  ///   - asOf: a day that overrides the snapshot's `as_of`.
  ///   - diagnostics: receives every problem found.
  /// - Returns: the snapshot, or `nil` when it has errors.
  public func read(
    _ bytes: [UInt8], file: String, path: String, asOf: Day? = nil,
    into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    build(
      load(path: path, file: file) { loader.load(bytes, file: file, streaming: $0, into: &$1) },
      asOf: asOf, into: &diagnostics)
  }

  /// A snapshot file loaded but not yet built into a `Snapshot`: the part
  /// of reading that needs nothing of the plan, and nearly all its work
  /// (the entries are read as they stream), so that it can run while the
  /// rules load (`SnapshotPrefetch`).
  public struct Loaded {
    let path: String
    let file: String
    let documents: [YAMLNode]
    let entries: SnapshotEntryStream
    let diagnostics: Diagnostics
  }

  /// Loads the snapshot file at `path`, ready for `build`.
  public func load(contentsOfFile path: String) -> Loaded {
    load(path: path, file: path) { loader.load(contentsOfFile: path, streaming: $0, into: &$1) }
  }

  /// What `load` loads, streaming the entries.
  private func load(
    path: String, file: String,
    _ load: (SnapshotEntryStream, inout Diagnostics) -> [YAMLNode]
  ) -> Loaded {
    var loading = Diagnostics()
    let entries = SnapshotEntryStream()
    let documents = load(entries, &loading)
    return Loaded(
      path: path, file: file, documents: documents, entries: entries, diagnostics: loading)
  }

  /// The snapshot of a loaded file, with this reader's action ladder and
  /// `asOf` overriding its date; `nil` when it has errors.
  public func build(_ loaded: Loaded, asOf: Day?, into diagnostics: inout Diagnostics) -> Snapshot?
  {
    diagnostics.merge(loaded.diagnostics)
    guard !loaded.diagnostics.hasErrors else { return nil }
    guard loaded.documents.count == 1, let root = loaded.documents.first else {
      diagnostics.report(.snapshotDocumentCount(loaded.documents.count, file: loaded.file))
      return nil
    }
    var local = Diagnostics()
    let snapshot = SnapshotBuilder(path: loaded.path, asOf: asOf, actions: actions).build(
      root, streamed: loaded.entries.isComplete ? loaded.entries : nil, diagnostics: &local)
    diagnostics.merge(local)
    return local.hasErrors ? nil : snapshot
  }
}

/// Builds a `Snapshot` from the root node of a snapshot document.
struct SnapshotBuilder {
  let path: String
  let asOf: Day?
  /// The plan's action ladder.
  var actions = EscalationAction.standard

  /// The snapshot of `root`; its `obligations` are `streamed`'s when the
  /// loader streamed them.
  func build(
    _ root: YAMLNode, streamed: SnapshotEntryStream? = nil, diagnostics: inout Diagnostics
  ) -> Snapshot? {
    guard
      let fields = MappingReader.snapshot(
        root, LocalizedText(en: "the snapshot", zh: "快照"), allowed: SnapshotReader.topLevelKeys,
        diagnostics: &diagnostics)
    else { return nil }
    let plan = fields.present("plan").flatMap {
      SnapshotValue.text($0, LocalizedText(en: "plan", zh: "计划标识"), diagnostics: &diagnostics)
    }
    let written = fields.present("as_of").flatMap {
      SnapshotValue.day($0, LocalizedText(en: "as_of", zh: "快照日期 as_of"), diagnostics: &diagnostics)
    }
    let obligations: InstanceStatusTable
    if let streamed {
      diagnostics.merge(streamed.diagnostics)
      obligations = streamed.entries
    } else {
      obligations =
        fields.present("obligations").map { entries($0, diagnostics: &diagnostics) } ?? [:]
    }
    let (metrics, metricLocations) =
      fields.present("metrics").map { readings($0, diagnostics: &diagnostics) } ?? ([:], [:])
    let actions =
      fields.present("actions").map { recordedActions($0, diagnostics: &diagnostics) } ?? []
    let asOf: Located<Day>
    if let override = self.asOf {
      asOf = Located(override, at: written?.range ?? SourceRange(at: root.range.start))
    } else if let written {
      asOf = written
    } else {
      if fields.present("as_of") == nil {
        diagnostics.report(
          .error(
            .snapshotNoAsOf, LocalizedText("the snapshot has no 'as_of' date", "快照缺少日期 'as_of'"),
            at: root.location))
      }
      return nil
    }
    return Snapshot(
      plan: plan, asOf: asOf, obligations: obligations, metrics: metrics, actions: actions,
      path: path, metricLocations: metricLocations)
  }

  private func entries(
    _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> InstanceStatusTable {
    let what = LocalizedText(en: "obligations", zh: "obligations（义务状态）")
    guard let pairs = SnapshotValue.pairs(node, what, diagnostics: &diagnostics) else {
      return [:]
    }
    var result = InstanceStatusTable(minimumCapacity: pairs.count)
    for pair in pairs { Self.add(pair, to: &result, diagnostics: &diagnostics) }
    return result
  }

  private func readings(
    _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> ([String: [MetricReading]], [String: SourceRange]) {
    let what = LocalizedText(en: "metrics", zh: "metrics（指标监测值）")
    guard let pairs = SnapshotValue.pairs(node, what, diagnostics: &diagnostics) else {
      return ([:], [:])
    }
    var result: [String: [MetricReading]] = [:]
    var locations: [String: SourceRange] = [:]
    for pair in pairs {
      let keyWhat = LocalizedText(en: "a metric instance id", zh: "指标实例标识")
      guard let id = SnapshotValue.text(pair.key, keyWhat, diagnostics: &diagnostics) else {
        continue
      }
      let listWhat = LocalizedText(en: "the readings of '\(id.value)'", zh: "'\(id.value)' 的监测值")
      guard let items = SnapshotValue.array(pair.value, listWhat, diagnostics: &diagnostics)
      else { continue }
      var byDay: [Day: SourceRange] = [:]
      var list: [MetricReading] = []
      for item in items {
        guard let reading = reading(item, of: id.value, diagnostics: &diagnostics) else {
          continue
        }
        if let previous = byDay[reading.on.value] {
          diagnostics.report(
            .duplicate(
              .snapshotDuplicateReading,
              LocalizedText(
                "a second reading on \(reading.on.value)", "\(reading.on.value) 有第二个监测值"),
              at: reading.on.range, first: previous))
          continue
        }
        byDay[reading.on.value] = reading.on.range
        list.append(reading)
      }
      result[id.value] = list.sorted { $0.on.value < $1.on.value }
      locations[id.value] = id.range
    }
    return (result, locations)
  }

  private func reading(
    _ node: YAMLNode, of id: String, diagnostics: inout Diagnostics
  ) -> MetricReading? {
    guard
      let (_, values) = MappingReader.snapshot(
        node, LocalizedText(en: "a reading of '\(id)'", zh: "'\(id)' 的监测值"),
        allowed: SnapshotReader.readingKeys, required: ["on", "value"], diagnostics: &diagnostics)
    else { return nil }
    let on = SnapshotValue.day(
      values[0], LocalizedText(en: "the reading's date 'on'", zh: "监测日期 on"),
      diagnostics: &diagnostics)
    let value = SnapshotValue.number(
      values[1], LocalizedText(en: "the reading's value", zh: "监测值 value"),
      diagnostics: &diagnostics)
    guard let on, let value else { return nil }
    return MetricReading(on: on, value: value)
  }

  private func recordedActions(_ node: YAMLNode, diagnostics: inout Diagnostics) -> [RecordedAction]
  {
    let what = LocalizedText(en: "actions", zh: "actions（已采取的措施）")
    guard let items = SnapshotValue.array(node, what, diagnostics: &diagnostics) else {
      return []
    }
    return items.compactMap { action($0, diagnostics: &diagnostics) }
  }

  private func action(_ node: YAMLNode, diagnostics: inout Diagnostics) -> RecordedAction? {
    guard
      let (fields, values) = MappingReader.snapshot(
        node, LocalizedText(en: "a recorded action", zh: "措施记录"),
        allowed: SnapshotReader.actionKeys, required: SnapshotReader.requiredActionKeys,
        diagnostics: &diagnostics)
    else { return nil }
    let action = escalationAction(values[0], diagnostics: &diagnostics)
    let instance = SnapshotValue.text(
      values[1], LocalizedText(en: "the action's instance", zh: "措施针对的实例"),
      diagnostics: &diagnostics)
    let on = SnapshotValue.day(
      values[2], LocalizedText(en: "the action's date 'on'", zh: "措施日期 on"),
      diagnostics: &diagnostics)
    let by = fields.present("by").flatMap {
      SnapshotValue.text(
        $0, LocalizedText(en: "the action's 'by'", zh: "措施实施单位 by"), diagnostics: &diagnostics)
    }
    guard let action, let instance, let on else { return nil }
    return RecordedAction(action: action, instance: instance, on: on, by: by?.value)
  }

  private func escalationAction(
    _ node: YAMLNode, diagnostics: inout Diagnostics
  ) -> Located<EscalationAction>? {
    let what = LocalizedText(en: "action", zh: "措施 action")
    return Self.choice(
      node, what, read: { ReportedValue.action($0, in: actions) },
      allowed: actions.map(\.rawValue),
      diagnostics: &diagnostics, unknown: Diagnostic.snapshotUnknownAction)
  }

  /// One value of a closed set (a status, an action), read by `read`
  /// (`ReportedValue`'s rules); an unknown one is reported by `unknown` with
  /// the allowed values and a suggestion.
  static func choice<Value>(
    _ node: YAMLNode, _ what: LocalizedText, read: (String) -> Value?, allowed: [String],
    diagnostics: inout Diagnostics, unknown: (String, [String], String?, SourceRange) -> Diagnostic
  ) -> Located<Value>? {
    guard let text = SnapshotValue.text(node, what, diagnostics: &diagnostics) else {
      return nil
    }
    if let value = read(text.value) { return Located(value, at: text.range) }
    let suggestion = DidYouMean(candidates: allowed).suggest(for: text.value)
    diagnostics.report(unknown(text.value, allowed, suggestion, text.range))
    return nil
  }
}
