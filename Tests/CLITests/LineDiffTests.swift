import TestSupport
import Testing

/// The line diff a failing golden comparison prints.
@Suite struct LineDiffTests {
  @Test func equalTextsHaveNoDiff() {
    #expect(LineDiff(expected: "a\nb\n", actual: "a\nb\n").description == "")
  }

  @Test func showsContextAndTheFirstDifferingLines() {
    let expected = "1\n2\n3\n4\n5\nsix\n7\n8\n"
    let actual = "1\n2\n3\n4\n5\n6\n7\n8\n"
    #expect(
      LineDiff(expected: expected, actual: actual).description == """
        @@ -3,4 +3,4 @@
         3
         4
         5
        -six
        +6
        """)
  }

  @Test func cutsLongRunsAndShowsAddedLines() {
    let diff = LineDiff(expected: "a\n", actual: "a\nb\nc\nd\n", limit: 2)
    #expect(
      diff.description == """
        @@ -1,1 +1,4 @@
         a
        +b
        +c
        +… 1 more
        """)
  }
}
