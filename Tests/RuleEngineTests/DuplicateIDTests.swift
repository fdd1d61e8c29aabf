import Foundation
import RuleEngine
import RuleParser
import Testing

/// Ids are unique across every kind and every rule file: each later
/// declaration of an id is E031 at its own place, with a note at the first
/// declaration, whatever the two kinds are.
@Suite struct DuplicateIDTests {
  static let first = """
    plan: {id: demo, title: 示例, effective: 2017-07-01}
    bodies:
      office: {name: 办公室}
      body-then-duty: {name: 甲}
    obligations:
      duty-then-duty: {title: 一, responsible: office, due: 2017-08-31}
      duty-then-body: {title: 二, responsible: office, due: 2017-08-31}
      duty-then-policy: {title: 三, responsible: office, due: 2017-08-31}
      duty-then-broken-duty: {title: 四, responsible: office, due: 2017-08-31}
    policies:
      policy-then-duty: {when: violation == overdue, action: warning, by: office}

    """

  static let second = """
    bodies:
      duty-then-body: {name: 乙}
    obligations:
      body-then-duty: {title: 五, responsible: office, due: 2017-08-31}
      duty-then-duty: {title: 六, responsible: office, due: 2017-08-31}
      policy-then-duty: {title: 七, responsible: office, due: 2017-08-31}
      duty-then-broken-duty: {title: 八, responsible: office, due: 不是日期}
    policies:
      duty-then-policy: {when: violation == overdue, action: warning, by: office}

    """

  @Test func aLaterDeclarationOfAnyKindIsReportedAgainstTheFirst() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("rulec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.first.write(
      to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
    try Self.second.write(
      to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    let result = Compiler().compile(rulesAt: folder.path)
    let duplicates = result.diagnostics.all.filter { $0.code == .duplicateID }.map {
      diagnostic in
      let place = diagnostic.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
      let first = diagnostic.notes.first?.range.map {
        "\(URL(fileURLWithPath: $0.start.file).lastPathComponent):\($0.start.line)"
      }
      return "\(place) \(diagnostic.message.en) (first: \(first ?? "-"))"
    }
    // (By place: the order they are reported in is not the order shown.)
    #expect(
      duplicates.sorted() == [
        "2:3 body 'duty-then-body' is declared more than once (first: a.yaml:7)",
        "4:3 obligation 'body-then-duty' is declared more than once (first: a.yaml:4)",
        "5:3 obligation 'duty-then-duty' is declared more than once (first: a.yaml:6)",
        "6:3 obligation 'policy-then-duty' is declared more than once (first: a.yaml:11)",
        "7:3 obligation 'duty-then-broken-duty' is declared more than once (first: a.yaml:9)",
        "9:3 policy 'duty-then-policy' is declared more than once (first: a.yaml:8)",
      ])
  }
}
