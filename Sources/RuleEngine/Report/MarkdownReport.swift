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

  /// Writes the bulletin, section by section.
  public func write(_ result: CheckResult, graph: ObligationGraph, to output: inout ReportOutput) {
    var writer = BulletinWriter(result: result, graph: graph, progress: progress)
    for line in ["# \(writer.text(heading.title))", "", "（\(writer.text(heading.number))）", ""] {
      output.writeLine(line)
    }
    for line in ["各有关单位：", "", writer.opening()] { output.writeLine(line) }
    if let returns = result.returns {
      output.writeLine("")
      output.writeLine(returns.markdown(graph: graph, escape: { writer.text($0) }))
    }
    writer.ranking(into: &output)
    writer.problems(into: &output)
    writer.interviews(into: &output)
    if result.changes != nil { writer.resolved(into: &output) }
    writer.nextSteps(into: &output)
    for line in ["", writer.text(heading.issuer), "", ChineseDate.text(heading.date)] {
      output.writeLine(line)
    }
    writer.appendix(into: &output)
  }
}
