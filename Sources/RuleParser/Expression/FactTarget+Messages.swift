extension FactTarget {
  /// What the target is called in English messages.
  var english: String {
    switch self {
    case .obligations: "obligation instances"
    case .metrics: "metric readings"
    case .any: "obligation instances and metric readings"
    }
  }

  /// What the target is called in Chinese messages.
  var chinese: String {
    switch self {
    case .obligations: "义务实例"
    case .metrics: "指标监测值"
    case .any: "义务实例和指标监测值"
    }
  }
}
