/// Reads CSV text (RFC 4180, and what spreadsheets write) into records of
/// located fields.
///
/// Accepted beyond the RFC: LF or CR alone as line ends, a `;` or tab
/// delimiter when the first line has no comma (spreadsheets in some locales
/// write those), and text after a closing quote (kept as written). A byte
/// order mark inside the text (two files joined by hand) is dropped from the
/// fields, so that it never reaches a message.
struct CSVReader {
  private let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

  /// A quoted field that never ends.
  struct UnterminatedQuote: Error, Equatable {
    /// The opening quote's row.
    var row: Int
    /// The opening quote's field number.
    var column: Int
    /// The opening quote's byte offset.
    var offset: Int
  }

  private let scalars: [Unicode.Scalar]
  private let offsets: [Int]

  /// Prepares to read `text`, whose first scalar is at byte `baseOffset`
  /// of the file (3 after a byte order mark).
  init(_ text: String, baseOffset: Int = 0) {
    scalars = Array(text.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = baseOffset
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.offsets = offsets
  }

  /// The delimiter: `,`, or `;` or tab when the first line has no comma but one of those.
  var delimiter: Unicode.Scalar {
    var counts: [Unicode.Scalar: Int] = [:]
    var quoted = false
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if !quoted, scalar == "\n" || scalar == "\r" { break }
      if !quoted, scalar == "," || scalar == ";" || scalar == "\t" {
        counts[scalar, default: 0] += 1
      }
    }
    if counts[",", default: 0] > 0 { return "," }
    if counts[";", default: 0] >= counts["\t", default: 0], counts[";", default: 0] > 0 {
      return ";"
    }
    return counts["\t", default: 0] > 0 ? "\t" : ","
  }

  /// Every record, in order; a final line end does not start a record.
  ///
  /// - Complexity: O(n) in the length of the text.
  func records() -> Result<[[CSVField]], UnterminatedQuote> {
    let delimiter = delimiter
    var records: [[CSVField]] = []
    var record: [CSVField] = []
    var index = 0
    var row = 1
    while index < scalars.count {
      let column = record.count + 1
      let start = index
      var text = String.UnicodeScalarView()
      if scalars[index] == "\"" {
        index += 1
        var closed = false
        while index < scalars.count {
          if scalars[index] == "\"" {
            if index + 1 < scalars.count, scalars[index + 1] == "\"" {
              text.append("\"")
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          if scalars[index] != byteOrderMark { text.append(scalars[index]) }
          index += 1
        }
        guard closed else {
          return .failure(UnterminatedQuote(row: row, column: column, offset: offsets[start]))
        }
      }
      while index < scalars.count, scalars[index] != delimiter, !isLineEnd(scalars[index]) {
        if scalars[index] != byteOrderMark { text.append(scalars[index]) }
        index += 1
      }
      record.append(CSVField(text: String(text), row: row, column: column, offset: offsets[start]))
      guard index < scalars.count else { break }
      if scalars[index] == delimiter {
        index += 1
        if index == scalars.count {
          record.append(
            CSVField(text: "", row: row, column: column + 1, offset: offsets[index]))
        }
        continue
      }
      index +=
        scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
        ? 2 : 1
      records.append(record)
      record = []
      row += 1
    }
    if !record.isEmpty { records.append(record) }
    return .success(records)
  }

  private func isLineEnd(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r"
  }
}
