import Foundation
import Testing

@testable import RuleParser

@Suite struct JSONTextTests {
  @Test func rendersSortedIndentedJSON() {
    let value: JSONValue = [
      "b": [1, 2.5, "x"], "a": ["empty": [], "none": [:]], "c": true, "d": 46.0,
      "e": "引号\"\\\n",
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
    let value: JSONValue = ["text": "控制\u{01}\t", "n": -3, "x": 0.1, "flag": false]
    let data = Data(JSONText.render(value).utf8)
    let parsed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(parsed["text"] as? String == "控制\u{01}\t")
    #expect(parsed["n"] as? Int == -3)
    #expect(parsed["x"] as? Double == 0.1)
    #expect(parsed["flag"] as? Bool == false)
  }

  @Test func absentOptionalsLeaveMembersOut() {
    let missing: String? = nil
    var object: [String: JSONValue] = ["b": 1]
    object["a"] = JSONValue(missing)
    #expect(JSONText.render(object) == "{\n  \"b\": 1\n}\n")
  }

  @Test func convertsSwiftValues() {
    let counts = ["x": [1, 2], "y": []]
    #expect(JSONValue(counts) == ["x": [1, 2], "y": []])
    #expect(JSONValue(["a", "b"]) == .array([.string("a"), .string("b")]))
    #expect(JSONValue(Optional(2.5)) == .number(2.5))
  }
}

@Suite struct JSONTextWriterTests {
  @Test func writesWhatRenderWrites() {
    var writer = JSONText.Writer(capacity: 16)
    writer.beginObject()
    writer.field("a")
    writer.beginObject()
    writer.field("empty")
    writer.beginArray()
    writer.endArray()
    writer.key("none")
    writer.beginObject()
    writer.endObject()
    writer.endObject()
    writer.field("b")
    writer.beginArray()
    for element in [1, 2] {
      writer.element()
      writer.int(element)
    }
    writer.element()
    writer.number(2.5)
    writer.element()
    writer.null()
    writer.endArray()
    writer.key("c")
    writer.bool(true)
    writer.key("引号")
    writer.string("控制\u{01}\u{1F}\t\r\n\"\\/é")
    writer.endObject()
    let value: JSONValue = [
      "a": ["empty": [], "none": [:]], "b": [1, 2, 2.5, .null], "c": true,
      "引号": "控制\u{01}\u{1F}\t\r\n\"\\/é",
    ]
    #expect(writer.finished() == JSONText.render(value))
  }

  /// Strings are scanned eight bytes at a time and copied by size: every
  /// character to escape, at every place in strings of 0 to 40 bytes (with
  /// multi-byte characters around it), is escaped where it stands.
  @Test func escapesAtEveryPlaceAndLength() {
    func escaped(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\"\n"
    }
    let fillers: [Character] = ["a", "é", "中"]
    for special in ["\"", "\\", "\u{00}", "\u{1F}", "\n", "x"] {
      for length in 0...40 {
        for place in 0...length {
          let filler = fillers[(length + place) % fillers.count]
          var text = String(repeating: filler, count: place) + special
          text += String(repeating: "b", count: length - place)
          var writer = JSONText.Writer()
          writer.string(text)
          #expect(writer.finished() == escaped(text))
        }
      }
    }
  }

  /// Members started from laid-out keys are laid out as members started
  /// by their parts, at every depth laid out and past the last one.
  @Test func startsMembersFromLaidOutKeys() {
    let names = ["a", "days_to_due", "b"]
    let keys = JSONText.Writer.Keys(names)
    for depth in 0...(JSONText.Writer.Keys.laidOutDepths + 1) {
      var laidOut = JSONText.Writer()
      var byParts = JSONText.Writer()
      for _ in 0..<depth {
        laidOut.beginArray()
        laidOut.element()
        byParts.beginArray()
        byParts.element()
      }
      laidOut.beginObject()
      byParts.beginObject()
      for index in [0, 2] {
        laidOut.field(index, of: keys)
        laidOut.bool(true)
        byParts.key(names[index])
        byParts.bool(true)
      }
      laidOut.field(1, of: keys)
      laidOut.null()
      byParts.key(names[1])
      byParts.null()
      #expect(laidOut.bytes == byParts.bytes)
    }
  }

  /// A day is written as its description, in quotes, at every width of
  /// its year, month and day.
  @Test func writesDaysAsTheirDescription() throws {
    for (year, month, day) in [(1, 1, 1), (999, 9, 30), (2017, 7, 31), (9999, 12, 31)] {
      let date = try #require(Day(year: year, month: month, day: day))
      var writer = JSONText.Writer()
      writer.string(date)
      #expect(writer.finished() == "\"\(date.description)\"\n")
    }
  }

  @Test func writesLocationsAsTheirDescriptionFileAfterFile() {
    // The writer keeps the last file's name escaped: files named in turn,
    // and again, each keep their own name.
    let locations = [
      SourceLocation(file: "rules/a.yaml", line: 3, column: 5),
      SourceLocation(file: "rules/a.yaml", line: 12, column: 1),
      SourceLocation(file: "rules/\"quoted\"\\b.yaml", line: 1, column: 2),
      SourceLocation(file: "rules/a.yaml", line: 40, column: 7),
    ]
    var writer = JSONText.Writer()
    writer.beginArray()
    for location in locations {
      writer.element()
      writer.string(location)
    }
    writer.endArray()
    let decoded = try? JSONDecoder().decode([String].self, from: Data(writer.finished().utf8))
    #expect(decoded == locations.map(\.description))
  }

  @Test func writesNumbersAsRenderDoes() {
    for number in [0.0, -3.0, 46.0, 0.1, 1e15, -2.5e-7, .infinity, .nan] {
      var writer = JSONText.Writer()
      writer.number(number)
      #expect(writer.finished() == JSONText.render(number))
    }
    for number in [0, 9, 10, -1, Int.max, Int.min] {
      var writer = JSONText.Writer()
      writer.int(number)
      #expect(writer.finished() == JSONText.render(number))
    }
  }

  @Test func writesDeepNestingAndStringsInParts() {
    var writer = JSONText.Writer()
    for _ in 0..<70 {
      writer.beginArray()
      writer.element()
    }
    writer.beginString()
    writer.stringPart("a\"")
    writer.stringPart("b\n")
    writer.endString()
    for _ in 0..<70 { writer.endArray() }
    var value: JSONValue = "a\"b\n"
    for _ in 0..<70 { value = .array([value]) }
    #expect(writer.finished() == JSONText.render(value))
  }

  @Test func copiesOfAWriterGoOnApart() {
    var first = JSONText.Writer(capacity: 8)
    first.beginArray()
    first.element()
    first.string("shared")
    var second = first
    first.element()
    first.int(1)
    second.element()
    second.string("two")
    var drained: [UInt8] = []
    var third = second
    third.drain { drained += $0 }
    third.element()
    third.int(3)
    first.endArray()
    second.endArray()
    third.endArray()
    #expect(first.finished() == JSONText.render(["shared", 1] as JSONValue))
    #expect(second.finished() == JSONText.render(["shared", "two"] as JSONValue))
    #expect(
      String(decoding: drained + third.finishedBytes(), as: UTF8.self)
        == JSONText.render(["shared", "two", 3] as JSONValue))
  }

  @Test(arguments: ["", "so far: "])
  func drainingMovesTheTextIntoAnEmptyOrAFilledBuffer(_ before: String) {
    var output = UTF8Buffer()
    output.append(before)
    var writer = JSONText.Writer()
    writer.beginArray()
    writer.element()
    writer.string("one")
    writer.drain(into: &output)
    #expect(writer.count == 0)
    writer.element()
    writer.int(2)
    writer.endArray()
    writer.drain(into: &output)
    #expect(writer.count == 0)
    #expect(String(decoding: output.array, as: UTF8.self) == before + "[\n  \"one\",\n  2\n]")
  }

  @Test func aWriterWritesOnInMemoryItExchanged() {
    var memory = UTF8Buffer(capacity: 1024)
    var writer = JSONText.Writer()
    writer.exchangeMemory(with: &memory)
    writer.beginArray()
    writer.element()
    writer.string("x")
    writer.endArray()
    #expect(memory.count == 0)
    var output = UTF8Buffer()
    writer.drain(into: &output)
    #expect(String(decoding: output.array, as: UTF8.self) == "[\n  \"x\"\n]")
  }

  @Test func recordingsWriteWhatTheirStepsWrite() {
    var scratch = JSONText.Writer()
    scratch.beginArray()
    scratch.element()
    let open = scratch.record {
      $0.beginObject()
      $0.field("a")
    }
    let inner = scratch.record {
      $0.field("b")
      $0.beginArray()
      $0.element()
      $0.beginObject()
      $0.field("c")
    }
    let close = scratch.record {
      $0.endObject()
      $0.endArray()
      $0.endObject()
    }
    var stepped = JSONText.Writer()
    var replayed = JSONText.Writer()
    stepped.beginArray()
    replayed.beginArray()
    for item in 0..<3 {
      stepped.element()
      stepped.beginObject()
      stepped.field("a")
      stepped.int(item)
      stepped.field("b")
      stepped.beginArray()
      stepped.element()
      stepped.beginObject()
      stepped.field("c")
      stepped.string("x")
      stepped.endObject()
      stepped.endArray()
      stepped.endObject()
      replayed.element()
      replayed.write(open)
      replayed.int(item)
      replayed.write(inner)
      replayed.string("x")
      replayed.write(close)
    }
    stepped.endArray()
    replayed.endArray()
    #expect(replayed.finished() == stepped.finished())
  }
}
