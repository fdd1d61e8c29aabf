#!/usr/bin/env python3
"""Writes a synthetic plan for rulec's scale benchmark.

The plan has FILES obligation files of OBLIGATIONS obligations each. Every
obligation is the duty of a group of MEMBERS bodies, so it expands to MEMBERS
instances: with the defaults, 10 x 10,000 obligations give 1,000,000
instances. A third of the obligations depend on an earlier one of the same
group whose due month is earlier or the same (dependencies are matched body
by body, and no warning is reported). Every obligation cites a passage of the
source document, which is copied next to the rules so quotes are checked.

Usage: make-plan.py OUT [--files N] [--obligations N] [--members N]
                        [--groups N] [--document PATH]

Two policies escalate an overdue instance: a warning at once, supervision after
15 days (so `rulec check` of Benchmarks/make-snapshot.py's snapshots finds
escalations as a real plan does).

OUT receives rules/ (plan.yaml, bodies.yaml, policies.yaml,
obligations-NN.yaml) and document.txt. Output is deterministic: the same arguments give the same bytes.
"""

import argparse
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DOCUMENT = os.path.join(HERE, "..", "seeds", "env-inspection-rectification-plan.txt")
FIRST_YEAR, FIRST_MONTH, MONTHS = 2017, 7, 42  # due months 2017-07 ... 2020-12


def quotes(document_path, count=400, length=24):
    """Passages of the document (runs of `length` characters of its long lines)."""
    with open(document_path, encoding="utf-8") as document:
        lines = [line.strip() for line in document if len(line.strip()) >= length * 2]
    passages = []
    for line in lines:
        for start in range(0, len(line) - length, length):
            passages.append(line[start:start + length])
    step = max(1, len(passages) // count)
    return passages[::step][:count]


def due_phrase(month_index):
    """The due phrase of a month counted from 2017-07, such as 2018年3月底前."""
    month = FIRST_MONTH - 1 + month_index
    return f"{FIRST_YEAR + month // 12}年{month % 12 + 1}月底前"


def write_bodies(path, groups, members):
    with open(path, "w", encoding="utf-8") as out:
        out.write("bodies:\n  office: {name: 整改办公室}\n")
        for group in range(groups):
            out.write(f"  g{group:03}:\n    name: 第{group}片区各单位\n    members:\n")
            for member in range(members):
                out.write(f"      - b{group:03}-{member:02}\n")
        for group in range(groups):
            for member in range(members):
                out.write(f"  b{group:03}-{member:02}: {{name: 第{group}片区第{member}单位}}\n")


def write_policies(path, passages):
    with open(path, "w", encoding="utf-8") as out:
        out.write("policies:\n")
        for name, when, action in [
            ("warn-overdue", "violation == overdue", "warning"),
            ("supervise-overdue", "violation == overdue and days_overdue > 15", "supervision"),
        ]:
            out.write(f"  {name}:\n    when: {when}\n    action: {action}\n    by: office\n")
            out.write("    source:\n      section: 五(三)\n")
            out.write(f"      quote: {json.dumps(passages[0], ensure_ascii=False)}\n")


def write_obligations(path, file_index, per_file, total, groups, passages):
    with open(path, "w", encoding="utf-8") as out:
        out.write("obligations:\n")
        for local in range(per_file):
            number = file_index * per_file + local
            group = number % groups
            month = number * MONTHS // total
            out.write(f"  f{file_index:02}.o{local:05}:\n")
            out.write(f"    title: 第{file_index}号文件第{local}项整改任务\n")
            out.write("    source:\n")
            out.write(f"      section: 四({number % 12 + 1}){number % 7 + 1}\n")
            out.write(f"      quote: {json.dumps(passages[number % len(passages)], ensure_ascii=False)}\n")
            out.write(f"    responsible: g{group:03}\n")
            # The same group's obligation `groups` earlier: never a later month.
            if number % 3 == 0 and number >= groups:
                earlier = number - groups
                out.write(f"    depends_on: [f{earlier // per_file:02}.o{earlier % per_file:05}]\n")
            out.write(f"    due: {due_phrase(month)}\n")


def plan_arguments(description):
    """The arguments that shape the plan (make-snapshot.py takes them too)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=10)
    parser.add_argument("--obligations", type=int, default=10_000, help="per file")
    parser.add_argument("--members", type=int, default=10, help="bodies per group")
    parser.add_argument("--groups", type=int, default=100)
    return parser


def main():
    parser = plan_arguments(__doc__.split("\n")[0])
    parser.add_argument("--document", default=DEFAULT_DOCUMENT)
    args = parser.parse_args()

    rules = os.path.join(args.out, "rules")
    os.makedirs(rules, exist_ok=True)
    shutil.copyfile(args.document, os.path.join(args.out, "document.txt"))
    with open(os.path.join(rules, "plan.yaml"), "w", encoding="utf-8") as out:
        out.write(
            "plan:\n  id: synthetic-scale\n  title: 规模测试计划\n"
            "  document: ../document.txt\n  effective: 2017-07-01\n")
    write_bodies(os.path.join(rules, "bodies.yaml"), args.groups, args.members)
    passages = quotes(args.document)
    write_policies(os.path.join(rules, "policies.yaml"), passages)
    total = args.files * args.obligations
    for file_index in range(args.files):
        write_obligations(
            os.path.join(rules, f"obligations-{file_index:02}.yaml"), file_index,
            args.obligations, total, args.groups, passages)


if __name__ == "__main__":
    main()
