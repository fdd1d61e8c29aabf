import Testing

@testable import RuleParser

@Suite struct ObligationBuilderTests {
  /// Each position an obligation reads a key at names that key.
  @Test func readsEachKeyAtItsPosition() {
    let keys = ObligationBuilder.keys
    let read: [(Int, String)] = [
      (ObligationBuilder.At.source, "source"),
      (ObligationBuilder.At.cooperating, "cooperating"),
      (ObligationBuilder.At.dependsOn, "depends_on"),
      (ObligationBuilder.At.due, "due"),
      (ObligationBuilder.At.every, "every"),
      (ObligationBuilder.At.perBody, "per_body"),
      (ObligationBuilder.At.from, "from"),
      (ObligationBuilder.At.until, "until"),
      (ObligationBuilder.At.obligationClass, "class"),
      (ObligationBuilder.At.reportWithin, "report_within"),
      (ObligationBuilder.At.publishWithin, "publish_within"),
    ]
    for (position, key) in read {
      #expect(keys.indices.contains(position) && keys[position] == key, "\(key)")
    }
  }
}
