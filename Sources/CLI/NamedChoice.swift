import ArgumentParser

/// An option value that is one of a few names, each its raw value
/// (`--format json`, `--fail-on none`).
///
/// The parser's own defaults describe such a value to help (the default
/// shown, the list of choices, their descriptions) by interpolating the raw
/// values into strings, which casts each to the printing protocols at run
/// time, and build a dictionary of descriptions that is always empty here:
/// first-time conformance look-ups and a first-time dictionary type on
/// every command line, even one that never shows help (1.7 M of
/// `rulec check`'s instructions on the bundled plan). These give help the
/// same strings directly. (Public, as some of the types are.)
public protocol NamedChoice: ExpressibleByArgument, CaseIterable, RawRepresentable
where RawValue == String {}

extension NamedChoice {
  /// The name, as the parser's default spells it.
  public var defaultValueDescription: String { rawValue }

  /// Every name, in the cases' order.
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }

  /// None: a choice is described by its name alone, as the parser's default
  /// finds when no case describes itself apart from its name.
  public static var allValueDescriptions: [String: String] { [:] }
}
