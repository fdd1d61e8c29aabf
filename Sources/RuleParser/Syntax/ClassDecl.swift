/// A time-limit class the plan declares (`classes:`), such as 三(三)'s
/// 立行立改 (一个月内整改到位): what a duty tagged with it must meet.
public struct ClassDecl: Sendable {
  /// The deadline a class gives its duties.
  public enum Deadline: Sendable {
    /// A span counted from `plan.effective` (`within: 1 month`).
    case within(Located<TimeSpan>)
    /// A fixed day, from an ISO date or one of the document's phrases.
    case fixed(Located<Day>, phrase: String)
  }

  /// The class's id (`immediate`).
  public var id: Located<String>
  /// The class's name in the document's words (立行立改).
  public var name: Located<String>
  /// The deadline, for a class that has one.
  public var deadline: Deadline?
  /// The latest deadline of any duty of the class (三(三)'s 2017年底): a
  /// `within` deadline later than it is cut to it.
  public var final: Located<Day>?
  /// Whether the class is standing (长期坚持): no deadline, kept up for good.
  public var standing: Bool
  /// For a standing class, how often its duties report (`report: 每季度`):
  /// each period is a report instance, due at the period's end.
  public var report: Located<RecurrencePhrase>? = nil
  /// The clause it comes from.
  public var source: SourceDecl?
  /// The whole declaration.
  public var range: SourceRange
}
