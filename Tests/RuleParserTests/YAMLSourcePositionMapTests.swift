import Testing

@testable import RuleParser

@Suite struct YAMLSourcePositionMapTests {
  @Test func convertsCharacterIndexesToByteOffsetsBothWays() {
    let text = "ab兰州cdefghijklmnop😀z"
    var map = SourcePositionMap(bytes: Array(text.utf8), file: "f", isASCII: false)
    #expect(map.byteOffset(ofCharacter: 3) == 5)
    #expect(map.byteOffset(ofCharacter: 16) == 20)
    #expect(map.byteOffset(ofCharacter: 19) == 26)
    #expect(map.byteOffset(ofCharacter: 2) == 2)
    #expect(map.byteOffset(ofCharacter: 0) == 0)
    #expect(map.byteOffset(ofCharacter: 18) == 22)
    #expect(map.byteOffset(ofCharacter: 99) == 27)
  }

  @Test func skipsTheByteOrderMarkInOffsets() {
    let bytes = SourcePositionMap.byteOrderMark + Array("a兰b".utf8)
    var map = SourcePositionMap(bytes: bytes, file: "f", isASCII: false)
    #expect(map.byteOffset(ofCharacter: 2) == 7)
    var ascii = SourcePositionMap(
      bytes: SourcePositionMap.byteOrderMark + Array("ab".utf8), file: "f", isASCII: true)
    #expect(ascii.location(line: 0, column: 1, index: 1).offset == 4)
  }

  @Test func locatesByteOffsetsWithLibyamlsLineBreaks() {
    let text = "a\r\nb\rc\u{85}d\u{2028}兰x"
    let map = SourcePositionMap(bytes: Array(text.utf8), file: "f", isASCII: false)
    let spots = [(0, 1, 1), (3, 2, 1), (5, 3, 1), (8, 4, 1), (12, 5, 1), (15, 5, 2)]
    for (offset, line, column) in spots {
      let location = map.location(ofByte: offset)
      #expect((location.line, location.column, location.offset) == (line, column, offset))
    }
  }
}
