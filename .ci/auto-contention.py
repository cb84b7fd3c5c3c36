"""Reads .ci/auto-contention.sh's JMH files and prints auto / best one-thread kernel per case and condition."""
import json
import pathlib
import re
import statistics
import sys
from collections import defaultdict

LIMIT = 1.25
folder = pathlib.Path(sys.argv[1])
# (condition, case) -> list of ratios over the runs; (case) -> auto means in the quiet runs
ratios = defaultdict(list)
quiet_auto = defaultdict(list)
for path in sorted(folder.glob("busy*-run*.json")):
    busy = re.match(r"busy(\d)", path.name).group(1)
    scores = defaultdict(dict)
    for result in json.loads(path.read_text() or "[]"):
        p = result["params"]
        case = (p["op"], p["dtype"], p["shape"])
        scores[case][p["impl"]] = result["primaryMetric"]["score"]
    for case, by_impl in scores.items():
        singles = [by_impl[i] for i in ("simd", "scalar") if i in by_impl]
        if "auto" in by_impl and singles:
            ratios[(busy, case)].append(by_impl["auto"] / min(singles))
            if busy == "0":
                quiet_auto[case].append(by_impl["auto"])

names = {"0": "as the machine was", "1": "one busy process", "2": "two busy processes"}
print("| condition | operation | dtype | shape | runs | auto / best one-thread: median | worst |")
print("|---|---|---|---|---|---|---|")
worst = 0.0
for (busy, case), values in sorted(ratios.items()):
    worst = max(worst, max(values))
    print(f"| {names[busy]} | {case[0]} | {case[1]} | {case[2]} | {len(values)} | "
          f"{statistics.median(values):.2f} | {max(values):.2f} |")
print()
for busy in sorted({b for b, _ in ratios}):
    w = max(max(v) for (b, _), v in ratios.items() if b == busy)
    print(f"worst ratio, {names[busy]}: {w:.2f}")
cvs = {case: statistics.stdev(v) / statistics.mean(v) for case, v in quiet_auto.items() if len(v) > 1}
if cvs:
    case, cv = max(cvs.items(), key=lambda kv: kv[1])
    print(f"auto's largest CV between runs, as the machine was: {100 * cv:.1f}% ({' '.join(case)})")
print(f"auto's worst ratio to the best one-thread kernel: {worst:.2f} (goal: at most {LIMIT})")
