#!/usr/bin/python3
"""Validates real `toets eval --format json` output against docs/json-output.schema.json.

Runs the built toets on every example case under examples/ (each folder with an aanvraag.json
or rapport.json, against rules/<scheme>.toets) and on the golden cases of tests/golden/eval/,
then checks each document against the schema with Debian's python3-jsonschema, and checks
what the schema cannot: every exact number reads as a fraction, every receipt digest and byte
count is that of the file on disk (hashlib, independent of toets's own SHA-256), and the
summary counts agree with the results.

Usage: validate_json.py TOETS SOURCE_DIR      exit 0 all valid, 1 something invalid,
                                              77 python3-jsonschema missing (test skipped)
"""
import hashlib
import json
import os
import re
import subprocess
import sys
from fractions import Fraction

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed; run scripts/setup.sh", file=sys.stderr)
    sys.exit(77)

EXACT = re.compile(r"^-?(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$|^-?[1-9][0-9]*/[1-9][0-9]*$")
EMPTY_APPLICATION = "tests/report/empty-application.json"


def example_cases(source):
    """(rules, application, report) for every example folder, in path order."""
    cases = []
    for root, _, files in sorted(os.walk(os.path.join(source, "examples"))):
        if "aanvraag.json" not in files and "rapport.json" not in files:
            continue
        rel = os.path.relpath(root, source)
        scheme = rel.split(os.sep)[1]
        application = os.path.join(rel, "aanvraag.json") if "aanvraag.json" in files else EMPTY_APPLICATION
        report = os.path.join(rel, "rapport.json") if "rapport.json" in files else None
        cases.append((os.path.join("rules", scheme + ".toets"), application, report))
    return cases


def golden_cases(source):
    cases = []
    corpus = os.path.join(source, "tests", "golden", "eval")
    for name in sorted(os.listdir(corpus)):
        command = os.path.join(corpus, name, "command")
        if os.path.isfile(command):
            for line in open(command, encoding="utf-8"):
                if line.startswith("eval "):
                    cases.append(line[5:].split())
    return cases


def exact_numbers(node, path, problems):
    """Every exact number in a value object parses as a Fraction."""
    if isinstance(node, dict):
        if node.get("type") in ("number", "money", "percentage"):
            try:
                Fraction(node["value"])
            except (ValueError, ZeroDivisionError):
                problems.append(f"{path}: {node['value']!r} is not an exact number")
        for key, child in node.items():
            exact_numbers(child, f"{path}.{key}", problems)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            exact_numbers(child, f"{path}[{i}]", problems)


def check_receipt(doc, source, problems):
    files = doc["receipt"]["files"]
    if not any(f["role"] == "rules" for f in files):
        problems.append("receipt: no rule file")
    for f in files:
        data = open(os.path.join(source, f["path"]), "rb").read()
        if hashlib.sha256(data).hexdigest() != f["sha256"]:
            problems.append(f"receipt: SHA-256 of {f['path']} is not {f['sha256']}")
        if len(data) != f["bytes"]:
            problems.append(f"receipt: {f['path']} has {len(data)} bytes, not {f['bytes']}")
    for role in ("application", "report", "previous_report"):
        named = doc["case"][role]
        if named is not None and not any(f["role"] == role and f["path"] == named for f in files):
            problems.append(f"receipt: the {role} {named} is not in the receipt")
    if doc["receipt"]["evaluation_date"] != doc["evaluation_date"]:
        problems.append("receipt: evaluation date differs from the document's")


def check_summary(doc, problems):
    summary = doc["summary"]
    for kind in ("conditions", "indicators", "checks"):
        counted = {verdict: 0 for verdict in summary[kind]}
        for result in doc[kind]:
            counted[result["verdict"]] += 1
        if counted != summary[kind]:
            problems.append(f"summary: {kind} counts {summary[kind]} but the results give {counted}")
    banded = sum(b["count"] for b in summary["bands"])
    if banded != sum(1 for r in doc["indicators"] if r["band"] is not None):
        problems.append("summary: band counts do not add up to the banded indicators")


def main():
    toets, source = sys.argv[1], sys.argv[2]
    schema = json.load(open(os.path.join(source, "docs", "json-output.schema.json"), encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    runs = []
    for rules, application, report in example_cases(source):
        arguments = [rules, "--application", application] + (["--report", report] if report else [])
        runs.append(arguments)
    runs += golden_cases(source)

    failures = 0
    for arguments in runs:
        result = subprocess.run([toets, "eval", *arguments, "--format", "json"], cwd=source, capture_output=True)
        name = " ".join(arguments)
        if result.returncode not in (0, 1):
            print(f"FAIL {name}: toets exited {result.returncode}\n{result.stderr.decode()}")
            failures += 1
            continue
        doc = json.loads(result.stdout)
        problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]
        if not problems:
            exact_numbers(doc, "$", problems)
            check_receipt(doc, source, problems)
            check_summary(doc, problems)
            if doc["summary"]["all_met"] != (result.returncode == 0):
                problems.append(f"summary.all_met is {doc['summary']['all_met']} but toets exited {result.returncode}")
        if problems:
            failures += 1
            print(f"FAIL {name}")
            for problem in problems[:20]:
                print(f"  {problem}")
        else:
            print(f"ok   {name}")
    print(f"{len(runs) - failures} of {len(runs)} JSON reports valid")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
