/// The words a plan's outputs use (`plan.words:`).
///
/// A rectification plan's 整改台账 and 未报送整改情况, another plan's 任务台账
/// and 未报送工作进展. Every word has a default, today's rectification wording.
public struct PlanWords: Sendable, Hashable {
  /// Each word's key and its default, in the order the documentation lists them.
  public static let defaults: KeyValuePairs<String, String> = [
    "task": "整改任务",
    "ledger": "整改台账",
    "progress": "整改进展",
    "missing": "未报送整改情况",
    "unreported": "未及时报送整改结果",
    "unpublished": "未及时公开整改结果",
    "false_report": "反馈整改情况失实",
    "resolved": "已整改",
    "results": "整改成果",
    "requirements":
      "各责任单位要对照方案要求，对本通报指出的问题逐项整改，按时报送整改情况，整改结果及时向社会公开；被约谈、问责的单位要深刻剖析原因，限期整改到位。",
  ]

  /// The keys a plan may give.
  public static var keys: [String] { defaults.map(\.key) }

  /// The words the plan gives, by key.
  public var given: [String: String]

  /// Today's wording.
  public static let standard = PlanWords(given: [:])

  /// Creates words from the plan's own, the rest from the defaults.
  public init(given: [String: String]) {
    self.given = given
  }

  /// The word for `key`: the plan's, else the default.
  public subscript(_ key: String) -> String {
    given[key] ?? Self.defaults.first { $0.key == key }?.value ?? key
  }

  /// The plan's name for its duties: 整改任务, 工作任务.
  public var task: String { self["task"] }
  /// The ledger's name: 整改台账, 任务台账.
  public var ledger: String { self["ledger"] }
  /// The name of the plan's progress: 整改进展, 工作进展.
  public var progress: String { self["progress"] }
  /// A problem that is gone: 已整改, 已解决.
  public var resolved: String { self["resolved"] }
  /// The bulletin's general demand (下步要求).
  public var requirements: String { self["requirements"] }
}
