import RuleParser

/// Judges the latest reading of a metric instance as of a snapshot's date:
/// `target_missed` once the target's date has passed and the reading is worse
/// than the target; before that, `off_track` when it is worse than the
/// straight path from baseline to target at the reading's day; `missing` when
/// the target's date has passed and no reading was given since it.
struct MetricEvaluator {
  let graph: ObligationGraph
  let snapshot: Snapshot

  /// The violation of a metric instance, if its latest reading has one.
  func violation(of metricInstance: MetricInstance) -> Violation? {
    let asOf = snapshot.asOf.value
    guard let metric = graph.metric(metricInstance.metric)?.applying(metricInstance) else {
      return nil
    }
    guard
      let reading = (snapshot.metrics[metricInstance.id] ?? []).last(where: {
        $0.on.value <= asOf
      }), asOf <= metric.by || reading.on.value >= metric.by
    else {
      return asOf > metric.by ? missing(metricInstance, metric, asOf: asOf) : nil
    }
    let value = reading.value.value
    let kind: ViolationKind
    let reference: Double
    if asOf > metric.by {
      guard metric.isWorse(value, than: metric.target) else { return nil }
      kind = .targetMissed
      reference = metric.target
    } else {
      guard let path = metric.pathValue(on: reading.on.value), metric.isWorse(value, than: path)
      else { return nil }
      kind = .offTrack
      reference = path
    }
    var facts = baseFacts(metricInstance, metric)
    facts.set(.violation, .violation, kind.rawValue)
    facts[.offTrack] = .bool(kind == .offTrack)
    facts[.targetMissed] = .bool(kind == .targetMissed)
    facts[.gap] = .number(Self.rounded(abs(value - reference)))
    facts[.reading] = .number(value)
    var details = ViolationDetails()
    details.readingOn = reading.on.value
    details.pathValue = kind == .offTrack ? Self.rounded(reference) : nil
    details.target = metric.target
    details.unit = metric.unit
    return Violation(
      kind: kind, instance: metricInstance.id, subject: metric.id, body: metricInstance.body,
      title: metric.name, due: metric.by, facts: facts, details: details, source: metric.source,
      location: metric.location, doubtful: metric.doubtful, isMetricSubject: true)
  }

  /// The facts every violation of a metric instance has.
  private func baseFacts(_ metricInstance: MetricInstance, _ metric: Metric) -> ViolationFacts {
    var facts = ViolationFacts()
    facts[.metric] = .string(metric.id)
    facts[.body] = .string(metricInstance.body)
    if let kind = graph.body(metricInstance.body)?.kind { facts[.bodyKind] = .string(kind) }
    return facts
  }

  /// A metric whose target date has passed with no reading on or after it.
  private func missing(_ metricInstance: MetricInstance, _ metric: Metric, asOf: Day)
    -> Violation
  {
    var facts = baseFacts(metricInstance, metric)
    facts.set(.violation, .violation, ViolationKind.missing.rawValue)
    facts[.missing] = .bool(true)
    facts[.offTrack] = .bool(false)
    facts[.targetMissed] = .bool(false)
    var details = ViolationDetails()
    details.target = metric.target
    details.unit = metric.unit
    return Violation(
      kind: .missing, instance: metricInstance.id, subject: metric.id, body: metricInstance.body,
      title: metric.name, due: metric.by, facts: facts, details: details, source: metric.source,
      location: metric.location, doubtful: metric.doubtful, isMetricSubject: true)
  }

  /// A value rounded to three decimals.
  ///
  /// Reports and conditions see the same number. A difference too large for a `Double` (a reading
  /// near its limit against a target of the other sign) is the largest
  /// finite number: never `inf`, which JSON cannot write.
  static func rounded(_ value: Double) -> Double {
    if value.isInfinite {
      return value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude
    }
    let scaled = value * 1000
    return scaled.isFinite ? scaled.rounded() / 1000 : value
  }
}
