import RuleParser

/// The fixed text of a SARIF result (`SARIFReport`), recorded once per
/// writing side.
///
/// Its keys, brackets and indentation between the values it writes, and
/// the related location's fixed id and message, are recorded at the
/// results' place in the layout (`JSONText.Writer.Recording`). A result is
/// then a recording and a value, a dozen times, instead of some sixty
/// steps of the writer.
///
/// Each recording is named for the value that follows it; the comment
/// gives its text, without the line breaks and indentation.
struct SARIFResultLayout {
  typealias Recording = JSONText.Writer.Recording

  /// The text `{"level": `.
  let level: Recording
  /// The text `, "locations": [{"logicalLocations": [{"kind": `.
  let kind: Recording
  /// The text `, "name": `.
  let name: Recording
  /// The text `}], "physicalLocation": {"artifactLocation": {"uri": `.
  let ruleFile: Recording
  /// The text `}, "region": {"startColumn": ` (of either physical location).
  let column: Recording
  /// The text `, "startLine": `.
  let line: Recording
  /// The text `}}}], "message": {"text": `.
  let message: Recording
  /// The text `}, "partialFingerprints": {"rulecFinding/v1": `.
  let fingerprint: Recording
  /// The text `}, "properties": {"action": ` (an escalation's properties).
  let action: Recording
  /// The text `}, "properties": {"body": ` (a violation's properties).
  let body: Recording
  /// The text `, "by": `.
  let by: Recording
  /// The text `, "instance": `.
  let instance: Recording
  /// The text `, "target": `.
  let target: Recording
  /// The text `, "violation": `.
  let violation: Recording
  /// The text `}, "relatedLocations": [{"id": 1, "message": {"text": …},
  /// "physicalLocation": {"artifactLocation": {"uri": `.
  let entryFile: Recording
  /// The text `}}}], "ruleId": ` (after the related location).
  let ruleIDAfterEntry: Recording
  /// The text `}, "ruleId": ` (after the properties, no related location).
  let ruleID: Recording
  /// The text `, "ruleIndex": `.
  let ruleIndex: Recording
  /// The text `}`.
  let end: Recording

  /// The layout of the results of the array `results` has just begun;
  /// `entryMessage` is the related location's message.
  init(resultsOf results: JSONText.Writer, entryMessage: String) {
    var writer = results.apart(following: true)
    writer.element()
    level = writer.record {
      $0.beginObject()
      $0.field("level")
    }
    kind = writer.record {
      $0.field("locations")
      $0.beginArray()
      $0.element()
      $0.beginObject()
      $0.field("logicalLocations")
      $0.beginArray()
      $0.element()
      $0.beginObject()
      $0.field("kind")
    }
    name = writer.record { $0.field("name") }
    ruleFile = writer.record {
      $0.endObject()
      $0.endArray()
      Self.openFile(&$0)
    }
    column = writer.record {
      $0.endObject()
      $0.field("region")
      $0.beginObject()
      $0.field("startColumn")
    }
    line = writer.record { $0.field("startLine") }
    message = writer.record {
      Self.closeLocation(&$0)
      $0.field("message")
      $0.beginObject()
      $0.field("text")
    }
    fingerprint = writer.record {
      $0.endObject()
      $0.field("partialFingerprints")
      $0.beginObject()
      $0.field("rulecFinding/v1")
    }
    var violationProperties = writer
    action = writer.record { Self.openProperties(&$0, first: "action") }
    body = violationProperties.record { Self.openProperties(&$0, first: "body") }
    by = writer.record { $0.field("by") }
    instance = writer.record { $0.field("instance") }
    target = writer.record { $0.field("target") }
    violation = writer.record { $0.field("violation") }
    var withoutEntry = writer
    entryFile = writer.record {
      $0.endObject()
      $0.field("relatedLocations")
      $0.beginArray()
      $0.element()
      $0.beginObject()
      $0.field("id")
      $0.int(1)
      $0.field("message")
      $0.beginObject()
      $0.field("text")
      $0.string(entryMessage)
      $0.endObject()
      Self.openFile(&$0)
    }
    writer.write(column)
    writer.write(line)
    ruleIDAfterEntry = writer.record {
      Self.closeLocation(&$0)
      $0.field("ruleId")
    }
    ruleID = withoutEntry.record {
      $0.endObject()
      $0.field("ruleId")
    }
    ruleIndex = writer.record { $0.field("ruleIndex") }
    end = writer.record { $0.endObject() }
  }

  /// The text `, "physicalLocation": {"artifactLocation": {"uri": `.
  private static func openFile(_ writer: inout JSONText.Writer) {
    writer.field("physicalLocation")
    writer.beginObject()
    writer.field("artifactLocation")
    writer.beginObject()
    writer.field("uri")
  }

  /// The text `}}}]`: the region, the physical location, the location and
  /// the array of locations closed.
  private static func closeLocation(_ writer: inout JSONText.Writer) {
    writer.endObject()
    writer.endObject()
    writer.endObject()
    writer.endArray()
  }

  /// The text `}, "properties": {"<first>": `.
  private static func openProperties(_ writer: inout JSONText.Writer, first: StaticString) {
    writer.endObject()
    writer.field("properties")
    writer.beginObject()
    writer.field(first)
  }
}
