/// The stable id of every diagnostic rulec reports, all listed here so that the
/// compiler keeps them unique.
///
/// The raw value is the published id (`E012`); it never changes meaning once
/// published, and output formats print it as it is. Ranges: E001–E019 loading
/// YAML, E020–E059 the rule language, E060–E069 time phrases, E070–E089
/// conditions, E100–E139 snapshots, E140–E159 ledgers, E190–E199 command-line
/// options, E170–E179 time-limit classes, E200–E229 the phrases of real plans and
/// `per_body`, E230–E244 collecting several inputs (merge, ledger scope and actions,
/// encodings, workbooks), E245–E259 bulletin, report and history, E260–E279
/// working in git (revisions, policy tests, `rulec init`), E280–E299 hostile
/// input (limits, confinement, special files), W001–W009 rule warnings, W010–W029
/// enforcement warnings, W030–W039 coverage, W045–W049 history warnings.
public enum DiagnosticCode: String, CaseIterable, Sendable, Comparable {
  /// A file named on the command line or in the rules cannot be read.
  case unreadableFile = "E001"
  /// A rule file is larger than the loader accepts.
  case fileTooLarge = "E002"
  /// A rule file is not UTF-8 text.
  case notUTF8 = "E003"
  /// libyaml rejects the text as YAML.
  case yamlSyntax = "E004"
  /// Collections nest deeper than the limit.
  case nestingTooDeep = "E005"
  /// An alias names no anchor defined before it.
  case undefinedAlias = "E006"
  /// An alias points into the node that carries its anchor.
  case recursiveAlias = "E007"
  /// Aliases expand to more nodes than the budget allows.
  case aliasBudget = "E008"
  /// A key occurs twice in one mapping.
  case duplicateKey = "E009"
  /// The value of a merge key `<<` is not a mapping or a list of them.
  case badMergeKey = "E010"
  /// A mapping of keys to values was expected.
  case expectedMapping = "E020"
  /// A key the rule language does not know at this place.
  case unknownKey = "E021"
  /// A required key is absent.
  case missingKey = "E022"
  /// A single value was expected, not a list or a mapping.
  case expectedScalar = "E023"
  /// An id or a list of ids was expected.
  case expectedIDList = "E024"
  /// An id with characters the language does not allow.
  case invalidID = "E025"
  /// A number was expected.
  case expectedNumber = "E026"
  /// A value outside the closed set the key allows.
  case unknownValue = "E028"
  /// A mapping key that is not a plain string.
  case nonStringKey = "E029"
  /// Two keys that exclude each other.
  case conflictingKeys = "E030"
  /// An id declared twice.
  case duplicateID = "E031"
  /// A reference to a body, obligation, metric or policy that is not declared.
  case unknownReference = "E032"
  /// An obligation with no deadline, recurrence or class.
  case noDeadline = "E033"
  /// An empty value where one is needed.
  case emptyValue = "E034"
  /// A recurring duty whose `from` is after its `until`.
  case fromAfterUntil = "E035"
  /// Obligations that depend on each other in a circle.
  case dependencyCycle = "E036"
  /// A quote that does not occur in the plan's source document.
  case quoteNotInDocument = "E037"
  /// The plan's source document cannot be read.
  case unreadableDocument = "E038"
  /// More than one `plan:` block.
  case duplicatePlan = "E039"
  /// Group membership that loops back on itself.
  case groupCycle = "E040"
  /// No rule files under the rules folder.
  case noRuleFiles = "E041"
  /// No `plan:` block in any rule file.
  case missingPlan = "E042"
  /// A relative deadline that counts from nothing.
  case noEffectiveDate = "E043"
  /// A relative deadline counted from a recurring obligation.
  case afterRecurring = "E044"
  /// A recurring obligation without `until`.
  case recurrenceWithoutEnd = "E045"
  /// A key that is only allowed with `every`.
  case keyNeedsEvery = "E046"
  /// A target due before its baseline.
  case targetBeforeBaseline = "E047"
  /// A deadline phrase of no known form.
  case unknownDeadline = "E060"
  /// A deadline on a day its month does not have.
  case nonexistentDay = "E061"
  /// A month, quarter or year out of range.
  case periodOutOfRange = "E062"
  /// A deadline with a month or day but no year.
  case deadlineWithoutYear = "E063"
  /// A time span of no known form.
  case unknownTimeSpan = "E064"
  /// A time span longer than its unit allows.
  case timeSpanTooLong = "E065"
  /// An `every:` value that is not a recurrence.
  case unknownRecurrence = "E066"
  /// A condition with no text.
  case emptyCondition = "E070"
  /// A character no token of a condition starts with.
  case unexpectedCharacter = "E071"
  /// A string in a condition without its closing quote.
  case unterminatedString = "E072"
  /// A token where the condition's grammar wants something else.
  case unexpectedToken = "E073"
  /// A `(` or `[` that is never closed.
  case unclosedDelimiter = "E074"
  /// A list that does not follow `in`.
  case listOutsideIn = "E075"
  /// A number in a condition that is malformed or too large.
  case invalidNumber = "E076"
  /// A name in a condition that is no fact.
  case unknownFact = "E077"
  /// A value that the enumeration it is compared with does not have.
  case unknownEnumValue = "E078"
  /// Two operands of a comparison whose types cannot be compared.
  case incomparableTypes = "E079"
  /// An operand of `and`, `or` or `not` that is not true/false.
  case notACondition = "E080"
  /// An operand of `+` or `-` that is not a whole number.
  case nonIntegerArithmetic = "E081"
  /// A condition that is not true/false as a whole.
  case conditionNotBool = "E082"
  /// `<` and its kin between values that have no order.
  case unorderedComparison = "E083"
  /// A list element whose type differs from the tested value's.
  case listElementMismatch = "E084"
  /// A string compared with `body` that is no body id.
  case unknownBodyInCondition = "E085"
  /// Facts of obligation instances and of metric readings in one condition.
  case factTargetConflict = "E086"
  /// A string compared with `obligation` or `metric` that is no such id.
  case unknownIDInCondition = "E087"
  /// A comparison of a comparison, such as `a < b < c`.
  case chainedComparison = "E088"
  /// A condition nested deeper than the limit.
  case conditionTooDeep = "E089"
  /// A snapshot that is empty or holds several documents.
  case snapshotDocumentCount = "E100"
  /// A JSON object was expected in a snapshot.
  case snapshotExpectedObject = "E101"
  /// A key the snapshot format does not know at this place.
  case snapshotUnknownKey = "E102"
  /// A key the snapshot format requires is absent.
  case snapshotMissingKey = "E103"
  /// A string was expected in a snapshot.
  case snapshotExpectedText = "E104"
  /// A date was expected in a snapshot.
  case snapshotBadDate = "E105"
  /// A status that is not one of the four statuses.
  case snapshotBadStatus = "E106"
  /// A number was expected in a snapshot.
  case snapshotExpectedNumber = "E107"
  /// `true` or `false` was expected in a snapshot.
  case snapshotExpectedBool = "E108"
  /// A JSON array was expected in a snapshot.
  case snapshotExpectedArray = "E109"
  /// An action that is not on the escalation ladder.
  case snapshotUnknownAction = "E110"
  /// A snapshot of another plan.
  case snapshotWrongPlan = "E111"
  /// A status for an instance the plan does not have.
  case snapshotUnknownInstance = "E112"
  /// Readings for a metric instance the plan does not have.
  case snapshotUnknownMetric = "E113"
  /// A day later than the snapshot's `as_of`.
  case snapshotAfterAsOf = "E114"
  /// Reported or published before the duty was completed.
  case snapshotBeforeCompletion = "E115"
  /// A progress share outside 0...1.
  case snapshotProgressRange = "E116"
  /// Completion dates on an instance that is not done or closed.
  case snapshotDateWithoutCompletion = "E117"
  /// A done or closed instance without its completion date.
  case snapshotNoCompletionDate = "E118"
  /// Two readings of one metric instance on one day.
  case snapshotDuplicateReading = "E119"
  /// A snapshot without `as_of` and no `--as-of`.
  case snapshotNoAsOf = "E120"
  /// A date option (`--as-of`, `--from`, `--to`) that is not a date.
  case dateOption = "E121"
  /// An empty text in a snapshot where an id or value is needed.
  case snapshotEmptyText = "E122"
  /// An earlier snapshot (`--since`) dated after the current one.
  case sinceAfterAsOf = "E124"
  /// `rulec explain` with an id the plan does not have.
  case explainUnknownID = "E125"
  /// A ledger that is not UTF-8 text.
  case ledgerNotUTF8 = "E140"
  /// A ledger cell whose closing quote is missing.
  case ledgerUnterminatedQuote = "E141"
  /// A ledger without a header row with an id column.
  case ledgerNoHeader = "E142"
  /// A column the ledger read-back needs is missing.
  case ledgerMissingColumn = "E143"
  /// A ledger header naming a key the ledger does not have.
  case ledgerUnknownKey = "E144"
  /// Two ledger header cells naming the same column.
  case ledgerDuplicateColumn = "E145"
  /// A ledger row for an instance the plan does not have.
  case ledgerUnknownInstance = "E146"
  /// Two ledger rows for one instance.
  case ledgerDuplicateRow = "E147"
  /// A ledger status cell that is no status.
  case ledgerBadStatus = "E148"
  /// A ledger date cell that holds no date.
  case ledgerBadDate = "E149"
  /// A ledger false-report cell that is neither yes nor no.
  case ledgerBadFlag = "E150"
  /// A ledger progress cell that is not a share from 0 to 1.
  case ledgerBadProgress = "E151"
  /// A ledger row with status values but no status.
  case ledgerValuesWithoutStatus = "E152"
  /// A ledger without its `as_of` date and no `--as-of`.
  case ledgerNoAsOf = "E153"
  /// A ledger row with a status but no instance id.
  case ledgerNoInstanceID = "E154"
  /// A ledger of another plan.
  case ledgerWrongPlan = "E155"
  /// `--body` names no body of the plan.
  case unknownBodyOption = "E156"
  /// `--obligation` names no obligation or instance of the plan.
  case unknownObligationOption = "E157"
  /// A label of the ledger's first row that names no metadata.
  case ledgerUnknownMetadata = "E158"
  /// A time-limit class with none, or more than one, of `within`, `due` and `standing: true`.
  case classDeadlineCount = "E170"
  /// An obligation names a class the plan does not declare.
  case unknownClass = "E171"
  /// A class counted from `plan.effective` in a plan without one.
  case classWithoutEffective = "E172"
  /// A class with `report:` (a reporting period) that is not standing.
  case reportNeedsStanding = "E173"
  /// The first word of the command line names no command.
  case unknownCommand = "E190"
  /// A command line the argument parser rejects (a missing argument, a
  /// value outside an option's choices, an unknown option).
  case badCommandLine = "E191"
  /// `--from` is after `--to`.
  case reversedDayRange = "E192"
  /// `--remind` is not a list of days or weeks.
  case badReminder = "E193"
  /// `--stamp` is not a UTC date and time.
  case badStamp = "E194"
  /// A command needs something the plan or the other options do not give.
  case commandPrecondition = "E195"
  /// A start (`2018年起`) written where a deadline is expected.
  case startNotDeadline = "E200"
  /// A festival the working calendar does not have in that year.
  case unknownFestival = "E201"
  /// Working days counted into a year the working calendar does not know.
  case workingDaysOutsideCalendar = "E202"
  /// A recurrence that names no period (`定期`).
  case vagueRecurrence = "E203"
  /// A recurrence's day that its period does not have (`每季度第四个月`).
  case dayOutsidePeriod = "E204"
  /// A recurrence that names its start, with a `from:` too.
  case startTwice = "E205"
  /// A `per_body:` entry for a body that is not responsible for the entry.
  case overrideForOtherBody = "E206"
  /// A `per_body:` deadline that names `after`.
  case overrideNamesAfter = "E207"
  /// A target relative to the baseline (`at_most: -18%`) without a baseline.
  case relativeTargetWithoutBaseline = "E208"
  /// The stages of a staged target are not in date order.
  case targetStagesOutOfOrder = "E209"
  /// The stages of a staged target are not all of one form.
  case targetStagesMixed = "E210"
  /// A key of a target that only belongs with another (`tolerance` without `about`).
  case targetKeyOutOfPlace = "E211"
  /// A range target that is not two numbers, low to high.
  case badTargetRange = "E212"
  /// A shared target (`shared:`) with only one responsible body.
  case sharedTargetOneBody = "E213"
  /// A target met in each period with no day to start counting from.
  case periodTargetWithoutStart = "E214"
  /// A target met in every period with more periods than the limit.
  case tooManyTargetPeriods = "E215"
  /// A step of the plan's action ladder declared twice.
  case duplicateAction = "E216"
  /// Two inputs of `rulec check` as of different days.
  case inputsAsOfDisagree = "E230"
  /// One instance reported differently in two inputs.
  case inputsConflictingEntry = "E231"
  /// One metric reading on one day with two values in two inputs.
  case inputsConflictingReading = "E232"
  /// A second ledger inside a ledger file (two joined by hand).
  case ledgerJoined = "E233"
  /// A ledger scope (`台账范围 (body)`) that names no body.
  case ledgerUnknownScope = "E234"
  /// A ledger action's "by" cell without its date.
  case ledgerActionWithoutDate = "E235"
  /// A ledger that is neither UTF-8 nor GB18030/GBK.
  case ledgerUnknownEncoding = "E236"
  /// A ledger that is not of the encoding `--encoding` names.
  case ledgerWrongEncoding = "E237"
  /// A file that should be an .xlsx workbook and cannot be read as one.
  case workbookUnreadable = "E238"
  /// A folder given to `rulec check` without snapshots or ledgers.
  case inputsEmptyFolder = "E239"
  /// The bulletin's `--date` is not a date.
  case bulletinDateOption = "E245"
  /// `rulec history` found no snapshot in a folder.
  case historyEmpty = "E246"
  /// Two snapshots of a history describe the same day.
  case historySameDay = "E247"
  /// The `--sqlite` database cannot be written.
  case sqliteWrite = "E248"
  /// `rulec diff` names a revision outside a git repository.
  case notAGitRepository = "E260"
  /// `rulec diff` names a revision the repository does not have.
  case unknownRevision = "E261"
  /// The revision has no rule files at the rules path.
  case noRulesAtRevision = "E262"
  /// git failed while reading a revision.
  case gitFailed = "E263"
  /// `rulec test` finds no test files.
  case noPolicyTests = "E265"
  /// A policy test that is neither a snapshot nor one instance's facts.
  case policyTestForm = "E266"
  /// A policy test names a policy the plan does not have.
  case policyTestUnknownPolicy = "E267"
  /// A policy test expects a violation type that does not exist.
  case policyTestUnknownViolation = "E268"
  /// An expected finding without an instance in a case that names several.
  case policyTestNeedsInstance = "E269"
  /// Two policy tests with one name.
  case policyTestDuplicate = "E270"
  /// A policy test's `expect` is neither `none` nor a mapping of findings.
  case policyTestBadExpect = "E271"
  /// `rulec init` into a folder that has files.
  case initFolderNotEmpty = "E275"
  /// `rulec init` cannot write a file of the skeleton.
  case initCannotWrite = "E276"
  /// A snapshot, ledger or standard input is over the size limit.
  case inputTooLarge = "E280"
  /// The plan's `document:` lies outside the repository that holds the rules.
  case documentOutsideRepository = "E281"
  /// The plan's `document:` is not a regular UTF-8 file under the size limit.
  case documentNotReadable = "E282"
  /// A `*.yaml` in the rules folder is a named pipe, device or socket.
  case ruleFileNotRegular = "E283"
  /// A folder below the rules folder cannot be read, or is a symbolic link.
  case ruleFolderUnreadable = "E284"
  /// An obligation would bring the plan over the limit on instances.
  case tooManyInstances = "E285"
  /// An obligation would bring the plan over the limit on dependency edges.
  case tooManyDependencyEdges = "E286"
  /// A YAML tag outside the core schema.
  case unsupportedTag = "E287"
  /// A body names itself as its parent.
  case bodyOwnParent = "E288"
  /// A deadline falls after 9999-12-31.
  case deadlineAfterYear9999 = "E289"
  /// A ledger row ends before its status column.
  case ledgerRowTooShort = "E290"
  /// A ledger row has filled cells beyond the header.
  case ledgerRowTooLong = "E291"
  /// A ledger of a format version rulec does not know.
  case ledgerUnknownVersion = "E292"
  /// `coverage --min` is not a finite percentage from 0 to 100.
  case minimumNotPercentage = "E293"
  /// A rule without its source clause.
  case missingSource = "W001"
  /// A duty due before something it depends on.
  case dueBeforePrerequisite = "W002"
  /// A plan without a source document, so quotes go unchecked.
  case noDocument = "W003"
  /// An obligation that can never become overdue.
  case neverOverdue = "W010"
  /// A policy whose condition no instance or metric can meet.
  case policyFiresOnNothing = "W011"
  /// A policy that can fire only after the plan's last deadline.
  case policyAfterHorizon = "W012"
  /// A policy whose `targets` exclude every instance its condition can match.
  case targetsExcludeAll = "W013"
  /// A duty whose prerequisite falls due after it (a deadline from a class).
  case prerequisiteDueAfter = "W014"
  /// A policy whose acting body is among its own targets.
  case policyTargetsItsActor = "W015"
  /// A time expression whose quoting rules all say another time (`rulec coverage`).
  case coverageDisagreement = "W030"
  /// A direction with no number (`大幅度提高`) written as a numeric target.
  case directionAsTarget = "W031"
  /// A later snapshot rewrites what an earlier one recorded.
  case historyRewritten = "W045"

  /// Codes order by their published id.
  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
