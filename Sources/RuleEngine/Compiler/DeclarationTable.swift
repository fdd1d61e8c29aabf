import RuleParser

/// Every declaration of every rule file by id, with duplicates reported:
/// the first step of resolution.
struct DeclarationTable {
  var plan: (decl: PlanDecl, file: String)?
  var bodies: [String: BodyDecl] = [:]
  var obligations: [String: ObligationDecl] = [:]
  var metrics: [String: MetricDecl] = [:]
  var policies: [String: PolicyDecl] = [:]
  var explained: [ExplainedDecl] = []
  /// Ids in declaration order (file order, then source order), per kind.
  var bodyOrder: [String] = []
  var obligationOrder: [String] = []

  init(_ files: [RuleFile], diagnostics: inout Diagnostics) {
    var declared: [String: SourceRange] = [:]
    func claim(_ id: Located<String>, kind: String) -> Bool {
      if let previous = declared[id.value] {
        diagnostics.report(.duplicateID(id.value, kind: kind, at: id.range, previous: previous))
        return false
      }
      declared[id.value] = id.range
      return true
    }
    for file in files {
      if let plan = file.plan {
        if let previous = self.plan {
          diagnostics.report(.duplicatePlan(at: plan.range, previous: previous.decl.range))
        } else {
          self.plan = (plan, file.path)
        }
      }
      for body in file.bodies where claim(body.id, kind: "body") {
        bodies[body.id.value] = body
        bodyOrder.append(body.id.value)
      }
      for obligation in file.obligations where claim(obligation.id, kind: "obligation") {
        obligations[obligation.id.value] = obligation
        obligationOrder.append(obligation.id.value)
      }
      for metric in file.metrics where claim(metric.id, kind: "metric") {
        metrics[metric.id.value] = metric
      }
      for policy in file.policies where claim(policy.id, kind: "policy") {
        policies[policy.id.value] = policy
      }
      explained += file.explained
    }
  }
}
