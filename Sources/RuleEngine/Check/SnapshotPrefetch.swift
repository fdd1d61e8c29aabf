import Dispatch
import RuleParser

/// Loads snapshot files on another thread while the rules load, so that the
/// two longest steps of a large `rulec check` run side by side.
///
/// Loading is the part of reading that needs nothing of the plan: the file
/// is parsed and its entries read (`SnapshotReader.load`). Building the
/// snapshot from it, with the plan's action ladder and `--as-of`, waits for
/// the plan and takes little time; so the result is the same as reading the
/// file at its turn. Ledgers need the plan to be read at all, and standard
/// input is read once, where it always was: neither is loaded early.
///
/// The entries of the files a check merges (a month's returns in several
/// files) are merged here too, once loaded (`EntryMerge`): merging a
/// million entries needs nothing of the plan either.
public final class SnapshotPrefetch: @unchecked Sendable {
  // Written only by the loading thread before `done` is signalled, and read
  // only after waiting for it: the group orders the two, hence `@unchecked`.
  private var loaded: [String: SnapshotReader.Loaded] = [:]
  private var premerged: PremergedEntries?
  private let done = DispatchGroup()
  /// Each path as `SnapshotSource.expand` found it here: the files it stands
  /// for, and what the walk of a folder reported.
  private let expansions: [String: (files: [String], diagnostics: Diagnostics)]

  /// Starts loading the JSON and YAML files among `paths` (folders stand
  /// for their files, as in `SnapshotSource.expand`), and returns at once.
  ///
  /// The entries of the files of `merging` (some of `paths`: the inputs a
  /// check merges into one snapshot) are then merged, when there are
  /// several and each is a file loaded early.
  public init(paths: [String], merging: [String] = []) {
    var expansions: [String: (files: [String], diagnostics: Diagnostics)] = [:]
    for path in paths where expansions[path] == nil {
      var diagnostics = Diagnostics()
      let files = SnapshotSource.expand([path], into: &diagnostics)
      expansions[path] = (files, diagnostics)
    }
    self.expansions = expansions
    let files = paths.flatMap { expansions[$0]?.files ?? [] }.filter(Self.isLoadedEarly)
    guard !files.isEmpty else { return }
    let merged = merging.flatMap { expansions[$0]?.files ?? [] }
    done.enter()
    DispatchQueue.global().async { [self] in
      PhaseClock.measure("prefetch") {
        for path in files where loaded[path] == nil {
          loaded[path] = SnapshotReader().load(contentsOfFile: path)
        }
        premerged = premerge(merged)
      }
      done.leave()
    }
  }

  /// The entries of `files` merged, when they are several different files,
  /// each loaded here without errors and its entries read whole; else `nil`.
  private func premerge(_ files: [String]) -> PremergedEntries? {
    guard files.count > 1, Set(files).count == files.count else { return nil }
    var tables: [InstanceStatusTable] = []
    for path in files {
      guard let file = loaded[path], !file.diagnostics.hasErrors, file.entries.isComplete else {
        return nil
      }
      tables.append(file.entries.entries)
    }
    var merge = EntryMerge(first: tables[0], count: tables.reduce(0) { $0 + $1.count })
    for input in tables.indices.dropFirst() {
      merge.add(tables[input], asInput: input)
    }
    return PremergedEntries(files: files, merge: merge)
  }

  /// The entries of `files` merged ahead, waiting for the loading to finish.
  ///
  /// `nil` when they were not merged ahead (other files, or not all loaded
  /// early). Handed out once.
  func premerged(for files: [String]) -> PremergedEntries? {
    guard files.count > 1, files.allSatisfy(Self.isLoadedEarly) else { return nil }
    done.wait()
    guard premerged?.files == files else { return nil }
    defer { premerged = nil }
    return premerged
  }

  /// The file at `path` as loaded, waiting for the loading to finish; `nil`
  /// when it is not one loaded early, or was taken before (a path named
  /// twice is read again at its second turn).
  ///
  /// Handed out once: the prefetch keeps nothing it has given, so that what
  /// the check lets go is freed.
  public func take(_ path: String) -> SnapshotReader.Loaded? {
    guard Self.isLoadedEarly(path) else { return nil }
    done.wait()
    return loaded.removeValue(forKey: path)
  }

  /// `SnapshotSource.expand(paths)`, from the walk of each folder made here
  /// when loading started: a folder is walked once, and the files read are
  /// the ones loaded.
  public func expand(_ paths: [String], into diagnostics: inout Diagnostics) -> [String] {
    paths.flatMap { path in
      guard let expansion = expansions[path] else {
        return SnapshotSource.expand([path], into: &diagnostics)
      }
      diagnostics.merge(expansion.diagnostics)
      return expansion.files
    }
  }

  /// Whether a file is one loaded early: not a ledger, not standard input.
  private static func isLoadedEarly(_ path: String) -> Bool {
    path != "-" && !SnapshotSource.isLedger(path)
  }
}
