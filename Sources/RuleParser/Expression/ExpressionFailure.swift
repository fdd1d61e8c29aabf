/// Stops the lexer or parser at the first error in a condition's syntax.
struct ExpressionFailure: Error {
  /// The located error.
  var diagnostic: Diagnostic
}
