"""The README's Editions table against the installed package.

The examples in README.md and docs/*.md run as doctests in the same pytest run
(``--doctest-glob`` in pyproject.toml)."""

from __future__ import annotations

import re
from pathlib import Path

from itakit import framework, frameworks

ROOT = Path(__file__).resolve().parent.parent


def _readme_editions() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Editions\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if re.match(r"\| \d{4} \|", line)]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def _scheme(year: int) -> str:
    levels = framework(year).levels
    first, last = levels.levels[0].label_th, levels.levels[-1].label_th
    kind = "rating" if levels.uses_tool_scores else "letter bands"
    return f"{kind} {first} … {last} ({levels.confidence.value})"


def test_the_readme_editions_table_agrees_with_the_data() -> None:
    expected = [
        [
            str(e.fiscal_year),
            e.confidence.value,
            e.weights_confidence.value,
            _scheme(int(e.fiscal_year)),
        ]
        for e in frameworks()
    ]
    assert _readme_editions() == expected
