import RuleParser

/// Checks that every id a rule names exists, suggesting the closest one
/// when it does not.
struct ReferenceResolver {
  /// The did-you-mean indexes of body and obligation ids, each built at its
  /// first unknown id: a plan whose references all resolve builds none.
  private final class Suggestions {
    let table: DeclarationTable
    lazy var bodies = DidYouMean(candidates: table.bodyOrder)
    lazy var obligations = DidYouMean(candidates: table.obligationOrder)

    init(_ table: DeclarationTable) {
      self.table = table
    }
  }

  private let table: DeclarationTable
  private let suggestions: Suggestions

  init(_ table: DeclarationTable) {
    self.table = table
    suggestions = Suggestions(table)
  }

  /// Whether `id` is a body; reports E032 otherwise, unless the body is
  /// declared with an error of its own (already reported).
  func body(_ id: Located<String>, diagnostics: inout Diagnostics) -> Bool {
    guard table.bodies[id.value] == nil else { return true }
    guard table.incomplete[id.value]?.kind != .body else { return false }
    diagnostics.report(
      .unknownReference(
        id.value, kind: .body, suggestion: suggestions.bodies.suggest(for: id.value), at: id.range))
    return false
  }

  /// Whether `id` is an obligation; reports E032 otherwise, unless the
  /// obligation is declared with an error of its own (already reported).
  func obligation(_ id: Located<String>, diagnostics: inout Diagnostics) -> Bool {
    guard table.obligationPositions[id.value] == nil else { return true }
    guard table.incomplete[id.value]?.kind != .obligation else { return false }
    diagnostics.report(
      .unknownReference(
        id.value, kind: .obligation, suggestion: suggestions.obligations.suggest(for: id.value),
        at: id.range))
    return false
  }

  /// Checks every reference of every declaration; returns whether all resolve.
  func checkAll(diagnostics: inout Diagnostics) -> Bool {
    let before = diagnostics.errorCount
    for id in table.bodyOrder {
      guard let body = table.bodies[id] else { continue }
      if let parent = body.parent {
        if parent.value == id {
          diagnostics.report(
            .error(
              .bodyOwnParent,
              LocalizedText(
                en: "body '\(id)' names itself as its parent", zh: "单位“\(id)”把自己列为上级单位"),
              at: parent.range))
        } else {
          _ = self.body(parent, diagnostics: &diagnostics)
        }
      }
      for member in body.members { _ = self.body(member, diagnostics: &diagnostics) }
    }
    for obligation in table.obligations {
      // (Two loops: joining the lists would make an array per obligation.)
      for body in obligation.responsible { _ = self.body(body, diagnostics: &diagnostics) }
      for body in obligation.cooperating { _ = self.body(body, diagnostics: &diagnostics) }
      for prerequisite in obligation.dependsOn {
        _ = self.obligation(prerequisite, diagnostics: &diagnostics)
      }
      if case .relative(_, let after?) = obligation.due,
        self.obligation(after, diagnostics: &diagnostics),
        table.obligation(after.value)?.every != nil
      {
        diagnostics.report(
          .error(
            .afterRecurring,
            LocalizedText(
              "cannot count a deadline from recurring obligation '\(after.value)'",
              "不能从周期性义务 '\(after.value)' 起算期限"),
            at: after.range))
      }
    }
    for metric in table.metrics.values.sorted(by: { $0.id.value < $1.id.value }) {
      for body in metric.responsible { _ = self.body(body, diagnostics: &diagnostics) }
    }
    for policy in table.policies.values.sorted(by: { $0.id.value < $1.id.value }) {
      _ = body(policy.by, diagnostics: &diagnostics)
      for target in policy.targets { _ = body(target, diagnostics: &diagnostics) }
    }
    let classes = table.classes.map(\.id.value)
    let known = Set(classes)
    // Only an unknown class needs suggestions.
    lazy var classSuggestions = DidYouMean(candidates: classes)
    for obligation in table.obligations {
      guard let tag = obligation.obligationClass, !known.contains(tag.value),
        table.incomplete[tag.value]?.kind != .timeLimitClass
      else { continue }
      diagnostics.report(
        Diagnostic(
          .error, code: .unknownClass,
          LocalizedText(en: "unknown class '\(tag.value)'", zh: "未知的整改类别 '\(tag.value)'"),
          at: tag.range
        ).suggesting(
          classSuggestions.suggest(for: tag.value),
          otherwise: LocalizedText(
            en: classes.isEmpty
              ? "declare it under `classes:`"
              : "declare it under `classes:` (declared: \(classes.joined(separator: ", ")))",
            zh: classes.isEmpty
              ? "请先在 `classes:` 下定义它" : "请先在 `classes:` 下定义它（已定义：\(classes.joined(separator: "、"))）"
          )))
    }
    if table.plan?.decl.effective == nil {
      for declared in table.classes {
        if case .within? = declared.deadline {
          diagnostics.report(
            .error(
              .classWithoutEffective,
              LocalizedText(
                en:
                  "class '\(declared.id.value)' counts from plan.effective, but the plan has no 'effective' date",
                zh: "整改类别 '\(declared.id.value)' 自方案施行日起计算，但计划未给出 'effective'"),
              at: declared.id.range))
        }
      }
    }
    return diagnostics.errorCount == before && table.incomplete.isEmpty
  }
}
