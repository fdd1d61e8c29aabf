/// For every diagnostic code, a minimal example of the input that raises it
/// and how to fix it: the material `docs/diagnostics.md` is generated from
/// (with each case's summary), so that the index never drifts from the codes.
extension DiagnosticCode {
  /// A minimal example that raises the code, and how to fix it.
  public var reference: (example: String, fix: String) {
    switch self {
    case .unreadableFile:
      (
        "rulec check --rules rules no-such-file.json",
        "Name an existing, readable file (check the path and its permissions)."
      )
    case .fileTooLarge:
      ("a rule file over the loader's size limit", "Split the rules into several smaller files.")
    case .notUTF8: ("a rule file saved as GBK", "Save the file as UTF-8 (`iconv -f GBK -t UTF-8`).")
    case .yamlSyntax:
      ("title: a: b", "Fix the YAML at the place shown; quoting the value often helps.")
    case .nestingTooDeep: ("a: [[[[[[ ... ]]]]]] nested past the limit", "Flatten the structure.")
    case .undefinedAlias:
      (
        "a: *missing",
        "Define the anchor (`&name`) on a node above the alias, in the same document."
      )
    case .recursiveAlias:
      ("a: &x [1, *x]", "Write the values out; an alias cannot point into its own anchor.")
    case .aliasBudget:
      ("aliases that expand to millions of nodes ('billion laughs')", "Use fewer nested aliases.")
    case .duplicateKey: ("title: a\ntitle: b", "Remove one of the two entries or rename one key.")
    case .badMergeKey:
      ("<<: 3", "Give `<<` a mapping or a list of mappings (`<<: [*a, *b]`), or quote the key.")
    case .expectedMapping: ("bodies: [a, b]", "Write `key: value` lines indented below.")
    case .unknownKey:
      ("obligations: {a: {titel: x}}", "Use the key the help suggests, or one of the allowed keys.")
    case .missingKey:
      (
        "obligations: {a: {due: 2017年底前}}",
        "Add the key the message names (here `title:` and `responsible:`)."
      )
    case .expectedScalar: ("title: [a, b]", "Write one value after the colon.")
    case .expectedIDList:
      ("responsible: {a: 1}", "Write one id or a list of ids: `responsible: [a, b]`.")
    case .invalidID:
      ("bodies: {'a@b': {name: x}}", "Use ASCII letters, digits, '.', '-' and '_' in ids.")
    case .expectedNumber: ("target: {at_most: many}", "Write a decimal number such as 38 or 0.85.")
    case .unknownValue:
      ("class: longterm", "Use one of the values the help lists (here `long_term`).")
    case .nonStringKey: ("? [a, b]\n: x", "Write the key as plain text before the colon.")
    case .conflictingKeys: ("due: 2017年底前\nevery: 每季度", "Keep only one of the two keys.")
    case .duplicateID:
      (
        "the same obligation id in two rule files",
        "Rename one of them; ids are unique across all rule files."
      )
    case .unknownReference:
      ("depends_on: [survay]", "Use a declared id (did-you-mean shows the closest) or declare it.")
    case .noDeadline:
      ("obligations: {a: {title: x, responsible: office}}", "Add `due:`, `every:` or `class:`.")
    case .emptyValue: ("title: ''", "Write a value or remove the key.")
    case .fromAfterUntil:
      ("every: 每季度\nfrom: 2018-01-01\nuntil: 2017-01-01", "Swap the dates or correct one of them.")
    case .dependencyCycle:
      ("a depends_on [b] and b depends_on [a]", "Remove one `depends_on` entry of the cycle.")
    case .quoteNotInDocument:
      (
        "source: {section: 二, quote: 原文中没有的句子}",
        "Copy the passage verbatim from the plan's document."
      )
    case .unreadableDocument:
      (
        "plan: {document: missing.txt}",
        "Fix the path; it is relative to the rule file that names it."
      )
    case .duplicatePlan: ("two `plan:` blocks in the rule files", "Keep one `plan:` block.")
    case .groupCycle:
      ("a: {members: [b]} and b: {members: [a]}", "Remove one `members` entry of the loop.")
    case .noRuleFiles:
      ("rulec lint --rules empty-folder", "Pass the folder that holds the *.yaml rules.")
    case .missingPlan:
      ("rule files without a `plan:` block", "Add `plan: {id: ..., title: ...}` to one file.")
    case .noEffectiveDate:
      (
        "due: {within: 2 months}  (no after:, no plan effective:)",
        "Add `effective:` to the plan or `after:` to the deadline."
      )
    case .afterRecurring:
      (
        "due: {within: 1 month, after: quarterly-report}",
        "Count from a one-off obligation, or give a fixed date."
      )
    case .recurrenceWithoutEnd:
      (
        "every: 每季度  (no until:, and no plan.until)",
        "Add the plan's horizon (`plan: {until: 2025年底}`) or `until:` to the duty."
      )
    case .startNotDeadline:
      ("due: 2018年起", "Write the start in `from:`, or the span it opens: `due: 2018年起5年内`.")
    case .unknownFestival:
      ("due: 2030年春节前", "Use a year the bundled calendar covers, or a date.")
    case .workingDaysOutsideCalendar:
      (
        "due: {within: 10个工作日} from a day in 2030",
        "Count in calendar days, or add the year's days to the plan's `calendar:` file."
      )
    case .vagueRecurrence: ("every: 定期", "Write the period the office decided: `every: 每季度`.")
    case .dayOutsidePeriod: ("every: 每季度第四个月", "Name a month of the period: `every: 每季度末月`.")
    case .startTwice:
      ("every: 2018年起每年\nfrom: 2019年", "Keep the start in `every:` or in `from:`, not both.")
    case .overrideForOtherBody:
      (
        "responsible: [lanzhou]\nper_body: {zhangye: {due: 2018年6月底前}}",
        "Override only the entry's responsible bodies (or groups of them)."
      )
    case .overrideNamesAfter:
      (
        "per_body: {lanzhou: {due: {within: 1 month, after: x}}}",
        "Write `after` on the entry's own `due:`; per body give `within` only."
      )
    case .relativeTargetWithoutBaseline:
      (
        "target: {at_most: -18%, by: 2020年}  (no baseline:)",
        "Give the baseline the change is counted from: `baseline: {value: 55, on: 2015年}`."
      )
    case .targetStagesOutOfOrder:
      (
        "target: [{at_least: 40, by: 2019年底}, {at_least: 30, by: 2018年底}]",
        "List the stages from the earliest day to the latest, each on a later day."
      )
    case .targetStagesMixed:
      (
        "target: [{at_least: 30, by: 2018年底}, {at_most: 40, by: 2019年底}]",
        "Write every stage in the same form (all `at_least`, all `about`...)."
      )
    case .targetKeyOutOfPlace:
      (
        "target: {at_least: 100, tolerance: 10%, by: 2018年底}",
        "Remove the key, or use the form it belongs to (`about:` with `tolerance:`)."
      )
    case .badTargetRange:
      (
        "target: {between: [2, 1], by: 2018年底}",
        "Write the range as two numbers, low then high: `between: [1, 2]`."
      )
    case .sharedTargetOneBody:
      (
        "responsible: city\nshared: sum",
        "Name every body whose readings the target adds up, or drop `shared:`."
      )
    case .periodTargetWithoutStart:
      (
        "target: {at_least: 100, every: 每年, by: 2020年底}  (no plan.effective)",
        "Give the first period's start: `every: 2018年起每年`, `from:`, or `plan.effective`."
      )
    case .tooManyTargetPeriods:
      (
        "target: {at_least: 1, every: 每周, by: 9999年底}",
        "Give the target a nearer `by:` or a longer period (每月, 每年)."
      )
    case .duplicateAction:
      (
        "actions: [{id: assess, name: 考核}, {id: assess, name: 通报}]",
        "Give each step of the ladder its own id, once, lowest first."
      )
    case .directionAsTarget:
      (
        "target: {at_least: 大幅度提高, by: 2020年底}",
        "Write the direction as `trend: 大幅度提高`: a duty to report readings, not a number to meet."
      )
    case .coverageDisagreement:
      (
        "quote: 于2018年6月底前完成  with  due: 2018年底前",
        "Make the rule's date match the quote, or quote the passage it encodes."
      )
    case .keyNeedsEvery:
      (
        "due: 2017年底前\nuntil: 2020-12-31",
        "Remove the key, or make the duty recurring with `every:`."
      )
    case .targetBeforeBaseline:
      (
        "baseline: {on: 2018-01-01}\ntarget: {by: 2017-12-31}",
        "Correct `target.by` or `baseline.on`."
      )
    case .unknownDeadline: ("due: 明年某时", "Write an ISO date or a phrase of docs/time-phrases.md.")
    case .nonexistentDay: ("due: 2017年2月30日", "Use a day the month has, or write 2017年2月底前.")
    case .periodOutOfRange: ("due: 2017年13月底前", "Months run 1–12, quarters 1–4, years 0001–9999.")
    case .deadlineWithoutYear: ("due: 7月底前", "Add the year: 2017年7月底前.")
    case .unknownTimeSpan:
      ("report_within: soon", "Write a count and a unit: `10 days`, `2 months`.")
    case .timeSpanTooLong: ("within: 999999 days", "Keep spans under about a hundred years.")
    case .unknownRecurrence:
      ("every: fortnightly", "Write one of the recurrences the help lists (每月, 每季度, ...).")
    case .emptyCondition: ("when: ''", "Write a condition such as `overdue and days_overdue > 30`.")
    case .unexpectedCharacter:
      ("when: overdue && done", "Use the operators `and or not in == != < <= > >= + -`.")
    case .unterminatedString: ("when: body == \"lanzhou", "Close the string with a matching quote.")
    case .unexpectedToken: ("when: overdue days_overdue", "Join conditions with `and` or `or`.")
    case .unclosedDelimiter: ("when: (overdue", "Add the missing `)` or `]`.")
    case .listOutsideIn: ("when: status == [done]", "Use `in`: `status in [done, closed]`.")
    case .invalidNumber:
      ("when: days_overdue > 3x", "Write digits, with a point for decimals, without units.")
    case .unknownFact:
      ("when: days_overdu > 30", "Use a fact of docs/facts.md (did-you-mean shows the closest).")
    case .unknownEnumValue: ("when: status == finished", "Use one of the values the help lists.")
    case .incomparableTypes: ("when: days_overdue == \"x\"", "Compare values of the same type.")
    case .notACondition:
      ("when: overdue and days_overdue", "Compare the value to get true or false.")
    case .nonIntegerArithmetic: ("when: status + 1 > 2", "Add and subtract whole numbers only.")
    case .conditionNotBool: ("when: days_overdue", "Compare it: `days_overdue > 30`.")
    case .unorderedComparison: ("when: body < \"lanzhou\"", "Use `==`, `!=` or `in [...]`.")
    case .listElementMismatch:
      ("when: status in [done, 3]", "List values of the tested value's type.")
    case .unknownBodyInCondition:
      ("when: body == \"lanzhuo\"", "Use a body id declared under `bodies:`.")
    case .factTargetConflict:
      ("when: overdue and value > 40", "Split the condition into two policies.")
    case .unknownIDInCondition:
      ("when: obligation == \"survay\"", "Use a declared obligation or metric id.")
    case .chainedComparison: ("when: 10 < days_overdue < 30", "Join two comparisons with `and`.")
    case .conditionTooDeep:
      (
        "when: ((((((... overdue ...))))))",
        "Simplify the condition, or split it into several policies."
      )
    case .snapshotDocumentCount: ("an empty snapshot file", "Write one JSON object.")
    case .snapshotExpectedObject:
      ("{\"obligations\": []}", "Write a JSON object there: {\"key\": value}.")
    case .snapshotUnknownKey:
      (
        "{\"plan\": \"p\", \"asof\": \"2017-10-15\"}",
        "Use the key the help suggests, or an allowed key."
      )
    case .snapshotMissingKey:
      ("{\"a@b\": {\"progress\": 0.5}}", "Add the key the message names (here \"status\").")
    case .snapshotExpectedText: ("{\"status\": 3}", "Write the value as a JSON string.")
    case .snapshotBadDate:
      ("{\"completed\": \"2017-02-30\"}", "Write an existing date as \"YYYY-MM-DD\".")
    case .snapshotBadStatus:
      ("{\"status\": \"finished\"}", "Use not_started, in_progress, done or closed.")
    case .snapshotExpectedNumber:
      ("{\"progress\": \"half\"}", "Write a JSON number without quotes.")
    case .snapshotExpectedBool:
      ("{\"false_report\": \"yes\"}", "Write true or false without quotes.")
    case .snapshotExpectedArray: ("{\"readings\": {}}", "Write a JSON array: [{...}, {...}].")
    case .snapshotUnknownAction:
      ("{\"action\": \"warn\"}", "Use an action of the escalation ladder (the help lists them).")
    case .snapshotWrongPlan: ("{\"plan\": \"other-plan\"}", "Check --rules, or correct \"plan\".")
    case .snapshotUnknownInstance:
      ("{\"obligations\": {\"survay@lanzhou\": {...}}}", "Use an instance id of `rulec compile`.")
    case .snapshotUnknownMetric:
      ("{\"metrics\": {\"air.pm25@lanzhuo\": {...}}}", "Use a metric instance id: metric@body.")
    case .snapshotAfterAsOf:
      ("\"as_of\": \"2017-10-15\" with \"completed\": \"2017-11-01\"", "Correct the date or as_of.")
    case .snapshotBeforeCompletion:
      ("\"reported\" earlier than \"completed\"", "Correct one of the dates.")
    case .snapshotProgressRange: ("{\"progress\": 60}", "Write the share done as a fraction: 0.6.")
    case .snapshotDateWithoutCompletion:
      (
        "{\"status\": \"in_progress\", \"completed\": \"2017-09-01\"}",
        "Set the status to done (or closed), or remove the date."
      )
    case .snapshotNoCompletionDate: ("{\"status\": \"done\"}", "Add \"completed\": \"YYYY-MM-DD\".")
    case .snapshotDuplicateReading:
      ("two readings of one metric on one day", "Keep one reading per day.")
    case .snapshotNoAsOf:
      ("a snapshot without \"as_of\", checked without --as-of", "Add \"as_of\", or pass --as-of.")
    case .dateOption:
      ("rulec check --as-of 2017-13-01 s.json", "Write an existing date as YYYY-MM-DD.")
    case .snapshotEmptyText: ("{\"plan\": \"\"}", "Write a value or remove the key.")
    case .sinceAfterAsOf:
      ("rulec check --since later.json earlier.json", "Pass the earlier snapshot to --since.")
    case .explainUnknownID:
      ("rulec explain survay", "Use an id of `rulec compile` (did-you-mean shows the closest).")
    case .ledgerNotUTF8:
      ("rulec check --encoding utf-8 gbk.csv", "Leave --encoding out: GBK is detected.")
    case .ledgerUnterminatedQuote:
      ("a,\"never closed", "Close the quote; double quotes inside a cell (\"\").")
    case .ledgerNoHeader:
      ("a CSV without the '编号 (id)' header row", "Keep the header row `rulec ledger` writes.")
    case .ledgerMissingColumn:
      (
        "a header row without the '状态 (status)' column",
        "Add the column, or start again from `rulec ledger`."
      )
    case .ledgerUnknownKey:
      (
        "a header cell '状态 (stauts)'",
        "Use a key of the ledger; columns of your own must not end in a key in parentheses."
      )
    case .ledgerDuplicateColumn: ("two '状态 (status)' columns", "Keep one of the two columns.")
    case .ledgerUnknownInstance: ("a row for 'scheme.reviw'", "Keep the ids `rulec ledger` writes.")
    case .ledgerDuplicateRow: ("two rows for one instance", "Keep one row per instance.")
    case .ledgerBadStatus:
      ("a status cell '完成了'", "Write 未开始, 推进中, 已完成 or 已销号 (or the English words).")
    case .ledgerBadDate:
      ("a date cell '2017-08-32'", "Write an existing date (2017-07-20, 2017/7/20 or 2017年7月20日).")
    case .ledgerBadFlag:
      ("a false-report cell 'maybe'", "Write 是/否, yes/no or true/false, or leave it empty.")
    case .ledgerBadProgress: ("a progress cell '六成'", "Write 0.6 or 60%.")
    case .ledgerValuesWithoutStatus:
      ("a row with a completion date but no status", "Fill in the status, or clear the row.")
    case .ledgerNoAsOf:
      (
        "a ledger whose first row has no 截至日期, read without --as-of",
        "Fill in the as_of date, or pass --as-of."
      )
    case .ledgerNoInstanceID:
      ("a row with a status and an empty id cell", "Restore the row's id from `rulec ledger`.")
    case .ledgerWrongPlan:
      ("a ledger whose 计划 (plan) is another plan's id", "Check --rules, or regenerate the ledger.")
    case .unknownBodyOption: ("rulec ledger --body lanzhuo", "Use a body id of the plan.")
    case .unknownObligationOption:
      ("rulec graph --obligation survay", "Use an obligation or instance id of the plan.")
    case .ledgerUnknownMetadata:
      ("a first-row label '计划 (pln)'", "Use the labels `rulec ledger` writes.")
    case .classDeadlineCount:
      (
        "classes: {vague: {name: 限期整改}}",
        "Give one of `within: 1 month`, `due: 2017年底前` or `standing: true`."
      )
    case .unknownClass:
      (
        "obligations: {a: {title: x, responsible: o, class: imediate}}",
        "Use one of the plan's `classes:` ids, or declare the class."
      )
    case .classWithoutEffective:
      (
        "classes: {immediate: {name: 立行立改, within: 1 month}} in a plan without `effective`",
        "Add `effective:` to `plan:`."
      )
    case .reportNeedsStanding:
      (
        "classes: {immediate: {name: 立行立改, within: 1 month, report: 每季度}}",
        "Add `standing: true` (a 长期坚持 class reports each period), or remove `report:`."
      )
    case .unknownCommand: ("rulec chek s.json", "Use the command did-you-mean shows (`check`).")
    case .badCommandLine:
      ("rulec check --format pdf s.json", "Use a value the help line lists (`rulec help check`).")
    case .reversedDayRange:
      ("rulec calendar --from 2018-01-01 --to 2017-01-01", "Swap the two days.")
    case .badReminder: ("rulec calendar --remind 1m", "Write days or weeks: `--remind 7d,1d`.")
    case .badStamp:
      ("rulec calendar --stamp yesterday", "Write a UTC time such as 2017-07-01T09:00:00Z.")
    case .commandPrecondition:
      ("rulec graph --as-of 2017-10-15 (without --snapshot)", "Give what the message asks for.")
    case .inputsAsOfDisagree:
      (
        "rulec check a.json b.json, as of different days",
        "Collect the returns of one day, or pass --as-of."
      )
    case .inputsConflictingEntry:
      (
        "rulec check lanzhou.csv province.json, both with water.sand-plan@lanzhou, differently",
        "Keep one report of the instance, or make both say the same."
      )
    case .inputsConflictingReading:
      ("two inputs with one metric's reading on one day, different", "Keep one value per day.")
    case .ledgerJoined:
      (
        "a ledger pasted under another (its row 1 and header again)",
        "Give each ledger to `rulec check` as its own file."
      )
    case .ledgerUnknownScope:
      ("a first row with '台账范围 (body)' 'lanzhuo'", "Write the body as `rulec ledger --body` does.")
    case .ledgerActionWithoutDate:
      ("'约谈单位 (interview_by)' filled, '约谈日期 (interview_on)' empty", "Write the day.")
    case .ledgerUnknownEncoding:
      (
        "a ledger CSV in Latin-1 or UTF-16",
        "Save it as CSV (UTF-8, or the Chinese default) or .xlsx."
      )
    case .ledgerWrongEncoding:
      ("rulec check --encoding gbk utf16.csv", "Leave --encoding out to detect the encoding.")
    case .workbookUnreadable:
      ("a truncated ledger.xlsx", "Save it again as an Excel workbook, or as CSV.")
    case .inputsEmptyFolder:
      ("rulec check empty-folder/", "Name a folder with .json, .yaml, .csv or .xlsx files.")
    case .bulletinDateOption:
      (
        "rulec check --format markdown --date 2017-10-32 snapshot.json",
        "Write the date of issue as an existing YYYY-MM-DD date."
      )
    case .historyEmpty:
      (
        "rulec history empty-folder/",
        "Give the monthly snapshot files, or the folder holding them."
      )
    case .historySameDay:
      (
        "rulec history a.json b.json, both with as_of 2017-10-15",
        "Keep one snapshot per day in a history."
      )
    case .sqliteWrite:
      ("rulec check --sqlite /no-such-folder/x.sqlite snapshot.json", "Give a writable path.")
    case .inputTooLarge:
      ("rulec check - < 100-MB-file", "Split the input, or name the right file.")
    case .documentOutsideRepository:
      (
        "plan: {document: /etc/passwd}",
        "Keep the source document in the repository, beside the rules."
      )
    case .documentNotReadable:
      ("plan: {document: a-named-pipe}", "Name a regular UTF-8 text file of at most 16 MiB.")
    case .ruleFileNotRegular:
      ("mkfifo rules/pipe.yaml", "Remove it from the rules folder.")
    case .ruleFolderUnreadable:
      (
        "ln -s /elsewhere rules/more",
        "Make the folder readable, or move its rules into the rules folder."
      )
    case .tooManyInstances:
      (
        "a monthly duty from 0001 to 9999 for 10 bodies",
        "Narrow its bodies, its from/until span or its recurrence."
      )
    case .tooManyDependencyEdges:
      (
        "a monthly duty depending on a monthly duty of another body over 9999 years",
        "Make it depend on duties of the same bodies."
      )
    case .unsupportedTag:
      ("title: !!binary aGVsbG8=", "Remove the tag.")
    case .bodyOwnParent:
      ("bodies: {a: {name: x, parent: a}}", "Name the body it reports to, or remove `parent:`.")
    case .deadlineAfterYear9999:
      ("due: {within: 400 days, after: a}, a due 9999-12-01", "Correct the year.")
    case .ledgerRowTooShort:
      ("a ledger row of 3 cells", "Fill in the row up to its status, or remove it.")
    case .ledgerRowTooLong:
      (
        "a ledger row with one cell more than the header",
        "Remove the extra cells, or add their column."
      )
    case .ledgerUnknownVersion:
      ("整改台账 (rulec-ledger/99)", "Write the ledger again with `rulec ledger`.")
    case .minimumNotPercentage:
      ("rulec coverage --min nan", "Write a number such as 80.")
    case .missingSource:
      (
        "obligations: {a: {title: x, responsible: o, due: 2017年底前}}",
        "Add `source: {section: ..., quote: ...}`."
      )
    case .dueBeforePrerequisite:
      (
        "b due 2017-06-30 depends_on [a] due 2017-12-31",
        "Check both deadlines against the document."
      )
    case .noDocument:
      ("plan: {id: p, title: t}", "Add `document: path/to/source.txt` so quotes are checked.")
    case .neverOverdue:
      (
        "obligations: {b: {title: x, responsible: o, due: {within: 1 month, after: a}}} where a is standing",
        "Give the duty a `due:`, a class with a deadline, or a standing class."
      )
    case .policyFiresOnNothing:
      (
        "policies: {p: {when: obligation == \"a\" and violation == overdue, ...}} where a is standing",
        "Correct the ids and violation kinds the condition names (`rulec explain p` shows the count)."
      )
    case .policyAfterHorizon:
      (
        "policies: {p: {when: target_missed, ...}} where every target is due on the plan's last day",
        "Let the policy fire on what is found during the plan (`off_track`, an overdue yearly duty)."
      )
    case .targetsExcludeAll:
      (
        "policies: {p: {when: obligation == \"water.sand-plan\", targets: [env-dept], ...}}",
        "Add the responsible bodies to `targets:`, or correct `when:`."
      )
    case .prerequisiteDueAfter:
      (
        "obligations: {b: {depends_on: [a], class: immediate, ...}} where a is due later",
        "Give the prerequisite an earlier deadline or the dependent a later one."
      )
    case .policyTargetsItsActor:
      (
        "policies: {p: {by: office, targets: [office, cities], ...}}",
        "Restrict `targets:` to the bodies the document lets it act on."
      )
    case .notAGitRepository:
      (
        "rulec diff HEAD~1 HEAD, outside a repository",
        "Run it inside the repository, or compare two rules folders."
      )
    case .unknownRevision:
      ("rulec diff v9 main", "Name a commit, branch or tag (`git log --oneline`), or a folder.")
    case .noRulesAtRevision:
      (
        "rulec diff --rules plans v1 main, with the rules in rules/",
        "Give the rules folder's path from the repository's root with `--rules`."
      )
    case .gitFailed:
      ("a repository git cannot read", "Run the git command shown to see why it fails.")
    case .noPolicyTests:
      ("rulec test, with no rules/tests/*.yaml", "Write test cases in `rules/tests/NAME.yaml`.")
    case .policyTestForm:
      (
        "tests: {a: {as_of: 2017-08-20, expect: none}}",
        "Give the case a `snapshot:`, or an `instance:` with its `facts:`."
      )
    case .policyTestUnknownPolicy:
      ("policy: supervise-overdu", "Use a policy id of the plan (did-you-mean shows the closest).")
    case .policyTestUnknownViolation:
      ("violations: [overdeu]", "Use a violation type: overdue, missing, unreported, ...")
    case .policyTestNeedsInstance:
      (
        "violations: [overdue] in a case whose snapshot names two instances",
        "Write `{type: overdue, instance: ID}`."
      )
    case .policyTestDuplicate:
      ("the same case name in two test files", "Give each case its own name.")
    case .policyTestBadExpect:
      (
        "expect: [overdue]",
        "Write `expect: none` or `expect: {violations: [...], escalations: [...]}`."
      )
    case .initFolderNotEmpty:
      ("rulec init . in a folder with files", "Give a new folder: `rulec init my-plan`.")
    case .initCannotWrite:
      ("rulec init /read-only/plan", "Create the skeleton in a folder you can write to.")
    case .historyRewritten:
      (
        "a later snapshot with another `completed` date for the same instance",
        "Correct the earlier snapshot too, or explain the change in a note."
      )
    }
  }
}
