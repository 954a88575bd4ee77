"""A whole nation scored end to end: itakit against a plain NumPy baseline of the same computation.

A seeded synthetic nation under FY 2567 rules (15 IIT + 15 EIT questions):
8,300 agencies, 1.35 million respondents (each agency's count drawn lognormal
around 160, split between IIT and EIT), every question answered on the
four-level scale with about 2 % blanks, and an OIT checklist per agency.
FY 2567 lists no OIT items (the reference calls them unknown), so the
checklists are the 43 items of FY 2564 and are scored with FY 2564's OIT rule
into indicators 9 and 10, which then enter the FY 2567 total.

Answers are float32 columns with NaN for a blank (what a CSV export read with
NumPy or pandas gives); agency ids are int64 codes, rows in random order.

itakit: ``score_oit_table`` then ``score_responses``, published values
included.  Baseline: the same means written directly with ``np.unique`` and
``np.bincount``, rounded with ``floor(x * 100 + 0.5)``.  Both must give the
same totals.  Each is timed best of three; peak memory of one itakit run is
measured with tracemalloc, against the size of the input arrays.

Run: ``python benchmarks/national.py`` (a few seconds; not part of the tests).
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.typing import NDArray

import itakit

AGENCIES = 8_300
RESPONDENTS = 1_350_000
BLANKS = 0.02
SEED = 2567
REPEATS = 3


def synthetic_nation() -> tuple[dict[str, NDArray[Any]], dict[str, NDArray[Any]], int]:
    """Answers (one row per respondent), OIT checklists (one row per agency), answers given."""
    rng = np.random.default_rng(SEED)
    size = rng.lognormal(np.log(160), 0.5, AGENCIES)
    counts = np.maximum(np.rint(size * RESPONDENTS / size.sum()), 10).astype(np.int64)
    counts[-1] += RESPONDENTS - counts.sum()  # exactly 1.35 M respondents
    ids = 10_000 + np.arange(AGENCIES, dtype=np.int64) * 7  # agency codes, not 0..n-1
    agency = np.repeat(ids, counts)
    order = rng.permutation(len(agency))
    agency = agency[order]
    owner = np.repeat(np.arange(AGENCIES), counts)[order]
    internal = rng.random(len(agency)) < 0.4  # about 40 % IIT respondents, 60 % EIT
    quality = rng.normal(2.4, 0.35, AGENCIES)  # each agency's mean answer
    answers: dict[str, NDArray[Any]] = {"agency": agency}
    given = 0
    for prefix, own in (("i", internal), ("e", ~internal)):
        for number in range(1, 16):
            column = np.clip(np.rint(rng.normal(quality[owner], 0.7)), 0, 3).astype(np.float32)
            column[~own | (rng.random(len(agency)) < BLANKS)] = np.nan
            given += int(np.count_nonzero(~np.isnan(column)))
            answers[f"{prefix}{number}"] = column
    diligence = rng.beta(8, 1.2, AGENCIES)  # the share of items each agency publishes
    checklists: dict[str, NDArray[Any]] = {"agency": ids}
    for number in range(1, 44):
        checklists[f"o{number}"] = rng.random(AGENCIES) < diligence
    return answers, checklists, given


def with_itakit(answers: dict[str, NDArray[Any]], checklists: dict[str, NDArray[Any]]) -> Any:
    oit = itakit.score_oit_table(itakit.framework(2564), checklists)
    return itakit.score_responses(itakit.framework(2567), answers, oit=oit)


def with_numpy(
    answers: dict[str, NDArray[Any]], checklists: dict[str, NDArray[Any]]
) -> tuple[NDArray[Any], NDArray[np.float64], NDArray[np.float64]]:
    """The same computation in plain NumPy: agencies, unrounded totals, published totals."""
    labels, inverse = np.unique(answers["agency"], return_inverse=True)
    points = np.array([0, 100 / 3, 200 / 3, 100])
    indicators = []
    for prefix, first in (("i", 1), ("e", 1)):
        per_indicator = 3 if prefix == "i" else 5
        means = []
        for number in range(first, first + 15):
            column = answers[f"{prefix}{number}"]
            answered = ~np.isnan(column)
            who = inverse[answered]
            sums = np.bincount(
                who, weights=points[column[answered].astype(np.int64)], minlength=len(labels)
            )
            means.append(sums / np.bincount(who, minlength=len(labels)))
        for start in range(0, 15, per_indicator):
            indicators.append(np.mean(means[start : start + per_indicator], axis=0))
    sub_items = [
        range(1, 10),
        range(10, 18),
        range(18, 25),
        range(25, 29),
        range(29, 34),
        range(34, 42),
        range(42, 44),
    ]
    shares = [np.mean([checklists[f"o{k}"] for k in items], axis=0) * 100 for items in sub_items]
    at = np.searchsorted(checklists["agency"], labels)
    oit = [np.mean(shares[:5], axis=0)[at], np.mean(shares[5:], axis=0)[at]]
    weights = [6] * 5 + [10] * 3 + [20] * 2
    total = sum(w * s for w, s in zip(weights, [*indicators, *oit], strict=True)) / 100
    return labels, total, np.floor(total * 100 + 0.5) / 100


def best(run: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    answers, checklists, given = synthetic_nation()
    itakit.framework(2567), itakit.framework(2564)  # load the editions before timing
    input_bytes = sum(a.nbytes for a in answers.values()) + sum(
        a.nbytes for a in checklists.values()
    )
    ours, table = best(lambda: with_itakit(answers, checklists))
    baseline, (labels, exact_enough, rounded) = best(lambda: with_numpy(answers, checklists))

    totals = np.array([r["total"] for r in table.to_records()], dtype=np.float64)
    assert table.agencies == tuple(labels.tolist())
    assert np.allclose(
        table.scores @ np.array([6] * 5 + [10] * 3 + [20] * 2) / 100, exact_enough, atol=1e-9
    )
    differ = np.flatnonzero(totals != rounded)
    assert len(differ) == 0, f"{len(differ)} published totals differ from the baseline's"

    tracemalloc.start()
    with_itakit(answers, checklists)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print("edition: FY 2567 (15 IIT + 15 EIT questions); OIT checklists: FY 2564's 43 items")
    print(
        f"respondents: {len(answers['agency']):,} in {AGENCIES:,} agencies;"
        f" input arrays {input_bytes / 2**20:.0f} MiB"
    )
    print(f"agencies rescored exactly near a rounding tie: {table.published_values.rescored:,}")
    print(f"totals: all {len(table):,} equal the baseline's (published, two decimals)")
    print(
        f"peak memory of itakit: {peak / 2**20:.0f} MiB = {peak / input_bytes:.2f} × the input arrays"
    )
    print(
        f"national: {len(table)} agencies, {given} answers, itakit {ours:.2f} s,"
        f" numpy baseline {baseline:.2f} s, ratio {ours / baseline:.2f}"
    )


if __name__ == "__main__":
    main()
