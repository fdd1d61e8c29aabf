/// A field of a CSV file as read, with where it was: the spreadsheet's row
/// (the record's number, counting from 1) and column (the field's number).
struct CSVField: Sendable, Hashable {
  /// The text, unquoted.
  var text: String
  /// The 1-based record number: the row a spreadsheet shows.
  var row: Int
  /// The 1-based field number: the column a spreadsheet shows.
  var column: Int
  /// The 0-based byte offset of the field's first byte in the file.
  var offset: Int
}
