// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "rulec",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "rulec", targets: ["CLI"]),
    .library(name: "RuleParser", targets: ["RuleParser"]),
    .library(name: "RuleEngine", targets: ["RuleEngine"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
    ),
    .target(name: "RuleParser", dependencies: ["CYAML"]),
    .target(
      name: "RuleEngine",
      dependencies: ["RuleParser", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .executableTarget(
      name: "CLI",
      dependencies: [
        "RuleParser", "RuleEngine",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .target(
      name: "TestSupport",
      dependencies: ["RuleParser", "RuleEngine"],
      path: "Tests/TestSupport"
    ),
    .testTarget(name: "RuleParserTests", dependencies: ["RuleParser", "TestSupport"]),
    .testTarget(
      name: "RuleEngineTests", dependencies: ["RuleEngine", "RuleParser", "TestSupport"]),
    .testTarget(name: "CLITests", dependencies: ["CLI", "TestSupport"]),
  ]
)
