"""Writes a synthetic comparison run at the full suite's size for .ci/workflow/test/run.sh.

usage: make-run.py SOURCE.json OUT.json FACTOR
Takes a real run (docs/measurements/kernels-20261126.json) and repeats its cases four times with shifted shapes (24 cases), so that the
comparison with main has well over a thousand rows (its Markdown is several times GitHub's comment limit).
FACTOR multiplies every other operation's times, so that a comparison has real changes to report.
"""
import json
import sys

source, out, factor = sys.argv[1], sys.argv[2], float(sys.argv[3])
run = json.load(open(source))
cases = []
for i in range(4):
    for case in run["cases"]:
        copy = json.loads(json.dumps(case))
        shape = copy["shape"]["dims"] if isinstance(copy["shape"], dict) else copy["shape"]  # older files nest it
        copy["shape"] = [d + 8 * i for d in shape]
        for k, op in enumerate(copy["operations"]):
            if k % 2 == 0:
                continue
            for m in op["measurements"]:
                if m["implementation"] == "numpy":
                    continue
                for key in ("mean", "median", "min", "stddev"):
                    m[key] *= factor
                if "ci95" in m:  # files written before the field was dropped
                    m["ci95"] = {k2: v * factor for k2, v in m["ci95"].items()}
                m["raw"] = [v * factor for v in m["raw"]]
        cases.append(copy)
run["cases"] = cases
json.dump(run, open(out, "w"))
