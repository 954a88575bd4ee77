"""One agency: its 200 respondents' answers, its OIT checklist, its indicator scores.

- ``score_responses`` on one agency of 200 respondents (FY 2567, 15 IIT + 15
  EIT questions, seeded, about a third IIT), given as a dict of lists (a
  form's rows read by hand), a dict of NumPy arrays, a pandas DataFrame and a
  polars DataFrame; OIT given as indicator scores.  Target: under 0.3 ms.
  Beside each: the time to read the table's columns out as NumPy alone (the
  least any scorer spends on that input), and once, plain NumPy code computing
  the total (one ``nanmean`` of the stacked columns, then the weights; no
  checks, no exact rounding), checked to agree within half a hundredth.
- the card of that agency (``score_responses(...).card(name)``), what a user of
  one agency reads, and ``.card()`` alone.
- ``score_oit`` on one 43-item checklist of FY 2564 (``{"o1": True, …}``).
  Target: under 30 µs.
- ``score_indicators`` for ตราด, FY 2564 (published total 81.45, level B).
  Target: under 50 µs.

Each figure is the best of five timeit runs, per call, in CPU time of the process
(``time.process_time``: on a shared machine, time spent waiting for a core is
not the code's), with the wall-clock figure beside it.

Run: ``python benchmarks/one_agency.py`` (a few seconds; not in CI).
"""

from __future__ import annotations

import time
import timeit
from collections.abc import Callable
from typing import Any

import numpy as np

import itakit

TRAT = {1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52,
        6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}  # fmt: skip
RESPONDENTS = 200


def per_call(run: Callable[[], Any], calls: int) -> float:
    """Best of five, per call, in CPU seconds of this process (time spent waiting for a core
    on a shared machine is not counted; wall-clock figures are printed beside)."""
    return min(timeit.repeat(run, number=calls, repeat=5, timer=time.process_time)) / calls


def wall(run: Callable[[], Any], calls: int) -> float:
    return min(timeit.repeat(run, number=calls, repeat=5)) / calls


def one_agency() -> dict[str, Any]:
    rng = np.random.default_rng(2567)
    internal = rng.random(RESPONDENTS) < 0.35
    columns: dict[str, Any] = {
        "agency": np.array(["เทศบาลตำบลทรงคนอง"] * RESPONDENTS, dtype=object)
    }
    for prefix, own in (("i", internal), ("e", ~internal)):
        for number in range(1, 16):
            column = np.clip(np.rint(rng.normal(2.4, 0.7, RESPONDENTS)), 0, 3)
            column[~own | (rng.random(RESPONDENTS) < 0.02)] = np.nan
            columns[f"{prefix}{number}"] = column
    return columns


def plain_numpy(fw: Any) -> Callable[[dict[str, Any], dict[int, float]], float]:
    """One agency's total as the strongest plain NumPy code we could write computes it, its
    questions laid out once beforehand: every question's mean in one ``nanmean`` (blanks left
    out), each indicator the mean of its questions' means, the weighted sum."""
    codes = [q.code for q in fw.questions if q.tool.value != "OIT"]
    groups = [
        (i.number, [codes.index(q.code) for q in fw.questions_of(i)])
        for i in fw.indicators
        if fw.questions_of(i)
    ]
    weights = {i.number: float(i.weight) for i in fw.indicators}

    def total(arrays: dict[str, Any], oit: dict[int, float]) -> float:
        means = np.nanmean(np.array([arrays[code] for code in codes]), axis=1) * (100 / 3)
        scores = dict(oit)
        for number, rows in groups:
            scores[number] = float(means[rows].mean())
        return sum(scores[n] * w for n, w in weights.items()) / 100

    return total


def call(fw: Any, name: str) -> Callable[..., Any]:
    method = getattr(fw, name, None)
    if method is not None:
        return method  # type: ignore[no-any-return]
    function = getattr(itakit, name)
    return lambda *args, **kwargs: function(fw, *args, **kwargs)


def main() -> None:
    import pandas as pd
    import polars as pl

    fw, fw64 = itakit.framework(2567), itakit.framework(2564)
    arrays = one_agency()
    lists = {
        name: [None if v != v else v for v in values.tolist()] for name, values in arrays.items()
    }
    oit = {"เทศบาลตำบลทรงคนอง": {9: 88.5, 10: 71.25}}
    score_responses = call(fw, "score_responses")
    frames = {"pandas": pd.DataFrame(arrays), "polars": pl.DataFrame(arrays)}
    questions = [name for name in arrays if name != "agency"]
    reads = {  # the least any scorer spends: the agency and answer columns out as NumPy
        "dict of lists": lambda: np.array([lists[q] for q in questions], dtype=np.float64),
        "dict of NumPy arrays": lambda: np.array([arrays[q] for q in questions]),
        "pandas DataFrame": lambda: (
            frames["pandas"].iloc[:, 1:].to_numpy(),
            frames["pandas"]["agency"].to_numpy(dtype=object),
        ),
        "polars DataFrame": lambda: (
            [frames["polars"].get_column(q).to_numpy() for q in questions],
            frames["polars"].get_column("agency").to_list(),
        ),
    }
    plain, own = plain_numpy(fw), oit["เทศบาลตำบลทรงคนอง"]
    card = score_responses(arrays, oit=oit).card("เทศบาลตำบลทรงคนอง")
    assert abs(plain(arrays, own) - float(card.total)) < 0.006, (plain(arrays, own), card.total)
    print(
        "plain NumPy for one agency from a dict of NumPy arrays (one nanmean, then the weights;"
        f" no checks, no exact rounding): {per_call(lambda: plain(arrays, own), 2000) * 1e3:.3f} ms"
    )
    for (what, table), read in zip(
        (
            ("dict of lists", lists),
            ("dict of NumPy arrays", arrays),
            ("pandas DataFrame", frames["pandas"]),
            ("polars DataFrame", frames["polars"]),
        ),
        reads.values(),
        strict=True,
    ):
        result = score_responses(table, oit=oit)
        assert len(result) == 1
        run = lambda table=table: score_responses(table, oit=oit)  # noqa: E731
        print(
            f"one agency of {RESPONDENTS} respondents ({what}): score_responses"
            f" {per_call(run, 300) * 1e3:.3f} ms a call (wall {wall(run, 300) * 1e3:.3f} ms;"
            f" reading its columns out alone {per_call(read, 300) * 1e3:.3f} ms)"
        )

    # what a user of one agency reads is its card: the table's scoring, then the exact card
    name = "เทศบาลตำบลทรงคนอง"
    scored = score_responses(arrays, oit=oit)
    card_alone = per_call(lambda: scored.card(name), 2000)
    both = per_call(lambda: score_responses(arrays, oit=oit).card(name), 300)
    print(
        f"one agency's card (dict of NumPy arrays): score_responses(...).card() {both * 1e3:.3f} ms"
        f" a call, of which .card() alone {card_alone * 1e3:.3f} ms"
        f" ({len(scored.card(name).question_scores or ())} question scores, exact)"
    )

    checklist = {f"o{k}": k % 7 != 0 for k in range(1, 44)}
    score_oit = call(fw64, "score_oit")
    assert [str(v) for v in score_oit(checklist).indicator_scores.values()] == ["87.42", "68.75"]
    run = lambda: score_oit(checklist)  # noqa: E731
    print(
        f"score_oit on one 43-item checklist (FY 2564): {per_call(run, 5_000) * 1e6:.1f} µs"
        f" a call (wall {wall(run, 5_000) * 1e6:.1f} µs)"
    )

    score_indicators = call(fw64, "score_indicators")
    card = score_indicators(TRAT)
    assert (str(card.total), str(card.level)) == ("81.45", "B")
    run = lambda: score_indicators(TRAT)  # noqa: E731
    print(
        f"score_indicators, one agency (FY 2564): {per_call(run, 20_000) * 1e6:.1f} µs a call"
        f" (wall {wall(run, 20_000) * 1e6:.1f} µs)"
    )


if __name__ == "__main__":
    main()
