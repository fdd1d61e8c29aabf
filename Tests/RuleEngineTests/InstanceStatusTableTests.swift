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

  @Test func anEntryIsReadBackAsSetWhetherStoredAsSpansOrKeptWhole() {
    // Stored as spans of their lines: one line, in the id's file. Kept
    // whole: a range over two lines, one in another file, one longer than
    // 65,535 columns, or a field few entries give.
    func at(_ file: String, line: Int, _ column: Int, to endColumn: Int, endLine: Int? = nil)
      -> SourceRange
    {
      SourceRange(
        start: SourceLocation(file: file, line: line, column: column, offset: column * 3),
        end: SourceLocation(
          file: file, line: endLine ?? line, column: endColumn, offset: endColumn * 3 + 1))
    }
    let day = Day(year: 2017, month: 7, day: 1)!
    let entries = [
      InstanceStatus(
        instance: Located("f00.o00000@b000-00", at: at("s.json", line: 2, 1, to: 21)),
        status: Located(.done, at: at("s.json", line: 2, 33, to: 39)),
        completed: Located(day, at: at("s.json", line: 2, 52, to: 64))),
      InstanceStatus(
        instance: Located("实例-1", at: at("s.json", line: 3, 1, to: 7)),
        status: Located(.inProgress, at: at("s.json", line: 3, 20, to: 33)),
        reported: Located(day, at: at("s.json", line: 3, 40, to: 52))),
      InstanceStatus(
        instance: Located("two-lines", at: at("s.yaml", line: 4, 1, to: 10)),
        status: Located(.done, at: at("s.yaml", line: 5, 3, to: 2, endLine: 6)),
        completed: Located(day, at: at("s.yaml", line: 6, 3, to: 15))),
      InstanceStatus(
        instance: Located("other-file", at: at("a.json", line: 1, 1, to: 12)),
        status: Located(.closed, at: at("b.json", line: 1, 20, to: 28))),
      InstanceStatus(
        instance: Located("long", at: at("s.json", line: 7, 1, to: 70_000)),
        status: Located(.notStarted, at: at("s.json", line: 7, 70_001, to: 70_014))),
      InstanceStatus(
        instance: Located("rare", at: at("s.json", line: 8, 1, to: 7)),
        status: Located(.done, at: at("s.json", line: 8, 20, to: 26)),
        completed: Located(day, at: at("s.json", line: 8, 40, to: 52)),
        published: Located(day, at: at("s.json", line: 8, 60, to: 72)),
        falseReport: Located(true, at: at("s.json", line: 8, 80, to: 84)),
        progress: Located(0.5, at: at("s.json", line: 8, 90, to: 93)), note: "n",
        acceptance: Acceptance(by: "office")),
    ]
    var table = InstanceStatusTable()
    for entry in entries { table.set(entry, for: entry.instance.value) }
    #expect(table.keys == entries.map(\.instance.value))
    for (position, entry) in entries.enumerated() {
      let read = table[entry.instance.value]
      #expect(read.map { $0.sameContent(as: entry) } == true, "\(entry.instance.value)")
      #expect(read?.instance == entry.instance)
      #expect(read?.status == entry.status)
      #expect(read?.completed == entry.completed && read?.reported == entry.reported)
      #expect(table.range(at: position) == entry.instance.range)
      #expect(table[position: position].status == entry.status.value)
      #expect(table[position: position].completed == entry.completed?.value)
      #expect(table.published(at: position) == entry.published?.value)
      #expect(table.falseReport(at: position) == entry.falseReport?.value)
      #expect(table.progress(at: position) == entry.progress?.value)
    }
    #expect(table.values.map(\.instance.value) == entries.map(\.instance.value))
    #expect(
      zip(table, entries).allSatisfy {
        $0.key == $1.instance.value && $0.value.sameContent(as: $1)
          && $0.value.instance == $1.instance
      })
  }

  @Test func anEntryIsStoredInNinetySixBytes() {
    // The figure `StoredEntry` is laid out for: a million are read into
    // fresh memory.
    #expect(MemoryLayout<StoredEntry>.stride == 96)
    #expect(MemoryLayout<LineSpan>.size == 16)
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
    #expect(lookup.position(of: "d").map(table.id(at:)) == "d")
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
