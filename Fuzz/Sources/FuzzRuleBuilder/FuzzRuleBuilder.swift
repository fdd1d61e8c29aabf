import FuzzSupport
import RuleEngine
import RuleParser

/// The rule builder and the compiler behind it: a rule file.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(data, count)
  var diagnostics = Diagnostics()
  let documents = YAMLLoader().load(bytes, file: "fuzz.yaml", into: &diagnostics)
  let file = RuleFileBuilder(path: "fuzz.yaml").build(documents, diagnostics: &diagnostics)
  _ = Compiler().compile([file], diagnostics: diagnostics)
  return 0
}

@_cdecl("FuzzRuleBuilder_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
  -> CInt
{
  runFuzzer(argc, argv, fuzzOneInput)
}
