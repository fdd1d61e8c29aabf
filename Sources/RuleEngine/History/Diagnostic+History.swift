import RuleParser

/// The history's warning: a later snapshot that rewrites an earlier one (W045).
extension Diagnostic {
}
