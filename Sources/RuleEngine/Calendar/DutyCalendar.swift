public import RuleParser

/// The deadlines of a plan's duties as calendar events: what `rulec calendar`
/// writes as iCalendar, Markdown or JSON.
///
/// One event per deadline of a one-off duty; one event per recurring duty
/// and body, repeating over its occurrences; with escalations, one event per
/// instance and escalation step, on the day the step would follow a miss.
/// Instances without a due date are counted in `undated`, not shown.
public struct DutyCalendar: Sendable {
  /// The plan's id (the domain of every UID).
  public var planID: String
  /// The plan's title.
  public var planTitle: String
  /// The calendar's name: the plan's title, and the chosen body's name.
  public var name: String
  /// What was asked for.
  public var request: CalendarRequest
  /// The events, by first day, then UID.
  public var events: [CalendarEvent]
  /// The chosen instances that have no due date, sorted.
  public var undated: [String]
  /// A hash of the compiled rules: the default `DTSTAMP` derives from it.
  public var rulesHash: UInt64
  /// The plan's effective day, if any: the default `DTSTAMP`'s day.
  public var effective: Day?

  /// The calendar of `graph` for `request`.
  ///
  /// A `request.body` that is not a body of the graph selects no duty.
  ///
  /// - Complexity: O(instances · escalation steps), escalations forecast once
  ///   per obligation, body and class.
  public init(graph: ObligationGraph, request: CalendarRequest = CalendarRequest()) {
    planID = graph.plan.id
    planTitle = graph.plan.title
    name = CalendarText.calendarName(
      plan: graph.plan.title, body: request.body.map { graph.body($0)?.displayName ?? $0 })
    self.request = request
    rulesHash = ContentHash.of(graph.json())
    effective = graph.plan.effective
    var builder = CalendarBuilder(graph: graph, request: request)
    let chosen = builder.chosenInstances()
    undated = chosen.filter { $0.due == nil }.map(\.id)
    events = builder.events(for: chosen.filter { $0.due != nil }).sorted {
      ($0.start, $0.uid) < ($1.start, $1.uid)
    }
  }

  /// The note for standard error when some chosen duties have no date.
  public var undatedNote: LocalizedText? {
    undated.isEmpty ? nil : CalendarText.undated(undated.count)
  }
}
