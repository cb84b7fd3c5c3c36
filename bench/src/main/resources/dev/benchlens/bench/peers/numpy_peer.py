"""Benchlens NumPy peer: measures the suite's operations with NumPy, as the JMH benchmarks measure the Java ones.

dtypes are float32, float64 and int32; for int32, sums are int64, means and scaled arrays float64, and
broadcast_add wraps around in int32, as NumPy computes them.

Reads one JSON request on stdin:
  {"cases": [{"shape": [rows, cols], "dtype": "float32", "layout": "contiguous", "ops": ["sum", ...]}],
   "warmup": 3, "iterations": 5, "iteration_seconds": 0.1}
and writes JSON lines: first {"numpy_version": ..., "python_version": ...}, then one line per (case, op) with
"samples": seconds per operation, one per timed iteration. Like JMH's average-time mode, every iteration calls
the operation until iteration_seconds have passed and reports elapsed time / calls.
"""
import json
import platform
import sys
import time

import numpy as np

SCALE = 1.0009765625


def make_inputs(rows, cols, dtype, layout):
    if layout == "contiguous":
        a = np.arange(rows * cols, dtype=dtype).reshape(rows, cols)
    else:  # the transposed view of a row-major cols x rows array, as the Java side builds it
        a = np.arange(rows * cols, dtype=dtype).reshape(cols, rows).T
    v = np.arange(cols, dtype=dtype)
    return a, v


def operation(name, a, v):
    out = np.empty_like(a)  # keeps a's layout, like the Java side's out buffer
    # int32 means and int32 * float are float64 in NumPy; float inputs keep their own type
    result_dtype = np.result_type(a.dtype, np.float64) if np.issubdtype(a.dtype, np.integer) else a.dtype
    scaled = np.empty_like(a, dtype=result_dtype)
    axis0 = np.empty(a.shape[1], dtype=result_dtype)
    axis1 = np.empty(a.shape[0], dtype=result_dtype)
    ops = {
        "sum": lambda: np.sum(a),
        "mean": lambda: np.mean(a),
        "mean_axis0": lambda: np.mean(a, axis=0, out=axis0),
        "mean_axis1": lambda: np.mean(a, axis=1, out=axis1),
        "broadcast_add": lambda: a + v,
        "broadcast_add_out": lambda: np.add(a, v, out=out),
        "scale": lambda: a * SCALE,
        "scale_out": lambda: np.multiply(a, SCALE, out=scaled),
    }
    return ops[name]


def batch_size(fn):
    """Calls per clock read, so that reading the clock costs under 1% of a batch (about 1 ms)."""
    start = time.perf_counter()
    fn()
    once = max(time.perf_counter() - start, 1e-7)
    return max(1, int(1e-3 / once))


def iteration(fn, seconds, batch):
    calls = 0
    start = time.perf_counter()
    while True:
        for _ in range(batch):
            fn()
        calls += batch
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return elapsed / calls


def main():
    request = json.load(sys.stdin)
    print(json.dumps({"numpy_version": np.__version__, "python_version": platform.python_version()}), flush=True)
    for case in request["cases"]:
        rows, cols = case["shape"]
        a, v = make_inputs(rows, cols, case["dtype"], case["layout"])
        for name in case["ops"]:
            fn = operation(name, a, v)
            batch = batch_size(fn)
            for _ in range(request["warmup"]):
                iteration(fn, request["iteration_seconds"], batch)
            samples = [iteration(fn, request["iteration_seconds"], batch) for _ in range(request["iterations"])]
            print(json.dumps({"shape": [rows, cols], "dtype": case["dtype"], "layout": case["layout"], "op": name,
                              "samples": samples}), flush=True)


if __name__ == "__main__":
    main()
