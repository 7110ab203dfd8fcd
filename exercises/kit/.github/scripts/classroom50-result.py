#!/usr/bin/env python3
"""Writes result.json, in Classroom 50's format, from the surefire reports of the public tests.

Run it from the kit's folder after `./mvnw test` (the workflow .github/workflows/public-tests.yml does):

    python3 .github/scripts/classroom50-result.py [REPORTS [TESTS [OUT]]]

    REPORTS  surefire's XML reports               (default target/surefire-reports)
    TESTS    the public test classes' sources     (default src/test/java/dev/nngrade/student)
    OUT      the file written                     (default result.json)

The format is Classroom 50's result contract, "schema": "classroom50/result/v1" (its wiki, page Advanced
Autograding, "The result.json contract"): score, max-score and one entry of "tests" per test. Here an entry
is one exercise: its public test class, with score = the public tests of that exercise that passed,
max-score = their number, passed = all of them passed. An exercise whose class has no report (the build
stopped before the tests, e.g. on a compile error) is an entry 0 of 0, not passed, that says so.

Only the public tests run in a student's repository, so this is the student's progress, never the grade:
the instructor grades the submitted jar with the hidden tests.

The identity fields come from the environment Classroom 50's runner gives an autograder (CLASSROOM,
ASSIGNMENT, SUBMISSION_TAG, COMMIT_URL, RELEASE_URL, REVIEW_URL, OWNER, ASSIGNMENT_TYPE); elsewhere, as in
the kit's own workflow, the commit URL comes from GitHub Actions' variables and the rest is left empty.
"datetime" is the graded commit's committer time (Classroom 50's submission instant), "graded_at" now.

Exit status: 0 when result.json was written, whatever the tests did; 1 when it could not be (no public
test classes found, or the file cannot be written).
"""

import datetime
import json
import os
import pathlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

SCHEMA = "classroom50/result/v1"
# the kit's public test classes say which exercise they test in their Javadoc: （課題: softmax）
EXERCISE_ID = re.compile(r"課題: ([a-z0-9-]+)")


def utc(instant):
    return instant.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def commit_time():
    """The committer time of HEAD, or None outside a git checkout."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True).stdout.strip()
        return utc(datetime.datetime.fromtimestamp(int(out), datetime.timezone.utc))
    except (OSError, subprocess.CalledProcessError, ValueError):
        return None


def read_reports(reports):
    """{top-level test class: [(test name, passed)]} from every TEST-*.xml, and the reports that could not be read."""
    cases, unreadable = {}, []
    for report in sorted(reports.glob("TEST-*.xml")):
        try:
            root = ET.parse(report).getroot()
        except ET.ParseError:
            unreadable.append(report.name)  # e.g. a test JVM that died while writing it
            continue
        for case in root.iter("testcase"):
            cls = case.get("classname", "").split("$")[0]  # a @Nested class counts for the class it is in
            # a test passed when it has no failure, error or skipped element (a skipped test is not passed)
            passed = not any(child.tag in ("failure", "error", "skipped") for child in case)
            cases.setdefault(cls, []).append((case.get("name", "?"), passed))
    return cases, unreadable


def main(argv):
    reports = pathlib.Path(argv[1] if len(argv) > 1 else "target/surefire-reports")
    tests = pathlib.Path(argv[2] if len(argv) > 2 else "src/test/java/dev/nngrade/student")
    out = pathlib.Path(argv[3] if len(argv) > 3 else "result.json")
    sources = sorted(tests.glob("*Tests.java"))
    if not sources:
        print(f"classroom50-result: no public test classes (*Tests.java) in {tests}; run this from the kit's folder", file=sys.stderr)
        return 1
    cases, unreadable = read_reports(reports) if reports.is_dir() else ({}, [])
    package = "dev.nngrade.student"
    entries = []
    for source in sources:
        simple = source.stem
        match = EXERCISE_ID.search(source.read_text(encoding="utf-8"))
        name = f"{match.group(1)} ({simple})" if match else simple
        ran = cases.get(f"{package}.{simple}", [])
        entry = {"test-name": name, "passed": bool(ran) and all(p for _, p in ran),
                 "score": sum(1 for _, p in ran if p), "max-score": len(ran)}
        failed = [n for n, p in ran if not p]
        if failed:
            entry["failed"] = failed
        if not ran:
            entry["note"] = f"no surefire report for {simple}: its tests did not run (see the build's log)"
        entries.append(entry)
    env = os.environ.get
    commit = env("COMMIT_URL") or (
        f"{env('GITHUB_SERVER_URL')}/{env('GITHUB_REPOSITORY')}/commit/{env('GITHUB_SHA')}"
        if env("GITHUB_SERVER_URL") and env("GITHUB_REPOSITORY") and env("GITHUB_SHA") else "")
    now = utc(datetime.datetime.now(datetime.timezone.utc))
    result = {
        "schema": SCHEMA,
        "classroom": env("CLASSROOM", ""),
        "assignment": env("ASSIGNMENT", ""),
    }
    # Classroom 50's runner stamps these itself; they are copied only where it gave them
    for field, var in (("assignment_type", "ASSIGNMENT_TYPE"), ("owner", "OWNER")):
        if env(var):
            result[field] = env(var)
    result.update({
        "submission": env("SUBMISSION_TAG", ""),
        "commit": commit,
        "release": env("RELEASE_URL", ""),
        "review": env("REVIEW_URL") or commit,
        "datetime": commit_time() or now,
        "graded_at": now,
        "score": sum(e["score"] for e in entries),
        "max-score": sum(e["max-score"] for e in entries),
        "tests": entries,
    })
    if unreadable:
        result["unreadable-reports"] = unreadable
    try:
        out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as e:
        print(f"classroom50-result: cannot write {out}: {e}", file=sys.stderr)
        return 1

    lines = [f"{e['test-name']}: {e['score']}/{e['max-score']}" + ("" if e["passed"] else "  ✗") for e in entries]
    print("\n".join(lines))
    print(f"public tests passed: {result['score']}/{result['max-score']} ({sum(e['passed'] for e in entries)}/{len(entries)} exercises complete) -> {out}")
    summary = env("GITHUB_STEP_SUMMARY")
    if summary:  # the run's Summary page on GitHub: the same table, for the student
        with open(summary, "a", encoding="utf-8") as f:
            f.write("### Public tests / 公開テスト\n\n| exercise | passed |\n|---|---|\n")
            f.writelines(f"| {e['test-name']} | {e['score']}/{e['max-score']}{'' if e['passed'] else ' ✗'} |\n" for e in entries)
            f.write(f"\n{result['score']}/{result['max-score']} public tests passed. The grade comes from the instructor's hidden tests.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
