import Foundation
import RuleParser
import TestSupport
import Testing

@testable import RuleEngine

/// What `rulec check` does with the bundled plan: each case is one of the
/// findings of issue 9 ("the plan enforces what the document says"), and
/// failed before it was fixed.
@Suite struct BundledPlanEnforcementTests {
  static let graph = BundledPlan.graph

  /// Checks a snapshot of the bundled plan written in a test.
  static func check(
    _ asOf: String, obligations: String = "", metrics: String = "", actions: String = ""
  ) throws -> CheckResult {
    let graph = try #require(Self.graph)
    let json = """
      {"plan": "env-inspection-rectification", "as_of": "\(asOf)",
       "obligations": {\(obligations)}, "metrics": {\(metrics)}, "actions": [\(actions)]}
      """
    var diagnostics = Diagnostics()
    let snapshot = SnapshotReader().read(
      Array(json.utf8), file: "snapshot.json", path: "snapshot.json", asOf: nil,
      into: &diagnostics)
    var validator = SnapshotValidator(graph: graph)
    let valid = snapshot.map { validator.validate($0, into: &diagnostics) } ?? false
    #expect(valid && !diagnostics.hasErrors, "\(diagnostics.all.map(\.message.en))")
    return Checker(graph: graph).check(try #require(snapshot))
  }

  @Test func aClassTaggedTaskIsOverdueAfterItsClassDeadline() throws {
    let graph = try #require(Self.graph)
    let instance = try #require(graph.instance("water.river-attainment@dingxi"))
    #expect(instance.due?.description == "2017-12-31")
    #expect(instance.dueSource == .class)
    #expect(instance.obligationClass?.name == "限期整改")
    let result = try Self.check(
      "2018-06-30", obligations: #""water.river-attainment@dingxi": {"status": "not_started"}"#)
    #expect(result.kinds(of: "water.river-attainment@dingxi") == ["overdue"])
    #expect(
      result.policies(of: "water.river-attainment@dingxi").contains("supervise-river-attainment"))
  }

  @Test func theClassesAreThePlansOwnAndGiveTheirDeadlines() throws {
    let graph = try #require(Self.graph)
    #expect(graph.classes.map(\.id) == ["immediate", "special", "staged", "long_term"])
    #expect(graph.classes.map(\.name) == ["立行立改", "专项整治", "限期整改", "长期坚持"])
    let effective = try #require(graph.plan.effective)
    // 半年 from 2017-07-01 is 2018-01-01: cut to 三(三)'s 2017年底.
    #expect(
      graph.classes.map { $0.deadline(effective: effective)?.description } == [
        "2017-08-01", "2017-09-01", "2017-12-31", nil,
      ])
    #expect(graph.obligation("mechanism.staged-problems") == nil)
    #expect(graph.obligation("mechanism.immediate-problems") == nil)
  }

  @Test func everyNonStandingDutyCanBeOverdueAndEveryPolicyCanFire() throws {
    let summary = EnforcementSummary(graph: try #require(Self.graph))
    #expect(summary.neverOverdue.isEmpty)
    #expect(summary.canBeOverdue == summary.obligations - summary.standing.count)
    #expect(summary.policiesThatCannotFire.isEmpty)
    // Every 长期坚持 duty reports each quarter (五(三) 定期调度).
    #expect(summary.reporting == summary.standing.count)
  }

  @Test func aQuarterWithoutAStandingDutysReportIsMissingAndReachesAnInterview() throws {
    let graph = try #require(Self.graph)
    let reports = graph.instances.filter {
      $0.obligation == "mechanism.local-scheduling" && $0.body == "wuwei"
    }
    // 2017-Q3 to 2020-Q4, each due on its quarter's last day.
    #expect(reports.count == 14)
    #expect(reports.allSatisfy { $0.isStandingReport && $0.dueSource == .class })
    #expect(reports.first?.id == "mechanism.local-scheduling@wuwei#2017-Q3")
    #expect(reports.first?.due?.description == "2017-09-30")
    let filed = #"{"status": "done", "completed": "2017-09-28"}"#
    let result = try Self.check(
      "2017-10-20", obligations: #""mechanism.local-scheduling@lanzhou#2017-Q3": "# + filed)
    #expect(result.kinds(of: "mechanism.local-scheduling@wuwei#2017-Q3") == ["missing"])
    #expect(
      result.policies(of: "mechanism.local-scheduling@wuwei#2017-Q3").contains("interview-missing"))
    // Filed: no violation, and no report or publication owed afterwards.
    #expect(result.kinds(of: "mechanism.local-scheduling@lanzhou#2017-Q3").isEmpty)
  }

  @Test func noInterviewOrVetoOfTheCommitteeTheCongressOrTheLeadingGroup() throws {
    let result = try Self.check(
      "2021-06-30",
      obligations: """
        "responsibility.annual-targets@provincial-party-committee#2020": {"status": "not_started"},
        "responsibility.congress-inspection#2020": {"status": "not_started"},
        "goals.stage-2020": {"status": "in_progress"}
        """,
      actions: #"{"action": "interview", "instance": "goals.stage-2020", "on": "2021-03-01"}"#)
    let ids = [
      "responsibility.annual-targets@provincial-party-committee#2020",
      "responsibility.congress-inspection#2020", "goals.stage-2020",
    ]
    #expect(ids.allSatisfy { result.kinds(of: $0) == ["overdue"] })
    let targets = Set(result.escalations.map(\.target))
    #expect(
      targets.isDisjoint(with: [
        "provincial-party-committee", "provincial-congress", "leading-group",
      ]))
    let graph = try #require(Self.graph)
    for policy in graph.policies where policy.action >= .interview {
      #expect(policy.targetBodies?.contains("provincial-party-committee") == false, "\(policy.id)")
      #expect(policy.targetBodies?.contains("leading-group") == false, "\(policy.id)")
      #expect(policy.targetBodies?.contains(policy.by) == false, "\(policy.id)")
    }
  }

  @Test func aTargetStillMissedAMonthAfterTheInterviewReachesAccountability() throws {
    let result = try Self.check(
      "2018-02-15", metrics: #""resources.water-use-2017": [{"on": "2017-12-31", "value": 121.3}]"#,
      actions:
        #"{"action": "interview", "instance": "resources.water-use-2017", "on": "2018-01-10"}"#)
    #expect(result.kinds(of: "resources.water-use-2017") == ["target_missed"])
    #expect(
      result.policies(of: "resources.water-use-2017").contains(
        "accountability-target-after-interview"))
    let interview = try #require(
      result.escalations.first { $0.policy == "interview-prominent-problems" })
    #expect(interview.taken?.on.description == "2018-01-10")
  }

  @Test func nothingIsOverdueOnTheDueDayAndCheckAndCalendarAgree() throws {
    let entry = #""water.sand-plan@zhangye": {"status": "in_progress"}"#
    let onTheDay = try Self.check("2017-07-31", obligations: entry)
    #expect(onTheDay.kinds(of: "water.sand-plan@zhangye").isEmpty)
    let after = try Self.check("2017-08-01", obligations: entry)
    let overdue = try #require(after.violations.first { $0.instance == "water.sand-plan@zhangye" })
    #expect(overdue.kind == .overdue && overdue.facts.value(of: .daysOverdue) == .int(1))
    #expect(after.policies(of: "water.sand-plan@zhangye") == ["warn-overdue"])
    let graph = try #require(Self.graph)
    let steps = EscalationForecast(policies: graph.policies).steps(
      obligation: "water.sand-plan", body: "zhangye", obligationClass: nil)
    #expect(steps.first?.policy.id == "warn-overdue" && steps.first?.daysAfterDue == 1)
    // The yearly veto duty due on the plan's last day is not vetoed on that day.
    let lastDay = try Self.check(
      "2020-12-31",
      obligations: #""industry.outdated-capacity@lanzhou#2020": {"status": "in_progress"}"#,
      metrics: #""emissions.cod": [{"on": "2020-12-31", "value": 34.1}]"#)
    #expect(lastDay.kinds(of: "industry.outdated-capacity@lanzhou#2020").isEmpty)
    #expect(lastDay.kinds(of: "emissions.cod").isEmpty)
    #expect(!lastDay.escalations.contains { $0.action == .veto })
  }

  @Test func anActionAlreadyTakenIsShownAsTakenWithTheNextStep() throws {
    let result = try Self.check(
      "2017-10-15", obligations: #""water.sand-plan@zhangye": {"status": "in_progress"}"#,
      actions:
        #"{"action": "interview", "instance": "water.sand-plan@zhangye", "on": "2017-09-01"}"#)
    let interview = try #require(result.escalations.first { $0.policy == "interview-overdue" })
    #expect(
      interview.taken == TakenAction(action: .interview, on: try #require(Day(iso: "2017-09-01"))))
    #expect(!interview.isProposed)
    let proposed = result.escalations.filter {
      $0.isProposed && $0.instance == "water.sand-plan@zhangye"
    }.map(\.policy)
    #expect(proposed == ["accountability-after-interview"])
    let graph = try #require(Self.graph)
    let zh = TextReport(language: .zh).render(result, graph: graph)
    #expect(zh.contains("已于2017年9月1日约谈  下一步：问责（accountability-after-interview）"))
    let en = TextReport(language: .en).render(result, graph: graph)
    #expect(en.contains("taken 2017-09-01 (interview)  next: accountability"))
  }

  @Test func aDutyCompletedAfterItsDeadlineIsLate() throws {
    let result = try Self.check(
      "2017-10-15",
      obligations: """
        "mechanism.local-plans@baiyin": {"status": "done", "completed": "2017-08-10",
          "reported": "2017-08-11", "published": "2017-08-12"}
        """)
    #expect(result.kinds(of: "mechanism.local-plans@baiyin") == ["late"])
    let late = try #require(result.violations.first { $0.kind == .late })
    #expect(late.facts.value(of: .daysLate) == .int(9))
    #expect(late.facts.value(of: .bodyKind) == .string("city"))
    #expect(result.policies(of: "mechanism.local-plans@baiyin").isEmpty)
  }

  @Test func aTargetWithoutAReadingAfterItsDateIsMissing() throws {
    let result = try Self.check("2018-01-15")
    let missing = result.violations.filter { $0.isMetricSubject }
    #expect(missing.map(\.instance).contains("capacity.mobile-terminal-share"))
    #expect(missing.allSatisfy { $0.kind == .missing })
  }

  @Test func doubtfulRulesAreReportedButEscalateNothing() throws {
    let graph = try #require(Self.graph)
    for id in [
      "resources.water-per-gdp", "resources.water-per-industry-value",
      "resources.energy-intensity-cut",
    ] {
      #expect(graph.metric(id)?.doubtful?.contains("二(三)") == true, "\(id)")
    }
    let result = try Self.check(
      "2019-06-30", metrics: #""resources.water-per-gdp": [{"on": "2019-06-30", "value": 13.0}]"#)
    let violation = try #require(
      result.violations.first { $0.instance == "resources.water-per-gdp" })
    #expect(violation.kind == .offTrack && violation.doubtful != nil)
    #expect(result.escalations(of: violation).isEmpty)
    #expect(TextReport(language: .zh).render(result, graph: graph).contains("[待核实：二(三)"))
  }

  @Test func provinceWideRatesAreOneProvincialFigure() throws {
    let graph = try #require(Self.graph)
    for id in [
      "water.city-sewage-treatment", "water.county-sewage-treatment", "resources.reclaimed-water",
    ] {
      #expect(graph.metricInstances.filter { $0.metric == id }.map(\.id) == [id])
    }
    #expect(graph.metricInstance("water.county-sewage-treatment@jiayuguan") == nil)
  }

  @Test func theVetoFollowsFourElevenOne() throws {
    let graph = try #require(Self.graph)
    let veto = try #require(graph.policy("veto-annual-targets"))
    #expect(!veto.when.contains("responsibility.annual-targets"))
    #expect(veto.title?.contains("暂缓提拔任用") == true)
    #expect(graph.policy("veto-dereliction") != nil)
    // 四(五)2(1)'s 挂牌督办或区域限批: 区域限批 is a step of the plan's ladder.
    #expect(graph.policy("supervise-river-attainment")?.action == .supervision)
    #expect(graph.policy("restrict-river-region")?.action.chineseName == "区域限批")
  }

  @Test func departureAuditsAreAStandingPractice() throws {
    let graph = try #require(Self.graph)
    // 2018年起…实行离任审计: 长期坚持, reported each quarter from 2018 (`from: 2018年起`).
    let audits = graph.instances.filter { $0.obligation == "reform.departure-audits" }
    #expect(audits.first?.id == "reform.departure-audits#2018-Q1")
    #expect(audits.count == 12)
    #expect(audits.allSatisfy { $0.isStandingReport && $0.obligationClass?.standing == true })
  }

  @Test func theLanguageReferenceGivesTheCompilersDayForBeforeAYear() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let language = try String(
      contentsOf: root.appendingPathComponent("docs/language.md"), encoding: .utf8)
    let day = try DeadlinePhrase.parse("2020年前").get()
    let row = try #require(language.split(separator: "\n").first { $0.contains("`2020年前`") })
    #expect(row.contains(day.description), "\(row)")
  }
}
