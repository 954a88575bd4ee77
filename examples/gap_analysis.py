"""Where did ตราด lose its points in FY 2564, and what is the cheapest way to pass?

The published FY 2564 row of ตราด (NACC regional report, group 2, p. 168): indicators 1–10 and a total of
81.45, level B. This prints the gap analysis, checks the cheapest route by scoring it again, tries a
what-if, and compares the province with its FY 2563 result.

Run: ``python examples/gap_analysis.py``
"""

# expect: 10  corruption prevention
# expect: cheapest route to A: 9 72.89 → 78.09, 10 65.56 → 78.09 (+17.73 indicator points in all)
# expect: after the route: 85.00 A
# expect: ตราด 2563 → ตราด 2564: total 75.62 → 81.45 (+5.83), level B → B

from __future__ import annotations

import itakit

TRAT_2563 = {1: "92.57", 2: "86.13", 3: "90.08", 4: "85.98", 5: "88.04",
             6: "83.67", 7: "82.11", 8: "79.29", 9: "69.94", 10: "52.78"}  # fmt: skip
TRAT_2564 = {1: "93.55", 2: "87.72", 3: "91.01", 4: "87.93", 5: "89.52",
             6: "90.55", 7: "88.68", 8: "88.58", 9: "72.89", 10: "65.56"}  # fmt: skip


def main() -> None:
    card = itakit.framework(2564).score_indicators(TRAT_2564, agency="ตราด")
    gaps = card.gaps()
    print(gaps.format(lang="en", digits="arabic"))

    after = card.what_if(gaps.to_pass)  # a new card; `card` is unchanged
    print(f"\nafter the route: {after.total} {after.level}")
    print(f"what if indicator 10 reached 90: {card.what_if({10: 90}).total}")

    before = itakit.framework(2563).score_indicators(TRAT_2563, agency="ตราด")
    comparison = itakit.compare(before, card)
    print(f"\n{comparison.title(lang='en')}")
    for change in comparison.largest(3):
        print(f"  {change.number:>2} {change.indicator.name_en:<28} {change.change:+}")


if __name__ == "__main__":
    main()
