import Foundation
import TestSupport
import Testing

@testable import RuleParser

/// The JSON fast path gives exactly libyaml's nodes and locations, and
/// leaves everything outside plain JSON to libyaml.
@Suite struct JSONNodeReaderTests {
  private func libYAML(_ bytes: [UInt8]) -> [YAMLNode] {
    var diagnostics = Diagnostics()
    var sawTags = false
    return YAMLLoader().composeWithLibYAML(
      bytes, file: "x.json", isASCII: !bytes.contains { $0 >= 0x80 }, into: &diagnostics,
      sawTags: &sawTags)
  }

  /// The differences between two trees, by path: content, style and ranges.
  private func differences(_ a: YAMLNode, _ b: YAMLNode, at path: String = "") -> [String] {
    var found: [String] = []
    if a.range != b.range { found.append("\(path): range \(a.range) vs \(b.range)") }
    switch (a.content, b.content) {
    case (.scalar(let x, let xs), .scalar(let y, let ys)):
      if x != y || xs != ys { found.append("\(path): \(x) \(xs) vs \(y) \(ys)") }
    case (.sequence(let x), .sequence(let y)):
      if x.count != y.count { return found + ["\(path): \(x.count) vs \(y.count) items"] }
      for (offset, (p, q)) in zip(x, y).enumerated() {
        found += differences(p, q, at: "\(path)[\(offset)]")
      }
    case (.mapping(let x), .mapping(let y)):
      if x.count != y.count { return found + ["\(path): \(x.count) vs \(y.count) pairs"] }
      for (p, q) in zip(x, y) {
        found += differences(p.key, q.key, at: "\(path).key")
        found += differences(p.value, q.value, at: "\(path).\(p.key.scalar ?? "?")")
      }
    default:
      found.append("\(path): different shapes")
    }
    return found
  }

  @Test func readsEveryFixtureAsLibYAMLDoes() throws {
    var read = 0
    for file in Fixtures.jsonFiles {
      let bytes = try [UInt8](Data(contentsOf: file))
      guard let fast = JSONNodeReader.read(bytes, file: "x.json") else { continue }
      read += 1
      let slow = libYAML(bytes)
      #expect(slow.count == 1, "\(file.lastPathComponent)")
      guard let root = slow.first else { continue }
      let found = differences(fast, root)
      #expect(found.isEmpty, "\(file.lastPathComponent): \(found.prefix(3))")
    }
    #expect(read > 10)
  }

  @Test func readsCompactAndNonASCIIJSONAsLibYAMLDoes() throws {
    let samples = [
      #"{"a":1,"b":[true,false,null,-0.5e+3],"c":{"d":"x"},"e":[],"f":{}}"#,
      "{\n  \"plan\": \"p\",\n  \"obligations\": {\n    \"x@y\": {\"status\": \"done\", \"note\": \"规划已送审\"}\n  }\n}\n",
      "  \n{\"键\" : \"值😀\", \"n\" : 10}",
      #"{"a":[{"b":[1,[2,[3]]]}],"c":"d"}"#,
    ]
    for sample in samples {
      let bytes = Array(sample.utf8)
      let fast = try #require(JSONNodeReader.read(bytes, file: "x.json"), "\(sample)")
      let slow = try #require(libYAML(bytes).first)
      #expect(differences(fast, slow).isEmpty, "\(sample): \(differences(fast, slow))")
    }
  }

  @Test func leavesAnythingButPlainJSONToLibYAML() {
    let others = [
      "a: 1", "[1, 2]", "{\"a\": 1,}", "{\"a\": \"x\\ny\"}", "{\"a\":\t1}", "{\"a\": 1} # c",
      "{\"a\": 1, \"a\": 2}", "{a: 1}", "{\"a\"\n: 1}", "{\"a\": 01}", "{\"a\": yes}",
      "\u{FEFF}{\"a\": 1}", "{\"a\": 1}\n---\n{}", "{\"a\": \"\u{85}\"}", "{\"a\": \"\u{2028}\"}",
      "{\"a\": 1}\r\n", "{\"a\": &x 1}", "{\"a\": !!str 1}", "{\"a\": \"b\"", "",
      "{\"" + String(repeating: "k", count: 1_100) + "\": 1}",
      "{\"a\":" + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}",
    ]
    for text in others {
      #expect(JSONNodeReader.read(Array(text.utf8), file: "x.json") == nil, "\(text.prefix(30))")
    }
  }

  /// A string's text is scanned eight bytes at a time: a character that
  /// stops the scan, or ends or rules out the string, is found at every
  /// place in a word and across words.
  @Test func findsEveryStoppingCharacterAtEveryPlaceInAString() throws {
    let stops: [(text: String, isPlain: Bool)] = [
      ("é", true), ("规", true), ("😀", true), ("\u{7F}", false), ("\u{1F}", false),
      ("\\", false), ("\u{85}", false), ("\u{2028}", false),
    ]
    for (stop, isPlain) in stops {
      for place in 0...19 {
        let text =
          String(repeating: "a", count: place) + stop + String(repeating: "b", count: 19 - place)
        let json = "{\"k\": \"" + text + "\", \"" + text + "\": 1}"
        let bytes = Array(json.utf8)
        guard isPlain else {
          #expect(
            JSONNodeReader.read(bytes, file: "x.json") == nil, "\(place) \(stop.debugDescription)")
          continue
        }
        let fast = try #require(JSONNodeReader.read(bytes, file: "x.json"), "\(place) \(stop)")
        let slow = try #require(libYAML(bytes).first)
        #expect(differences(fast, slow).isEmpty, "\(place) \(stop): \(differences(fast, slow))")
      }
    }
    for length in 0...20 {
      let json = "{\"" + String(repeating: "k", count: length) + "\":\"x\"}"
      let bytes = Array(json.utf8)
      let fast = try #require(JSONNodeReader.read(bytes, file: "x.json"), "\(length)")
      let slow = try #require(libYAML(bytes).first)
      #expect(differences(fast, slow).isEmpty, "\(length): \(differences(fast, slow))")
    }
  }
}
