// swift-tools-version: 6.1
// libFuzzer targets for rulec's readers of untrusted input. Not part of the
// main package and not run in CI. Build and run with ./run.sh (see
// docs/reliability.md):
//   swift build -c debug -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let targets = [
  "FuzzYAMLLoader", "FuzzRuleBuilder", "FuzzWhen", "FuzzDeadlinePhrase", "FuzzSnapshotReader",
  "FuzzLedgerReader",
]

let package = Package(
  name: "rulec-fuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "rulec", path: "..")],
  targets: [
    .target(
      name: "FuzzSupport", dependencies: [.product(name: "RuleEngine", package: "rulec")])
  ]
    + targets.map { name in
      .executableTarget(
        name: name,
        dependencies: [
          "FuzzSupport",
          .product(name: "RuleParser", package: "rulec"),
          .product(name: "RuleEngine", package: "rulec"),
        ],
        // No top-level code: the target defines `<Module>_main` itself.
        swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
