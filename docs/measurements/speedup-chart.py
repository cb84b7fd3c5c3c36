#!/usr/bin/env python3
"""Draws the chart of docs/performance.md from a committed artifact: for every case, NumPy's mean time divided by
`auto`'s and by `simd`'s (the table's "numpy / auto" and "numpy / simd" columns), as an SVG of horizontal bars.
Standard library only; the numbers are the artifact's, rounded as the table rounds them.
    usage: python3 docs/measurements/speedup-chart.py ARTIFACT.json OUT.svg"""
import json
import math
import sys
from html import escape

OPERATIONS = ["sum", "mean", "mean_axis0", "mean_axis1", "broadcast_add", "broadcast_add_out", "scale", "scale_out"]
SERIES = [("auto", "#1f6feb", "auto, two threads (BENCHLENS_THREADS=2)"), ("simd", "#d4761c", "simd, one thread")]
SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0}
LABEL_WIDTH, PLOT_WIDTH, BAR, ROW, TOP = 250, 520, 8, 22, 78


def rows(artifact):
    """(label, {implementation: NumPy time / its time}) per case, in the table's order."""
    result = []
    for name in OPERATIONS:
        for case in artifact["cases"]:
            for op in case["operations"]:
                if op["name"] != name:
                    continue
                seconds = {m["implementation"]: m["mean"] * SECONDS[m["unit"]] for m in op["measurements"]}
                if "numpy" not in seconds:
                    continue
                rows_, cols = case["shape"]
                shape = f"{rows_}²" if rows_ == cols else f"{rows_}x{cols}"
                ratios = {impl: seconds["numpy"] / seconds[impl] for impl, _, _ in SERIES if impl in seconds}
                result.append((f"{name} · {case['dtype']} · {shape}", ratios))
    return result


def svg(data, title):
    top = max(r for _, ratios in data for r in ratios.values())
    scale_max = math.ceil(top)
    x = lambda value: LABEL_WIDTH + PLOT_WIDTH * value / scale_max  # noqa: E731
    height = TOP + ROW * len(data) + 40
    width = LABEL_WIDTH + PLOT_WIDTH + 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(title)}</text>']
    for i, (_, colour, name) in enumerate(SERIES):
        lx = 10 + i * 300
        out.append(f'<rect x="{lx}" y="34" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{lx + 18}" y="45">{escape(name)}</text>')
    bottom = TOP + ROW * len(data)
    for tick in range(scale_max + 1):
        out.append(f'<line x1="{x(tick):.1f}" y1="{TOP - 6}" x2="{x(tick):.1f}" y2="{bottom}" stroke="#ddd"/>')
        out.append(f'<text x="{x(tick):.1f}" y="{bottom + 16}" text-anchor="middle">{tick}×</text>')
    out.append(f'<line x1="{x(1):.1f}" y1="{TOP - 14}" x2="{x(1):.1f}" y2="{bottom}" stroke="#444" '
               f'stroke-dasharray="4 3"/>')
    out.append(f'<text x="{x(1) + 4:.1f}" y="{TOP - 8}" fill="#444">as fast as NumPy</text>')
    out.append(f'<text x="{LABEL_WIDTH + PLOT_WIDTH / 2:.1f}" y="{bottom + 34}" text-anchor="middle">'
               f'NumPy time / our time (higher is faster than NumPy)</text>')
    for row, (label, ratios) in enumerate(data):
        y = TOP + ROW * row
        out.append(f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR + 4}" text-anchor="end">{escape(label)}</text>')
        for i, (impl, colour, _) in enumerate(SERIES):
            if impl not in ratios:
                continue
            by = y + 2 + i * BAR
            value = ratios[impl]
            out.append(f'<rect x="{LABEL_WIDTH}" y="{by}" width="{x(value) - LABEL_WIDTH:.1f}" height="{BAR - 1}" '
                       f'fill="{colour}"/>')
            out.append(f'<text x="{x(value) + 3:.1f}" y="{by + BAR - 1}" font-size="9">{value:.2f}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as f:
        artifact = json.load(f)
    started = artifact["metadata"].get("startedAt", "")[:16].replace("T", " ")
    host = artifact["metadata"].get("host", {})
    title = f"Speedup over NumPy per case (run of {started} UTC, {host.get('cores')}-core {host.get('cpuModel')})"
    with open(argv[1], "w", encoding="utf-8") as f:
        f.write(svg(rows(artifact), title))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
