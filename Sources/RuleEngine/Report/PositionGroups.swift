/// Positions (of findings in a result) grouped by a key (their body's id),
/// the groups in the order their keys first come, each group's positions
/// in their order.
///
/// Counted, then placed: one look-up of the key per run of positions with
/// the same key (findings come in instance order), no array per group, and
/// nothing appended to a dictionary's values. A key that is a body of the
/// plan is looked up by its position there (`BodyPositions`), its group
/// found in an array: an instance's body is seldom the one before it
/// (instances come obligation by obligation), and hashing each id into a
/// dictionary cost ~560 instructions (28 M for a text report at 100k).
struct PositionGroups {
  /// Each group's key.
  private(set) var keys: [String] = []
  /// The group of each position taken, in the order taken.
  private var groupOfTaken: [Int32] = []
  /// Where each group starts in `placed`, and where the last ends.
  private var starts: [Int] = []
  /// The positions, group after group.
  private var placed: [Int] = []

  /// The positions grouped by `key(position)`, a body's id (`bodies`
  /// finds those of the plan).
  init(_ positions: some Collection<Int>, by key: (Int) -> String, bodies: BodyPositions) {
    // The group of each body of the plan by its position (-1: none yet),
    // and of any other key by the key.
    var groupOfBody = [Int32](repeating: -1, count: bodies.count)
    var numbers: [String: Int32] = [:]
    var last: (key: String, group: Int32)?
    groupOfTaken.reserveCapacity(positions.count)
    for position in positions {
      let key = key(position)
      if let last, last.key == key {
        groupOfTaken.append(last.group)
        continue
      }
      var group = Int32(keys.count)
      if let body = bodies.position(of: key) {
        if groupOfBody[body] >= 0 { group = groupOfBody[body] } else { groupOfBody[body] = group }
      } else if let known = numbers[key] {
        group = known
      } else {
        numbers[key] = group
      }
      if group == keys.count { keys.append(key) }
      groupOfTaken.append(group)
      last = (key, group)
    }
    // Counted, then each position placed after those of its group before it.
    var next = [Int](repeating: 0, count: keys.count + 1)
    for group in groupOfTaken { next[Int(group) + 1] += 1 }
    for group in keys.indices { next[group + 1] += next[group] }
    starts = next
    placed = [Int](repeating: 0, count: groupOfTaken.count)
    for (position, group) in zip(positions, groupOfTaken) {
      placed[next[Int(group)]] = position
      next[Int(group)] += 1
    }
  }

  /// The positions of group `group`, in their order.
  subscript(group: Int) -> ArraySlice<Int> { placed[starts[group]..<starts[group + 1]] }
}
