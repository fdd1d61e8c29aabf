/// The loader's diagnostics, E002–E019 (E001, an unreadable file, is a family
/// of its own): turning a file's YAML text into nodes. Kept in code order; a code never changes its meaning.
extension Diagnostic {
  /// E002: the file is larger than the loader accepts.
  static func yamlFileTooLarge(at range: SourceRange, bytes: Int, limit: Int) -> Diagnostic {
    Diagnostic(
      .error, code: .fileTooLarge,
      LocalizedText(
        en: "file is \(bytes) bytes, more than the limit of \(limit) bytes",
        zh: "文件大小为 \(bytes) 字节，超过了 \(limit) 字节的上限"),
      at: range
    ).help(
      LocalizedText(
        en: "split the rules into several smaller files",
        zh: "请把规则拆分到几个较小的文件中"))
  }

  /// E003: the bytes are not UTF-8; `range` covers the first bad byte.
  static func yamlNotUTF8(at range: SourceRange, byte: UInt8) -> Diagnostic {
    let hex = "0x" + String(byte, radix: 16, uppercase: true)
    return Diagnostic(
      .error, code: .notUTF8,
      LocalizedText(
        en: "file is not valid UTF-8: unexpected byte \(hex)",
        zh: "文件不是有效的 UTF-8 编码：意外的字节 \(hex)"),
      at: range
    ).help(
      LocalizedText(
        en: "save the file as UTF-8 (for GBK text: iconv -f GBK -t UTF-8)",
        zh: "请将文件另存为 UTF-8 编码（GBK 文本可用 iconv -f GBK -t UTF-8 转换）"))
  }

  /// E004: libyaml rejected the text; `problem` is libyaml's own wording.
  static func yamlSyntax(
    problem: String, at range: SourceRange, context: String?, contextRange: SourceRange?
  ) -> Diagnostic {
    var diagnostic = Diagnostic(
      .error, code: .yamlSyntax,
      LocalizedText(en: problem, zh: "YAML 语法错误：\(problem)"),
      at: range)
    if let context {
      diagnostic = diagnostic.note(
        LocalizedText(en: context, zh: "出错时：\(context)"), at: contextRange)
    }
    return diagnostic.help(yamlSyntaxHelp(for: problem))
  }

  /// E005: collections nest deeper than the limit.
  static func yamlTooDeep(at range: SourceRange, limit: Int) -> Diagnostic {
    Diagnostic(
      .error, code: .nestingTooDeep,
      LocalizedText(
        en: "nesting is deeper than the limit of \(limit) levels",
        zh: "嵌套层数超过了 \(limit) 层的上限"),
      at: range
    ).help(
      LocalizedText(
        en: "flatten the structure: a rule never needs this many nested levels",
        zh: "请减少嵌套层数：规则不需要这么深的结构"))
  }

  /// E006: an alias names no anchor defined before it in its document.
  static func yamlUndefinedAlias(_ name: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .undefinedAlias,
      LocalizedText(
        en: "alias '*\(name)' refers to no anchor '&\(name)' before it in this document",
        zh: "别名“*\(name)”之前在本文档中没有定义锚点“&\(name)”"),
      at: range
    ).help(
      LocalizedText(
        en: "define '&\(name)' on a node above this line, in the same document",
        zh: "请在同一文档中、本行之前的节点上定义“&\(name)”"))
  }

  /// E007: an alias points into the node that carries its anchor.
  static func yamlRecursiveAlias(
    _ name: String, at range: SourceRange, anchor: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .recursiveAlias,
      LocalizedText(
        en: "alias '*\(name)' refers to a node that contains the alias itself",
        zh: "别名“*\(name)”引用了包含它自身的节点"),
      at: range
    ).note(
      LocalizedText(en: "anchor '&\(name)' is here", zh: "锚点“&\(name)”在此处"), at: anchor
    ).help(
      LocalizedText(
        en: "an alias cannot point into its own anchor; write the values out instead",
        zh: "别名不能引用自身所在的锚点，请直接写出这些值"))
  }

  /// E008: aliases expand to more nodes than the budget allows.
  static func yamlAliasBudget(_ name: String, at range: SourceRange, budget: Int) -> Diagnostic {
    Diagnostic(
      .error, code: .aliasBudget,
      LocalizedText(
        en: "alias '*\(name)' makes the aliases of this file expand to more than "
          + "\(budget) nodes",
        zh: "别名“*\(name)”使本文件的别名展开后超过 \(budget) 个节点"),
      at: range
    ).help(
      LocalizedText(
        en: "this looks like an alias bomb ('billion laughs'); use fewer nested aliases",
        zh: "这像是别名炸弹（“billion laughs”），请减少嵌套的别名"))
  }

  /// E009: a key occurs twice in one mapping; the note points at the first.
  static func yamlDuplicateKey(
    _ key: String, at range: SourceRange, first: SourceRange
  ) -> Diagnostic {
    Diagnostic(
      .error, code: .duplicateKey,
      LocalizedText(
        en: "duplicate key \(key) in this mapping",
        zh: "同一映射中的键 \(key) 重复"),
      at: range
    ).note(
      LocalizedText(en: "first written here", zh: "第一次出现在此处"), at: first
    ).help(
      LocalizedText(
        en: key == "'<<'"
          ? "merge several mappings with one key: '<<: [*a, *b]'"
          : "remove one of the two entries or rename one key",
        zh: key == "'<<'"
          ? "合并多个映射请只用一个键：“<<: [*a, *b]”"
          : "请删除其中一项，或给其中一个键改名"))
  }

  /// E010: the value of a merge key `<<` is not a mapping or a list of them.
  static func yamlBadMerge(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, code: .badMergeKey,
      LocalizedText(
        en: "the value of a merge key '<<' must be a mapping or a sequence of mappings",
        zh: "合并键“<<”的值必须是映射或由映射组成的序列"),
      at: range
    ).help(
      LocalizedText(
        en: "write '<<: *defaults' or '<<: [*a, *b]' where each anchor names a mapping; "
          + "quote the key (\"<<\") if it is meant as text",
        zh: "请写成“<<: *defaults”或“<<: [*a, *b]”，其中每个锚点都指向映射；"
          + "若“<<”只是文本，请给键加引号（\"<<\"）"))
  }

  /// The `help:` line for one of libyaml's problems: the first entry of
  /// `yamlSyntaxHelps` whose phrase the problem contains, else a general one.
  private static func yamlSyntaxHelp(for problem: String) -> LocalizedText {
    yamlSyntaxHelps.first { problem.contains($0.phrase) }?.help
      ?? LocalizedText(
        en: "fix the YAML syntax at this place (quoting the value often helps)",
        zh: "请修正此处的 YAML 语法（给值加引号通常有帮助）")
  }

  /// Help for libyaml's problems, by a phrase of libyaml's wording.
  private static let yamlSyntaxHelps: [(phrase: String, help: LocalizedText)] = [
    (
      "mapping values are not allowed",
      LocalizedText(
        en: "a ': ' inside a plain value starts a new mapping; quote the value",
        zh: "普通值中的“: ”会开始一个新映射，请给该值加引号")
    ),
    (
      "tab character",
      LocalizedText(
        en: "indent with spaces only; YAML does not allow tabs for indentation",
        zh: "请只用空格缩进，YAML 不允许用制表符缩进")
    ),
    (
      "cannot start any token",
      LocalizedText(
        en: "indent with spaces, not tabs, and quote values that begin with '@', '`' or '%'",
        zh: "请用空格而不是制表符缩进，以“@”“`”“%”开头的值请加引号")
    ),
    (
      "did not find expected key",
      LocalizedText(
        en: "check the indentation: the keys of one mapping must line up",
        zh: "请检查缩进：同一映射的各个键必须对齐")
    ),
    (
      "expected '-' indicator",
      LocalizedText(
        en: "check the indentation: the items of one list must line up",
        zh: "请检查缩进：同一列表的各项必须对齐")
    ),
    (
      "expected ',' or",
      LocalizedText(
        en: "separate the items with ', ' and close the bracket that is still open",
        zh: "请用“, ”分隔各项，并补上尚未闭合的括号")
    ),
    (
      "end of stream",
      LocalizedText(
        en: "close the quoted string or the bracket that is still open",
        zh: "请补上尚未闭合的引号或括号")
    ),
    (
      "could not find expected ':'",
      LocalizedText(
        en: "end each key with ': ' on its own line, or quote text that contains ':' or '#'",
        zh: "每个键都应在同一行以“: ”结束；含有“:”或“#”的文本请加引号")
    ),
    (
      "block sequence entries are not allowed",
      LocalizedText(
        en: "start the list on a new line, indented under its key",
        zh: "请把列表另起一行，并缩进到它的键之下")
    ),
    (
      "expected node content",
      LocalizedText(
        en: "a value is missing or starts with a reserved character; quote it",
        zh: "此处缺少值，或值以保留字符开头，请给它加引号")
    ),
    (
      "expected comment or line break",
      LocalizedText(
        en: "put a space before a '#' comment, or quote the whole value",
        zh: "“#”注释前请加空格，或给整个值加引号")
    ),
    (
      "alphabetic or numeric character",
      LocalizedText(
        en: "anchor and alias names use letters, digits, '-' and '_' only",
        zh: "锚点和别名的名称只能使用字母、数字、“-”和“_”")
    ),
    (
      "unknown escape character",
      LocalizedText(
        en: "in double quotes write a backslash as \\\\, or use single quotes",
        zh: "双引号中的反斜杠请写成 \\\\，或改用单引号")
    ),
    (
      "undefined tag handle",
      LocalizedText(
        en: "declare the tag handle with a %TAG directive, or use '!!' or '!'",
        zh: "请用 %TAG 指令声明该标签前缀，或改用“!!”或“!”")
    ),
    (
      "control characters",
      LocalizedText(
        en: "remove the control character, or write it as an escape in double quotes",
        zh: "请删除该控制字符，或在双引号字符串中用转义写出")
    ),
  ]
}
