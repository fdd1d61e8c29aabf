import RuleParser

extension Day {
  /// The date as iCalendar writes it: `20170731`.
  var compactISO: String {
    String(description.filter { $0 != "-" })
  }

  /// The month as a heading: `2017-07`.
  package var monthKey: String { String(description.prefix(7)) }

  /// Whether the day can be written as a four-digit year (years up to 9999).
  var isWritable: Bool { (1...9999).contains(year) }
}
