#!/usr/bin/env python3
"""Writes the example snapshots of the bundled plan from its compiled graph.

    swift run rulec compile -o /tmp/graph.json
    python3 examples/snapshots/make-snapshots.py /tmp/graph.json examples/snapshots

Every snapshot tells the same made-up story of the plan's first years: most
duties done on time, and a few cases that show each kind of violation and each
step of the escalation ladder. Dates are derived from the ids, so the output is
the same on every run; rerun after the rules change.

The snapshots are a log (`rulec history`): each month starts from the one before
it and only adds to it. A recorded entry keeps its completion, report and
publication dates; a duty still open (or missing) last month is completed, if at
all, after last month's date; the actions log only grows. A 长期坚持 duty's
quarterly report (`#2017-Q3`, due_source class) is filed as a plain `done` entry.
"""
import copy
import datetime
import hashlib
import json
import os
import sys

PLAN = "env-inspection-rectification"


def day(text):
    return datetime.date.fromisoformat(text)


def spread(key, salt, modulo):
    digest = hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()
    return int(digest[:8], 16) % modulo


def is_complete(entry):
    return entry is not None and entry.get("status") in ("done", "closed")


class Story:
    def __init__(self, graph, as_of, previous=None):
        self.graph = graph
        self.instances = graph["instances"]
        self.as_of = day(as_of)
        # What last month recorded, carried forward: entries, their withheld
        # report or publication dates, and the actions log.
        self.previous_as_of = previous.as_of if previous else None
        self.entries = copy.deepcopy(previous.entries) if previous else {}
        self.withheld = copy.deepcopy(previous.withheld) if previous else {}
        self.actions = list(previous.actions) if previous else []
        self.was_complete = {i for i, e in self.entries.items() if is_complete(e)}
        self.completion = {
            i: day(self.entries[i]["completed"]) for i in self.was_complete}
        self.touched = set()
        for instance_id in sorted(self.was_complete):
            self.add_due_dates(instance_id, self.entries[instance_id])

    def is_report(self, instance_id):
        """A 长期坚持 duty's report of one period: the entry is the report."""
        instance = self.instances[instance_id]
        return instance.get("due_source") == "class" and "#" in instance_id

    def completed_on(self, instance_id):
        """The day an instance is done in the story: before its due date (or
        for an undated duty, early in the plan), never before its prerequisites;
        a duty that was due but open in last month's snapshot is done after it."""
        if instance_id in self.completion:
            return self.completion[instance_id]
        instance = self.instances[instance_id]
        due = day(instance["due"]) if "due" in instance else day("2017-09-15")
        done = due - datetime.timedelta(days=3 + spread(instance_id, "done", 25))
        done = max(done, day("2017-06-10"))
        if self.previous_as_of and done <= self.previous_as_of:
            # Open last month: done since, on time when there is still time.
            room = (due - self.previous_as_of).days
            done = self.previous_as_of + datetime.timedelta(
                days=1 + spread(instance_id, "catch-up", room if room > 0 else 30))
        for prerequisite in instance["dependencies"]:
            done = max(done, self.completed_on(prerequisite) + datetime.timedelta(days=1))
        self.completion[instance_id] = done
        return done

    def add_due_dates(self, instance_id, entry):
        """The report and publication dates of a done entry, once they have
        come (and unless the story withholds them)."""
        if self.is_report(instance_id):
            return
        completed = day(entry["completed"])
        withheld = self.withheld.get(instance_id, ())
        for key, salt, base, spread_days in (
                ("reported", "report", 1, 8), ("published", "publish", 5, 20)):
            if key in entry or key in withheld:
                continue
            on = completed + datetime.timedelta(days=base + spread(instance_id, salt, spread_days))
            if on <= self.as_of:
                entry[key] = on.isoformat()

    def done(self, instance_id, **overrides):
        self.touched.add(instance_id)
        if instance_id in self.was_complete:
            return True
        completed = overrides.pop("completed", None) or self.completed_on(instance_id)
        self.completion[instance_id] = completed
        if completed > self.as_of:
            return False
        for prerequisite in self.instances[instance_id]["dependencies"]:
            if not is_complete(self.entries.get(prerequisite)):
                self.done(prerequisite)
        entry = {"status": "done", "completed": completed.isoformat()}
        withheld = {k for k, v in overrides.items() if v is None}
        if withheld:
            self.withheld[instance_id] = sorted(withheld)
        entry.update({k: v for k, v in overrides.items() if v is not None})
        self.add_due_dates(instance_id, entry)
        self.entries[instance_id] = entry
        return True

    def set(self, instance_id, **entry):
        assert instance_id in self.instances, instance_id
        assert instance_id not in self.was_complete, instance_id
        self.touched.add(instance_id)
        self.entries[instance_id] = entry

    def act(self, actions):
        """Adds to the actions log (the earlier months' actions stay)."""
        for action in actions:
            if action not in self.actions:
                self.actions.append(action)

    def all_due_done(self, skip=()):
        for instance_id in sorted(self.instances):
            due = self.instances[instance_id].get("due")
            if not due or day(due) > self.as_of or instance_id in skip:
                continue
            if instance_id in self.touched or is_complete(self.entries.get(instance_id)):
                continue
            if self.waits(instance_id):
                self.entries.setdefault(instance_id, {"status": "not_started"})
            else:
                self.done(instance_id)

    def waits(self, instance_id):
        """Whether a prerequisite is one of this month's cases and not done: the
        duty waits for it (an open prerequisite carried from last month is
        completed with it)."""
        return any(
            prerequisite in self.touched and not is_complete(self.entries.get(prerequisite))
            for prerequisite in self.instances[instance_id]["dependencies"])

    def upcoming_in_progress(self, days):
        horizon = self.as_of + datetime.timedelta(days=days)
        for instance_id in sorted(self.instances):
            due = self.instances[instance_id].get("due")
            if self.is_report(instance_id):
                continue  # a period's report is filed or not, never half-done
            if due and self.as_of < day(due) <= horizon and instance_id not in self.entries:
                progress = (2 + spread(instance_id, "progress", 7)) / 10
                self.set(instance_id, status="in_progress", progress=progress)

    def write(self, path, metrics=None):
        lines = ["{", f'  "plan": "{PLAN}",', f'  "as_of": "{self.as_of.isoformat()}",']
        lines.append('  "obligations": {')
        items = sorted(self.entries.items())
        for index, (instance_id, entry) in enumerate(items):
            comma = "," if index < len(items) - 1 else ""
            lines.append(f"    {json.dumps(instance_id)}: {json.dumps(entry, ensure_ascii=False)}{comma}")
        lines.append("  },")
        lines.append('  "metrics": {')
        metric_items = sorted((metrics or {}).items())
        for index, (metric_id, readings) in enumerate(metric_items):
            assert metric_id in self.graph["metric_instances"], metric_id
            comma = "," if index < len(metric_items) - 1 else ""
            readings = [{"on": on, "value": value} for on, value in readings]
            lines.append(f"    {json.dumps(metric_id)}: {json.dumps(readings)}{comma}")
        lines.append("  },")
        lines.append('  "actions": [')
        actions = self.actions
        for index, (action, instance_id, on) in enumerate(actions):
            comma = "," if index < len(actions) - 1 else ""
            record = {"action": action, "instance": instance_id, "on": on}
            lines.append(f"    {json.dumps(record)}{comma}")
        lines.append("  ]")
        lines.append("}")
        with open(path, "w", encoding="utf-8") as output:
            output.write("\n".join(lines) + "\n")


def before_first_deadline(graph, folder):
    story = Story(graph, "2017-06-20")
    story.set("enforcement.eight-industries-assessment", status="in_progress", progress=0.8)
    story.upcoming_in_progress(60)
    story.write(os.path.join(folder, "2017-06-20.json"))
    return story


def autumn_2017(graph, folder, previous):
    story = Story(graph, "2017-10-15", previous)
    story.done("water.sand-plan@lanzhou", completed=day("2017-07-20"))
    story.set("water.sand-plan@zhangye", status="in_progress", progress=0.6, note="规划已送审")
    story.set("rural.no-livestock-zones@dingxi", status="not_started")
    story.done("air.small-boilers@lanzhou", completed=day("2017-09-01"), false_report=True)
    story.done("mechanism.awareness-problems@jiuquan", completed=day("2017-08-20"), published=None)
    story.done("mechanism.local-plans@land-dept", completed=day("2017-07-25"), published=None)
    story.done("mechanism.local-plans@wuwei", completed=day("2017-08-01"), reported=None)
    story.done(
        "mechanism.awareness-problems@tianshui", completed=day("2017-08-25"), reported="2017-09-18")
    # Completed after its class deadline (立行立改: 2017-08-01): late.
    story.done("mechanism.local-plans@baiyin", completed=day("2017-08-10"))
    # 武威市 files no 2017-Q3 report of its 日常调度 (长期坚持, quarterly): missing, 15 days.
    skip = {
        "rural.no-livestock-zones@gannan", "party.quarterly-review@wuwei#2017-Q3",
        "mechanism.local-scheduling@wuwei#2017-Q3",
    }
    story.all_due_done(skip=skip)
    story.upcoming_in_progress(90)
    story.act([
        ("warning", "water.sand-plan@zhangye", "2017-08-05"),
        ("interview", "water.sand-plan@zhangye", "2017-09-01"),
        ("warning", "rural.no-livestock-zones@dingxi", "2017-09-05"),
    ])
    story.write(
        os.path.join(folder, "2017-10-15.json"),
        metrics={
            "air.pm25@lanzhou": [("2017-09-30", 44.2)],
            "water.national-sections-good": [("2017-06-30", 89.6), ("2017-09-30", 89.0)],
            "water.city-sewage-treatment": [("2017-09-30", 93.5)],
        })
    return story


def early_2018(graph, folder, previous):
    story = Story(graph, "2018-02-15", previous)
    story.done("water.sand-plan@zhangye", completed=day("2017-11-20"))
    story.set("rural.no-livestock-zones@dingxi", status="in_progress", progress=0.7)
    # air.small-boilers@lanzhou keeps its false report of 2017-09-01 on the record (the log
    # is not rewritten); its 约谈 of 2017-10-25 is shown as taken.
    story.set("responsibility.annual-targets@longnan#2017", status="in_progress", progress=0.85)
    story.set("water.industrial-park-treatment@pingliang", status="in_progress", progress=0.5)
    story.done("capacity.drone-satellite-use", completed=day("2018-01-20"), published=None)
    # water.river-attainment@dingxi is a class-tagged task (限期整改: due 2017-12-31 from
    # its class) not started: overdue, and 四(五)2(1)'s 挂牌督办 applies.
    story.set("water.river-attainment@dingxi", status="not_started")
    # 武威市 files its 2017-Q3 report late, and none for 2017-Q4: 46 days missing, 约谈 (五(二)).
    story.all_due_done(skip={
        "rural.close-livestock-farms@dingxi", "water.river-attainment@dingxi",
        "mechanism.local-scheduling@wuwei#2017-Q4",
    })
    story.upcoming_in_progress(60)
    story.act([
        ("interview", "rural.no-livestock-zones@dingxi", "2017-10-20"),
        ("interview", "air.small-boilers@lanzhou", "2017-10-25"),
        # The 约谈 of 2017-10-15's 五(二) findings, held: shown as taken from now on.
        ("interview", "mechanism.awareness-problems@jiuquan", "2017-10-25"),
        ("interview", "mechanism.local-plans@land-dept", "2017-10-25"),
        ("interview", "mechanism.local-plans@wuwei", "2017-10-25"),
        ("warning", "water.industrial-park-treatment@pingliang", "2018-01-05"),
        ("interview", "resources.water-use-2017", "2018-01-10"),
    ])
    story.write(
        os.path.join(folder, "2018-02-15.json"),
        metrics={
            "water.national-sections-good": [("2017-09-30", 89.0), ("2017-12-31", 90.0)],
            "resources.productivity": [("2017-12-31", 5300)],
            # The 2017 cap on water use missed; 省环保厅 interviewed 省水利厅 on
            # 2018-01-10, and the target is still missed 36 days later: 问责 (四(十)3).
            "resources.water-use-2017": [("2017-12-31", 121.3)],
        })
    return story


def end_2020(graph, folder, previous):
    story = Story(graph, "2020-12-31", previous)
    story.set("responsibility.annual-targets@longnan#2020", status="in_progress", progress=0.9)
    story.set("goals.black-odorous-water@tianshui", status="in_progress", progress=0.95)
    story.all_due_done()
    final = "2020-12-31"
    metrics = {}
    for metric_id, metric_instance in sorted(graph["metric_instances"].items()):
        metric = graph["metrics"][metric_instance["metric"]]
        target = metric["target"]
        if target["by"] != final:
            continue
        bound = "at_most" if "at_most" in target else "at_least"
        value = target[bound]
        margin = abs(value) * (1 + spread(metric_id, "margin", 5)) / 100
        metrics[metric_id] = [(final, round(value - margin if bound == "at_most" else value + margin, 2))]
    metrics["emissions.cod"] = [(final, 34.1)]
    metrics["air.pm25@lanzhou"] = [(final, 40)]
    metrics["water.city-sewage-treatment"] = [("2020-06-30", 94.5), (final, 94.8)]
    story.act([
        ("interview", "capacity.drone-satellite-use", "2018-03-20"),
        ("warning", "goals.black-odorous-water@tianshui", "2020-10-10"),
        ("interview", "goals.black-odorous-water@tianshui", "2020-11-20"),
    ])
    story.write(os.path.join(folder, "2020-12-31.json"), metrics=metrics)
    return story


def main():
    graph = json.load(open(sys.argv[1], encoding="utf-8"))
    folder = sys.argv[2]
    june = before_first_deadline(graph, folder)
    autumn = autumn_2017(graph, folder, june)
    spring = early_2018(graph, folder, autumn)
    end_2020(graph, folder, spring)


if __name__ == "__main__":
    main()
