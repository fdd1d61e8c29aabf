/// For every diagnostic code, a minimal example of the input that raises it
/// and how to fix it: the material `docs/diagnostics.md` is generated from
/// (with each case's summary), so that the index never drifts from the codes.
extension DiagnosticCode {
  /// How the index tells to fix a code.
  public enum Fix: Sendable, ExpressibleByStringLiteral {
    /// The help line that every diagnostic of the code carries, written once for both.
    case constant(LocalizedText)
    /// A fix for the index alone, where the help line depends on the case at hand.
    case text(String)

    /// A fix for the index alone.
    public init(stringLiteral value: String) { self = .text(value) }

    /// The constant help line, in English and Chinese.
    public static func help(_ english: String, _ chinese: String) -> Fix {
      .constant(LocalizedText(english, chinese))
    }

    /// The fix as one English sentence.
    public var sentence: String {
      switch self {
      case .text(let text): text
      case .constant(let help):
        help.en.prefix(1).uppercased() + help.en.dropFirst() + (help.en.hasSuffix(".") ? "" : ".")
      }
    }
  }

  /// The help line every diagnostic of the code carries, when it is the same for all.
  public var help: LocalizedText? {
    guard case .constant(let help) = reference.fix else { return nil }
    return help
  }

  /// A minimal example that raises the code, and how to fix it.
  public var reference: (example: String, fix: Fix) { (example, fix) }

  /// A minimal input that raises the code.
  private var example: String {
    switch self {
    case .unreadableFile: "rulec check --rules rules no-such-file.json"
    case .fileTooLarge: "a rule file over the loader's size limit"
    case .notUTF8: "a rule file saved as GBK"
    case .yamlSyntax: "title: a: b"
    case .nestingTooDeep: "a: [[[[[[ ... ]]]]]] nested past the limit"
    case .undefinedAlias: "a: *missing"
    case .recursiveAlias: "a: &x [1, *x]"
    case .aliasBudget: "aliases that expand to millions of nodes ('billion laughs')"
    case .duplicateKey: "title: a\ntitle: b"
    case .badMergeKey: "<<: 3"
    case .expectedMapping: "bodies: [a, b]"
    case .unknownKey: "obligations: {a: {titel: x}}"
    case .missingKey: "obligations: {a: {due: 2017年底前}}"
    case .expectedScalar: "title: [a, b]"
    case .expectedIDList: "responsible: {a: 1}"
    case .invalidID: "bodies: {'a@b': {name: x}}"
    case .expectedNumber: "target: {at_most: many}"
    case .unknownValue: "class: longterm"
    case .nonStringKey: "? [a, b]\n: x"
    case .conflictingKeys: "due: 2017年底前\nevery: 每季度"
    case .duplicateID: "the same obligation id in two rule files"
    case .unknownReference: "depends_on: [survay]"
    case .noDeadline: "obligations: {a: {title: x, responsible: office}}"
    case .emptyValue: "title: ''"
    case .fromAfterUntil: "every: 每季度\nfrom: 2018-01-01\nuntil: 2017-01-01"
    case .dependencyCycle: "a depends_on [b] and b depends_on [a]"
    case .quoteNotInDocument: "source: {section: 二, quote: 原文中没有的句子}"
    case .unreadableDocument: "plan: {document: missing.txt}"
    case .duplicatePlan: "two `plan:` blocks in the rule files"
    case .groupCycle: "a: {members: [b]} and b: {members: [a]}"
    case .noRuleFiles: "rulec lint --rules empty-folder"
    case .missingPlan: "rule files without a `plan:` block"
    case .noEffectiveDate: "due: {within: 2 months}  (no after:, no plan effective:)"
    case .afterRecurring: "due: {within: 1 month, after: quarterly-report}"
    case .recurrenceWithoutEnd: "every: 每季度  (no until:, and no plan.until)"
    case .startNotDeadline: "due: 2018年起"
    case .unknownFestival: "due: 2030年春节前"
    case .workingDaysOutsideCalendar: "due: {within: 10个工作日} from a day in 2030"
    case .vagueRecurrence: "every: 定期"
    case .dayOutsidePeriod: "every: 每季度第四个月"
    case .startTwice: "every: 2018年起每年\nfrom: 2019年"
    case .overrideForOtherBody: "responsible: [lanzhou]\nper_body: {zhangye: {due: 2018年6月底前}}"
    case .overrideNamesAfter: "per_body: {lanzhou: {due: {within: 1 month, after: x}}}"
    case .relativeTargetWithoutBaseline: "target: {at_most: -18%, by: 2020年}  (no baseline:)"
    case .targetStagesOutOfOrder: "target: [{at_least: 40, by: 2019年底}, {at_least: 30, by: 2018年底}]"
    case .targetStagesMixed: "target: [{at_least: 30, by: 2018年底}, {at_most: 40, by: 2019年底}]"
    case .targetKeyOutOfPlace: "target: {at_least: 100, tolerance: 10%, by: 2018年底}"
    case .badTargetRange: "target: {between: [2, 1], by: 2018年底}"
    case .sharedTargetOneBody: "responsible: city\nshared: sum"
    case .periodTargetWithoutStart:
      "target: {at_least: 100, every: 每年, by: 2020年底}  (no plan.effective)"
    case .tooManyTargetPeriods: "target: {at_least: 1, every: 每周, by: 9999年底}"
    case .duplicateAction: "actions: [{id: assess, name: 考核}, {id: assess, name: 通报}]"
    case .directionAsTarget: "target: {at_least: 大幅度提高, by: 2020年底}"
    case .coverageDisagreement: "quote: 于2018年6月底前完成  with  due: 2018年底前"
    case .keyNeedsEvery: "due: 2017年底前\nuntil: 2020-12-31"
    case .targetBeforeBaseline: "baseline: {on: 2018-01-01}\ntarget: {by: 2017-12-31}"
    case .unknownDeadline: "due: 明年某时"
    case .nonexistentDay: "due: 2017年2月30日"
    case .periodOutOfRange: "due: 2017年13月底前"
    case .deadlineWithoutYear: "due: 7月底前"
    case .unknownTimeSpan: "report_within: soon"
    case .timeSpanTooLong: "within: 999999 days"
    case .unknownRecurrence: "every: fortnightly"
    case .emptyCondition: "when: ''"
    case .unexpectedCharacter: "when: overdue && done"
    case .unterminatedString: "when: body == \"lanzhou"
    case .unexpectedToken: "when: overdue days_overdue"
    case .unclosedDelimiter: "when: (overdue"
    case .listOutsideIn: "when: status == [done]"
    case .invalidNumber: "when: days_overdue > 3x"
    case .unknownFact: "when: days_overdu > 30"
    case .unknownEnumValue: "when: status == finished"
    case .incomparableTypes: "when: days_overdue == \"x\""
    case .notACondition: "when: overdue and days_overdue"
    case .nonIntegerArithmetic: "when: status + 1 > 2"
    case .conditionNotBool: "when: days_overdue"
    case .unorderedComparison: "when: body < \"lanzhou\""
    case .listElementMismatch: "when: status in [done, 3]"
    case .unknownBodyInCondition: "when: body == \"lanzhuo\""
    case .factTargetConflict: "when: overdue and value > 40"
    case .unknownIDInCondition: "when: obligation == \"survay\""
    case .chainedComparison: "when: 10 < days_overdue < 30"
    case .conditionTooDeep: "when: ((((((... overdue ...))))))"
    case .snapshotDocumentCount: "an empty snapshot file"
    case .snapshotExpectedObject: "{\"obligations\": []}"
    case .snapshotUnknownKey: "{\"plan\": \"p\", \"asof\": \"2017-10-15\"}"
    case .snapshotMissingKey: "{\"a@b\": {\"progress\": 0.5}}"
    case .snapshotExpectedText: "{\"status\": 3}"
    case .snapshotBadDate: "{\"completed\": \"2017-02-30\"}"
    case .snapshotBadStatus: "{\"status\": \"finished\"}"
    case .snapshotExpectedNumber: "{\"progress\": \"half\"}"
    case .snapshotExpectedBool: "{\"false_report\": \"yes\"}"
    case .snapshotExpectedArray: "{\"readings\": {}}"
    case .snapshotUnknownAction: "{\"action\": \"warn\"}"
    case .snapshotWrongPlan: "{\"plan\": \"other-plan\"}"
    case .snapshotUnknownInstance: "{\"obligations\": {\"survay@lanzhou\": {...}}}"
    case .snapshotUnknownMetric: "{\"metrics\": {\"air.pm25@lanzhuo\": {...}}}"
    case .snapshotAfterAsOf: "\"as_of\": \"2017-10-15\" with \"completed\": \"2017-11-01\""
    case .snapshotBeforeCompletion: "\"reported\" earlier than \"completed\""
    case .snapshotProgressRange: "{\"progress\": 60}"
    case .snapshotDateWithoutCompletion:
      "{\"status\": \"in_progress\", \"completed\": \"2017-09-01\"}"
    case .snapshotNoCompletionDate: "{\"status\": \"done\"}"
    case .snapshotDuplicateReading: "two readings of one metric on one day"
    case .snapshotNoAsOf: "a snapshot without \"as_of\", checked without --as-of"
    case .dateOption: "rulec check --as-of 2017-13-01 s.json"
    case .snapshotEmptyText: "{\"plan\": \"\"}"
    case .sinceAfterAsOf: "rulec check --since later.json earlier.json"
    case .explainUnknownID: "rulec explain survay"
    case .ledgerNotUTF8: "rulec check --encoding utf-8 gbk.csv"
    case .ledgerUnterminatedQuote: "a,\"never closed"
    case .ledgerNoHeader: "a CSV without the '编号 (id)' header row"
    case .ledgerMissingColumn: "a header row without the '状态 (status)' column"
    case .ledgerUnknownKey: "a header cell '状态 (stauts)'"
    case .ledgerDuplicateColumn: "two '状态 (status)' columns"
    case .ledgerUnknownInstance: "a row for 'scheme.reviw'"
    case .ledgerDuplicateRow: "two rows for one instance"
    case .ledgerBadStatus: "a status cell '完成了'"
    case .ledgerBadDate: "a date cell '2017-08-32'"
    case .ledgerBadFlag: "a false-report cell 'maybe'"
    case .ledgerBadProgress: "a progress cell '六成'"
    case .ledgerValuesWithoutStatus: "a row with a completion date but no status"
    case .ledgerNoAsOf: "a ledger whose first row has no 截至日期, read without --as-of"
    case .ledgerNoInstanceID: "a row with a status and an empty id cell"
    case .ledgerWrongPlan: "a ledger whose 计划 (plan) is another plan's id"
    case .unknownBodyOption: "rulec ledger --body lanzhuo"
    case .unknownObligationOption: "rulec graph --obligation survay"
    case .ledgerUnknownMetadata: "a first-row label '计划 (pln)'"
    case .classDeadlineCount: "classes: {vague: {name: 限期整改}}"
    case .unknownClass: "obligations: {a: {title: x, responsible: o, class: imediate}}"
    case .classWithoutEffective:
      "classes: {immediate: {name: 立行立改, within: 1 month}} in a plan without `effective`"
    case .reportNeedsStanding: "classes: {immediate: {name: 立行立改, within: 1 month, report: 每季度}}"
    case .unknownCommand: "rulec chek s.json"
    case .badCommandLine: "rulec check --format pdf s.json"
    case .reversedDayRange: "rulec calendar --from 2018-01-01 --to 2017-01-01"
    case .badReminder: "rulec calendar --remind 1m"
    case .badStamp: "rulec calendar --stamp yesterday"
    case .commandPrecondition: "rulec graph --as-of 2017-10-15 (without --snapshot)"
    case .inputsAsOfDisagree: "rulec check a.json b.json, as of different days"
    case .inputsConflictingEntry:
      "rulec check lanzhou.csv province.json, both with water.sand-plan@lanzhou, differently"
    case .inputsConflictingReading: "two inputs with one metric's reading on one day, different"
    case .ledgerJoined: "a ledger pasted under another (its row 1 and header again)"
    case .ledgerUnknownScope: "a first row with '台账范围 (body)' 'lanzhuo'"
    case .ledgerActionWithoutDate: "'约谈单位 (interview_by)' filled, '约谈日期 (interview_on)' empty"
    case .ledgerUnknownEncoding: "a ledger CSV in Latin-1 or UTF-16"
    case .ledgerWrongEncoding: "rulec check --encoding gbk utf16.csv"
    case .workbookUnreadable: "a truncated ledger.xlsx"
    case .inputsEmptyFolder: "rulec check empty-folder/"
    case .bulletinDateOption: "rulec check --format markdown --date 2017-10-32 snapshot.json"
    case .historyEmpty: "rulec history empty-folder/"
    case .historySameDay: "rulec history a.json b.json, both with as_of 2017-10-15"
    case .sqliteWrite: "rulec check --sqlite /no-such-folder/x.sqlite snapshot.json"
    case .inputTooLarge: "rulec check - < 100-MB-file"
    case .documentOutsideRepository: "plan: {document: /etc/passwd}"
    case .documentNotReadable: "plan: {document: a-named-pipe}"
    case .ruleFileNotRegular: "mkfifo rules/pipe.yaml"
    case .ruleFolderUnreadable: "ln -s /elsewhere rules/more"
    case .tooManyInstances: "a monthly duty from 0001 to 9999 for 10 bodies"
    case .tooManyDependencyEdges:
      "a monthly duty depending on a monthly duty of another body over 9999 years"
    case .unsupportedTag: "title: !!binary aGVsbG8="
    case .bodyOwnParent: "bodies: {a: {name: x, parent: a}}"
    case .deadlineAfterYear9999: "due: {within: 400 days, after: a}, a due 9999-12-01"
    case .ledgerRowTooShort: "a ledger row of 3 cells"
    case .ledgerRowTooLong: "a ledger row with one cell more than the header"
    case .ledgerUnknownVersion: "整改台账 (rulec-ledger/99)"
    case .minimumNotPercentage: "rulec coverage --min nan"
    case .missingSource: "obligations: {a: {title: x, responsible: o, due: 2017年底前}}"
    case .dueBeforePrerequisite: "b due 2017-06-30 depends_on [a] due 2017-12-31"
    case .noDocument: "plan: {id: p, title: t}"
    case .neverOverdue:
      "obligations: {b: {title: x, responsible: o, due: {within: 1 month, after: a}}} where a is standing"
    case .policyFiresOnNothing:
      "policies: {p: {when: obligation == \"a\" and violation == overdue, ...}} where a is standing"
    case .policyAfterHorizon:
      "policies: {p: {when: target_missed, ...}} where every target is due on the plan's last day"
    case .targetsExcludeAll:
      "policies: {p: {when: obligation == \"water.sand-plan\", targets: [env-dept], ...}}"
    case .prerequisiteDueAfter:
      "obligations: {b: {depends_on: [a], class: immediate, ...}} where a is due later"
    case .policyTargetsItsActor: "policies: {p: {by: office, targets: [office, cities], ...}}"
    case .notAGitRepository: "rulec diff HEAD~1 HEAD, outside a repository"
    case .unknownRevision: "rulec diff v9 main"
    case .noRulesAtRevision: "rulec diff --rules plans v1 main, with the rules in rules/"
    case .gitFailed: "a repository git cannot read"
    case .noPolicyTests: "rulec test, with no rules/tests/*.yaml"
    case .policyTestForm: "tests: {a: {as_of: 2017-08-20, expect: none}}"
    case .policyTestUnknownPolicy: "policy: supervise-overdu"
    case .policyTestUnknownViolation: "violations: [overdeu]"
    case .policyTestNeedsInstance:
      "violations: [overdue] in a case whose snapshot names two instances"
    case .policyTestDuplicate: "the same case name in two test files"
    case .policyTestBadExpect: "expect: [overdue]"
    case .initFolderNotEmpty: "rulec init . in a folder with files"
    case .initCannotWrite: "rulec init /read-only/plan"
    case .historyRewritten: "a later snapshot with another `completed` date for the same instance"
    }
  }

  /// How to fix the code: its constant help line, or a sentence for the index.
  private var fix: Fix {
    switch self {
    case .unreadableFile: "Name an existing, readable file (check the path and its permissions)."
    case .fileTooLarge:
      .help(
        "split the rules into several smaller files, or raise the limit with --max-input-size",
        "请把规则拆分到几个较小的文件中，或用 --max-input-size 提高上限")
    case .notUTF8:
      .help(
        "save the file as UTF-8 (for GBK text: iconv -f GBK -t UTF-8)",
        "请将文件另存为 UTF-8 编码（GBK 文本可用 iconv -f GBK -t UTF-8 转换）")
    case .yamlSyntax: "Fix the YAML at the place shown; quoting the value often helps."
    case .nestingTooDeep:
      .help(
        "flatten the structure: a rule never needs this many nested levels", "请减少嵌套层数：规则不需要这么深的结构")
    case .undefinedAlias:
      "Define the anchor (`&name`) on a node above the alias, in the same document."
    case .recursiveAlias:
      .help(
        "an alias cannot point into its own anchor; write the values out instead",
        "别名不能引用自身所在的锚点，请直接写出这些值")
    case .aliasBudget:
      .help(
        "this looks like an alias bomb ('billion laughs'); use fewer nested aliases",
        "这像是别名炸弹（“billion laughs”），请减少嵌套的别名")
    case .duplicateKey: "Remove one of the two entries or rename one key."
    case .badMergeKey:
      .help(
        "write '<<: *defaults' or '<<: [*a, *b]' where each anchor names a mapping; quote the key (\"<<\") if it is meant as text",
        "请写成“<<: *defaults”或“<<: [*a, *b]”，其中每个锚点都指向映射；若“<<”只是文本，请给键加引号（\"<<\"）")
    case .expectedMapping:
      .help("write it as `key: value` lines indented below", "请在其下方缩进书写 `键: 值`")
    case .unknownKey: "Use the key the help suggests, or one of the allowed keys."
    case .missingKey: "Add the key the message names (here `title:` and `responsible:`)."
    case .expectedScalar: .help("write one value after the colon", "请在冒号后写一个值")
    case .expectedIDList: "Write one id or a list of ids: `responsible: [a, b]`."
    case .invalidID:
      .help(
        "ids use ASCII letters, digits, '.', '-' and '_' ('@' and '#' are reserved for instances)",
        "标识只能由 ASCII 字母、数字、'.'、'-'、'_' 组成（'@' 与 '#' 留给实例使用）")
    case .expectedNumber: .help("write a decimal number such as 38 or 0.85", "请写作十进制数，例如 38 或 0.85")
    case .unknownValue: "Use one of the values the help lists (here `long_term`)."
    case .nonStringKey: .help("write the key as text before the colon", "请在冒号前写文本键")
    case .conflictingKeys: .help("keep only one of them", "请只保留其中一个")
    case .duplicateID:
      .help("rename one of them; ids are unique across all rule files", "请重命名其中之一；标识在所有规则文件中必须唯一")
    case .unknownReference: "Use a declared id (did-you-mean shows the closest) or declare it."
    case .noDeadline:
      .help(
        "give a deadline (`due: 2017年底前`), a recurrence (`every: 每季度`), or a class (`class: long_term`)",
        "请给出期限（`due: 2017年底前`）、周期（`every: 每季度`）或类别（`class: long_term`）")
    case .emptyValue: "Write a value or remove the key."
    case .fromAfterUntil: .help("swap the dates or correct one of them", "请交换或更正日期")
    case .dependencyCycle:
      .help("remove one of the `depends_on` entries of the cycle", "请删除循环中的某个 `depends_on` 项")
    case .quoteNotInDocument:
      .help(
        "copy the passage verbatim from the document (whitespace may differ)", "请从原文逐字复制（空白可不同）")
    case .unreadableDocument:
      .help("the path is relative to the rule file that names it", "路径相对于声明它的规则文件")
    case .duplicatePlan: .help("keep one `plan:` block for all rule files", "所有规则文件只保留一个 `plan:` 块")
    case .groupCycle: .help("remove one of the `members` entries", "请删除其中一个 `members` 项")
    case .noRuleFiles: .help("pass the rules folder with --rules DIR", "请用 --rules DIR 指定规则目录")
    case .missingPlan:
      .help(
        "add `plan: {id: ..., title: ...}` to one file", "请在某个文件中添加 `plan: {id: ..., title: ...}`")
    case .noEffectiveDate:
      .help(
        "add `effective: YYYY-MM-DD` to the plan or `after: ID` here,"
          + " or count the span from a year: 2012年起5年内",
        "请在计划中添加 `effective: YYYY-MM-DD`，或在此处添加 `after: ID`，或写明起算年份：2012年起5年内")
    case .afterRecurring:
      .help("count from a one-off obligation, or give a fixed date", "请从一次性义务起算，或给出固定日期")
    case .recurrenceWithoutEnd:
      .help(
        "add the plan's horizon to the plan (`until: 2025年底`), or `until:` to this duty",
        "请在计划中写明期限（`until: 2025年底`），或为此义务添加 `until:`")
    case .startNotDeadline: "Write the start in `from:`, or the span it opens: `due: 2018年起5年内`."
    case .unknownFestival: "Use a year the bundled calendar covers, or a date."
    case .workingDaysOutsideCalendar:
      "Count in calendar days, or add the year's days to the plan's `calendar:` file."
    case .vagueRecurrence:
      .help(
        "write the period the office decided, such as 每季度, 每半年 or 每年 (and note the choice in a comment)",
        "请写明本单位确定的周期，如 每季度、每半年 或 每年（并在注释中说明）")
    case .dayOutsidePeriod: "Name a month of the period: `every: 每季度末月`."
    case .startTwice: .help("keep one of them", "请只保留其中一个")
    case .overrideForOtherBody: "Override only the entry's responsible bodies (or groups of them)."
    case .overrideNamesAfter:
      .help(
        "write the prerequisite in the entry's own `due: {after: ...}`; per body, give `within` only",
        "请在条目本身的 `due: {after: ...}` 中写前置任务；per_body 中只写 `within`")
    case .relativeTargetWithoutBaseline:
      .help(
        "add `baseline: {value: N, on: DATE}` (较2015年下降18%: the 2015 value)",
        "请添加 `baseline: {value: N, on: DATE}`（较2015年下降18%：2015年的值）")
    case .targetStagesOutOfOrder:
      "List the stages from the earliest day to the latest, each on a later day."
    case .targetStagesMixed: "Write every stage in the same form (all `at_least`, all `about`...)."
    case .targetKeyOutOfPlace:
      "Remove the key, or use the form it belongs to (`about:` with `tolerance:`)."
    case .badTargetRange: "Write the range as two numbers, low then high: `between: [1, 2]`."
    case .sharedTargetOneBody:
      "Name every body whose readings the target adds up, or drop `shared:`."
    case .periodTargetWithoutStart:
      "Give the first period's start: `every: 2018年起每年`, `from:`, or `plan.effective`."
    case .tooManyTargetPeriods: "Give the target a nearer `by:` or a longer period (每月, 每年)."
    case .duplicateAction: "Give each step of the ladder its own id, once, lowest first."
    case .directionAsTarget:
      "Write the direction as `trend: 大幅度提高`: a duty to report readings, not a number to meet."
    case .coverageDisagreement:
      "Make the rule's date match the quote, or quote the passage it encodes."
    case .keyNeedsEvery:
      .help("remove it, or make the duty recurring with `every:`", "请删除它，或用 `every:` 设为周期性义务")
    case .targetBeforeBaseline:
      .help("correct `target.by` or `baseline.on`", "请更正 `target.by` 或 `baseline.on`")
    case .unknownDeadline: "Write an ISO date or a phrase of docs/time-phrases.md."
    case .nonexistentDay: "Use a day the month has, or write 2017年2月底前."
    case .periodOutOfRange: "Months run 1–12, quarters 1–4, years 0001–9999."
    case .deadlineWithoutYear: "Add the year: 2017年7月底前."
    case .unknownTimeSpan: "Write a count and a unit: `10 days`, `2 months`."
    case .timeSpanTooLong: "Keep spans under about a hundred years."
    case .unknownRecurrence: "Write one of the recurrences the help lists (每月, 每季度, ...)."
    case .emptyCondition:
      .help(
        "write a condition such as `overdue and days_overdue > 30`",
        "写出条件，如 `overdue and days_overdue > 30`")
    case .unexpectedCharacter: "Use the operators `and or not in == != < <= > >= + -`."
    case .unterminatedString: "Close the string with a matching quote."
    case .unexpectedToken: "Join conditions with `and` or `or`."
    case .unclosedDelimiter: "Add the missing `)` or `]`."
    case .listOutsideIn:
      .help(
        "test membership with `in`: `status in [done, closed]`",
        "用 `in` 判断是否属于列表：`status in [done, closed]`")
    case .invalidNumber:
      .help(
        "write whole numbers as digits (`30`) and decimals with a point (`2.5`), without units; whole numbers go up to \(Int.max)",
        "整数写作数字（`30`），小数带小数点（`2.5`），不带单位；整数最大为 \(Int.max)")
    case .unknownFact: "Use a fact of docs/facts.md (did-you-mean shows the closest)."
    case .unknownEnumValue: "Use one of the values the help lists."
    case .incomparableTypes: "Compare values of the same type."
    case .notACondition: "Compare the value to get true or false."
    case .nonIntegerArithmetic:
      .help(
        "add and subtract counts of days only, e.g. `days_overdue - 30 > 0`",
        "只能对天数等整数做加减，如 `days_overdue - 30 > 0`")
    case .conditionNotBool: "Compare it: `days_overdue > 30`."
    case .unorderedComparison:
      .help(
        "use `==`, `!=` or `in [...]`; only numbers, `status` and `action` have an order",
        "请用 `==`、`!=` 或 `in [...]`；只有数字、`status` 和 `action` 有大小顺序")
    case .listElementMismatch: "List values of the tested value's type."
    case .unknownBodyInCondition: "Use a body id declared under `bodies:`."
    case .factTargetConflict:
      .help(
        "a policy tests either obligation instances or metric readings: split the condition into two policies",
        "一条政策只能针对义务实例或指标监测值：请拆分为两条政策")
    case .unknownIDInCondition: "Use a declared obligation or metric id."
    case .chainedComparison:
      .help(
        "join them with `and`: `days_overdue > 10 and days_overdue < 30`",
        "请用 `and` 连接：`days_overdue > 10 and days_overdue < 30`")
    case .conditionTooDeep:
      .help(
        "simplify it: test many values at once with `in [...]`, or split it into several policies",
        "请简化：用 `in [...]` 一次判断多个值，或拆分为多条政策")
    case .snapshotDocumentCount:
      .help(
        "write one JSON object: {\"plan\": ..., \"as_of\": ..., \"obligations\": {...}}",
        "请写一个 JSON 对象：{\"plan\": ..., \"as_of\": ..., \"obligations\": {...}}")
    case .snapshotExpectedObject: .help("write it as {\"key\": value, ...}", "请写作 {\"键\": 值, ...}")
    case .snapshotUnknownKey: "Use the key the help suggests, or an allowed key."
    case .snapshotMissingKey: "Add the key the message names (here \"status\")."
    case .snapshotExpectedText: .help("write it in double quotes", "请用双引号写出")
    case .snapshotBadDate:
      .help(
        "write an existing date as \"YYYY-MM-DD\", e.g. \"2017-10-15\"",
        "请按 \"YYYY-MM-DD\" 写出存在的日期，例如 \"2017-10-15\"")
    case .snapshotBadStatus: "Use not_started, in_progress, done or closed."
    case .snapshotExpectedNumber:
      .help("write a JSON number without quotes, such as 44.2", "请写不带引号的 JSON 数字，例如 44.2")
    case .snapshotExpectedBool: .help("write true or false without quotes", "请写不带引号的 true 或 false")
    case .snapshotExpectedArray: .help("write it as [{...}, {...}]", "请写作 [{...}, {...}]")
    case .snapshotUnknownAction: "Use an action of the escalation ladder (the help lists them)."
    case .snapshotWrongPlan: "Check --rules, or correct \"plan\"."
    case .snapshotUnknownInstance: "Use an instance id of `rulec compile`."
    case .snapshotUnknownMetric: "Use a metric instance id: metric@body."
    case .snapshotAfterAsOf:
      .help(
        "a snapshot records only what happened up to its as_of: correct the date or as_of",
        "快照只记录截至 as_of 已发生的事项：请更正该日期或 as_of")
    case .snapshotBeforeCompletion:
      .help(
        "a duty is reported and made public after it is completed: correct one of the dates",
        "完成后才能报送和公开：请更正其中一个日期")
    case .snapshotProgressRange:
      .help("write the share done as a fraction: 0.6 for 60%", "请以小数写出完成比例：60% 写作 0.6")
    case .snapshotDateWithoutCompletion: "Set the status to done (or closed), or remove the date."
    case .snapshotNoCompletionDate:
      .help(
        "add \"completed\": \"YYYY-MM-DD\": report and publication deadlines count from it",
        "请添加 \"completed\": \"YYYY-MM-DD\"：报送和公开期限由此起算")
    case .snapshotDuplicateReading: .help("keep one reading per day", "每天只保留一个监测值")
    case .snapshotNoAsOf:
      .help(
        "add \"as_of\": \"YYYY-MM-DD\", or pass --as-of YYYY-MM-DD",
        "请添加 \"as_of\": \"YYYY-MM-DD\"，或使用 --as-of YYYY-MM-DD")
    case .dateOption: "Write an existing date as YYYY-MM-DD."
    case .snapshotEmptyText: "Write a value or remove the key."
    case .sinceAfterAsOf:
      .help("pass the previous month's snapshot to --since", "请将上一期快照传给 --since")
    case .explainUnknownID: "Use an id of `rulec compile` (did-you-mean shows the closest)."
    case .ledgerNotUTF8: "Leave --encoding out: GBK is detected."
    case .ledgerUnterminatedQuote:
      .help(
        "close the quote, and double every quote inside the cell (\"\")",
        "请补上闭合的引号，单元格内的引号请写成两个（\"\"）")
    case .ledgerNoHeader:
      .help(
        "keep the header row that `rulec ledger` writes (the row after the first)",
        "请保留 `rulec ledger` 生成的表头行（第一行之后的一行）")
    case .ledgerMissingColumn: "Add the column, or start again from `rulec ledger`."
    case .ledgerUnknownKey:
      "Use a key of the ledger; columns of your own must not end in a key in parentheses."
    case .ledgerDuplicateColumn: .help("keep one of the two columns", "请只保留其中一列")
    case .ledgerUnknownInstance: "Keep the ids `rulec ledger` writes."
    case .ledgerDuplicateRow: .help("keep one row per instance", "每个实例只保留一行")
    case .ledgerBadStatus: "Write 未开始, 推进中, 已完成 or 已销号 (or the English words)."
    case .ledgerBadDate:
      .help(
        "write an existing date as YYYY-MM-DD (2017/7/20 and 2017年7月20日 work too)",
        "请按 YYYY-MM-DD 写出存在的日期（也可写作 2017/7/20 或 2017年7月20日）")
    case .ledgerBadFlag:
      .help("write 是/否, yes/no or true/false, or leave it empty", "请填写 是/否、yes/no 或 true/false，或留空")
    case .ledgerBadProgress: .help("write 0.6 or 60%", "请写作 0.6 或 60%")
    case .ledgerValuesWithoutStatus:
      .help(
        "fill in the status (未开始, 推进中, 已完成 or 已销号), or clear the row's cells",
        "请填写状态（未开始、推进中、已完成或已销号），或清空这一行的进展信息")
    case .ledgerNoAsOf:
      .help(
        "write the date in the cell after '截至日期 (as_of)' in the first row, or pass --as-of YYYY-MM-DD",
        "请在第一行“截至日期 (as_of)”之后的单元格填写日期，或使用 --as-of YYYY-MM-DD")
    case .ledgerNoInstanceID:
      .help(
        "restore the row's '编号 (id)' cell from `rulec ledger`",
        "请按 `rulec ledger` 生成的台账恢复该行的“编号 (id)”")
    case .ledgerWrongPlan:
      .help(
        "check --rules, or regenerate the ledger with `rulec ledger`",
        "请检查 --rules，或用 `rulec ledger` 重新生成台账")
    case .unknownBodyOption: "Use a body id of the plan."
    case .unknownObligationOption: "Use an obligation or instance id of the plan."
    case .ledgerUnknownMetadata: "Use the labels `rulec ledger` writes."
    case .classDeadlineCount:
      .help(
        "give one: `within: 1 month` (from plan.effective), `due: 2017年底前`, or `standing: true`",
        "请只给出其一：`within: 1 month`（自方案施行日起）、`due: 2017年底前` 或 `standing: true`")
    case .unknownClass: "Use one of the plan's `classes:` ids, or declare the class."
    case .classWithoutEffective: .help("add `effective:` to `plan:`", "请在 `plan:` 中添加 `effective:`")
    case .reportNeedsStanding:
      .help(
        "add `standing: true`, or remove `report:` (a class with a deadline is checked by it)",
        "请添加 `standing: true`，或删除 `report:`（有期限的类别按期限检查）")
    case .unknownCommand: "Use the command did-you-mean shows (`check`)."
    case .badCommandLine: "Use a value the help line lists (`rulec help check`)."
    case .reversedDayRange: .help("swap the two days", "交换两个日期")
    case .badReminder:
      .help(
        "write days or weeks separated by commas (7d,1d or 2w), or none;"
          + " months have no fixed length: write 30d",
        "用逗号分隔天数或周数（7d,1d 或 2w），或写 none；月份长短不一，请写 30d")
    case .badStamp:
      .help(
        "write 2017-07-01T09:00:00Z, 20170701T090000Z or 2017-07-01",
        "写作 2017-07-01T09:00:00Z、20170701T090000Z 或 2017-07-01")
    case .commandPrecondition: "Give what the message asks for."
    case .inputsAsOfDisagree:
      .help(
        "collect the returns of one day, or pass --as-of to check them all as of one day",
        "请汇总同一截至日期的报送材料，或用 --as-of 指定统一的截至日期")
    case .inputsConflictingEntry:
      .help("keep one report of the instance, or make both say the same", "请只保留一处报送，或使两处内容一致")
    case .inputsConflictingReading: .help("keep one value per day", "每天只保留一个监测值")
    case .ledgerJoined:
      .help(
        "give each ledger to `rulec check` as its own file (several files are merged), "
          + "or delete this row and the header row after it",
        "请把每份台账作为单独的文件交给 `rulec check`（多个文件会自动合并），或删除此行及其后的表头行")
    case .ledgerUnknownScope: "Write the body as `rulec ledger --body` does."
    case .ledgerActionWithoutDate: .help("write the day the action was taken", "请填写采取措施的日期")
    case .ledgerUnknownEncoding:
      .help(
        "save it from the spreadsheet as CSV (UTF-8, or the Chinese default), or as .xlsx",
        "请在电子表格软件中另存为 CSV（UTF-8 或中文默认编码）或 .xlsx")
    case .ledgerWrongEncoding:
      .help(
        "leave --encoding out to detect UTF-8 or GB18030/GBK",
        "去掉 --encoding，由程序自动识别 UTF-8 或 GB18030/GBK")
    case .workbookUnreadable:
      .help("save it again as an Excel workbook (.xlsx), or as CSV", "请重新另存为 Excel 工作簿（.xlsx）或 CSV")
    case .inputsEmptyFolder: .help("check the path", "请检查路径")
    case .bulletinDateOption:
      .help(
        "write the date of issue as YYYY-MM-DD, e.g. --date 2017-10-15",
        "请按 YYYY-MM-DD 写出发文日期，例如 --date 2017-10-15")
    case .historyEmpty:
      .help(
        "give the monthly snapshot files, or the folder that holds them", "请给出各月的快照文件，或存放它们的文件夹")
    case .historySameDay: .help("keep one snapshot per day in a history", "历史中每天只保留一份快照")
    case .sqliteWrite:
      .help(
        "give a writable path for --sqlite; an existing file is replaced",
        "请为 --sqlite 给出可写的路径；已有文件会被替换")
    case .inputTooLarge:
      .help(
        "split the input, check that the right file was named, or raise the limit"
          + " with --max-input-size", "请拆分输入，或确认所指定的文件无误，或用 --max-input-size 提高上限")
    case .documentOutsideRepository:
      .help(
        "keep the plan's source document in the repository (the nearest folder above"
          + " the rules with a .git), beside the rules", "请把方案原文放在仓库中，与规则放在一起")
    case .documentNotReadable:
      .help(
        "name a regular UTF-8 text file under the document size limit"
          + " (--max-document-size)", "请指定不超过大小上限（--max-document-size）的普通 UTF-8 文本文件")
    case .ruleFileNotRegular:
      .help(
        "remove it from the rules folder; rule files are plain YAML files",
        "请将其移出规则目录；规则文件应为普通 YAML 文件")
    case .ruleFolderUnreadable:
      .help(
        "make the folder readable, or move the rules it should hold into the rules folder",
        "请使该目录可读，或把其中的规则移入规则目录")
    case .tooManyInstances:
      .help(
        "narrow its bodies, or its from/until span or recurrence; a plan this large"
          + " raises the limit with --max-instances",
        "请缩小其责任单位范围，或缩短 from/until 期间、放宽重复周期；确需如此规模的方案可用"
          + " --max-instances 提高上限")
    case .tooManyDependencyEdges:
      .help(
        "make it depend on duties of the same bodies, so that each body waits for its own"
          + " (or raise the limit with --max-dependencies)",
        "请让其依赖相同单位的事项，使每个单位只等待本单位的事项（或用 --max-dependencies 提高上限）")
    case .unsupportedTag:
      .help(
        "remove the tag; rule files use plain scalars, lists and mappings"
          + " (core tags such as !!str are accepted)", "请删除该标签；规则文件只使用普通标量、列表和映射（!!str 等核心标签可用）")
    case .bodyOwnParent:
      .help("name the body it reports to, or remove parent:", "请填写其上级单位，或删除 parent:")
    case .deadlineAfterYear9999: .help("correct the year", "请更正年份")
    case .ledgerRowTooShort:
      .help("fill in the row up to its status, or remove it", "请把该行填写到状态列，或删除该行")
    case .ledgerRowTooLong:
      .help("remove the extra cells, or add their column to the header", "请删除多余的单元格，或在表头中加入相应的列")
    case .ledgerUnknownVersion:
      .help(
        "write the ledger again with `rulec ledger`, or use the rulec that wrote it",
        "请用 `rulec ledger` 重新生成台账，或使用生成它的 rulec 版本")
    case .minimumNotPercentage: .help("write a number such as 80", "请写一个数，例如 80")
    case .missingSource:
      .help("add `source: {section: ..., quote: ...}`", "请添加 `source: {section: ..., quote: ...}`")
    case .dueBeforePrerequisite: .help("check both deadlines against the document", "请对照原文核对两个期限")
    case .noDocument: .help("add `document: path/to/source.txt`", "请添加 `document: 原文路径`")
    case .neverOverdue:
      .help(
        "give it a `due:`, a `class:` with a deadline, or a standing class",
        "请给出 `due:`、有期限的 `class:` 或长期坚持的类别")
    case .policyFiresOnNothing:
      "Correct the ids and violation kinds the condition names (`rulec explain p` shows the count)."
    case .policyAfterHorizon:
      .help(
        "let it fire on what is found during the plan (`off_track`, an overdue yearly duty)",
        "请让它在计划期内可触发（如 `off_track`、逾期的年度义务）")
    case .targetsExcludeAll:
      .help(
        "add the responsible bodies to `targets:`, or correct `when:`",
        "请把责任单位加入 `targets:`，或更正 `when:`")
    case .prerequisiteDueAfter:
      .help(
        "give the prerequisite an earlier deadline or class, or the dependent a later one",
        "请提前前置义务的期限或类别，或推后本义务的期限")
    case .policyTargetsItsActor:
      .help(
        "restrict `targets:` to the bodies the document lets it act on",
        "请将 `targets:` 限定为原文允许处置的单位")
    case .notAGitRepository:
      .help(
        "give a rules folder, or run rulec diff inside the repository", "请给出规则目录，或在仓库内运行 rulec diff"
      )
    case .unknownRevision:
      .help(
        "name a commit, branch or tag (git log --oneline lists them), or an existing folder",
        "请给出提交、分支或标签（git log --oneline 可列出），或已有的目录")
    case .noRulesAtRevision:
      .help(
        "give the rules folder's path inside the repository with --rules DIR",
        "请用 --rules DIR 给出规则目录在仓库中的路径")
    case .gitFailed: .help("run the same git command to see why", "请运行同样的 git 命令查看原因")
    case .noPolicyTests:
      .help(
        "write test cases in rules/tests/NAME.yaml (see docs/testing.md)",
        "请在 rules/tests/名称.yaml 中编写测试用例（见 docs/testing.md）")
    case .policyTestForm:
      .help(
        "write a small snapshot under 'snapshot:', or one instance's entry as 'instance:' and 'facts:'",
        "请在 'snapshot:' 下写一个小快照，或用 'instance:' 和 'facts:' 写一个实例的状态")
    case .policyTestUnknownPolicy: "Use a policy id of the plan (did-you-mean shows the closest)."
    case .policyTestUnknownViolation: "Use a violation type: overdue, missing, unreported, ..."
    case .policyTestNeedsInstance:
      .help(
        "write {type: overdue, instance: ID} or {action: ..., policy: ..., instance: ID}",
        "请写作 {type: overdue, instance: 标识} 或 {action: ..., policy: ..., instance: 标识}")
    case .policyTestDuplicate: "Give each case its own name."
    case .policyTestBadExpect:
      .help("write expect: none when nothing must be found", "什么都不应发现时，请写 expect: none")
    case .initFolderNotEmpty:
      .help("give a new folder's name: rulec init NEW-FOLDER", "请给出新目录的名称：rulec init 新目录")
    case .initCannotWrite: .help("check that the folder is writable", "请检查该目录是否可写")
    case .historyRewritten:
      .help(
        "a snapshot should only add to the record; correct the earlier snapshot too, "
          + "or explain the change in a note", "快照只应在既有记录上增加内容；请同时更正前一份快照，或在 note 中说明改动原因")
    }
  }
}
