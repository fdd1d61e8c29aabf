import Foundation
import Testing

@testable import RuleParser

@Suite struct JSONTextTests {
  @Test func rendersSortedIndentedJSON() {
    let value: [String: Any] = [
      "b": [1, 2.5, "x"], "a": ["empty": [Any](), "none": [String: Any]()], "c": true,
      "d": 46.0, "e": "引号\"\\\n",
    ]
    let expected = """
      {
        "a": {
          "empty": [],
          "none": {}
        },
        "b": [
          1,
          2.5,
          "x"
        ],
        "c": true,
        "d": 46,
        "e": "引号\\"\\\\\\n"
      }

      """
    #expect(JSONText.render(value) == expected)
  }

  @Test func roundTripsThroughFoundation() throws {
    let value: [String: Any] = ["text": "控制\u{01}\t", "n": -3, "x": 0.1, "flag": false]
    let data = Data(JSONText.render(value).utf8)
    let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(parsed["text"] as? String == "控制\u{01}\t")
    #expect(parsed["n"] as? Int == -3)
    #expect(parsed["x"] as? Double == 0.1)
    #expect(parsed["flag"] as? Bool == false)
  }

  @Test func leavesOutNilValues() {
    let missing: String? = nil
    #expect(JSONText.render(["a": missing as Any, "b": 1]) == "{\n  \"b\": 1\n}\n")
  }
}
