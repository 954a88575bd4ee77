"""Load your own framework file, derive a what-if variant, and compare both with itakit's edition.

Run it from anywhere:  python examples/custom_framework.py
"""

from __future__ import annotations

from pathlib import Path

import itakit


def main() -> None:
    """Print what the agency's file changes, then what a what-if on its weights changes."""
    mine = itakit.load_framework(Path(__file__).with_name("custom_framework.toml"))
    shipped = itakit.framework(mine.fiscal_year)
    print(itakit.diff_frameworks(shipped, mine))

    # What if EIT's quality-of-operations indicator weighed 12 and the other two 9?
    # replace() returns a new framework; the weights it sets are marked provisional.
    what_if = mine.replace(weights={6: 12, 7: 9, 8: 9}, title_en="our reading, EIT weights 12/9/9")
    print(itakit.diff_frameworks(mine, what_if))
    print(f"overall confidence of the what-if: {what_if.confidence.value}")


if __name__ == "__main__":
    main()
