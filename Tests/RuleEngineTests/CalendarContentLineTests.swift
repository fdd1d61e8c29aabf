import Testing

@testable import RuleEngine

@Suite struct CalendarContentLineTests {
  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "a\\,b"),
    ("a;b", "a\\;b"),
    ("a\\b", "a\\\\b"),
    ("line\nbreak", "line\\nbreak"),
    ("windows\r\nbreak", "windows\\nbreak"),
    ("old\rmac", "old\\nmac"),
    ("tab\tkept", "tab\tkept"),
    ("bell\u{7}gone\u{7F}", "bellgone"),
    ("全角\u{FF0C}\u{FF1B}不转义", "全角\u{FF0C}\u{FF1B}不转义"),
    ("\\n is not a break", "\\\\n is not a break"),
    ("a: b", "a: b"),
  ])
  func textIsEscaped(_ text: String, _ escaped: String) {
    #expect(ContentLine.escaped(text) == escaped)
  }

  @Test func categoriesAreEscapedOneByOne() {
    #expect(ContentLine.list(["兰州市", "a,b", "c;d"]) == "兰州市,a\\,b,c\\;d")
  }

  /// Long lines of 1-, 2-, 3- and 4-byte characters, shifted by every
  /// offset so that each line break could fall inside a character.
  static let longLines: [String] = (0..<8).flatMap { shift in
    let prefix = "SUMMARY:" + String(repeating: "x", count: shift)
    return [
      prefix + String(repeating: "完成全省环境监测网络建设,", count: 20),
      prefix + String(repeating: "é", count: 120),
      prefix + String(repeating: "🏞️", count: 40),
      prefix + String(repeating: "a", count: 200),
      prefix + "混合 mixed ✓ 🇨🇳 " + String(repeating: "整改", count: 60),
      prefix + String(repeating: "👩‍👩‍👧‍👦", count: 12),
      prefix + "e" + String(repeating: "\u{301}", count: 60),
    ]
  }

  @Test(arguments: longLines)
  func foldingKeepsEveryLineWithin75OctetsAndEveryCharacterWhole(_ line: String) throws {
    let folded = ContentLine.folded(line)
    #expect(folded.hasSuffix("\r\n"))
    let physical = folded.utf8.split(separator: 0x0A).map { Array($0) }
    for (index, bytes) in physical.enumerated() {
      #expect(bytes.last == 0x0D)
      let content = bytes.dropLast()
      #expect(content.count <= 75)
      #expect(String(validating: content, as: UTF8.self) != nil, "line \(index) splits a scalar")
      if index > 0 { #expect(content.first == 0x20) }
      if index + 1 < physical.count {
        let next = String(decoding: physical[index + 1].dropFirst().dropLast(), as: UTF8.self)
        let room = 75 - content.count
        #expect((next.first?.utf8.count ?? 0) > room, "line \(index) could hold more")
      }
    }
    var unfolded = Array(folded.utf8)
    while let index = unfolded.indices.dropLast(2).first(where: {
      unfolded[$0] == 0x0D && unfolded[$0 + 1] == 0x0A && unfolded[$0 + 2] == 0x20
    }) {
      unfolded.removeSubrange(index..<(index + 3))
    }
    #expect(unfolded == Array((line + "\r\n").utf8))
  }

  @Test(arguments: [
    String(repeating: "完成全省环境监测网络建设,", count: 20),
    String(repeating: "🏞️", count: 40),
    String(repeating: "👩‍👩‍👧‍👦", count: 12),
  ])
  func foldingKeepsCharactersOfSeveralScalarsTogether(_ text: String) {
    let folded = ContentLine.folded("SUMMARY:" + text)
    let lines = folded.split(separator: "\r\n").map { $0.hasPrefix(" ") ? $0.dropFirst() : $0 }
    #expect(lines.count > 1)
    #expect(lines.joined() == "SUMMARY:" + text)
    #expect(lines.dropFirst().allSatisfy { line in line.allSatisfy { text.contains($0) } })
  }

  @Test func aCharacterLongerThanALineIsSplitBetweenScalars() {
    let long = "e" + String(repeating: "\u{301}", count: 60)
    let folded = ContentLine.folded(long)
    #expect(folded.utf8.split(separator: 0x0A).allSatisfy { $0.count <= 76 })
    #expect(String(validating: Array(folded.utf8), as: UTF8.self) != nil)
  }

  @Test(arguments: [74, 75])
  func aLineOfAtMost75OctetsIsNotFolded(_ length: Int) {
    let line = String(repeating: "a", count: length)
    #expect(ContentLine.folded(line) == line + "\r\n")
  }

  @Test func a76OctetLineIsFoldedOnce() {
    let line = String(repeating: "a", count: 76)
    #expect(ContentLine.folded(line) == String(repeating: "a", count: 75) + "\r\n a\r\n")
  }
}
