import Foundation
import Testing

@testable import RuleParser

/// Compares the bundled calendar with the Python packages, every covered year.
///
/// Day by day with the one it was generated from (`chinese-calendar`), and
/// holiday by holiday with an independent one (`holidays`); CI installs both
/// (`.ci/run`).
@Suite struct WorkingCalendarCrossCheckTests {
  /// Runs `python3 -c script` and returns its standard output.
  private func python(_ script: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }

  @Test func everyCoveredDayAgreesWithChineseCalendar() throws {
    let years = WorkingCalendar.china.years
    let script = """
      import datetime, chinese_calendar
      day = datetime.date(\(years.lowerBound), 1, 1)
      while day.year <= \(years.upperBound):
          print(day.isoformat(), 1 if chinese_calendar.is_workday(day) else 0)
          day += datetime.timedelta(days=1)
      """
    var checked = 0
    for line in try python(script).split(separator: "\n") {
      let fields = line.split(separator: " ")
      let day = try #require(Day(iso: fields[0]))
      #expect(WorkingCalendar.china.isWorkingDay(day) == (fields[1] == "1"), "\(day)")
      checked += 1
    }
    #expect(checked > 365 * years.count)
  }

  /// `holidays` names the public holidays themselves (not the bridging days
  /// off): each must be a day off in the bundled calendar.
  @Test func publicHolidaysOfTheHolidaysPackageAreDaysOff() throws {
    let years = WorkingCalendar.china.years
    let script = """
      import holidays
      for year in range(\(years.lowerBound), \(years.upperBound + 1)):
          for day, name in sorted(holidays.China(years=year).items()):
              print(day.isoformat())
      """
    var checked = 0
    for line in try python(script).split(separator: "\n") {
      let day = try #require(Day(iso: line))
      guard WorkingCalendar.china.years.contains(day.year) else { continue }
      #expect(WorkingCalendar.china.isWorkingDay(day) == false, "\(day)")
      checked += 1
    }
    #expect(checked > 100)
  }
}
