import Foundation
import TestSupport
import Testing

@testable import RuleParser

@Suite struct YAMLCoreSchemaTests {
  @Test(arguments: [
    ("~", CoreValue.null), ("", .null), ("Null", .null), ("true", .bool(true)),
    ("FALSE", .bool(false)), ("yes", .string("yes")), ("on", .string("on")),
    ("no", .string("no")), ("12", .number(12)), ("-3", .number(-3)), ("0o17", .number(15)),
    ("0x1F", .number(31)), ("1.5e3", .number(1500)), ("-.inf", .number(-.infinity)),
    ("2017-07", .string("2017-07")), ("017", .number(17)), ("1_000", .string("1_000")),
  ])
  func resolvesPlainScalars(_ text: String, _ expected: CoreValue) {
    #expect(CoreValue.implicit(text) == expected)
  }

  @Test func resolvesByTagAndStyle() throws {
    var diagnostics = Diagnostics()
    let text = "[!!str 1, '2', !!int 3, !!float 4, !!bool true, !!null x, ! 5, !!int x]"
    let node = try #require(
      YAMLLoader().load(Array(text.utf8), file: "t", into: &diagnostics).first)
    #expect(
      CoreValue(node)
        == .sequence([
          .string("1"), .string("2"), .number(3), .number(4), .bool(true), .null,
          .string("5"), .string("x"),
        ]))
  }

  @Test func splitsConcatenatedJSONValues() throws {
    let stream = Array("{\"a\": [1, \"]\"]}\n\"x\\\"y\"\n12\nnull\n[]\ntrue".utf8)
    #expect(
      try JSONStream.parse(stream) == [
        .mapping(["a": .sequence([.number(1), .string("]")])]), .string("x\"y"), .number(12),
        .null, .sequence([]), .bool(true),
      ])
    #expect(try JSONStream.parse(Array("  \n".utf8)).isEmpty)
  }
}
