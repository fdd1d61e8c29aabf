/// Reads a plan's own calendar file (`plan.calendar`): the local days off
/// and working days it adds to China's official calendar.
///
/// ```yaml
/// days_off: [2018-05-20]        # a local holiday
/// working_days: [2018-05-26]    # a local make-up day
/// ```
public enum CalendarFileBuilder {
  /// The official calendar with the file's days on top.
  public static func build(_ documents: [YAMLNode], diagnostics: inout Diagnostics)
    -> WorkingCalendar
  {
    var daysOff: [Day] = []
    var workingDays: [Day] = []
    let subject = LocalizedText(en: "the plan's calendar", zh: "计划日历")
    for document in documents where !document.isNull {
      guard
        let map = MappingReader(
          document, subject: subject, allowed: ["days_off", "working_days"],
          diagnostics: &diagnostics)
      else { continue }
      daysOff += days(map["days_off"], Subject.field("days_off", of: subject), &diagnostics)
      workingDays += days(
        map["working_days"], Subject.field("working_days", of: subject), &diagnostics)
    }
    return WorkingCalendar.china.adding(daysOff: daysOff, workingDays: workingDays)
  }

  /// The days listed under one key (one day or a list).
  private static func days(
    _ node: YAMLNode?, _ what: LocalizedText, _ diagnostics: inout Diagnostics
  ) -> [Day] {
    guard let node else { return [] }
    let items = node.sequence.map(Array.init) ?? [node]
    return items.compactMap { ScalarReading.day($0, what, diagnostics: &diagnostics)?.value }
  }
}
