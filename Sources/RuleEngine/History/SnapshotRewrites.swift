public import RuleParser

/// A later snapshot that changes what an earlier one recorded: the monthly
/// snapshots are a log, so the past should only be added to.
public struct SnapshotRewrite: Sendable, Hashable {
  /// What was rewritten.
  public enum Kind: String, Sendable, Hashable {
    /// A completion date differs.
    case completionChanged = "completion_changed"
    /// A report or publication date differs.
    case dateChanged = "date_changed"
    /// A closed (销号) instance is no longer closed.
    case reopened
    /// An instance with an entry has none in the later snapshot.
    case entryRemoved = "entry_removed"
    /// An action of the earlier log is missing from the later one.
    case actionRemoved = "action_removed"
  }

  /// What was rewritten.
  public var kind: Kind
  /// The instance (or metric instance, for an action) concerned.
  public var instance: String
  /// What changed, in words.
  public var detail: LocalizedText
  /// The earlier snapshot's path.
  public var earlier: String
  /// The later snapshot's path.
  public var later: String

  /// The warning (W045) naming both snapshots.
  public var diagnostic: Diagnostic {
    .warning(
      .historyRewritten,
      LocalizedText(
        "'\(later)' rewrites the past of \(instance) recorded in '\(earlier)': \(detail.en)",
        "'\(later)' 改写了 '\(earlier)' 中 \(instance) 的既有记录：\(detail.zh)"), at: nil)
  }
}

/// Finds where a later snapshot rewrites an earlier one.
public enum SnapshotRewrites {
  /// The rewrites, by instance then kind.
  ///
  /// - Complexity: O(E + A) for E entries and A actions of both snapshots.
  public static func find(earlier: Snapshot, later: Snapshot) -> [SnapshotRewrite] {
    var found: [SnapshotRewrite] = []
    func add(_ kind: SnapshotRewrite.Kind, _ instance: String, _ en: String, _ zh: String) {
      found.append(
        SnapshotRewrite(
          kind: kind, instance: instance, detail: LocalizedText(en: en, zh: zh),
          earlier: earlier.path, later: later.path))
    }
    for (id, before) in earlier.obligations {
      guard let after = later.obligations[id] else {
        add(.entryRemoved, id, "the entry was removed", "该条目被删除")
        continue
      }
      let (was, now) = (before.status.value, after.status.value)
      if was == .closed, now != .closed {
        add(
          .reopened, id, "closed, now \(now.rawValue)",
          "原为已销号，现为\(ReportedValue.chineseWord(of: now))")
      }
      if was.isComplete, now.isComplete, let old = before.completed?.value,
        let new = after.completed?.value, old != new
      {
        add(
          .completionChanged, id, "completed \(old), now \(new)",
          "完成日期原为\(old)，现为\(new)")
      }
      for (name, zh, old, new) in [
        ("reported", "报送日期", before.reported?.value, after.reported?.value),
        ("published", "公开日期", before.published?.value, after.published?.value),
      ] {
        guard let old, old != new else { continue }
        let now = new?.description ?? "none"
        add(
          .dateChanged, id, "\(name) \(old), now \(now)",
          "\(zh)原为\(old)，现为\(new?.description ?? "空")")
      }
    }
    let kept = Set(later.actions.map(ActionKey.init))
    for action in earlier.actions where !kept.contains(ActionKey(action)) {
      let what = "\(action.action.value.rawValue) on \(action.on.value)"
      add(
        .actionRemoved, action.instance.value, "the action log lost \(what)",
        "处置记录中\(action.on.value)的\(action.action.value.chineseName)被删除")
    }
    return found.sorted {
      ($0.instance, $0.kind.rawValue, $0.detail.en) < ($1.instance, $1.kind.rawValue, $1.detail.en)
    }
  }

  private struct ActionKey: Hashable {
    var action: EscalationAction
    var instance: String
    var on: Day

    init(_ action: RecordedAction) {
      self.action = action.action.value
      instance = action.instance.value
      on = action.on.value
    }
  }
}
