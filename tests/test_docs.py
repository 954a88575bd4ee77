"""The examples in docs/*.md and the README's Editions table, against the installed package."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from itakit import framework, frameworks

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_the_examples_in_the_docs_run(page: Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, report=False, verbose=False)
    assert result.attempted > 0, f"{page.name} has no examples"
    assert result.failed == 0, f"{page.name}: run python -m pytest --doctest-glob='*.md' docs/"


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
