import Foundation
import TestSupport
import Testing

@testable import RuleEngine
@testable import RuleParser

/// A plain-JSON snapshot read as it streams (entries handed over one by
/// one, flat ones as their fields) gives exactly what the snapshot builder
/// gives on the whole node tree: the same entries, values, locations and
/// diagnostics, on every snapshot of the fixtures and examples, and on each
/// with a mistake put in.
@Suite struct SnapshotStreamingTests {
  /// Every JSON snapshot of the fixtures and examples.
  private static let files = Fixtures.jsonFiles.filter {
    (try? String(contentsOf: $0, encoding: .utf8))?.contains("\"obligations\"") ?? false
  }

  /// The file, and the file with each of a few mistakes put in.
  private static func variants(of text: String) -> [String] {
    [
      text,
      text.replacingOccurrences(of: "\"done\"", with: "\"dnoe\""),
      text.replacingOccurrences(of: "\"completed\"", with: "\"complted\""),
      text.replacingOccurrences(of: "\"status\"", with: "\"state\""),
      text.replacingOccurrences(of: "\"reported\": \"", with: "\"reported\": \"x"),
      text.replacingOccurrences(of: "\"status\": ", with: "\"status\" : "),
      text.replacingOccurrences(of: "\"completed\"", with: "\"Completed\""),
      text.replacingOccurrences(of: "\"note\": ", with: "\"note\"\n: "),
    ]
  }

  /// What a snapshot and its diagnostics say, locations included.
  private func summary(_ snapshot: Snapshot?, _ diagnostics: Diagnostics) -> [String] {
    var lines = diagnostics.all.map {
      "\($0.code.rawValue) \(String(describing: $0.range)) \($0.message.en)"
    }
    guard let snapshot else { return lines + ["no snapshot"] }
    for (id, entry) in snapshot.obligations {
      lines.append(
        [
          id, "\(entry.instance.range)", "\(entry.status.value) \(entry.status.range)",
          "\(String(describing: entry.completed))", "\(String(describing: entry.reported))",
          "\(String(describing: entry.published))", "\(String(describing: entry.falseReport))",
          "\(String(describing: entry.progress))", entry.note ?? "-",
          "\(String(describing: entry.acceptance.on)) \(entry.acceptance.by ?? "-")",
        ].joined(separator: " | "))
    }
    return lines
  }

  @Test func entryFieldsStandWhereTheReaderHandsThemOver() {
    typealias Field = SnapshotBuilder.EntryField
    let fields: [Field] = [
      .status, .completed, .reported, .published, .falseReport, .progress, .note, .acceptedOn,
      .acceptedBy, .evidence,
    ]
    #expect(fields.map(\.key) == SnapshotReader.entryKeys)
    #expect(fields.map(\.rawValue) == Array(SnapshotReader.entryKeys.indices))
    #expect(Field.falseReport.key == "false_report" && Field.acceptedOn.key == "accepted_on")
  }

  @Test func streamingReadsEverySnapshotAsTheWholeTreeDoes() throws {
    var compared = 0
    for file in Self.files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for variant in Self.variants(of: text) {
        let bytes = Array(variant.utf8)
        guard let root = JSONNodeReader.read(bytes, file: "x.json") else { continue }
        var treeDiagnostics = Diagnostics()
        let tree = SnapshotBuilder(path: "x.json", asOf: nil).build(
          root, diagnostics: &treeDiagnostics)
        var streamDiagnostics = Diagnostics()
        let streamed = SnapshotReader().read(
          bytes, file: "x.json", path: "x.json", into: &streamDiagnostics)
        #expect(
          summary(streamed, streamDiagnostics)
            == summary(treeDiagnostics.hasErrors ? nil : tree, treeDiagnostics),
          "\(file.lastPathComponent)")
        compared += 1
      }
    }
    #expect(compared >= 160)
  }

  /// What libyaml and the snapshot builder make of `bytes`, the way
  /// `summary` tells it: the reading the JSON fast path must match.
  private func libYAMLSummary(_ bytes: [UInt8]) -> [String] {
    var diagnostics = Diagnostics()
    var sawTags = false
    let documents = YAMLLoader().composeWithLibYAML(
      bytes, file: "x.json", isASCII: bytes.allSatisfy { $0 < 0x80 }, into: &diagnostics,
      sawTags: &sawTags)
    guard !diagnostics.hasErrors, documents.count == 1, let root = documents.first else {
      return summary(nil, diagnostics)
    }
    var built = Diagnostics()
    let snapshot = SnapshotBuilder(path: "x.json", asOf: nil).build(root, diagnostics: &built)
    diagnostics.merge(built)
    return summary(built.hasErrors ? nil : snapshot, diagnostics)
  }

  @Test func keysLikeAnEntrysAreReadAsLibYAMLReadsThem() {
    // An entry's keys are told by their first sixteen bytes read at once,
    // and byte by byte near the end of the file (the last key of each
    // snapshot here): a key is one of them exactly or none.
    let keys = [
      "status", "stat", "statuss", "status\u{0}", "Status", "false_report", "false_repor",
      "false_reportt", "accepted_on", "accepted_onaccepted_on", "", "note\"",
    ]
    for key in keys {
      for last in ["progress", key] {
        let text =
          "{\"as_of\": \"2017-08-01\", \"obligations\": {\"a\": {\"status\": \"done\", "
          + "\"\(key)\": \"x\"}, \"b\": {\"status\": \"done\", \"\(last)\": 1}}}"
        let bytes = Array(text.utf8)
        var diagnostics = Diagnostics()
        let streamed = SnapshotReader().read(
          bytes, file: "x.json", path: "x.json", into: &diagnostics)
        #expect(summary(streamed, diagnostics) == libYAMLSummary(bytes), "\(text)")
      }
    }
  }

  /// A snapshot of `count` entries, one per line after the first, with the
  /// id of entry `repeated.of` written again as entry `repeated.at`.
  private func snapshot(count: Int, repeating repeated: (of: Int, at: Int)) -> [UInt8] {
    let entries = (0..<count).map { position in
      let id = position == repeated.at ? repeated.of : position
      return "\"o\(id)@b\": {\"status\": \"done\", \"completed\": \"2017-07-01\"}"
    }
    let text =
      "{\"plan\": \"p\", \"as_of\": \"2017-08-01\", \"obligations\": {\n"
      + entries.joined(separator: ",\n") + "}}\n"
    return Array(text.utf8)
  }

  @Test func anIdRepeatedAnywhereInAStreamIsReportedWhereItIsRepeated() {
    // Within the first batch of ids indexed together, across batches, and
    // in the last batch, which is indexed only when the stream ends.
    let batch = SnapshotEntryStream.entriesPerIndexing
    for repeated in [(of: 1, at: 3), (of: 2, at: batch + 7), (of: batch + 9, at: 3 * batch + 5)] {
      var diagnostics = Diagnostics()
      let snapshot = SnapshotReader().read(
        self.snapshot(count: 3 * batch + 20, repeating: repeated), file: "x.json",
        path: "x.json", into: &diagnostics)
      #expect(snapshot == nil)
      #expect(diagnostics.all.map(\.code) == [.duplicateKey], "\(repeated)")
      // Line 1 holds the root; entry n stands on line n + 2.
      #expect(diagnostics.all.first?.range?.start.line == repeated.at + 2, "\(repeated)")
    }
  }

  @Test func aStreamWithoutRepeatsKeepsEveryEntryFoundById() {
    let count = 5 * SnapshotEntryStream.entriesPerIndexing + 3
    var diagnostics = Diagnostics()
    let snapshot = SnapshotReader().read(
      self.snapshot(count: count, repeating: (of: 0, at: 0)), file: "x.json", path: "x.json",
      into: &diagnostics)
    #expect(!diagnostics.hasErrors)
    #expect(snapshot?.obligations.count == count)
    #expect((0..<count).allSatisfy { snapshot?.obligations.contains("o\($0)@b") ?? false })
  }
}
