import RuleParser

/// Judges the readings of a metric instance as of a snapshot's date against
/// its target's stages (one stage for a single target).
///
/// The latest stage whose day has passed is judged by the latest reading on
/// or after its day (a periodic target: dated in its period): `missing`
/// without one, `target_missed` when it misses the stage. Then, for a bound,
/// the latest reading is judged against the straight path towards the next
/// stage (from the baseline, or from the stage before): `off_track` when it
/// is worse. A shared target is judged once, on the sum or mean of its
/// members' readings, as the instance of its first member.
struct MetricEvaluator {
  let graph: ObligationGraph
  let snapshot: Snapshot

  /// The violation of a metric instance, if its readings have one.
  func violation(of metricInstance: MetricInstance) -> Violation? {
    let asOf = snapshot.asOf.value
    guard let metric = graph.metric(metricInstance.metric)?.applying(metricInstance) else {
      return nil
    }
    var judged = Judged(instance: metricInstance.id, body: metricInstance.body, metric: metric)
    let readings: [MetricReading]
    if metric.shared != nil {
      guard metricInstance.body == metric.sharedBy.first else { return nil }
      judged.instance = metric.id
      readings = SharedReadings(metric: metric, graph: graph, snapshot: snapshot).combined()
    } else {
      readings = snapshot.metrics[metricInstance.id] ?? []
    }
    let stages = metric.allStages
    let passed = stages.lastIndex { $0.by < asOf }
    if let passed {
      let stage = stages[passed]
      judged.stage = passed
      let counted = readings.last { reading in
        let day = reading.on.value
        guard day <= asOf else { return false }
        guard let opens = stage.opens else { return day >= stage.by }
        return day >= opens && day <= stage.by
      }
      guard let reading = counted else { return missing(judged, stage) }
      if metric.misses(reading.value.value, stage) {
        return finding(.targetMissed, judged, stage, reading, reference: stage.value)
      }
    }
    guard metric.shape.hasPath, metric.period == nil,
      let next = stages.firstIndex(where: { $0.by >= asOf }),
      let reading = readings.last(where: { $0.on.value <= asOf })
    else { return nil }
    let from: (value: Double, on: Day)?
    if next > 0 {
      from = (stages[next - 1].value, stages[next - 1].by)
    } else {
      from = metric.baselineValue.flatMap { value in metric.baselineOn.map { (value, $0) } }
    }
    guard let from,
      let path = Self.path(from: from, to: stages[next], on: reading.on.value),
      metric.isWorse(reading.value.value, than: path)
    else { return nil }
    judged.stage = next
    return finding(.offTrack, judged, stages[next], reading, reference: path)
  }

  /// The instance a finding is about, and the stage it judged.
  private struct Judged {
    var instance: String
    var body: String
    var metric: Metric
    var stage: Int?
  }

  /// The value on the straight path from a point to a stage at a day: `nil`
  /// before the point, the stage's value on or after its day.
  static func path(from: (value: Double, on: Day), to stage: MetricStage, on day: Day) -> Double? {
    guard day >= from.on else { return nil }
    let total = Double(from.on.days(until: stage.by))
    guard total > 0, day < stage.by else { return stage.value }
    let fraction = Double(from.on.days(until: day)) / total
    return from.value + (stage.value - from.value) * fraction
  }

  /// A reading that misses its stage or its path.
  private func finding(
    _ kind: ViolationKind, _ judged: Judged, _ stage: MetricStage, _ reading: MetricReading,
    reference: Double
  ) -> Violation {
    let metric = judged.metric
    let value = reading.value.value
    var facts = baseFacts(judged)
    facts.set(.violation, .violation, kind.rawValue)
    facts[.offTrack] = .bool(kind == .offTrack)
    facts[.targetMissed] = .bool(kind == .targetMissed)
    let gap = kind == .offTrack ? abs(value - reference) : metric.gap(value, stage)
    facts[.gap] = .number(Self.rounded(gap))
    facts[.reading] = .number(value)
    var details = self.details(judged, stage)
    details.readingOn = reading.on.value
    details.pathValue = kind == .offTrack ? Self.rounded(reference) : nil
    return Violation(
      kind: kind, instance: judged.instance, subject: metric.id, body: judged.body,
      title: metric.name, due: stage.by, facts: facts, details: details, source: metric.source,
      location: metric.location, doubtful: metric.doubtful, isMetricSubject: true)
  }

  /// The facts every violation of a metric instance has.
  private func baseFacts(_ judged: Judged) -> ViolationFacts {
    var facts = ViolationFacts()
    facts[.metric] = .string(judged.metric.id)
    facts[.body] = .string(judged.body)
    if let kind = graph.body(judged.body)?.kind { facts[.bodyKind] = .string(kind) }
    return facts
  }

  /// The target a finding names, in the form the plan wrote it.
  private func details(_ judged: Judged, _ stage: MetricStage) -> ViolationDetails {
    let metric = judged.metric
    var details = ViolationDetails()
    details.target = stage.value
    details.unit = metric.unit
    if metric.shape != .bound || !metric.stages.isEmpty || metric.shared != nil {
      details.form = TargetForm(
        shape: metric.shape, low: stage.low,
        stage: metric.stages.count > 1 && metric.period == nil ? judged.stage.map { $0 + 1 } : nil,
        stages: metric.period == nil ? metric.stages.count : 0, period: metric.period,
        shared: metric.shared, members: metric.sharedBy.count)
    }
    return details
  }

  /// A stage whose day has passed with no reading that counts for it.
  private func missing(_ judged: Judged, _ stage: MetricStage) -> Violation {
    let metric = judged.metric
    var facts = baseFacts(judged)
    facts.set(.violation, .violation, ViolationKind.missing.rawValue)
    facts[.missing] = .bool(true)
    facts[.offTrack] = .bool(false)
    facts[.targetMissed] = .bool(false)
    return Violation(
      kind: .missing, instance: judged.instance, subject: metric.id, body: judged.body,
      title: metric.name, due: stage.by, facts: facts, details: details(judged, stage),
      source: metric.source, location: metric.location, doubtful: metric.doubtful,
      isMetricSubject: true)
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
