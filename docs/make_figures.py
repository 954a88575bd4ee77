"""Draw the figures of docs/analysis.md into docs/_static/.

Run it after changing a plot:  python docs/make_figures.py
It needs the plot extra (pip install -e ".[plot]"); the PNGs it writes are committed.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

import itakit

STATIC = Path(__file__).resolve().parent / "_static"
DPI = 80

TRAT_2563 = {1: "92.57", 2: "86.13", 3: "90.08", 4: "85.98", 5: "88.04",
             6: "83.67", 7: "82.11", 8: "79.29", 9: "69.94", 10: "52.78"}  # fmt: skip
TRAT_2564 = {1: "93.55", 2: "87.72", 3: "91.01", 4: "87.93", 5: "89.52",
             6: "90.55", 7: "88.68", 8: "88.58", 9: "72.89", 10: "65.56"}  # fmt: skip


def synthetic_province(count: int = 120, seed: int = 2567) -> itakit.ScoreTable:
    """Indicator scores of *count* invented agencies under FY 2567 (seeded: the same every run)."""
    rng = np.random.default_rng(seed)
    quality = rng.normal(88, 5, count)
    columns = {
        str(indicator.number): np.clip(quality + rng.normal(0, 4, count), 0, 100).round(2)
        for indicator in itakit.framework(2567).indicators
    }
    agencies = [f"หน่วยงาน {n:03d}" for n in range(1, count + 1)]
    return itakit.framework(2567).score_indicator_table({"agency": agencies, **columns})


def main() -> None:
    STATIC.mkdir(exist_ok=True)
    before = itakit.framework(2563).score_indicators(TRAT_2563, agency="ตราด")
    after = itakit.framework(2564).score_indicators(TRAT_2564, agency="ตราด")
    figures = {
        "analysis-card.png": after.plot(),
        "analysis-compare.png": itakit.compare(before, after).plot(),
        "analysis-levels.png": synthetic_province().plot_levels(),
    }
    for name, figure in figures.items():
        figure.savefig(STATIC / name, dpi=DPI, metadata={"Software": None})
        print(f"wrote {STATIC / name}")


if __name__ == "__main__":
    main()
