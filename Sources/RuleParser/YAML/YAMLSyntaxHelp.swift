/// Help lines for libyaml's syntax errors (E004), by a phrase of libyaml's wording.
enum YAMLSyntaxHelp {
  /// The `help:` line for one of libyaml's problems: the first entry of
  /// `helps` whose phrase the problem contains, else a general one.
  static func help(for problem: String) -> LocalizedText {
    helps.first { problem.contains($0.phrase) }?.help
      ?? LocalizedText(
        "fix the YAML syntax at this place (quoting the value often helps)",
        "请修正此处的 YAML 语法（给值加引号通常有帮助）")
  }

  /// Help for libyaml's problems, by a phrase of libyaml's wording.
  private static let helps: [(phrase: String, help: LocalizedText)] = [
    (
      "mapping values are not allowed",
      LocalizedText(
        "a ': ' inside a plain value starts a new mapping; quote the value",
        "普通值中的“: ”会开始一个新映射，请给该值加引号")
    ),
    (
      "tab character",
      LocalizedText(
        "indent with spaces only; YAML does not allow tabs for indentation",
        "请只用空格缩进，YAML 不允许用制表符缩进")
    ),
    (
      "cannot start any token",
      LocalizedText(
        "indent with spaces, not tabs, and quote values that begin with '@', '`' or '%'",
        "请用空格而不是制表符缩进，以“@”“`”“%”开头的值请加引号")
    ),
    (
      "did not find expected key",
      LocalizedText(
        "check the indentation: the keys of one mapping must line up", "请检查缩进：同一映射的各个键必须对齐")
    ),
    (
      "expected '-' indicator",
      LocalizedText(
        "check the indentation: the items of one list must line up", "请检查缩进：同一列表的各项必须对齐")
    ),
    (
      "expected ',' or",
      LocalizedText(
        "separate the items with ', ' and close the bracket that is still open",
        "请用“, ”分隔各项，并补上尚未闭合的括号")
    ),
    (
      "end of stream",
      LocalizedText("close the quoted string or the bracket that is still open", "请补上尚未闭合的引号或括号")
    ),
    (
      "could not find expected ':'",
      LocalizedText(
        "end each key with ': ' on its own line, or quote text that contains ':' or '#'",
        "每个键都应在同一行以“: ”结束；含有“:”或“#”的文本请加引号")
    ),
    (
      "block sequence entries are not allowed",
      LocalizedText("start the list on a new line, indented under its key", "请把列表另起一行，并缩进到它的键之下")
    ),
    (
      "expected node content",
      LocalizedText(
        "a value is missing or starts with a reserved character; quote it", "此处缺少值，或值以保留字符开头，请给它加引号"
      )
    ),
    (
      "expected comment or line break",
      LocalizedText(
        "put a space before a '#' comment, or quote the whole value", "“#”注释前请加空格，或给整个值加引号")
    ),
    (
      "alphabetic or numeric character",
      LocalizedText(
        "anchor and alias names use letters, digits, '-' and '_' only", "锚点和别名的名称只能使用字母、数字、“-”和“_”")
    ),
    (
      "unknown escape character",
      LocalizedText(
        "in double quotes write a backslash as \\\\, or use single quotes",
        "双引号中的反斜杠请写成 \\\\，或改用单引号")
    ),
    (
      "undefined tag handle",
      LocalizedText(
        "declare the tag handle with a %TAG directive, or use '!!' or '!'",
        "请用 %TAG 指令声明该标签前缀，或改用“!!”或“!”")
    ),
    (
      "control characters",
      LocalizedText(
        "remove the control character, or write it as an escape in double quotes",
        "请删除该控制字符，或在双引号字符串中用转义写出")
    ),
  ]
}
