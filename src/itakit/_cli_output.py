"""What the ``itakit`` command writes for ``--format csv`` and ``--format json``.

Machine formats read the same whatever ``--lang`` and ``--digits`` say:
English keys, Arabic digits, decimals as text (``"81.45"``) so that no reader
turns a published value into a float, and Thai text as it is (UTF-8, not
``\\u`` escapes).

>>> print(csv_text(["agency", "total"], [["ตราด", Decimal("81.45")]]), end="")
agency,total
ตราด,81.45
>>> print(json_text({"total": Decimal("81.45"), "level": "ผ่าน"}), end="")
{
  "total": "81.45",
  "level": "ผ่าน"
}
"""

from __future__ import annotations

import enum
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from itakit.fiscal_year import FiscalYear
from itakit.rules.diff import FrameworkDiff
from itakit.rules.framework import Rules
from itakit.rules.registry import Edition
from itakit.scoring import _csv
from itakit.scoring.table import ScoreTable
from itakit.scoring.weighting import plan_of

__all__ = [
    "csv_text",
    "diff_data",
    "diff_rows",
    "edition_rows",
    "indicator_rows",
    "json_text",
    "score_rows",
]

Rows = tuple[list[str], list[list[Any]]]
"""A header and the rows under it."""


def _plain(value: object) -> object:
    """*value* as JSON or CSV holds it: decimals as text, fiscal years as numbers, enums by value."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, FiscalYear):
        return int(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"{type(value).__name__} is not plain data")


def json_text(data: object) -> str:
    """*data* as indented JSON text, Thai as it is, decimals as text; ends in a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_plain) + "\n"


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, bom: bool = False) -> str:
    """A header and its rows as CSV text (the stdlib's quoting, one ``\\n`` per row).

    With *bom* the text starts with a byte-order mark, for Excel (``itakit ... --bom``).
    """
    return _csv.csv_text(header, rows, bom=bom)


def score_rows(table: ScoreTable) -> Rows:
    """One row per agency: agency, indicator scores, tool scores, total, level.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2564),
    ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
    >>> header, rows = score_rows(table)
    >>> header[:3], header[-5:], rows[0][-2:]
    (['agency', '1', '2'], ['IIT', 'EIT', 'OIT', 'total', 'level'], [Decimal('80.00'), 'B'])
    """
    plan = plan_of(table.framework)
    header = ["agency", *map(str, plan.numbers), *(tool.value for tool in plan.tools)]
    header += ["total", "level"]
    return header, [[record[key] for key in header] for record in table._records()]


def edition_rows(editions: Iterable[Edition]) -> Rows:
    """One row per edition: its year, confidence (overall, weights', levels') and titles.

    >>> import itakit
    >>> header, rows = edition_rows(itakit.frameworks()[1:2])
    >>> dict(zip(header, rows[0]))["weights_confidence"]
    'verified'
    """
    header = ["fiscal_year", "confidence", "weights_confidence", "levels_confidence"]
    header += ["title_th", "title_en"]
    rows = [
        [
            int(edition.fiscal_year),
            edition.confidence.value,
            edition.weights_confidence.value,
            edition.levels_confidence.value,
            edition.title_th,
            edition.title_en,
        ]
        for edition in editions
    ]
    return header, rows


def indicator_rows(framework: Rules) -> Rows:
    """One row per indicator: number, names, tool, weight, confidence, sources (``;`` between).

    >>> import itakit
    >>> header, rows = indicator_rows(itakit.framework(2564))
    >>> dict(zip(header, rows[8]))["weight"], rows[8][3]
    ('20', 'OIT')
    """
    header = ["number", "name_th", "name_en", "tool", "weight", "confidence", "sources"]
    rows = [
        [
            indicator.number,
            indicator.name_th,
            indicator.name_en,
            indicator.tool.value,
            format(indicator.weight.normalize(), "f"),
            indicator.confidence.value,
            ";".join(indicator.sources),
        ]
        for indicator in framework.indicators
    ]
    return header, rows


def diff_rows(diff: FrameworkDiff) -> Rows:
    """One row per change: its kind (``weight``, ``question_added``), subject, before and after.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> diff_rows(itakit.diff_frameworks(fw, fw.replace(weights={9: 22, 10: 18})))[1][0]
    ['weight', '9', '20', '22']
    """
    header = ["kind", "subject", "before", "after"]
    rows = [
        [change.kind.name.lower(), change.subject, change.before, change.after] for change in diff
    ]
    return header, rows


def diff_data(diff: FrameworkDiff) -> dict[str, Any]:
    """The diff as plain data: the two labels and the changes, each with its kind's title.

    >>> import itakit
    >>> data = diff_data(itakit.diff_frameworks(itakit.framework(2566), itakit.framework(2567)))
    >>> data["before"], data["changes"][-1]["title"]
    ('FY 2566', 'confidence of the level scheme changed')
    """
    return diff.to_dict()
