/// The catalogue of enforcement diagnostics (E170–E179, W010–W029): the plan's
/// classes, whom a policy may reach, and rules that cannot work as the
/// document says.
extension Diagnostic {
  /// E170: a class with no deadline, or with more than one.
  package static func classDeadlineCount(_ id: String, given: [String], at range: SourceRange)
    -> Diagnostic
  {
    let list = given.map { "'\($0)'" }.joined(separator: ", ")
    let message =
      given.isEmpty
      ? LocalizedText(
        en: "class '\(id)' gives no 'within', 'due' or 'standing: true'",
        zh: "整改类别 '\(id)' 缺少 'within'、'due' 或 'standing: true'")
      : LocalizedText(
        en: "class '\(id)' gives \(list): only one is allowed",
        zh: "整改类别 '\(id)' 同时给出了 \(list)：只能给出其一")
    return error(.classDeadlineCount, message, at: range)
  }

}
