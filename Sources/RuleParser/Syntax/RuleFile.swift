/// One rule file, read and typed but not yet resolved against the others.
public struct RuleFile: Sendable {
  /// The file's path as given.
  public var path: String
  /// The `plan:` block, if this file has one.
  public var plan: PlanDecl?
  /// The `bodies:` entries, in source order.
  public var bodies: [BodyDecl] = []
  /// The `obligations:` entries, in source order.
  public var obligations: [ObligationDecl] = []
  /// The `metrics:` entries, in source order.
  public var metrics: [MetricDecl] = []
  /// The `policies:` entries, in source order.
  public var policies: [PolicyDecl] = []
  /// The `explained:` entries, in source order.
  public var explained: [ExplainedDecl] = []
  /// The entries that have an error, as far as they could be read.
  public var incomplete: [IncompleteDecl] = []

  /// Creates an empty file.
  public init(path: String) {
    self.path = path
  }
}
