import Testing

@testable import RuleParser

@Suite struct YAMLKeyIdentityTests {
  private func node(_ text: String) throws -> YAMLNode {
    var diagnostics = Diagnostics()
    return try #require(YAMLLoader().load(Array(text.utf8), file: "k", into: &diagnostics).first)
  }

  @Test func comparesScalarsByTextWhateverTheirStyleOrTag() throws {
    #expect(YAMLKeyIdentity(try node("a")) == YAMLKeyIdentity(try node("'a'")))
    #expect(YAMLKeyIdentity(try node("1")) == YAMLKeyIdentity(try node("!!str 1")))
    #expect(YAMLKeyIdentity(try node("a")) != YAMLKeyIdentity(try node("[a]")))
  }

  @Test func comparesCollectionsByStructure() throws {
    #expect(
      YAMLKeyIdentity(try node("{a: 1, b: [x]}")) == YAMLKeyIdentity(try node("{b: [x], a: 1}")))
    #expect(YAMLKeyIdentity(try node("[a, b]")) != YAMLKeyIdentity(try node("[b, a]")))
    #expect(YAMLKeyIdentity(try node("[ab]")) != YAMLKeyIdentity(try node("[a, b]")))
    #expect(YAMLKeyIdentity(try node("[[a]]")) != YAMLKeyIdentity(try node("[a]")))
  }

  @Test func namesKeysShortly() throws {
    #expect(YAMLKeyIdentity(try node("id")).displayName == "'id'")
    let long = String(repeating: "长", count: 50)
    #expect(
      YAMLKeyIdentity(try node(long)).displayName == "'\(String(repeating: "长", count: 40))…'")
    #expect(YAMLKeyIdentity(try node("[a]")).displayName == "[…]")
    #expect(YAMLKeyIdentity(try node("{a: 1}")).displayName == "{…}")
  }
}
