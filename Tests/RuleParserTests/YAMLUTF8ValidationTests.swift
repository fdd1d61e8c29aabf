import Testing

@testable import RuleParser

@Suite struct YAMLUTF8ValidationTests {
  @Test func acceptsWellFormedText() {
    #expect(UTF8Validation(Array("plan: env\n".utf8)) == .valid(isASCII: true))
    #expect(UTF8Validation(Array("名字: 兰州 😀 é\n".utf8)) == .valid(isASCII: false))
    #expect(UTF8Validation([0xF4, 0x8F, 0xBF, 0xBF]) == .valid(isASCII: false))
    #expect(UTF8Validation([]) == .valid(isASCII: true))
  }

  @Test(
    arguments: [
      ([0x61, 0xFF], 1),  // never a UTF-8 byte
      ([0x61, 0xC0, 0x80], 1),  // overlong NUL
      ([0xE0, 0x80, 0x80], 0),  // overlong three-byte form
      ([0xED, 0xA0, 0x80], 0),  // surrogate U+D800
      ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
      ([0xF5, 0x80, 0x80, 0x80], 0),  // lead byte out of range
      ([0x61, 0x62, 0xE5, 0x85], 2),  // truncated at the end
      ([0xD6, 0xD0, 0x61], 0),  // GBK 中: second byte is no continuation
      ([0x80], 0),  // stray continuation byte
      (Array("plan: env, title: 兰".utf8) + [0xE5, 0x85, 0x41], 21),  // after the fast paths
      (Array("0123456789".utf8) + [0xC2], 10),  // truncated after a run of ASCII
    ] as [([UInt8], Int)])
  func pointsAtTheFirstIllFormedSequence(_ bytes: [UInt8], _ offset: Int) {
    #expect(UTF8Validation(bytes) == .invalid(offset: offset))
  }

  /// A large file is checked in two halves side by side: a sequence cut
  /// just before, at or after where the halves meet is found at the byte
  /// one pass finds it.
  @Test(arguments: [-2, -1, 0, 1, 2])
  func aLargeFileCheckedInHalvesPointsAtTheSameByte(_ shift: Int) {
    let characters = UTF8Validation.halvesFrom / 3 + 5
    var bytes = Array(String(repeating: "兰", count: characters).utf8)
    #expect(UTF8Validation(bytes) == .valid(isASCII: false))
    let offset = (bytes.count / 2 / 3 + shift) * 3
    bytes.replaceSubrange(offset..<offset + 3, with: [0xE5, 0x85])
    #expect(UTF8Validation(bytes) == .invalid(offset: offset))
  }

  @Test func aLargeFileOfASCIIIsSaidToBe() {
    let bytes = Array(
      String(repeating: "plan: env\n", count: UTF8Validation.halvesFrom / 10 + 1).utf8)
    #expect(UTF8Validation(bytes) == .valid(isASCII: true))
    #expect(UTF8Validation(bytes + Array("兰".utf8)) == .valid(isASCII: false))
  }
}
