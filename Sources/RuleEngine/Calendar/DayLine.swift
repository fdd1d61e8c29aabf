/// A number that grows or shrinks with the days overdue `d`: `slope·d + offset`.
///
/// The whole-number parts of a policy condition (`days_overdue`,
/// `days_since_interview + 5`, `30`) are such lines while a duty stays open,
/// so a comparison between two of them changes its truth at one day only.
struct DayLine: Sendable, Hashable {
  /// The change per day.
  var slope: Double
  /// The value at day zero.
  var offset: Double

  /// The value at a day.
  func value(at day: Int) -> Int { Int(slope * Double(day) + offset) }

  /// The day on which `self` equals `other`, or `nil` when they never meet
  /// or always agree.
  func meeting(_ other: DayLine) -> Double? {
    guard slope != other.slope else { return nil }
    return (other.offset - offset) / (slope - other.slope)
  }

  /// `self + other`.
  static func + (lhs: DayLine, rhs: DayLine) -> DayLine {
    DayLine(slope: lhs.slope + rhs.slope, offset: lhs.offset + rhs.offset)
  }

  /// `self - other`.
  static func - (lhs: DayLine, rhs: DayLine) -> DayLine {
    DayLine(slope: lhs.slope - rhs.slope, offset: lhs.offset - rhs.offset)
  }
}
