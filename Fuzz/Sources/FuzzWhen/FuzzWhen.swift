import FuzzSupport
import RuleEngine
import RuleParser

/// The `when:` condition parser and checker.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(data, count)
  var diagnostics = Diagnostics()
  let start = SourceLocation(file: "fuzz.yaml", line: 1, column: 1, offset: 0)
  if let condition = CompiledCondition.compile(
    String(decoding: bytes, as: UTF8.self), at: start, knownBodies: ["a", "b"],
    into: &diagnostics)
  {
    _ = condition.evaluate(ViolationFacts())
  }
  return 0
}

@_cdecl("FuzzWhen_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
  -> CInt
{
  runFuzzer(argc, argv, fuzzOneInput)
}
