import RuleParser

/// One metric instance as an SVG chart: its readings against the straight
/// path from the baseline to the target, the target as a line.
struct MetricChart {
  let metric: Metric
  let instance: String
  let readings: [(day: Day, value: Double)]
  let language: Language

  private let width = 360.0
  private let height = 180.0
  private let left = 48.0
  private let right = 12.0
  private let top = 14.0
  private let bottom = 28.0

  /// The chart as an `<svg>` element.
  func svg() -> String {
    let start = metric.baselineOn ?? readings.map(\.day).min() ?? metric.by
    let end = max(metric.by, readings.map(\.day).max() ?? metric.by)
    let span = Double(max(1, start.days(until: end)))
    var values = readings.map(\.value) + [metric.target]
    if let baseline = metric.baselineValue { values.append(baseline) }
    let low = values.min() ?? 0
    let high = values.max() ?? 1
    let margin = max((high - low) * 0.1, 0.5)
    let (minimum, maximum) = (low - margin, high + margin)
    func x(_ day: Day) -> Double {
      left + (width - left - right) * Double(start.days(until: day)) / span
    }
    func y(_ value: Double) -> Double {
      top + (height - top - bottom) * (maximum - value) / (maximum - minimum)
    }
    let c = HTMLText.coordinate
    let name = HTMLText.escape(metric.name)
    let id = HTMLText.escape(instance)
    var svg = [
      "<svg class=\"chart\" viewBox=\"0 0 \(c(width)) \(c(height))\" role=\"img\" "
        + "aria-label=\"\(name)\" data-instance=\"\(id)\">",
      "<title>\(name)\(language == .zh ? "（\(id)）" : " (\(id))")</title>",
      "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(width - left - right))\" "
        + "height=\"\(c(height - top - bottom))\" class=\"plot\"/>",
      "<line class=\"target\" x1=\"\(c(left))\" y1=\"\(c(y(metric.target)))\" "
        + "x2=\"\(c(width - right))\" y2=\"\(c(y(metric.target)))\"/>",
    ]
    if let baseline = metric.baselineValue, let on = metric.baselineOn {
      svg.append(
        "<line class=\"path\" x1=\"\(c(x(on)))\" y1=\"\(c(y(baseline)))\" "
          + "x2=\"\(c(x(metric.by)))\" y2=\"\(c(y(metric.target)))\"/>")
    }
    let points = readings.map { "\(c(x($0.day))),\(c(y($0.value)))" }.joined(separator: " ")
    if readings.count > 1 { svg.append("<polyline class=\"readings\" points=\"\(points)\"/>") }
    for reading in readings {
      let worse =
        metric.pathValue(on: reading.day).map { metric.isWorse(reading.value, than: $0) }
        ?? metric.isWorse(reading.value, than: metric.target)
      svg.append(
        "<circle class=\"reading\(worse ? " worse" : "")\" cx=\"\(c(x(reading.day)))\" "
          + "cy=\"\(c(y(reading.value)))\" r=\"3.5\"><title>\(reading.day): "
          + "\(ReportText.number(reading.value))</title></circle>")
    }
    let axis = height - bottom + 16
    svg.append("<text x=\"\(c(left))\" y=\"\(c(axis))\" class=\"axis\">\(start)</text>")
    svg.append(
      "<text x=\"\(c(width - right))\" y=\"\(c(axis))\" class=\"axis end\">\(metric.by)</text>")
    for value in [maximum, minimum] {
      svg.append(
        "<text x=\"\(c(left - 4))\" y=\"\(c(y(value) + 4))\" class=\"axis end\">"
          + "\(ChineseWriting.number(value, places: 1))</text>")
    }
    let targetLabel = language == .zh ? "目标" : "target"
    svg.append(
      "<text x=\"\(c(width - right - 2))\" y=\"\(c(y(metric.target) - 4))\" class=\"label end\">"
        + "\(targetLabel) \(ReportText.number(metric.target))</text>")
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }
}
