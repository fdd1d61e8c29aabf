/// The members of one object of a plain-JSON file, handed over one by one as
/// they are read instead of kept in the loaded tree: how a million-entry
/// snapshot is read without holding a million nodes.
///
/// Only `YAMLLoader`'s JSON fast path streams. When the input turns out not
/// to be plain JSON part-way, the loader calls `discard()` and loads the
/// whole file with libyaml into a complete tree, so the receiver keeps
/// either every member once or none.
package protocol MemberStream: AnyObject {
  /// The key, in the root object, of the object whose members are streamed.
  var key: String { get }
  /// The keys a member's value may have to go over flat
  /// (`receive(key:fields:object:)`): at most 64.
  var fieldKeys: [String] { get }
  /// Makes room for the members of an object of `count` bytes, before the
  /// first is received: a hint, the members may be fewer or more.
  func reserve(forBytes count: Int)
  /// Takes one member; returns whether its key is new. The reader keeps no
  /// set of the keys (the receiver keeps them anyway): a key received twice
  /// ends streaming, and libyaml then reports the duplicate.
  func receive(_ member: YAMLNode.Pair) -> Bool
  /// Takes one member whose value is a flat object: its key (a string, read
  /// in place as its fields are), its fields by
  /// their position in `fieldKeys` (`nil` where absent; each valid only
  /// within this call), and the object's range; returns whether the key is
  /// new, as `receive(_:)`.
  func receive(key: FlatScalar, fields: [FlatScalar?], object: SourceRange) -> Bool
  /// Forgets every member received: the file is being loaded whole instead.
  func discard()
  /// Records that every member was received and the tree holds the streamed
  /// object empty; returns `false` when the receiver finds only now that a
  /// key came twice (as `receive` would have), and the file is then loaded
  /// whole with libyaml, after `discard()`.
  func finish() -> Bool
}
