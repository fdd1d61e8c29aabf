import FuzzSupport
import RuleEngine
import RuleParser

/// The time phrases: deadlines, spans, recurrences and the document scanner.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  let bytes = fuzzBytes(data, count)
  let text = String(decoding: bytes, as: UTF8.self)
  _ = DeadlinePhrase.parse(text)
  _ = TimeSpan.parse(text)
  _ = Recurrence.parse(text)
  _ = TimeExpressionScanner.scan(text)
  return 0
}

@_cdecl("FuzzDeadlinePhrase_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>)
  -> CInt
{
  runFuzzer(argc, argv, fuzzOneInput)
}
