/// A unified-style diff of two texts around their first difference, for
/// test failures: a hunk header, three lines of context, then the differing
/// lines of each side (`-` expected, `+` actual), at most `limit` of each.
package struct LineDiff: CustomStringConvertible {
  /// The diff's text, or an empty string when the texts are equal.
  package let description: String

  /// Compares `expected` with `actual` line by line.
  package init(expected: String, actual: String, limit: Int = 12) {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    guard prefix < old.count || prefix < new.count else {
      description = ""
      return
    }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let context = max(0, prefix - 3)
    let removed = old[prefix..<(old.count - suffix)]
    let added = new[prefix..<(new.count - suffix)]
    var lines = [
      "@@ -\(context + 1),\(prefix - context + removed.count) "
        + "+\(context + 1),\(prefix - context + added.count) @@"
    ]
    lines += old[context..<prefix].map { " \($0)" }
    lines += Self.side("-", removed, limit: limit)
    lines += Self.side("+", added, limit: limit)
    description = lines.joined(separator: "\n")
  }

  /// One side's lines with their sign, cut after `limit` lines.
  private static func side(
    _ sign: String, _ lines: ArraySlice<Substring>, limit: Int
  ) -> [String] {
    var result = lines.prefix(limit).map { "\(sign)\($0)" }
    if lines.count > limit { result.append("\(sign)… \(lines.count - limit) more") }
    return result
  }
}
