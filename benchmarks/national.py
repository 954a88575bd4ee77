"""A whole nation scored as users have it: itakit against the strongest plain baselines.

The nation (see ``_nation.py``, seeded): about 8,300 agencies named in Thai,
about 160 respondents each (1.33 million rows, shuffled), FY 2567's 15 IIT and
15 EIT questions, and an OIT table of indicators 9 and 10.  It is written once
as CSV to a temporary folder and read back, as an analyst would: with
``pandas.read_csv`` (answers float64 with NaN for blanks; agency names in
pandas' default string dtype) and with ``polars.read_csv``; once with the
choices as numbers (0–3) and once as the Thai labels (``มาก``).

Timed: from the DataFrame in memory to the ScoreTable with every total and
level, and its ``to_pandas()``.  Baselines, each written as tightly as we
could and checked to give the same totals and levels for every agency:

- ``numpy``: ``pd.factorize(sort=True)`` of the agency, then per column one
  ``np.bincount`` of ``agency × 5 + offset``;
- ``weights``: ``pd.factorize``, then two weighted ``np.bincount`` s a column;
- ``groupby``: ``DataFrame.groupby("agency").mean()``;
- ``labels``: ``pd.factorize`` of every label column, each distinct label
  looked up once, then one ``np.bincount``;
- ``polars``: ``group_by().agg(mean)`` (labels: ``replace_strict`` first).

Methods run alternately, once a round in a rotating order, so that noise from
other work on the machine falls on all of them alike; medians and the ratio of
itakit to the strongest baseline in each round are printed.  Peak memory of one
itakit call is measured separately, as the rise of the process's peak RSS
(Linux ``clear_refs``) and with tracemalloc, against the input DataFrame's
``memory_usage(deep=True)``.  Last, once, the time to build every agency's exact
:class:`~itakit.ScoreCard` from the table (``for card in table``).

Run: ``python benchmarks/national.py [rounds]`` (about a minute; not in CI).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

import _nation as nation
import pandas as pd
import polars as pl

import itakit

ROUNDS = 7


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(title: str, times: dict[str, list[float]], ours: str, against: list[str]) -> float:
    """Print medians and per-round ratios of *ours* to the strongest of *against*; the ratio."""
    best = min(against, key=lambda name: median(times[name]))
    print(f"\n{title}")
    for name, values in times.items():
        marker = "  <- strongest baseline" if name == best else ""
        spread = f"{min(values):.3f}–{max(values):.3f}"
        print(f"  {name:<16} median {median(values):.3f} s  (range {spread}){marker}")
    ratios = [a / b for a, b in zip(times[ours], times[best], strict=True)]
    print(
        f"  ratio {ours}/{best} per round: {' '.join(f'{r:.2f}' for r in ratios)}"
        f"  (median {median(ratios):.2f}, range {min(ratios):.2f}–{max(ratios):.2f})"
    )
    return median(ratios)


def memory(fw: Any, frame: Any, oit: Any, input_bytes: int, what: str) -> None:
    """Peak extra memory of one itakit call (RSS high-water and tracemalloc)."""
    nation.score(fw, frame, oit)  # warm
    before = nation.rss_kib("VmRSS")
    if nation.reset_peak():
        nation.score(fw, frame, oit)
        rss = (nation.rss_kib("VmHWM") - before) * 1024
        rss_text = f"{rss / 2**20:.0f} MiB = {rss / input_bytes:.2f} ×"
    else:
        rss_text = "n/a"
    tracemalloc.start()
    nation.score(fw, frame, oit)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  peak extra memory, {what}: RSS {rss_text}; tracemalloc {peak / 2**20:.0f} MiB ="
        f" {peak / input_bytes:.2f} × the input DataFrame ({input_bytes / 2**20:.0f} MiB)"
    )


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS
    fw = itakit.framework(nation.YEAR)
    rules = nation.Rules(fw)
    names, owner, columns, oit_values = nation.nation_arrays()
    answers = int(sum((~pd.isna(c)).sum() for c in columns.values()))
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        numbers_csv, labels_csv = nation.write_csv(Path(folder), names, owner, columns)
        oit_csv = nation.write_oit(Path(folder), names, oit_values)
        written = time.perf_counter() - start
        del columns, owner
        frame = pd.read_csv(numbers_csv)
        labels = pd.read_csv(labels_csv)
        oit = pd.read_csv(oit_csv, dtype={"9": float, "10": float})
        polars_frame = pl.read_csv(numbers_csv)
        polars_labels = pl.read_csv(labels_csv)
        polars_oit = pl.read_csv(oit_csv, schema_overrides={"9": pl.Float64, "10": pl.Float64})
        size = numbers_csv.stat().st_size + labels_csv.stat().st_size
    input_bytes = int(frame.memory_usage(deep=True).sum())
    labels_bytes = int(labels.memory_usage(deep=True).sum())
    print(
        f"FY {nation.YEAR}: {len(names):,} agencies, {len(frame):,} respondents, {answers:,} answers"
    )
    print(
        f"CSV written once ({size / 2**20:.0f} MiB, {written:.1f} s) and read back; pandas"
        f" {pd.__version__} dtypes: agency {frame['agency'].dtype}, i1 {frame['i1'].dtype},"
        f" labels {labels['i1'].dtype}; polars {pl.__version__}: i1 {polars_frame['i1'].dtype}"
    )

    table, ours = nation.score(fw, frame, oit)
    print(f"agencies rescored exactly near a rounding tie: {table.published_values.rescored}")
    for name, run in (
        ("numpy", nation.numpy_baseline),
        ("weights", nation.weights_baseline),
        ("groupby", nation.groupby_baseline),
    ):
        nation.same_results(table, ours, run(rules, frame, oit), name)
    nation.same_results(table, ours, nation.score(fw, labels, oit)[1], "itakit labels")
    nation.same_results(table, ours, nation.labels_baseline(rules, labels, oit), "labels")
    nation.same_results(table, ours, nation.score(fw, polars_frame, polars_oit)[1], "polars")
    nation.same_results(table, ours, nation.score(fw, polars_labels, polars_oit)[1], "polars lab")
    polars_base = nation.polars_baseline(rules, polars_frame, polars_oit)
    nation.same_results(table, ours, polars_base, "polars baseline")
    polars_lab = nation.polars_labels_baseline(rules, polars_labels, polars_oit)
    nation.same_results(table, ours, polars_lab, "polars labels baseline")
    print("totals and levels: every agency equal in itakit and every baseline, every variant")

    numbers = nation.alternate(
        {
            "itakit": lambda: nation.score(fw, frame, oit),
            "numpy": lambda: nation.numpy_baseline(rules, frame, oit),
            "weights": lambda: nation.weights_baseline(rules, frame, oit),
            "groupby": lambda: nation.groupby_baseline(rules, frame, oit),
        },
        rounds,
    )
    ratio = report("pandas, choices as numbers", numbers, "itakit", ["numpy", "weights", "groupby"])
    texts = nation.alternate(
        {
            "itakit": lambda: nation.score(fw, labels, oit),
            "labels": lambda: nation.labels_baseline(rules, labels, oit),
        },
        rounds,
    )
    labels_ratio = report("pandas, choices as Thai labels", texts, "itakit", ["labels"])
    polars_times = nation.alternate(
        {
            "itakit": lambda: nation.score(fw, polars_frame, polars_oit),
            "polars": lambda: nation.polars_baseline(rules, polars_frame, polars_oit),
            "numpy (pandas)": lambda: nation.numpy_baseline(rules, frame, oit),
        },
        rounds,
    )
    report("polars, choices as numbers", polars_times, "itakit", ["polars"])
    polars_texts = nation.alternate(
        {
            "itakit": lambda: nation.score(fw, polars_labels, polars_oit),
            "polars": lambda: nation.polars_labels_baseline(rules, polars_labels, polars_oit),
        },
        rounds,
    )
    report("polars, choices as Thai labels", polars_texts, "itakit", ["polars"])

    print("\nmemory")
    memory(fw, frame, oit, input_bytes, "pandas numbers")
    memory(fw, labels, oit, labels_bytes, "pandas labels")
    start = time.process_time()
    cards = sum(1 for _ in table)
    print(
        f"\nevery agency's exact card (for card in table): {cards} cards in"
        f" {time.process_time() - start:.2f} s of CPU"
    )
    best = min(("numpy", "weights", "groupby"), key=lambda name: median(numbers[name]))
    print(
        f"national: {len(table)} agencies, {answers} answers, itakit"
        f" {median(numbers['itakit']):.2f} s, baseline {median(numbers[best]):.2f} s,"
        f" ratio {ratio:.2f}, labels ratio {labels_ratio:.2f}"
    )


if __name__ == "__main__":
    main()
