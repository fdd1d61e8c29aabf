import RuleParser

/// The colours of a dependency picture: fills by time-limit class, or by
/// status with a snapshot, and the critical chain's red.
enum DiagramPalette {
  /// The critical chain's edges and borders.
  static let critical = "#d73027"
  /// Edges and cluster borders.
  static let line = "#666666"
  /// A node without class or status.
  static let plain = "#ffffff"

  /// The fills of the classes, in the order the plan declares them (ColorBrewer
  /// Pastel1, repeated past its ninth).
  private static let classFills = [
    "#fbb4ae", "#fed9a6", "#b3cde3", "#ccebc5", "#decbe4", "#ffffcc", "#e5d8bd", "#fddaec",
    "#f2f2f2",
  ]

  /// The fill of a time-limit class, by its position among the plan's classes.
  static func fill(_ obligationClass: ObligationClass?) -> String {
    guard let obligationClass else { return plain }
    return classFills[obligationClass.position % classFills.count]
  }

  /// The fill of a status shade (ColorBrewer RdYlGn).
  static func fill(_ shade: StatusShade) -> String {
    switch shade {
    case .violated: "#d73027"
    case .notStarted: "#e0e0e0"
    case .noEntry: plain
    case .inProgress: "#fee08b"
    case .done: "#a6d96a"
    case .closed: "#1a9850"
    }
  }

  /// The text colour on a status fill: white on the dark ones.
  static func text(_ shade: StatusShade) -> String {
    shade == .violated || shade == .closed ? "#ffffff" : "#000000"
  }

  /// The fill of a node: by status with a snapshot, else by class.
  static func fill(_ node: DependencyDiagram.Node) -> String {
    node.shade.map(fill) ?? fill(node.obligationClass)
  }

  /// The text colour of a node.
  static func text(_ node: DependencyDiagram.Node) -> String {
    node.shade.map(text) ?? "#000000"
  }

  /// The legend: label and fill of each class, or of each status with a snapshot.
  static func legend(shadedByStatus: Bool, classes: [ObligationClass]) -> [(
    label: String, fill: String, text: String
  )] {
    if shadedByStatus {
      return StatusShade.allCases.map { ($0.chineseName, fill($0), text($0)) }
    }
    return classes.map { ($0.name, fill($0), "#000000") }
      + [("无时限类别", plain, "#000000")]
  }
}
