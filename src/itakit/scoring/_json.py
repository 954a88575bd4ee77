"""Results as JSON-ready data: published values as JSON numbers, stable English keys.

A published value (two decimals, rounded half up) becomes the JSON number
that prints as it (``81.45``); exact values travel only on request, as text
(``"2617/30"``), under the key ``exact``.  Keys never depend on the language:
indicator numbers as text (``"1"``), tools by their code (``"IIT"``), question
codes (``"i1"``).  The JSON Schema of each shape ships in
``itakit/data/schema/``.

>>> from decimal import Decimal
>>> number(Decimal("81.45")), number(Decimal("80.00"))
(81.45, 80.0)
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from itakit.errors import InputTypeError, ParseError
from itakit.scoring._exact import cents, exact_text, published

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard
    from itakit.scoring.oit import OITScores
    from itakit.scoring.table import ScoreTable

__all__ = ["card_dict", "dumps", "loads", "number", "oit_dict", "record_dict", "table_dict"]


def number(value: Decimal) -> float:
    """A published Decimal as the JSON number that prints as it."""
    return float(value)


def _published(value: Fraction) -> float:
    return number(published(cents(value)))


def dumps(data: object, *, indent: int | None = 2) -> str:
    """JSON text with Thai kept readable (no ``\\u0e..`` escapes).

    >>> dumps({"agency": "ตราด", "total": 81.45}, indent=None)
    '{"agency": "ตราด", "total": 81.45}'
    """
    return json.dumps(data, ensure_ascii=False, indent=indent)


def loads(text: str | bytes, *, what: str) -> Any:
    """The data of JSON *text*, or a :class:`~itakit.errors.ParseError` saying where it breaks.

    >>> loads('{"total": 81.45}', what="a card")
    {'total': 81.45}
    >>> loads("{not json", what="a score card")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: not JSON text, as a score card is written: Expecting property name enclosed in double quotes (line 1, column 2)
    """
    if not isinstance(text, str | bytes):
        raise InputTypeError(f"expected JSON text (got {type(text).__name__})", value=text)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ParseError(
            f"not JSON text, as {what} is written: {error.msg} (line {error.lineno},"
            f" column {error.colno})",
            value=text[:80],
            line=error.lineno,
        ) from None
    except UnicodeDecodeError:
        raise ParseError(f"not UTF-8 JSON text, as {what} is written", value=text[:80]) from None


def _tools(values: Mapping[Any, Any], convert: Any = number) -> dict[str, Any]:
    return {str(tool.value): convert(value) for tool, value in values.items()}


def card_dict(card: ScoreCard, *, exact: bool = False) -> dict[str, Any]:
    """What :meth:`ScoreCard.to_dict` gives (see the schema ``score-card.json``)."""
    from itakit.scoring.provisional import provisional_parts

    data: dict[str, Any] = {
        "fiscal_year": card.fiscal_year.year,
        "agency": card.agency,
        "indicator_scores": {str(n): number(s) for n, s in card.indicator_scores.items()},
        "tool_scores": _tools(card.tool_scores),
        "tool_points": _tools(card.tool_points),
        "total": number(card.total),
        "level": str(card.level),
        "passed": card.passed,
        "respondents": None if card.respondents is None else _tools(card.respondents, int),
        "confidence": card.confidence.value,
        "provisional": list(provisional_parts(card)),
    }
    if card.question_scores is not None:
        data["question_scores"] = {
            code: _published(score) for code, score in card.question_scores.items()
        }
    if card.question_respondents is not None:
        data["question_respondents"] = dict(card.question_respondents)
    if exact:
        found: dict[str, Any] = {
            "indicator_scores": {
                str(n): exact_text(s) for n, s in card.indicator_scores_exact.items()
            },
            "tool_scores": _tools(card.tool_scores_exact, exact_text),
            "tool_points": _tools(card.tool_points_exact, exact_text),
            "total": exact_text(card.total_exact),
        }
        if card.question_scores is not None:
            found["question_scores"] = {
                code: exact_text(score) for code, score in card.question_scores.items()
            }
        data["exact"] = found
    return data


def record_dict(record: Mapping[str, Any]) -> dict[str, Any]:
    """One of :meth:`ScoreTable.to_records`' rows with its Decimals as JSON numbers."""
    return {
        key: number(value) if isinstance(value, Decimal) else value for key, value in record.items()
    }


def table_dict(table: ScoreTable, *, exact: bool = False) -> dict[str, Any]:
    """What :meth:`ScoreTable.to_dict` gives (see the schema ``score-table.json``)."""
    rows = [record_dict(record) for record in table.to_records()]
    if exact:
        for row, card in zip(rows, table, strict=True):
            row["exact"] = card_dict(card, exact=True)["exact"]
    return {
        "fiscal_year": table.framework.fiscal_year.year,
        "confidence": table.framework.confidence.value,
        "agencies": rows,
        "skipped": [
            {"agency": agency, "problems": list(problems)}
            for agency, problems in table.skipped.items()
        ],
        "ignored_columns": list(getattr(table, "ignored_columns", ())),
    }


def oit_dict(scores: OITScores, *, exact: bool = False) -> dict[str, Any]:
    """What :meth:`OITScores.to_dict` gives (see the schema ``oit-scores.json``)."""
    data: dict[str, Any] = {
        "indicator_scores": {str(n): number(s) for n, s in scores.indicator_scores.items()},
        "sub_indicator_scores": {
            code: number(s) for code, s in scores.sub_indicator_scores.items()
        },
    }
    if exact:
        data["exact"] = {
            "indicator_scores": {
                str(n): exact_text(s) for n, s in scores.indicator_scores_exact.items()
            },
            "sub_indicator_scores": {
                code: exact_text(s) for code, s in scores.sub_indicator_scores_exact.items()
            },
        }
    return data
