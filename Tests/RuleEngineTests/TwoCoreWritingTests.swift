import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct TwoCoreWritingTests {
  /// A sink that keeps the chunks it is handed.
  private final class Chunks: @unchecked Sendable {
    var chunks: [[UInt8]] = []
  }

  @Test(arguments: [0, 1, 3, 4, 6, 7, 23])
  func itemsAreWrittenInOrder(_ count: Int) throws {
    let chunks = Chunks()
    var output = ReportOutput(chunk: 4) { chunks.chunks.append(Array($0)) }
    TwoCoreWriting.write(count, block: 3, into: &output) { range, output in
      for item in range {
        output.write(item)
        output.write(",")
      }
    }
    try output.finish()
    let expected = (0..<count).map { "\($0)," }.joined()
    #expect(String(decoding: chunks.chunks.joined(), as: UTF8.self) == expected)
  }

  @Test func aJSONArrayWrittenApartIsTheArrayWrittenWhole() {
    var whole = JSONText.Writer()
    whole.beginObject()
    whole.field("items")
    whole.beginArray()
    for item in 0..<10 {
      whole.element()
      whole.beginObject()
      whole.field("n")
      whole.int(item)
      whole.endObject()
    }
    whole.endArray()
    whole.endObject()

    var writer = JSONText.Writer()
    writer.beginObject()
    writer.field("items")
    writer.beginArray()
    var output = ReportOutput()
    output.takeAll(from: &writer)
    let layout = writer.apart(following: false)
    TwoCoreWriting.write(10, block: 2, into: &output) { range, output in
      var part = layout.apart(following: range.lowerBound > 0)
      for item in range {
        part.element()
        part.beginObject()
        part.field("n")
        part.int(item)
        part.endObject()
      }
      output.takeAll(from: &part)
    }
    writer.wroteApart()
    writer.endArray()
    writer.endObject()
    output.takeAll(from: &writer)
    #expect(output.bytes == whole.bytes)
  }

  @Test(arguments: ReportFormat.allCases, [Language.en, .zh])
  func reportsWrittenInSmallBlocksAreTheReportsWrittenOnOneCore(
    _ format: ReportFormat, _ language: Language
  ) throws {
    let graph = try CheckFixture.graph()
    let (snapshot, result, progress) = try ReportFixture.checked()
    let context = ReportContext(
      heading: BulletinHeading.defaults(for: graph, asOf: result.asOf),
      progress: progress, entries: SnapshotEntries(snapshot: snapshot, progress: progress))
    let report = format.report(language: language, context: context)
    let oneCore = report.render(result, graph: graph)
    #expect(oneCore.utf8.count > 1000)
    for block in [1, 2, 5] {
      let bothCores = TwoCoreWriting.$block.withValue(block) {
        report.render(result, graph: graph)
      }
      #expect(bothCores == oneCore, "blocks of \(block)")
    }
  }
}
