/// The instances of a plan while they are made: one slot per instance, each
/// written once, by whichever core fills its obligation, and named once.
///
/// Unsafe by necessity: at a million instances two cores fill one buffer at
/// the same time, which an array cannot be shared for. It stays safe because
/// each obligation's layout gives it its own slots, written once, and an
/// obligation reads only the slots of its prerequisites, filled (and named)
/// at an earlier level (before the cores that fill its level start).
struct InstanceSlots: @unchecked Sendable {
  /// The first slot.
  private let base: UnsafeMutablePointer<Instance>

  /// The slots of `buffer`, none of them written yet.
  init(_ buffer: UnsafeMutableBufferPointer<Instance>) {
    guard let base = buffer.baseAddress else { preconditionFailure("no room for instances") }
    self.base = base
  }

  /// The instance in the slot at `position`, already written; read in
  /// place, one field at a time, without copying the instance.
  subscript(position: Int) -> Instance {
    unsafeAddress { UnsafePointer(base + position) }
  }

  /// Writes the slot at `position`, once.
  func initialize(_ position: Int, to instance: consuming Instance) {
    (base + position).initialize(to: instance)
  }

  /// Names the instance in the slot at `position`, already written.
  func name(
    _ position: Int, id: String, dependencies: [String], relativeDue: RelativeDueBox?
  ) {
    (base + position).pointee.name(id: id, dependencies: dependencies, relativeDue: relativeDue)
  }
}
