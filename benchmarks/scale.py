"""Time and peak memory as the nation grows: 1/8, 1, 4 and 12 times (12 fiscal years).

Each size runs in a fresh process: the synthetic nation of ``_nation.py``
multiplied (8,300 × factor agencies, about 160 respondents each, so 12 times
is about 16 million rows and 2.4·10⁸ cells), built straight in memory as a
pandas DataFrame of float64 answers (NaN blanks) and agency names in pandas'
default string dtype (writing a 2-GB CSV teaches nothing more).  itakit
(``score_responses`` + ``to_pandas()``) and the ``pd.factorize`` +
``np.bincount`` baseline are timed alternately (rounds: 5 up to the nation, 3
at 4 times, 1 at 12 times); peak extra memory is the rise of the process's
peak RSS during one itakit call (Linux ``clear_refs``).  Linear growth shows
as a constant time per million answers.

Run: ``python benchmarks/scale.py [factor ...]`` (default ``0.125 1 4 12``;
12 needs about 12 GiB free and a few minutes; not in CI).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

import _nation as nation
import numpy as np
import pandas as pd

import itakit

FACTORS = (0.125, 1.0, 4.0, 12.0)


def one(factor: float) -> dict[str, float]:
    fw = itakit.framework(nation.YEAR)
    rules = nation.Rules(fw)
    names, owner, columns, oit_values = nation.nation_arrays(factor)
    agency = pd.Series(pd.array(names, dtype="str").take(owner), name="agency")
    del owner
    answers = int(sum(np.count_nonzero(~np.isnan(c)) for c in columns.values()))
    frame = pd.DataFrame({"agency": agency, **columns}, copy=False)
    del columns, agency
    oit = pd.DataFrame({"agency": pd.array(names, dtype="str"), "9": oit_values[:, 0],
                        "10": oit_values[:, 1]})  # fmt: skip
    input_bytes = int(frame.memory_usage(deep=True).sum())
    rounds = 5 if factor <= 1 else 3 if factor <= 4 else 1
    table, ours = nation.score(fw, frame, oit)
    nation.same_results(table, ours, nation.numpy_baseline(rules, frame, oit), "numpy")
    del table, ours
    times = nation.alternate(
        {
            "itakit": lambda: nation.score(fw, frame, oit),
            "numpy": lambda: nation.numpy_baseline(rules, frame, oit),
        },
        rounds,
    )
    before = nation.rss_kib("VmRSS")
    nation.reset_peak()
    nation.score(fw, frame, oit)
    extra = (nation.rss_kib("VmHWM") - before) * 1024
    return {
        "factor": factor,
        "agencies": len(names),
        "rows": len(frame),
        "answers": answers,
        "itakit": statistics.median(times["itakit"]),
        "numpy": statistics.median(times["numpy"]),
        "extra": extra,
        "input": input_bytes,
        "peak_rss": nation.rss_kib("VmHWM") * 1024,
        "rounds": rounds,
    }


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(one(float(sys.argv[2]))))
        return
    factors = [float(f) for f in sys.argv[1:]] or list(FACTORS)
    print(
        "factor  agencies        rows       answers  itakit s  s/10⁶ answers  baseline s  ratio"
        "  extra MiB  × input  process peak GiB"
    )
    for factor in factors:
        done = subprocess.run(
            [sys.executable, str(Path(__file__)), "--one", str(factor)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{r['factor']:>6g}  {r['agencies']:>8,}  {r['rows']:>10,}  {r['answers']:>12,}"
            f"  {r['itakit']:>8.2f}  {r['itakit'] / r['answers'] * 1e6:>13.4f}"
            f"  {r['numpy']:>10.2f}  {r['itakit'] / r['numpy']:>5.2f}"
            f"  {r['extra'] / 2**20:>9.0f}  {r['extra'] / r['input']:>7.2f}"
            f"  {r['peak_rss'] / 2**30:>16.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
