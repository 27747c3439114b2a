#!/usr/bin/env python3
"""What a rules release moves, before it lands.

Records which labelled comments the built screener reads wrongly, at both sensitivities, and
compares two such records: every comment whose predicted level changed, with its id, label and
levels before and after, never its text, so that the held-out sets stay unread
(tests/data/screening/LABELLING.md, "The held-out set must not be used for tuning"). A release
lands only when no training comment moves away from its label; held-out comments are reported,
never tuned to.

    tools/screen_release_check.py record NAME [--unrun SET,SET...] [--build DIR]
    tools/screen_release_check.py compare BEFORE AFTER

Record before changing the rules, rebuild, record again, compare. Each release is compared as
built: the rules, the spelling file made from their words (rapport_screen_spelling) and the
code together; screening with an older rules file through --rules would pair it with the newer
spelling file, which is not the release that was. --unrun names the held-out sets kept unrun for a
model decision (LABELLING.md says which); they are left out. Records go to DIR/release-check/.
Run from the repository root after building. compare exits with 1 when a training comment moved
away from its label, 0 otherwise; 2 is a usage error.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

DATA = "tests/data/screening"
ERROR_LINE = re.compile(r"^  (\S+)  label=(\w+)(?: \(hard\))?  predicted=(\w+)")
SENSITIVITIES = ("standard", "high")


def labelled_sets(unrun):
    training = [f"{DATA}/dev.jsonl", "tests/screening/own_cases.jsonl"]
    training += sorted(glob.glob(f"{DATA}/train*.jsonl")) + sorted(glob.glob(f"{DATA}/next/*.jsonl"))
    held_out = [f for f in sorted(glob.glob(f"{DATA}/holdout*.jsonl"))
                if os.path.basename(f)[: -len(".jsonl")] not in unrun]
    return {"training": training, "held-out": held_out}


def comment_ids(files):
    ids = set()
    for path in files:
        with open(path, encoding="utf-8") as lines:
            ids.update(json.loads(line)["id"] for line in lines if line.strip())
    return ids


def misread(evaluator, sensitivity, files):
    """Maps the id of every comment read wrongly to [label, predicted level]."""
    output = subprocess.run([evaluator, "--errors", "--at-sensitivity", sensitivity] + files, check=True,
                            capture_output=True, text=True).stdout
    wrong = {}
    for line in output.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            wrong[match.group(1)] = [match.group(2), match.group(3)]
    return wrong


def record(args):
    evaluator = os.path.join(args.build, "tools", "rapport_screen_eval")
    if not os.access(evaluator, os.X_OK):
        print(f"{evaluator} not found: build first", file=sys.stderr)
        return 2
    unrun = {name for name in args.unrun.split(",") if name}
    sets = labelled_sets(unrun)
    result = {title: {s: misread(evaluator, s, files) for s in SENSITIVITIES} for title, files in sets.items()}
    result["screened"] = {title: sorted(comment_ids(files)) for title, files in sets.items()}
    directory = os.path.join(args.build, "release-check")
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, args.name + ".json")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1, sort_keys=True)
    print(path)
    return 0


def moves(before, after, screened):
    """(id, label, before, after) for each comment of `screened` whose predicted level changed."""
    changed = []
    for item in sorted((set(before) | set(after)) & screened):
        label = (before.get(item) or after.get(item))[0]
        old = before.get(item, [label, label])[1]
        new = after.get(item, [label, label])[1]
        if old != new:
            changed.append((item, label, old, new))
    return changed


def load(name):
    path = name if name.endswith(".json") else os.path.join("build", "release-check", name + ".json")
    with open(path, encoding="utf-8") as data:
        return json.load(data)


def compare(args):
    before, after = load(args.before), load(args.after)
    moved_away = 0
    for title in ("training", "held-out"):
        # Only comments both records screened: a set added or left out between them is not a move.
        both = set(before["screened"][title]) & set(after["screened"][title])
        for sensitivity in SENSITIVITIES:
            changed = moves(before[title][sensitivity], after[title][sensitivity], both)
            print(f"{title}, {sensitivity}: {len(changed)} of {len(both)} comments change level")
            for item, label, old, new in changed:
                towards = "to its label" if new == label else ("away" if old == label else "still wrong")
                print(f"  {item}  label={label}  {old} -> {new}  ({towards})")
                if title == "training" and towards == "away":
                    moved_away += 1
    return 1 if moved_away else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    recording = commands.add_parser("record", help="record what the built screener reads wrongly")
    recording.add_argument("name")
    recording.add_argument("--unrun", default="", help="held-out sets kept unrun, comma-separated")
    recording.add_argument("--build", default="build", help="the build directory")
    comparing = commands.add_parser("compare", help="list the comments whose level changed")
    comparing.add_argument("before")
    comparing.add_argument("after")
    args = parser.parse_args()
    return record(args) if args.command == "record" else compare(args)


if __name__ == "__main__":
    sys.exit(main())
