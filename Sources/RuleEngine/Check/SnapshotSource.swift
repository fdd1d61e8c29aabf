import Foundation
public import RuleParser

/// Reads status snapshots by their paths and validates them against the
/// plan, the same for `rulec check`, `report`, `history`, `graph --snapshot`
/// and a program embedding rulec: `*.csv` and `*.xlsx` (and a workbook on
/// standard input, `-`) as a filled-in ledger (`LedgerSnapshot`), anything
/// else as JSON (`SnapshotReader`); folders stand for the files below them.
public struct SnapshotSource {
  /// The compiled plan the snapshots describe.
  public let graph: ObligationGraph
  /// The text encoding of ledger CSVs.
  public let encoding: LedgerEncoding
  /// The text of standard input once read, for diagnostics' excerpts.
  public let sources: SourceLines
  /// Files already loaded while the rules loaded.
  public var prefetched: SnapshotPrefetch?
  private var validator: SnapshotValidator

  /// The extensions of the files a folder contributes.
  public static let extensions: Set<String> = ["json", "yaml", "yml", "csv", "xlsx"]

  /// Creates a source for snapshots of `graph`.
  public init(
    graph: ObligationGraph, encoding: LedgerEncoding = .auto, sources: SourceLines = SourceLines()
  ) {
    self.graph = graph
    self.encoding = encoding
    self.sources = sources
    self.validator = SnapshotValidator(graph: graph)
  }

  /// The snapshots of a check and its findings: what `rulec check` reports.
  public struct Checked {
    /// The snapshot checked (the inputs merged).
    public var current: Snapshot
    /// The earlier snapshot of `since`, if any.
    public var earlier: Snapshot?
    /// The findings, marked new, continuing or resolved when there is an
    /// earlier snapshot.
    public var result: CheckResult
  }

  /// The inputs with each folder replaced by its snapshot and ledger files.
  ///
  /// A folder contributes the files below it, in path order, hidden files
  /// skipped; a folder without any is reported (E239).
  public static func expand(_ paths: [String], into diagnostics: inout Diagnostics) -> [String] {
    var result: [String] = []
    for path in paths {
      var isFolder: ObjCBool = false
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        isFolder.boolValue
      else {
        result.append(path)
        continue
      }
      let enumerator = FileManager.default.enumerator(
        at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
      var found: [String] = []
      while let url = enumerator?.nextObject() as? URL {
        guard extensions.contains(url.pathExtension.lowercased()) else { continue }
        let relative = String(url.path.dropFirst(URL(fileURLWithPath: path).path.count))
        found.append((path.hasSuffix("/") ? String(path.dropLast()) : path) + relative)
      }
      if found.isEmpty {
        diagnostics.report(
          .error(
            .inputsEmptyFolder,
            LocalizedText(
              en: "the folder '\(path)' holds no snapshot or ledger (.json, .yaml, .csv, .xlsx)",
              zh: "文件夹 '\(path)' 中没有快照或台账（.json、.yaml、.csv、.xlsx）"), at: nil))
      }
      result += found.sorted()
    }
    return result
  }

  /// The snapshot at `path`, read and validated.
  ///
  /// `nil` when it has errors, which are reported into `diagnostics`; `asOf`
  /// overrides the snapshot's own date.
  public mutating func read(
    _ path: String, asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    guard let snapshot = readUnchecked(path, asOf: asOf, into: &diagnostics),
      validator.validate(snapshot, into: &diagnostics)
    else { return nil }
    return snapshot
  }

  /// The inputs (files and folders) read, validated and merged into one
  /// snapshot (`SnapshotMerge`); `nil` when any has errors.
  public mutating func readMerged(
    _ paths: [String], asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let files =
      prefetched?.expand(paths, into: &diagnostics) ?? Self.expand(paths, into: &diagnostics)
    var read: [Snapshot] = []
    for path in files {
      guard let snapshot = self.read(path, asOf: asOf, into: &diagnostics) else { continue }
      read.append(snapshot)
    }
    guard !diagnostics.hasErrors, read.count == files.count else { return nil }
    return SnapshotMerge.merge(
      consume read, premerged: prefetched?.premerged(for: files), into: &diagnostics)
  }

  /// Reads, validates and checks the inputs at `paths` (merged), for the
  /// instances of `bodies` (all when `nil`).
  ///
  /// With `since`, each finding is marked new, continuing or resolved against
  /// the earlier snapshot there. `nil` when any snapshot has errors (an
  /// earlier snapshot dated after the current one is one).
  public mutating func check(
    _ paths: [String], since: String?, asOf: Day?, bodies: Set<String>? = nil,
    into diagnostics: inout Diagnostics
  ) -> Checked? {
    let current = diagnostics.hasErrors ? nil : readMerged(paths, asOf: asOf, into: &diagnostics)
    let earlier = since.flatMap { read($0, asOf: nil, into: &diagnostics) }
    if let current, let earlier, earlier.asOf.value > current.asOf.value {
      diagnostics.report(
        .error(
          .sinceAfterAsOf,
          LocalizedText(
            "the earlier snapshot is dated \(earlier.asOf.value), after this one (\(current.asOf.value))",
            "用于比较的快照日期 \(earlier.asOf.value) 晚于本快照（\(current.asOf.value)）"), at: earlier.asOf.range)
      )
    }
    guard let current, since == nil || earlier != nil, !diagnostics.hasErrors else { return nil }
    PhaseClock.mark("read")
    let checker = Checker(graph: graph)
    var result = checker.check(current, bodies: bodies)
    if let earlier {
      result.changes = FindingChanges(
        current: result, earlier: checker.check(earlier, bodies: bodies ?? current.scope))
    }
    PhaseClock.mark("evaluate")
    return Checked(current: current, earlier: earlier, result: result)
  }

  /// Whether `path` names a filled-in ledger (`.csv`, `.xlsx`) by its
  /// extension.
  static func isLedger(_ path: String) -> Bool {
    let lowercased = path.lowercased()
    return lowercased.hasSuffix(".csv") || lowercased.hasSuffix(".xlsx")
  }

  /// A reader of the plan's snapshots (its action ladder).
  private var reader: SnapshotReader {
    var reader = SnapshotReader()
    reader.actions = graph.plan.actions
    return reader
  }

  /// The snapshot at `path` as read, before validation.
  private func readUnchecked(
    _ path: String, asOf: Day?, into diagnostics: inout Diagnostics
  ) -> Snapshot? {
    let isLedger = Self.isLedger(path)
    guard path == "-" || isLedger else {
      if let loaded = prefetched?.take(path) {
        return reader.build(loaded, asOf: asOf, into: &diagnostics)
      }
      return reader.read(contentsOfFile: path, asOf: asOf, into: &diagnostics)
    }
    // Bounded, regular files only; a closed or directory standard input is
    // an error, not a trap.
    let name = path == "-" ? "<stdin>" : path
    let content = path == "-" ? InputFile.readStandardInput() : InputFile.read(path)
    let data: [UInt8]
    switch content {
    case .bytes(let bytes):
      data = bytes
    case .tooLarge(let size):
      diagnostics.report(.inputTooLarge(name, bytes: size, limit: InputFile.defaultMaxBytes))
      return nil
    case .unreadable(let reason):
      diagnostics.report(.unreadableFile(name, reason: reason))
      return nil
    }
    // A workbook on standard input is recognised by its zip signature.
    if isLedger || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      return LedgerSnapshot.read(
        data, path: path, graph: graph, asOf: asOf, encoding: encoding,
        into: &diagnostics)
    }
    sources.register(String(decoding: data, as: UTF8.self), for: "<stdin>")
    return reader.read(data, file: "<stdin>", path: "-", asOf: asOf, into: &diagnostics)
  }
}
