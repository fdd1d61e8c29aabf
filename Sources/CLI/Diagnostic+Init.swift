import RuleParser

/// The catalogue of `rulec init` diagnostics (E275–E276).
extension Diagnostic {
}
