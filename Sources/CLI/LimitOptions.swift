import ArgumentParser
import RuleParser

/// The input limits a command may raise for a run far larger than a
/// province's plan (docs/reliability.md); each defaults to
/// `InputLimits`' default.
struct LimitOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The largest input file or standard input (bytes, or with K, M, G: 256M).",
      valueName: "size"))
  var maxInputSize: ByteCount = ByteCount(InputLimits().inputBytes)

  @Option(
    name: .long,
    help: ArgumentHelp("The largest source document a plan may cite.", valueName: "size"))
  var maxDocumentSize: ByteCount = ByteCount(InputLimits().documentBytes)

  @Option(name: .long, help: "The most instances a plan may expand into.")
  var maxInstances: Count = Count(InputLimits().instances)

  @Option(name: .long, help: "The most dependency edges between instances.")
  var maxDependencies: Count = Count(InputLimits().dependencyEdges)

  @Option(name: .long, help: "The most errors shown; later ones are only counted.")
  var maxErrors: Count = Count(InputLimits().errors)

  /// The limits these options ask for.
  var limits: InputLimits {
    InputLimits(
      inputBytes: maxInputSize.value, documentBytes: maxDocumentSize.value,
      instances: maxInstances.value, dependencyEdges: maxDependencies.value,
      errors: maxErrors.value)
  }

  /// Puts the limits in force as soon as the parser has read them.
  ///
  /// The parser calls this on every command that takes the limits, before
  /// the command runs, so `Rulec.main` need not ask the parsed command
  /// whether it takes them: that cast to a protocol was a first-time
  /// conformance look-up (0.5 M of `rulec check`'s 161 M instructions on
  /// the bundled plan).
  func validate() throws {
    InputLimits.current = limits
  }
}

/// A size in bytes written as digits with an optional binary suffix
/// (`K`, `M`, `G`: 1024, 1024², 1024³).
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
  let value: Int

  init(_ value: Int) { self.value = value }

  init?(argument: String) {
    let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
    var digits = Substring(argument)
    var unit = 1
    if let last = digits.last?.uppercased().first, let scale = units[last] {
      unit = scale
      digits = digits.dropLast()
    }
    guard digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0 else { return nil }
    let (bytes, overflow) = number.multipliedReportingOverflow(by: unit)
    guard !overflow else { return nil }
    value = bytes
  }

  var description: String {
    for (suffix, unit) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)]
    where value % unit == 0 {
      return "\(value / unit)\(suffix)"
    }
    return String(value)
  }

  /// The default as help shows it: its description.
  ///
  /// The protocol's own default interpolates the value, which casts it to
  /// the printing protocols at run time, a first-time conformance look-up
  /// each.
  var defaultValueDescription: String { description }
}

/// A positive count written as plain digits.
struct Count: ExpressibleByArgument, CustomStringConvertible {
  let value: Int

  init(_ value: Int) { self.value = value }

  init?(argument: String) {
    guard argument.allSatisfy(\.isASCII), let number = Int(argument), number > 0 else {
      return nil
    }
    value = number
  }

  var description: String { String(value) }

  /// The default as help shows it: its description, as `ByteCount`'s.
  var defaultValueDescription: String { description }
}
