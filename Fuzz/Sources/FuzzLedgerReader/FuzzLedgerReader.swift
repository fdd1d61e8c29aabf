import FuzzSupport
import RuleEngine
import RuleParser

/// The ledger (CSV) reader and the checker.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(data, count)
  var diagnostics = Diagnostics()
  if let snapshot = LedgerSnapshot.read(
    bytes, path: "fuzz.csv", graph: bundledPlan, asOf: nil, into: &diagnostics)
  {
    _ = Checker(graph: bundledPlan).check(snapshot)
  }
  return 0
}

@_cdecl("FuzzLedgerReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
  -> CInt
{
  // Compiled before the first input, so that its time counts against no input.
  _ = bundledPlan.plan.id
  return runFuzzer(argc, argv, fuzzOneInput)
}
