/// The compiler and evaluator of rulec: resolves parsed rules into an
/// obligation graph and evaluates status snapshots against it.
public enum RuleEngine {}
