import Foundation
import Testing

@testable import RuleParser

@Suite struct SourceLocationTests {
  @Test func keepsItsFileLineColumnAndOffset() {
    var location = SourceLocation(file: "rules/air.yaml", line: 12, column: 7, offset: 301)
    #expect(location.file == "rules/air.yaml")
    #expect((location.line, location.column, location.offset) == (12, 7, 301))
    #expect(location.description == "rules/air.yaml:12:7")
    location.file = "rules/water.yaml"
    location.column += 1
    #expect(location.description == "rules/water.yaml:12:8")
  }

  @Test func locationsInTheSameFileAreEqualHowEverMade() {
    let number = SourceLocation.fileNumber(of: "same.yaml")
    let made = SourceLocation(fileNumber: number, line: 3, column: 4, offset: 20)
    let given = SourceLocation(file: "same.yaml", line: 3, column: 4, offset: 20)
    #expect(made == given)
    #expect(Set([made, given]).count == 1)
  }

  @Test func fileNamesAreToldApartByTheirBytes() {
    let composed = SourceLocation(file: "caf\u{E9}.yaml", line: 1, column: 1)
    let decomposed = SourceLocation(file: "cafe\u{301}.yaml", line: 1, column: 1)
    #expect(Array(composed.file.utf8) == Array("caf\u{E9}.yaml".utf8))
    #expect(Array(decomposed.file.utf8) == Array("cafe\u{301}.yaml".utf8))
  }

  @Test func ordersByFileNameThenLineThenColumn() {
    // Numbered in the opposite order of their names.
    let later = SourceLocation(file: "order-z.yaml", line: 1, column: 1)
    let earlier = SourceLocation(file: "order-a.yaml", line: 9, column: 9)
    #expect(earlier < later)
    #expect(!(later < earlier))
    let sameFile = SourceLocation(file: "order-a.yaml", line: 9, column: 10)
    #expect(earlier < sameFile)
  }

  @Test func encodesItsFields() throws {
    let location = SourceLocation(file: "p.yaml", line: 2, column: 5, offset: 17)
    let data = try JSONEncoder().encode(location)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["file"] as? String == "p.yaml")
    #expect(object["line"] as? Int == 2)
    #expect(object["column"] as? Int == 5)
    #expect(object["offset"] as? Int == 17)
    #expect(try JSONDecoder().decode(SourceLocation.self, from: data) == location)
  }

  @Test func clampsValuesBeyondThirtyTwoBits() {
    let location = SourceLocation(file: "big.yaml", line: 1, column: 1, offset: Int(Int32.max) + 5)
    #expect(location.offset == Int(Int32.max))
  }
}
