#!/usr/bin/env bash
# Times grading a class: N submissions (the demo's honest, partly wrong and untouched students in
# turn), --jobs J, ROUNDS rounds. One JSON line per round and a summary line with medians.
# CPU seconds are the whole machine's busy time from /proc/stat during the round (the sandboxed
# JVMs are not children whose usage the shell could count).
# Usage: scripts/bench-grading.sh [N=132] [JOBS=2] [ROUNDS=3]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-132}; jobs=${2:-2}; rounds=${3:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/nngrade" demo --out "$work/demo" --no-progress >/dev/null 2>&1
mkdir -p "$work/subs"
students=(aiko ben chika)
for i in $(seq 1 "$n"); do cp "$work/demo/submissions/${students[$((i % 3))]}.jar" "$work/subs/s$(printf %04d "$i").jar"; done
busy() { awk '/^cpu /{print ($2+$3+$4+$7+$8)}' /proc/stat; }
hz=$(getconf CLK_TCK)
results=()
for r in $(seq 1 "$rounds"); do
  rm -rf "$work/out"
  b0=$(busy); t0=$(date +%s.%N)
  "$root/nngrade" grade --assignment all-exercises --submissions "$work/subs" --out "$work/out" --jobs "$jobs" --no-progress >/dev/null 2>"$work/err.txt"
  t1=$(date +%s.%N); b1=$(busy)
  line=$(python3 - "$work/out" "$t0" "$t1" "$b0" "$b1" "$hz" "$n" "$jobs" "$r" <<'PY'
import json, glob, statistics, sys
out, t0, t1, b0, b1, hz, n, jobs, r = sys.argv[1:]
ms = [sum(x["millis"] for x in json.load(open(f))["runs"]) for f in glob.glob(out + "/*/timings.json")]
iso = json.load(open(glob.glob(out + "/*/scorecard.json")[0])).get("isolation")
print(json.dumps({"bench": "grade_class", "round": int(r), "submissions": int(n), "jobs": int(jobs), "isolation": iso,
                  "wall_s": round(float(t1) - float(t0), 2), "cpu_s": round((float(b1) - float(b0)) / float(hz), 2),
                  "per_submission_median_s": round(statistics.median(ms) / 1000, 3), "goal_wall_s": 120}))
PY
)
  echo "$line"
  results+=("$line")
done
printf '%s\n' "${results[@]}" | python3 -c '
import json, statistics, sys
rows = [json.loads(l) for l in sys.stdin]
med = lambda k: statistics.median(r[k] for r in rows)
print(json.dumps({"bench": "grade_class_summary", "rounds": len(rows), "submissions": rows[0]["submissions"], "jobs": rows[0]["jobs"],
                  "isolation": rows[0]["isolation"], "median_wall_s": med("wall_s"), "median_cpu_s": med("cpu_s"),
                  "median_per_submission_s": med("per_submission_median_s"), "goal_wall_s": 120, "ratio_wall_over_goal": round(med("wall_s") / 120, 3)}))'
