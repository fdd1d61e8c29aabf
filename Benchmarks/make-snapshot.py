#!/usr/bin/env python3
"""Writes status snapshots of make-plan.py's synthetic plan for `rulec check`.

Every instance of the plan has an entry. A quarter of them (every fourth, in
plan order) are still in progress on the snapshot's day, 2021-01-15, after
every due date: each is overdue, which the plan's two policies escalate to a
warning and to supervision. The others are done on the first day of their due
month. The JSON is compact (one entry a line, no other spaces) so that a
million entries stay under the 64 MiB limit on a snapshot (docs/reliability.md).

Usage: make-snapshot.py OUT [--files N] [--obligations N] [--members N]
                            [--groups N] [--split N]

The plan options must be the ones given to make-plan.py. OUT receives
snapshot.json (every entry in one file) and, with --split N, also
split/part-NN.json: the same entries in N files, which `rulec check` merges.
Output is deterministic.
"""

import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = importlib.util.spec_from_file_location("make_plan", os.path.join(HERE, "make-plan.py"))
PLAN = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(PLAN)


def entries(files, per_file, members, groups):
    """(instance id, entry JSON) for every instance, in plan order."""
    total = files * per_file
    count = 0
    for number in range(total):
        file_index, local = divmod(number, per_file)
        group = number % groups
        month = PLAN.FIRST_MONTH - 1 + number * PLAN.MONTHS // total
        year, month = PLAN.FIRST_YEAR + month // 12, month % 12 + 1
        for member in range(members):
            instance = f"f{file_index:02}.o{local:05}@b{group:03}-{member:02}"
            if count % 4 == 0:
                entry = '{"status":"in_progress"}'
            else:
                entry = f'{{"status":"done","completed":"{year}-{month:02}-01"}}'
            count += 1
            yield instance, entry


def write(path, items):
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"plan":"synthetic-scale","as_of":"2021-01-15","obligations":{')
        separator = "\n"
        for instance, entry in items:
            out.write(f"{separator}{json.dumps(instance)}:{entry}")
            separator = ",\n"
        out.write("\n}}\n")


def main():
    parser = PLAN.plan_arguments(__doc__.split("\n")[0])
    parser.add_argument("--split", type=int, default=0, help="also write N files")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    every = list(entries(args.files, args.obligations, args.members, args.groups))
    write(os.path.join(args.out, "snapshot.json"), every)
    if args.split:
        os.makedirs(os.path.join(args.out, "split"), exist_ok=True)
        size = -(-len(every) // args.split)
        for part in range(args.split):
            write(
                os.path.join(args.out, "split", f"part-{part:02}.json"),
                every[part * size:(part + 1) * size])


if __name__ == "__main__":
    main()
