import FuzzSupport
import RuleEngine
import RuleParser

/// The YAML loader: any bytes.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(data, count)
  var diagnostics = Diagnostics()
  _ = YAMLLoader().load(bytes, file: "fuzz.yaml", into: &diagnostics)
  _ = DiagnosticRenderer(language: .en).render(diagnostics)
  return 0
}

@_cdecl("FuzzYAMLLoader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
  -> CInt
{
  runFuzzer(argc, argv, fuzzOneInput)
}
