import Foundation
import TestSupport
import Testing

/// The recipes of docs/workflow.md, run for real: the pre-commit hook in a
/// repository made here, and every `rulec` command of the CI jobs.
@Suite struct RecipeTests {
  static let recipes = Fixtures.packageRoot.appendingPathComponent("docs/recipes")

  /// A repository holding `rulec init`'s skeleton on `main`, its own
  /// `origin`, and rulec on the hooks' and scripts' `PATH`.
  static func repository() throws -> GitFixture {
    let repository = try GitFixture()
    let created = try RulecProcess.run("init .", in: repository.root)
    #expect(created.status == 0, "\(created.stderr)")
    try repository.git("add", "-A")
    try repository.git("commit", "-q", "-m", "skeleton")
    try repository.git("remote", "add", "origin", repository.root.path)
    try repository.git("fetch", "-q", "origin")
    return repository
  }

  static var path: String {
    RulecProcess.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
  }

  /// Runs a shell command in the repository with rulec on `PATH`.
  static func shell(
    _ command: String, in repository: GitFixture, environment: [String: String] = [:]
  )
    throws -> Int32
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = repository.root
    process.environment = ["PATH": path, "HOME": repository.root.path, "LANG": "C"]
      .merging(environment) { _, new in new }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  @Test func thePreCommitHookRefusesAFailingPolicyTest() throws {
    let repository = try Self.repository()
    defer { repository.remove() }
    let hook = repository.root.appendingPathComponent(".git/hooks/pre-commit")
    try FileManager.default.copyItem(
      at: Self.recipes.appendingPathComponent("pre-commit"), to: hook)
    let commit = "git -c user.name=t -c user.email=t@example.org commit -q -am"
    let policies = repository.root.appendingPathComponent("rules/policies.yaml")
    let text = try String(contentsOf: policies, encoding: .utf8)
    try text.replacingOccurrences(
      of: "action: supervision", with: "action: supervision  # reviewed"
    )
    .write(to: policies, atomically: true, encoding: .utf8)
    #expect(try Self.shell("\(commit) reviewed", in: repository) == 0)
    try text.replacingOccurrences(of: "days_overdue > 15", with: "days_overdue > 25")
      .write(to: policies, atomically: true, encoding: .utf8)
    #expect(try Self.shell("\(commit) broken", in: repository) != 0)
    #expect(try repository.git("log", "--format=%s") == "reviewed\nskeleton\n")
  }

  /// The `rulec` command lines of a CI recipe.
  static func commands(_ recipe: String) throws -> [String] {
    let text = try String(
      contentsOf: recipes.appendingPathComponent(recipe), encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      var command = line.trimmingCharacters(in: .whitespaces)
      for prefix in ["- run: ", "run: ", "- "] where command.hasPrefix(prefix + "rulec ") {
        command.removeFirst(prefix.count)
      }
      guard command.hasPrefix("rulec ") else { return nil }
      if command.hasSuffix(" \\") { command.removeLast(2) }
      return command
    }
  }

  @Test(arguments: [
    ("github-actions.yml", ["GITHUB_BASE_REF": "main"]),
    ("gitlab-ci.yml", ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"]),
  ])
  func everyCommandOfACIJobRunsOnAChangedPlan(recipe: String, environment: [String: String])
    throws
  {
    let commands = try Self.commands(recipe)
    for needed in ["lint", "test", "coverage --min 100", "check", "diff --format markdown"] {
      #expect(commands.contains { $0.hasPrefix("rulec \(needed)") }, "\(recipe) lacks \(needed)")
    }
    let repository = try Self.repository()
    defer { repository.remove() }
    try repository.git("checkout", "-q", "-b", "tighter")
    let policies = repository.root.appendingPathComponent("rules/policies.yaml")
    let text = try String(contentsOf: policies, encoding: .utf8)
    try text.replacingOccurrences(of: "days_overdue > 15", with: "days_overdue > 10")
      .write(to: policies, atomically: true, encoding: .utf8)
    try repository.git("commit", "-q", "-am", "tighter")
    for command in commands {
      let status = try Self.shell(command, in: repository, environment: environment)
      #expect(status == 0, "\(recipe): \(command) exits \(status)")
    }
    let comment = try String(
      contentsOf: repository.root.appendingPathComponent("rulec-diff.md"), encoding: .utf8)
    #expect(comment.hasPrefix("### rulec diff: `origin/main` → `HEAD`\n\n1 change"))
    #expect(
      comment.contains(
        "| `supervise-overdue` | when: violation == overdue and days_overdue > 15 → violation == overdue and days_overdue > 10 |"
      ))
  }

  @Test func theWorkflowDocumentShowsEveryRecipe() throws {
    let document = try String(
      contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/workflow.md"), encoding: .utf8)
    for recipe in ["pre-commit", "github-actions.yml", "gitlab-ci.yml"] {
      let text = try String(
        contentsOf: Self.recipes.appendingPathComponent(recipe), encoding: .utf8)
      #expect(
        document.contains(text), "docs/workflow.md does not show docs/recipes/\(recipe) as it is")
    }
  }
}
