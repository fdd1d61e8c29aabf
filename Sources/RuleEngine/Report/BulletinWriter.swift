import RuleParser

/// Writes the sections of a bulletin (通报) into a report's output, line by line.
///
/// Each section is its numbered heading followed by its lines. Problems are numbered in the order
/// the text names them, and the appendix lists them by those numbers with their ids.
struct BulletinWriter {
  let result: CheckResult
  let graph: ObligationGraph
  let progress: PlanProgress
  /// The problems in the order the text names them, by their positions in
  /// `result.violations`.
  private(set) var numbered: [Int] = []
  /// The sections written so far.
  private var sections = 0
  /// The texts made so far: a bulletin names the same bodies, titles and
  /// clauses again and again.
  private var made = MadeTexts()
  /// The bytes written for text `text(_:)` changes, by the text's
  /// identity (on this side of a section written on both cores): hashing
  /// two words, not a quote's hundred bytes (~600 instructions a look-up,
  /// 57 M for the 94 k such texts of a 100k check).
  private var escaped = MadeBytes()
  /// The bytes written for bodies' names, by their ids (on this side).
  private var names = MadeBytes()
  /// The bytes written for obligations' titles, by obligation (on this
  /// side): written for each problem and each row of the appendix.
  private var titles = DutyBytes()
  /// The bytes written for obligations' clauses (`依据方案…“…”。`), by
  /// obligation (on this side).
  private var clauses = DutyBytes()
  /// The bytes written for a policy's part of a problem (`由…警示（方案…）`),
  /// by policy (on this side): who acts is looked up and the section
  /// escaped once per policy, not for each of the escalations.
  private var actions = PolicyBytes()
  /// The bytes written for a policy's part of an appendix row (the
  /// action and the policy's id), by policy (on this side).
  private var rowActions = PolicyBytes()

  /// The words the plan's outputs use.
  var words: PlanWords { graph.plan.words }

  init(result: CheckResult, graph: ObligationGraph, progress: PlanProgress) {
    self.result = result
    self.graph = graph
    self.progress = progress
  }

  /// A writer for the other side of a section written on both cores
  /// (`TwoCoreWriting`): texts made from now on kept apart from this one's.
  func beside() -> BulletinWriter {
    var writer = self
    writer.made = MadeTexts()
    writer.escaped = MadeBytes()
    writer.names = MadeBytes()
    writer.titles = DutyBytes()
    writer.clauses = DutyBytes()
    writer.actions = PolicyBytes()
    writer.rowActions = PolicyBytes()
    return writer
  }

  /// Text from the plan or the command line, with full-width punctuation
  /// and Markdown's special characters escaped.
  func text(_ raw: String) -> String {
    var bytes = raw
    guard bytes.withUTF8({ $0.contains(where: Self.special.contains) }) else { return raw }
    // Kept by the text's bytes: hashed without normalising Unicode first.
    let key = ByteSpelling(text: raw)
    if let made = made.texts[key] { return made }
    let text = Self.punctuatedAndEscaped(raw)
    made.texts[key] = text
    return text
  }

  /// `raw` punctuated full-width, Markdown's special characters escaped.
  ///
  /// Text without them is returned as it is, unread character by
  /// character; a character is special only when it is one ASCII byte
  /// (one of `markdownSpecial`), found from its UTF-8 bytes, not by
  /// comparing it with each special character (~600 instructions a
  /// character, 64 M for the 500 texts of a 100k check).
  private static func punctuatedAndEscaped(_ raw: String) -> String {
    var punctuated = ChineseWriting.punctuated(raw)
    guard punctuated.withUTF8({ $0.contains(where: markdownSpecial.contains) }) else {
      return punctuated
    }
    var escaped = ""
    for character in punctuated {
      let utf8 = character.utf8
      if utf8.count == 1, let byte = utf8.first, markdownSpecial.contains(byte) {
        escaped.append("\\")
      }
      escaped.append(character)
    }
    return escaped
  }

  /// The characters Markdown gives a meaning to, which `text(_:)` escapes
  /// with a backslash.
  private static let markdownSpecialCharacters = "\\`*_[]<>|#"
  /// `markdownSpecialCharacters` as bytes, each looked up with one load.
  private static let markdownSpecial = UTF8Bytes(markdownSpecialCharacters)

  /// The ASCII characters `text(_:)` changes: punctuation made
  /// full-width, and Markdown's special characters.
  private static let special = UTF8Bytes("(),;:?!" + markdownSpecialCharacters)

  /// Starts the next section: a blank line and its numbered heading.
  private mutating func section(_ title: String, into output: inout ReportOutput) {
    sections += 1
    output.writeLine("")
    output.writeLine("## \(ChineseNumeral.text(sections))、" + title)
  }

  private func name(_ body: String) -> String {
    text(graph.body(body)?.name ?? body)
  }

  private func clause(_ source: SourceClause?) -> String {
    guard let source else { return "" }
    return "方案\(text(source.section))“\(text(source.quote))”"
  }

  /// Writes `text(raw)`, printable: text that needs neither (most of a
  /// plan's) as it is, the rest made once per text on each side.
  private mutating func write(text raw: String, into output: inout ReportOutput) {
    if output.writeIfPlain(raw, Self.hasNoSpecial) { return }
    // Not `escaped.write(madeOf:into:_:)`: making the text reads `self`.
    if escaped.writeKnown(raw, into: &output) { return }
    var made = ReportOutput()
    made.writePrintable(text(raw))
    escaped.write(made.bytes, madeOf: raw, into: &output)
  }

  /// Writes `text(raw)`, printable, for text of `violation`'s obligation
  /// alone (its title, its quote).
  ///
  /// The text goes into the bytes `DutyBytes` keeps, so it is not kept by
  /// its identity as well: only that obligation's violations share it,
  /// and they find its bytes there (keeping them cost an array and a table
  /// entry for each obligation and side, ~1,000 instructions). A
  /// violation `DutyBytes` does not keep (a metric's) has its text kept as
  /// any other.
  private mutating func write(
    textOf violation: Violation, _ raw: String, into output: inout ReportOutput
  ) {
    guard violation.sharedDuty != nil else { return write(text: raw, into: &output) }
    if output.writeIfPlain(raw, Self.hasNoSpecial) { return }
    output.writePrintable(text(raw))
  }

  /// Whether UTF-8 text has none of the characters `text(_:)` changes:
  /// eight bytes at a time while none is ASCII (Chinese text).
  private static func hasNoSpecial(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = utf8.baseAddress else { return true }
    let special = special
    var index = 0
    while index + 8 <= utf8.count {
      let word = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self)
      if word & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080 {
        for offset in index..<index + 8 where special.contains(base[offset]) { return false }
      }
      index += 8
    }
    while index < utf8.count {
      if special.contains(base[index]) { return false }
      index += 1
    }
    return true
  }

  /// Writes `name(body)`, printable, made once per id on each side.
  private mutating func write(name body: String, into output: inout ReportOutput) {
    // Not `names.write(madeOf:into:_:)`: making the name reads `self`.
    if names.writeKnown(body, into: &output) { return }
    var made = ReportOutput()
    made.writePrintable(name(body))
    names.write(made.bytes, madeOf: body, into: &output)
  }

  /// The opening paragraph with the counts.
  func opening() -> String {
    let total = progress.total
    var lines = "截至\(ChineseDate.text(result.asOf))，对照《\(text(result.planTitle))》"
    lines += "，各责任单位到期\(words.task)共\(total.due)项，已完成\(total.done)项"
    if let rate = total.completionRate { lines += "，完成率\(ChineseWriting.percent(rate))" }
    lines += "。"
    guard !result.violations.isEmpty else {
      return lines + "检查未发现逾期、未报送、未公开或进度滞后等问题。现将有关情况通报如下。"
    }
    let bodies = Set(result.violations.map(\.body)).count
    lines += "检查共发现问题\(result.violations.count)项，涉及\(bodies)个责任单位"
    let counts = result.countsByAction
    let actions = graph.plan.actions.reversed().compactMap { action -> String? in
      counts[action].map { "\(action.chineseName)\($0)项" }
    }
    if !actions.isEmpty { lines += "；依方案应予" + actions.joined(separator: "、") }
    lines += "。"
    if let changes = result.changes {
      let new = result.violations.filter { changes.change(of: $0) == .new }.count
      lines += "与\(ChineseDate.text(changes.since))相比，新增问题\(new)项，"
      lines +=
        "持续存在\(result.violations.count - new)项，\(words.resolved)\(changes.resolvedViolations.count)项。"
    }
    return lines + "现将有关情况通报如下。"
  }

  /// 总体进展和排名: a table of the bodies, best first.
  mutating func ranking(into output: inout ReportOutput) {
    section("各单位完成情况", into: &output)
    output.writeLine("")
    let ranked = progress.ranking.reversed().filter { $0.due > 0 || $0.violations > 0 }
      .sorted(by: Self.bestFirst)
    guard !ranked.isEmpty else { return output.writeLine("本期无到期\(words.task)。") }
    output.writeLine("按到期任务完成率由高到低排列（完成率相同的，处置措施轻、问题少的在前）：")
    output.writeLine("")
    output.writeLine(
      "| 排名 | 责任单位 | 到期任务（项） | 已完成（项） | 逾期未完成（项） | 完成率 | 发现问题（项） | 应予处置 |")
    output.writeLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |")
    var rank = 0
    for (index, body) in ranked.enumerated() {
      if index == 0
        || Self.bestFirst(ranked[index - 1], body) && !Self.tied(ranked[index - 1], body)
      {
        rank = index + 1
      }
      let rate = body.completionRate.map(ChineseWriting.percent) ?? "—"
      let action = body.highestAction?.chineseName ?? "—"
      output.writeLine(
        "| \(rank) | \(name(body.body)) | \(body.due) | \(body.done) | \(body.overdue) "
          + "| \(rate) | \(body.violations) | \(action) |")
    }
  }

  /// Whether two bodies share a rank: the same rate, action and problems.
  private static func tied(_ lhs: BodyProgress, _ rhs: BodyProgress) -> Bool {
    lhs.completionRate == rhs.completionRate && lhs.highestAction == rhs.highestAction
      && lhs.violations == rhs.violations
  }

  private static func bestFirst(_ lhs: BodyProgress, _ rhs: BodyProgress) -> Bool {
    let (left, right) = (lhs.completionRate ?? 1, rhs.completionRate ?? 1)
    if left != right { return left > right }
    let (leftLevel, rightLevel) = (lhs.highestAction?.level ?? 0, rhs.highestAction?.level ?? 0)
    if leftLevel != rightLevel { return leftLevel < rightLevel }
    if lhs.violations != rhs.violations { return lhs.violations < rhs.violations }
    return lhs.body < rhs.body
  }

  /// 存在的问题: per body, most severe first, each problem with its
  /// deadline, what it amounts to, the clause, and the actions that follow.
  mutating func problems(into output: inout ReportOutput) {
    section("存在的问题", into: &output)
    guard !result.violations.isEmpty else {
      output.writeLine("")
      return output.writeLine("本期未发现问题。")
    }
    // Each violation by its position, with its highest action's level
    // (its escalations found by position, not looked up by its id).
    let violations = result.violations
    let levels = violations.indices.map { position in
      var level = 0
      var next = result.firstEscalationPosition(ofViolationAt: position)
      while let escalation = next {
        level = max(level, result.escalations.withElement(at: escalation) { $0.action.level })
        next = result.escalationPosition(after: escalation)
      }
      return level
    }
    let byBody = PositionGroups(
      violations.indices, by: { violations.withElement(at: $0) { $0.body } },
      bodies: BodyPositions(graph: graph))
    let bodyLevels = byBody.keys.indices.map { byBody[$0].lazy.map { levels[$0] }.max() ?? 0 }
    let bodies = byBody.keys.indices.sorted { lhs, rhs in
      let (left, right) = (bodyLevels[lhs], bodyLevels[rhs])
      return left != right ? left > right : byBody.keys[lhs] < byBody.keys[rhs]
    }
    // The lines in order, then written on both cores.
    var lines: [ProblemLine] = []
    for (number, body) in bodies.enumerated() {
      lines.append(.body(number: number + 1, byBody.keys[body]))
      // Most severe first, then by instance and kind: the order of
      // `result.violations`, so by position.
      let positions = byBody[body].sorted { lhs, rhs in
        levels[lhs] != levels[rhs] ? levels[lhs] > levels[rhs] : lhs < rhs
      }
      for (index, position) in positions.enumerated() {
        numbered.append(position)
        lines.append(.problem(index: index + 1, position: position, number: numbered.count))
      }
    }
    TwoCoreWriting.write(lines.count, into: &output, state: beside()) { range, writer, output in
      for line in lines[range] {
        switch line {
        case .body(let number, let body):
          output.writeLine("")
          output.writeLine("### （\(ChineseNumeral.text(number))）\(writer.name(body))")
          output.writeLine("")
        case .problem(let index, let position, let number):
          output.write(index)
          output.write(literal: ". ")
          writer.writeProblem(at: position, number: number, into: &output)
        }
      }
    }
  }

  /// A line of 存在的问题: a body's heading (by its number), or its
  /// problem numbered `index` in the body, `number` in the bulletin, at
  /// `position` of `result.violations`.
  private enum ProblemLine {
    case body(number: Int, String)
    case problem(index: Int, position: Int, number: Int)
  }

  /// The line of the problem at `position`, written in pieces, each
  /// printable (escaping is scalar by scalar, so the line reads as if
  /// escaped whole).
  private mutating func writeProblem(
    at position: Int, number: Int, into output: inout ReportOutput
  ) {
    result.violations.withElement(at: position) {
      writeProblem($0, at: position, number: number, into: &output)
    }
  }

  private mutating func writeProblem(
    _ violation: Violation, at position: Int, number: Int, into output: inout ReportOutput
  ) {
    write(titleOf: violation, into: &output)
    output.write(literal: "：")
    output.writePrintable(violation.kind.label(graph.plan.words).zh)
    if let due = violation.due {
      output.write(literal: "，")
      output.writePrintable(violation.kind.dueLabel.zh)
      ChineseDate.write(due, into: &output)
    }
    output.write(literal: "，")
    BulletinText.writeMeasure(of: violation, in: graph, into: &output)
    if !violation.cooperating.isEmpty { output.writePrintable(cooperating(violation)) }
    if let changes = result.changes { output.write(mark(changes.change(of: violation))) }
    output.write(literal: "。")
    write(clauseOf: violation, into: &output)
    // Its escalations followed by position (no array made of them).
    var next = result.firstEscalationPosition(ofViolationAt: position)
    if next == nil {
      output.write(literal: "方案未对此规定处置措施，继续跟踪督促。")
    } else {
      output.write(literal: "依方案应")
      while let position = next {
        let escalation = result.escalations[position]
        next = result.escalationPosition(after: position)
        write(actionOf: escalation, into: &output)
        if next != nil { output.write(literal: "，") }
      }
      output.write(literal: "。")
    }
    output.write(literal: "（附件第")
    output.write(number)
    output.write(literal: "项）\n")
  }

  /// Writes `text(violation.title)`, printable, made once per obligation
  /// on each side.
  private mutating func write(titleOf violation: Violation, into output: inout ReportOutput) {
    if titles.writeKnown(of: violation, into: &output) { return }
    var made = ReportOutput()
    write(textOf: violation, violation.title, into: &made)
    titles.write(made.bytes, madeOf: violation, into: &output)
  }

  /// Writes the clause of a problem, `依据方案section“quote”。` (as
  /// `clause(_:)` words it), or nothing when it has none: made once per
  /// obligation on each side.
  private mutating func write(clauseOf violation: Violation, into output: inout ReportOutput) {
    if clauses.writeKnown(of: violation, into: &output) { return }
    var made = ReportOutput()
    if let source = violation.source {
      made.write(literal: "依据方案")
      write(text: source.section, into: &made)
      made.write(literal: "“")
      write(textOf: violation, source.quote, into: &made)
      made.write(literal: "”。")
    }
    clauses.write(made.bytes, madeOf: violation, into: &output)
  }

  /// Writes a policy's part of a problem, `由body action（方案section）`:
  /// made once per policy on each side.
  private mutating func write(actionOf escalation: Escalation, into output: inout ReportOutput) {
    if actions.writeKnown(of: escalation, into: &output) { return }
    var made = ReportOutput()
    made.write(literal: "由")
    write(name: escalation.by, into: &made)
    made.writePrintable(escalation.action.chineseName)
    if let source = escalation.source {
      made.write(literal: "（方案")
      write(text: source.section, into: &made)
      made.write(literal: "）")
    }
    actions.write(made.bytes, madeOf: escalation, into: &output)
  }

  /// `，配合单位甲、乙` for a finding with cooperating bodies, else nothing.
  private func cooperating(_ violation: Violation) -> String {
    guard !violation.cooperating.isEmpty else { return "" }
    return "，配合单位" + violation.cooperating.map(name).joined(separator: "、")
  }

  /// （新增） or （持续）, after a finding compared with an earlier snapshot.
  private func mark(_ change: FindingChange) -> String {
    change == .new ? "（新增）" : "（持续）"
  }

  /// 约谈和问责: every escalation at 约谈 or above, highest first, with the
  /// clause that prescribes it quoted.
  mutating func interviews(into output: inout ReportOutput) {
    section("约谈和问责", into: &output)
    output.writeLine("")
    // By position: the same order as the escalations sorted themselves.
    let escalations = result.escalations
    let interview = graph.plan.rank(of: .interview)
    let serious = escalations.indices.filter { escalations[$0].action >= interview }
      .sorted {
        let (lhs, rhs) = (escalations[$0], escalations[$1])
        return (rhs.action, lhs.target, lhs.instance, lhs.policy) < (
          lhs.action, rhs.target, rhs.instance, rhs.policy
        )
      }
    guard !serious.isEmpty else { return output.writeLine("本期无应予约谈、问责的单位。") }
    output.writeLine("依据方案规定，对以下单位应予约谈、问责：")
    output.writeLine("")
    TwoCoreWriting.write(serious.count, into: &output, state: beside()) { range, writer, output in
      for index in range {
        let position = serious[index]
        let answered = writer.result.violationPosition(answering: position)
        let line = answered.map {
          writer.result.violations.withElement(at: $0) {
            writer.interview(index, escalations[position], answering: $0)
          }
        }
        output.writeLine(line ?? writer.interview(index, escalations[position], answering: nil))
      }
    }
  }

  /// The line of the `index`th escalation of 约谈和问责, and the
  /// violation it answers.
  private func interview(_ index: Int, _ escalation: Escalation, answering violation: Violation?)
    -> String
  {
    var line = "\(index + 1). 对\(name(escalation.target))\(escalation.action.chineseName)"
    line += "，由\(name(escalation.by))实施"
    if let violation {
      line += "。事由：“\(text(violation.title))”\(violation.kind.label(graph.plan.words).zh)"
      line += "，\(BulletinText.measure(of: violation, in: graph))"
      line += cooperating(violation)
    }
    if let changes = result.changes { line += mark(changes.change(of: escalation)) }
    line += "。"
    if let source = escalation.source { line += "依据：\(clause(source))。" }
    return line
  }

  /// 整改销号情况: the problems of the last bulletin that are gone.
  mutating func resolved(into output: inout ReportOutput) {
    section("\(words.resolved)问题", into: &output)
    output.writeLine("")
    guard let changes = result.changes else { return }
    let since = ChineseDate.text(changes.since)
    guard !changes.resolvedViolations.isEmpty else {
      return output.writeLine("与\(since)相比，无\(words.resolved)的问题。")
    }
    output.writeLine("与\(since)相比，以下问题\(words.resolved)：")
    output.writeLine("")
    for (index, violation) in changes.resolvedViolations.enumerated() {
      output.writeLine(
        "\(index + 1). \(name(violation.body))：\(text(violation.title))"
          + "（\(violation.kind.label(graph.plan.words).zh)）。")
    }
  }

  /// 下步要求: the general demand, then each deadline of the coming weeks
  /// with the bodies it binds.
  mutating func nextSteps(into output: inout ReportOutput) {
    section("下步要求", into: &output)
    output.writeLine("")
    output.writeLine(words.requirements)
    let next = progress.asOf.adding(months: 1)
    var upcoming = progress.upcoming
    output.writeLine("")
    if upcoming.isEmpty {
      let later = progress.deadlines.filter { $0.due > progress.asOf && $0.state != .done }
      guard let first = later.first?.due else {
        return output.writeLine("方案规定的\(words.task)均已到期，各单位要巩固\(words["results"])，防止问题反弹。")
      }
      upcoming = later.filter { $0.due == first }
      output.writeLine(
        "\(next.year)年\(next.month)月底前无到期的\(words.task)。"
          + "下一批\(words.task)将于\(ChineseDate.text(first))到期，请有关单位抓紧推进：")
    } else {
      output.writeLine("以下\(words.task)将于\(next.year)年\(next.month)月底前到期，请有关单位抓紧推进：")
    }
    output.writeLine("")
    var groups: [(key: String, due: Day, bodies: [String])] = []
    for deadline in upcoming {
      let key = "\(deadline.due)|\(deadline.obligation)"
      if let last = groups.last, last.key == key {
        groups[groups.count - 1].bodies.append(deadline.body)
      } else {
        groups.append((key, deadline.due, [deadline.body]))
      }
    }
    for (index, group) in groups.enumerated() {
      let obligation = String(group.key.split(separator: "|", maxSplits: 1)[1])
      let title = graph.obligation(obligation)?.title ?? obligation
      let bodies = group.bodies.map(name).joined(separator: "、")
      output.writeLine(
        "\(index + 1). \(text(title))，期限\(ChineseDate.text(group.due))，责任单位：\(bodies)。")
    }
  }

  /// 附件: each problem by its number, with the instance id and the policies.
  func appendix(into output: inout ReportOutput) {
    guard !numbered.isEmpty else { return }
    for line in ["", "---", "", "附件", "", "## 问题清单", ""] { output.writeLine(line) }
    output.writeLine("| 序号 | 责任单位 | 问题 | 类型 | 编号 | 处置依据 |")
    output.writeLine("| ---: | --- | --- | --- | --- | --- |")
    // Each row written in pieces, as `writeProblem` writes a line, on
    // both cores.
    TwoCoreWriting.write(numbered.count, into: &output, state: beside()) { range, writer, output in
      for index in range {
        writer.writeRow(index, at: numbered[index], into: &output)
      }
    }
  }

  /// The appendix's row of the `index`th problem, at `position` of
  /// `result.violations`.
  private mutating func writeRow(_ index: Int, at position: Int, into output: inout ReportOutput) {
    result.violations.withElement(at: position) { violation in
      output.write(literal: "| ")
      output.write(index + 1)
      output.write(literal: " | ")
      write(name: violation.body, into: &output)
      output.write(literal: " | ")
      write(titleOf: violation, into: &output)
      output.write(literal: " | ")
      output.writePrintable(violation.kind.label(graph.plan.words).zh)
      output.write(literal: " | `")
      output.writePrintable(violation.instance)
      output.write(literal: "` | ")
      var next = result.firstEscalationPosition(ofViolationAt: position)
      if next == nil { output.write(literal: "—") }
      while let position = next {
        let escalation = result.escalations[position]
        next = result.escalationPosition(after: position)
        rowActions.write(of: escalation, into: &output) { made in
          made.writePrintable(escalation.action.chineseName)
          made.write(literal: " `")
          made.writePrintable(escalation.policy)
          made.write(literal: "`")
        }
        if next != nil { output.write(literal: "，") }
      }
      output.write(literal: " |\n")
    }
  }
}

/// The texts a bulletin has made (`BulletinWriter.text`), by their raw text.
private final class MadeTexts {
  var texts: [ByteSpelling: String] = [:]
}
