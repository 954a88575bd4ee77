"""How long `import itakit` takes in a fresh process, and what it loads.

Run on demand: `python benchmarks/import_time.py [runs]`. Bytecode is compiled first (one warm-up import), then
each run starts a new interpreter and times `import itakit` inside it with `time.perf_counter`, so interpreter
start-up is not counted. The same is measured for the first edition (`itakit.framework(2567)`) and for the first
score, which load the rules and NumPy. The median of the runs is printed, with every run.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

PROBE = """
import sys, time
start = time.perf_counter()
import itakit
imported = time.perf_counter()
fw = itakit.framework(2567)
edition = time.perf_counter()
fw.score_indicators(dict.fromkeys(range(1, 11), 90))
scored = time.perf_counter()
loaded = sorted(m for m in sys.modules if m.startswith("itakit"))
print(imported - start, edition - imported, scored - edition, len(loaded))
"""


def main(runs: int = 5) -> None:
    subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True
    )  # compile bytecode
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
        ).stdout.split()
        samples.append((float(out[0]), float(out[1]), float(out[2]), int(out[3])))
    for name, column in (("import itakit", 0), ("first edition", 1), ("first score", 2)):
        values = [sample[column] * 1000 for sample in samples]
        runs_text = ", ".join(f"{value:.1f}" for value in values)
        print(f"{name}: median {statistics.median(values):.1f} ms (runs: {runs_text})")
    print(f"itakit modules after the first score: {samples[-1][3]}")
    median = statistics.median(sample[0] for sample in samples) * 1000
    print(f"import_time: import itakit {median:.1f} ms, median of {runs} fresh processes")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
