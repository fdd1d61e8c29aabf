/// The files of a new plan (`rulec init`).
///
/// A plan with its document, bodies, one obligation, one policy, the
/// policy's tests and one snapshot. The skeleton lints clean, its tests
/// pass, its document's time expressions are all covered, and its snapshot
/// checks clean.
enum Skeleton {
  /// Each file's path inside the new folder, and its text.
  static func files(planID: String) -> [(path: String, text: String)] {
    [
      ("document.txt", document),
      ("rules/plan.yaml", plan(planID)),
      ("rules/obligations.yaml", obligations),
      ("rules/policies.yaml", policies),
      ("rules/tests/policies.yaml", tests),
      ("snapshots/2018-01-15.json", snapshot(planID)),
    ]
  }

  static let document = """
    示例整改方案

    一、整改任务
    （一）市环保局于2017年12月底前完成饮用水水源地环境问题整治。

    二、保障措施
    对未按照时限落实整改工作的，由整改办公室予以督办。

    """

  static func plan(_ id: String) -> String {
    """
    # The plan: its identity, its source document, and who is who.
    # The keys are described in rulec's docs/language.md.
    plan:
      id: \(id)
      title: 示例整改方案
      document: ../document.txt
      effective: 2017-07-01
      until: 2018-12-31
      report_within: 10 days
      publish_within: 30 days

    bodies:
      office: {name: 整改办公室}
      env-bureau: {name: 市环保局}

    """
  }

  static let obligations = """
    # Duties: who must do what by when, each quoting its clause of the document.
    obligations:
      water.source-cleanup:
        title: 完成饮用水水源地环境问题整治
        source: {section: 一(一), quote: 市环保局于2017年12月底前完成饮用水水源地环境问题整治}
        responsible: env-bureau
        due: 2017年12月底前

    """

  static let policies = """
    # What follows a violation. 15 days is this office's choice: the document
    # gives no number.
    policies:
      supervise-overdue:
        when: violation == overdue and days_overdue > 15
        action: supervision
        by: office
        source: {section: 二, quote: 对未按照时限落实整改工作的，由整改办公室予以督办}

    """

  static let tests = """
    # Policy tests (rulec test): a situation and the findings expected.
    tests:
      supervised-after-20-days:
        policy: supervise-overdue
        instance: water.source-cleanup
        as_of: 2018-01-20
        facts: {status: in_progress}
        expect:
          violations: [overdue]
          escalations:
            - {action: supervision, policy: supervise-overdue}

      not-supervised-at-10-days:
        policy: supervise-overdue
        instance: water.source-cleanup
        as_of: 2018-01-10
        facts: {status: in_progress}
        expect:
          violations: [overdue]
          escalations: none

    """

  static func snapshot(_ id: String) -> String {
    """
    {
      "plan": "\(id)",
      "as_of": "2018-01-15",
      "obligations": {
        "water.source-cleanup": {
          "status": "done",
          "completed": "2017-12-20",
          "reported": "2017-12-25",
          "published": "2017-12-28"
        }
      }
    }

    """
  }
}
