public import RuleParser

/// The head and foot of a bulletin (通报): its title, number, issuing body
/// and date, each given on the command line or taken from the plan.
public struct BulletinHeading: Sendable, Hashable {
  /// The title: `关于…落实情况的通报`.
  public var title: String
  /// The number: `2017年第10期`.
  public var number: String
  /// The issuing body's name, signed in the 落款.
  public var issuer: String
  /// The date of issue.
  public var date: Day

  /// Creates a heading.
  public init(title: String, number: String, issuer: String, date: Day) {
    self.title = title
    self.number = number
    self.issuer = issuer
    self.date = date
  }

  /// The heading from the plan, with what was given instead.
  ///
  /// - The title is `关于` + the plan's title (without a leading `关于`, so
  ///   the word is never doubled) + `落实情况的通报`; a title with `关于`
  ///   inside (`…人民政府关于…的实施意见`) is quoted instead: `《…》落实情况的通报`.
  /// - The number is the year and month of `asOf`: `2017年第10期`.
  /// - The issuer is the body that acts in most of the plan's 预警 and 督办
  ///   policies (the office that follows the plan), else in most policies,
  ///   else the plan's title.
  /// - The date is `asOf`.
  public static func defaults(
    for graph: ObligationGraph, asOf: Day, title: String? = nil, number: String? = nil,
    issuer: String? = nil, date: Day? = nil
  ) -> BulletinHeading {
    var plan = graph.plan.title
    while plan.hasPrefix("关于") { plan.removeFirst(2) }
    let defaultTitle =
      plan.contains("关于") ? "《\(plan)》落实情况的通报" : "关于\(plan)落实情况的通报"
    return BulletinHeading(
      title: title ?? defaultTitle, number: number ?? "\(asOf.year)年第\(asOf.month)期",
      issuer: issuer ?? defaultIssuer(graph), date: date ?? asOf)
  }

  private static func defaultIssuer(_ graph: ObligationGraph) -> String {
    func mostFrequent(_ policies: [Policy]) -> String? {
      var counts: [String: Int] = [:]
      for policy in policies { counts[policy.by, default: 0] += 1 }
      return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
    let following = graph.policies.filter { $0.action <= graph.plan.rank(of: .supervision) }
    guard let id = mostFrequent(following) ?? mostFrequent(graph.policies) else {
      return graph.plan.title
    }
    return graph.body(id)?.name ?? id
  }
}
