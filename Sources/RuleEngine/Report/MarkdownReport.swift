import RuleParser

/// The findings as a bulletin (通报) an office can publish, in Chinese
/// Markdown: title and number; the overall progress and a ranking of the
/// bodies by completion rate; each body's problems with the clause they
/// break; the 约谈 and 问责 list with each clause quoted; what was resolved
/// since the last bulletin; 下步要求 from next month's deadlines; the 落款;
/// and an appendix that maps each problem to its instance id (the text
/// itself names no id).
public struct MarkdownReport: CheckReport {
  /// The title, number, issuer and date.
  public var heading: BulletinHeading
  /// The progress of every body as of the snapshot.
  public var progress: PlanProgress

  /// Creates a bulletin.
  public init(heading: BulletinHeading, progress: PlanProgress) {
    self.heading = heading
    self.progress = progress
  }

  /// The bulletin.
  public func render(_ result: CheckResult, graph: ObligationGraph) -> String {
    var writer = BulletinWriter(result: result, graph: graph, progress: progress)
    var lines = ["# \(writer.text(heading.title))", "", "（\(writer.text(heading.number))）", ""]
    lines += ["各有关单位：", "", writer.opening()]
    if let returns = result.returns {
      lines += ["", returns.markdown(graph: graph, escape: { writer.text($0) })]
    }
    var sections: [[String]] = [writer.ranking(), writer.problems(), writer.interviews()]
    if result.changes != nil { sections.append(writer.resolved()) }
    sections.append(writer.nextSteps())
    for (number, section) in sections.enumerated() {
      lines += ["", "## \(ChineseNumeral.text(number + 1))、" + section[0]] + section.dropFirst()
    }
    lines += ["", writer.text(heading.issuer), "", ChineseDate.text(heading.date)]
    lines += writer.appendix()
    return PrintableText.joinedLines(lines)
  }
}
