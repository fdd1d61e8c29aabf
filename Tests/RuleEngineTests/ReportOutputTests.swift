import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

@Suite struct ReportOutputTests {
  /// A sink that keeps the chunks it is handed.
  private final class Chunks: @unchecked Sendable {
    var chunks: [[UInt8]] = []
  }

  private struct Full: Error {}

  @Test(arguments: ReportFormat.allCases)
  func chunksMakeTheSameBytesAsTheWholeReport(_ format: ReportFormat) throws {
    let graph = try CheckFixture.graph()
    let (snapshot, result, progress) = try ReportFixture.checked()
    let context = ReportContext(
      heading: BulletinHeading.defaults(for: graph, asOf: result.asOf),
      progress: progress, entries: SnapshotEntries(snapshot: snapshot, progress: progress))
    let report = format.report(language: .zh, context: context)
    let whole = report.render(result, graph: graph)
    let chunks = Chunks()
    var output = ReportOutput(chunk: 256) { chunks.chunks.append(Array($0)) }
    report.write(result, graph: graph, to: &output)
    try output.finish()
    #expect(chunks.chunks.count > 2)
    #expect(chunks.chunks.dropLast().allSatisfy { $0.count >= 256 })
    #expect(String(decoding: chunks.chunks.joined(), as: UTF8.self) == whole)
    // Written on both cores in small blocks, and handed on in small chunks.
    for block in [1, 2, 5] {
      let small = Chunks()
      var output = ReportOutput(chunk: 64) { small.chunks.append(Array($0)) }
      TwoCoreWriting.$block.withValue(block) { report.write(result, graph: graph, to: &output) }
      try output.finish()
      #expect(String(decoding: small.chunks.joined(), as: UTF8.self) == whole, "blocks of \(block)")
    }
  }

  @Test func theSinksFirstErrorIsThrownAtTheEnd() throws {
    let chunks = Chunks()
    var output = ReportOutput(chunk: 4) { bytes in
      chunks.chunks.append(Array(bytes))
      if chunks.chunks.count == 2 { throw Full() }
    }
    for word in ["one ", "two ", "three ", "four "] { output.write(word) }
    #expect(throws: Full.self) { try output.finish() }
    #expect(chunks.chunks.count == 2)
  }

  @Test(arguments: [
    "plain", "中文“引号”—破折号", "tab\there", "line\nbreak", "esc\u{1B}[31m", "del\u{7F}",
    "c1\u{85}", "\u{061C}arabic mark", "\u{200E}lrm", "\u{2028}separator", "\u{202E}override",
    "\u{2066}isolate", "\u{2069}", "\u{2010}hyphen", "\u{2030}per mille", "ñ·é", "end\u{1}",
  ])
  func printableTextIsWhatPrintableTextMakes(_ text: String) {
    var output = ReportOutput()
    output.writePrintable(text)
    #expect(String(decoding: output.bytes, as: UTF8.self) == PrintableText.escaping(text))
  }

  @Test func numbersAreWrittenInDecimal() {
    var output = ReportOutput()
    for number in [0, 7, 10, 1234, -56] {
      output.write(number)
      output.write(" ")
    }
    #expect(String(decoding: output.bytes, as: UTF8.self) == "0 7 10 1234 -56 ")
  }
}
