import Foundation

/// The machine key written in parentheses at the end of a ledger cell:
/// `状态 (status)` or, as a Chinese keyboard types it, `状态（status）`.
enum LedgerHeaderKey {
  /// The key at the end of `cell`, when the parentheses hold a key-like word
  /// (ASCII letters, digits and `_`); `nil` otherwise, so that a user's own
  /// column such as `联系人 (电话)` is not taken for a misspelt key.
  static func key(in cell: String) -> String? {
    let scalars = Array(cell.unicodeScalars)
    guard let last = scalars.last, last == ")" || last == "）" else { return nil }
    guard let open = scalars.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
    let inner = String(String.UnicodeScalarView(scalars[(open + 1)..<(scalars.count - 1)]))
    let key = inner.trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar) else { return nil }
    return key
  }

  private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "a"..."z", "A"..."Z", "0"..."9", "_", "-": true
    default: false
    }
  }
}
