"""One agency from its indicator scores: the time of one ``score_indicators`` call.

ตราด, FY 2564 (the reference's published row: total 81.45, level B), scored
again and again with timeit; the figure is the best of five runs.

Run: ``python benchmarks/one_agency.py`` (target: under 50 µs a call).
"""

from __future__ import annotations

import timeit

import itakit

TRAT = {1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52,
        6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}  # fmt: skip
CALLS = 20_000


def main() -> None:
    fw = itakit.framework(2564)
    card = itakit.score_indicators(fw, TRAT)
    assert (str(card.total), str(card.level)) == ("81.45", "B")
    runs = timeit.repeat(lambda: itakit.score_indicators(fw, TRAT), number=CALLS, repeat=5)
    per_call = min(runs) / CALLS
    print(
        f"one agency: score_indicators {per_call * 1e6:.1f} µs a call (FY 2564, best of 5 × {CALLS:,})"
    )


if __name__ == "__main__":
    main()
