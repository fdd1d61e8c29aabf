/// A reader of one `id: {...}` entry of a rule file's section (`classes:`,
/// `obligations:`, `metrics:`): the entry's id and node, and the keys it allows.
protocol EntryBuilder {
  /// What the entries of the section are.
  static var kind: DeclarationKind { get }
  /// The keys an entry allows.
  static var keys: [String] { get }
  /// The entry's id.
  var id: Located<String> { get }
  /// The entry's value.
  var node: YAMLNode { get }
}

extension EntryBuilder {
  /// The entry read as a mapping of its allowed keys, named by its kind and
  /// id in messages; `nil` (reported) when it is not a mapping.
  func mapping(diagnostics: inout Diagnostics) -> MappingReader? {
    let id = id.value
    return MappingReader(
      node, subject: Self.kind.named(id), allowed: Self.keys, diagnostics: &diagnostics)
  }
}
