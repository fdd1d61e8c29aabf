import RuleParser
import Testing

@testable import RuleEngine

/// A snapshot's entries by instance id: found by id, kept in the order they
/// were added, replaced in place.
@Suite struct InstanceStatusTableTests {
  private func entry(_ id: String, _ status: InstanceProgress) -> InstanceStatus {
    let at = SourceRange(at: SourceLocation(file: "s.json", line: 1, column: 1, offset: 0))
    return InstanceStatus(instance: Located(id, at: at), status: Located(status, at: at))
  }

  @Test func entriesAreFoundByIdAndKeptInTheOrderAdded() {
    var table = InstanceStatusTable()
    for id in ["c", "a", "b"] { table.set(entry(id, .inProgress), for: id) }
    #expect(table.count == 3)
    #expect(table.keys == ["c", "a", "b"])
    #expect(table.values.map(\.instance.value) == ["c", "a", "b"])
    #expect(table.map(\.key) == ["c", "a", "b"])
    #expect(table["a"]?.status.value == .inProgress)
    #expect(table["d"] == nil)
    #expect(table.contains("b") && !table.contains("d"))
    #expect(table.range(of: "b")?.start.file == "s.json")
    #expect(table.range(of: "d") == nil)
    #expect(table.status(of: "b") == .inProgress && table.status(of: "d") == nil)
  }

  @Test func anIdHashesAlikeFromItsStringAndFromItsBytes() {
    // A snapshot's reader hashes an id from its bytes in the file, a
    // look-up from the id's string: short and long ids, and any bytes.
    let ids =
      (0..<40).map { String(repeating: "x", count: $0) }
      + ["f00.o00000@b000-00", "实例-1", "e\u{301}", "a\u{0}b"]
    for id in ids {
      let fromBytes = Array(id.utf8).withUnsafeBufferPointer(InstanceIDIndex.hash(bytes:))
      #expect(fromBytes == InstanceIDIndex.hash(id), "\(id)")
    }
  }

  @Test func anInOrderLookUpFindsEntriesInAnyOrderAndTheMissingOnesNot() {
    var table = InstanceStatusTable()
    for id in ["a", "b", "c", "d"] {
      table.set(entry(id, id == "c" ? .done : .inProgress), for: id)
    }
    var lookup = InOrderLookup(table)
    // In order, with one the snapshot lacks, then back and past the end.
    let asked = ["a", "b", "x", "c", "d", "b", "a", "d", "y"]
    #expect(asked.map { lookup.position(of: $0) } == [0, 1, nil, 2, 3, 1, 0, 3, nil])
    #expect(lookup.status(of: "c") == .done && lookup.status(of: "z") == nil)
    #expect(lookup.position(of: "d").map { table[position: $0].instance.value } == "d")
    #expect(lookup.position(of: "") == nil)
  }

  @Test func addingIfAbsentKeepsTheFirstEntryAndHandsItBack() {
    var table: InstanceStatusTable = ["a": entry("a", .notStarted)]
    var present: [(String, InstanceProgress, InstanceProgress)] = []
    let other: InstanceStatusTable = ["b": entry("b", .done), "a": entry("a", .done)]
    table.addIfAbsent(entriesOf: other, inOrder: [0, 1]) {
      present.append(($0.instance.value, $0.status.value, $1.status.value))
    }
    #expect(present.count == 1)
    #expect(present.first.map { $0 == ("a", .notStarted, .done) } == true)
    #expect(table.keys == ["a", "b"])
    #expect(table["a"]?.status.value == .notStarted && table["b"]?.status.value == .done)
  }

  @Test func addingManyIfAbsentFindsTheRepeatsInTheOrderAsked() {
    // A third of the ids there already; the other table's last ids appended
    // without indexing, so that their hashes are worked out, not read.
    let ids = (0..<1_000).map { "i-\($0)" }
    var table = InstanceStatusTable()
    let repeated = ids.filter { Int($0.dropFirst(2))! % 3 == 0 }
    for id in repeated { table.set(entry(id, .notStarted), for: id) }
    var other = InstanceStatusTable()
    for id in ids.prefix(900) { other.set(entry(id, .done), for: id) }
    other.defersIndexing = true
    for id in ids.suffix(100) { other.set(entry(id, .done), for: id) }
    var present: [String] = []
    table.addIfAbsent(entriesOf: other, inOrder: Array((0..<1_000).reversed())) {
      #expect($0.instance.value == $1.instance.value && $0.status.value == .notStarted)
      present.append($1.instance.value)
    }
    #expect(present == repeated.reversed())
    #expect(table.count == 1_000)
    #expect(ids.allSatisfy { table.contains($0) })
    #expect(table.keys.suffix(3) == ["i-4", "i-2", "i-1"])
    #expect(table["i-1"]?.status.value == .done && table["i-3"]?.status.value == .notStarted)
  }

  @Test func aSecondEntryForAnIdReplacesTheFirstInItsPlace() {
    var table: InstanceStatusTable = ["a": entry("a", .notStarted), "b": entry("b", .notStarted)]
    table.set(entry("a", .done), for: "a")
    #expect(table.count == 2)
    #expect(table.keys == ["a", "b"])
    #expect(table["a"]?.status.value == .done)
    #expect(table["b"]?.status.value == .notStarted)
  }

  @Test func manyIdsAreFoundAfterTheTableGrows() {
    var table = InstanceStatusTable()
    let ids = (0..<20_000).map { "o\($0 % 97)@b\($0)" }
    for (index, id) in ids.enumerated() {
      table.set(entry(id, index.isMultiple(of: 3) ? .done : .inProgress), for: id)
    }
    #expect(table.count == ids.count)
    #expect(table.keys == ids)
    #expect(
      ids.indices.allSatisfy {
        table.status(of: ids[$0]) == ($0.isMultiple(of: 3) ? .done : .inProgress)
      })
    #expect(!table.contains("o1@b20000") && !table.contains("") && table["o1@b1"] != nil)
    for id in ids.prefix(100) { table.set(entry(id, .closed), for: id) }
    #expect(table.count == ids.count && table.keys == ids)
    #expect(ids.prefix(100).allSatisfy { table.status(of: $0) == .closed })
  }

  @Test func roomReservedHoldsAsManyWithoutChangingWhatIsFound() {
    var reserved = InstanceStatusTable(minimumCapacity: 5_000)
    for id in (0..<5_000).map({ "id-\($0)" }) { reserved.set(entry(id, .done), for: id) }
    reserved.reserveCapacity(10)
    #expect(
      reserved.count == 5_000 && reserved.contains("id-4999") && !reserved.contains("id-5000"))
  }
}
