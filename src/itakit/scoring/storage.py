"""Score cards and tables stored as JSON, and read back: ``dump_*``, ``load_*``, ``loads_*``.

``dump_card(card)`` returns the JSON text of :meth:`ScoreCard.to_json`
(exact values included by default, so that :func:`loads_card` gives back an
equal card); with a path it writes the file whole or not at all and returns
None.  ``load_card(path)`` reads a file, ``loads_card(text)`` text.  Tables
likewise.  Reading scores the data again under its year's edition (or the
framework given) and refuses data whose published values differ.

>>> import itakit, pathlib, tempfile
>>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80.125))
>>> loads_card(dump_card(card)) == card
True
>>> path = pathlib.Path(tempfile.mkdtemp()) / "card.json"
>>> dump_card(card, path)
>>> load_card(path).total
Decimal('80.13')
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import attrs
import numpy as np

from itakit._files import atomic_write, read_text
from itakit._limits import shown
from itakit.errors import InputTypeError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.scoring._json import loads
from itakit.scoring._record import comparable
from itakit.scoring.card import ScoreCard
from itakit.scoring.table import ScoreTable

__all__ = ["dump_card", "dump_table", "load_card", "load_table", "loads_card", "loads_table"]

PathLike = str | os.PathLike[str]


def dump_card(card: ScoreCard, path: PathLike | None = None, *, exact: bool = True) -> str | None:
    """*card* as JSON text, or written to *path* (then None); *exact* keeps the exact values.

    >>> import itakit, json
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> json.loads(dump_card(card))["total"]
    80.0
    """
    if not isinstance(card, ScoreCard):
        raise InputTypeError(f"dump_card() needs a ScoreCard (got {card!r})", value=card)
    text = card.to_json(exact=exact) + "\n"
    if path is None:
        return text
    atomic_write(path, text)
    return None


def loads_card(text: str | bytes, framework: Rules | None = None) -> ScoreCard:
    """The card of JSON *text* (:meth:`ScoreCard.from_json`).

    >>> import itakit
    >>> card = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    >>> loads_card(dump_card(card)).total
    Decimal('90.00')
    """
    return ScoreCard.from_json(text, framework)


def load_card(path: PathLike, framework: Rules | None = None) -> ScoreCard:
    """The card stored in the JSON file at *path*.

    >>> load_card("/no/such/card.json")
    Traceback (most recent call last):
    ...
    itakit.errors.FileAccessError: /no/such/card.json: no such file
    """
    return loads_card(read_text(path), framework)


def dump_table(
    table: ScoreTable, path: PathLike | None = None, *, exact: bool = True
) -> str | None:
    """*table* as JSON text, or written to *path* (then None); *exact* keeps the exact values.

    >>> import itakit, json
    >>> table = itakit.framework(2564).score_indicator_table(
    ...     {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
    >>> json.loads(dump_table(table))["agencies"][0]["total"]
    80.0
    """
    if not isinstance(table, ScoreTable):
        raise InputTypeError(f"dump_table() needs a ScoreTable (got {table!r})", value=table)
    text = table.to_json(exact=exact) + "\n"
    if path is None:
        return text
    atomic_write(path, text)
    return None


def _framework(year: FiscalYear, framework: Rules | None) -> Rules:
    if framework is None:
        from itakit.scoring.framework import framework as edition

        return edition(year)
    if framework.fiscal_year != year:
        raise ValidationError(
            f"the data is for FY {year}, the framework for FY {framework.fiscal_year}",
            value=year.year,
        )
    return framework


def _scores(record: Mapping[str, Any], numbers: list[int]) -> dict[str, Any]:
    exact = record.get("exact")
    if isinstance(exact, Mapping) and isinstance(exact.get("indicator_scores"), Mapping):
        return {str(n): exact["indicator_scores"].get(str(n)) for n in numbers}
    return {str(n): record.get(str(n)) for n in numbers}


def loads_table(text: str | bytes, framework: Rules | None = None) -> ScoreTable:
    """The table of JSON *text*, as :meth:`ScoreTable.to_json` or :func:`dump_table` wrote it.

    >>> import itakit
    >>> table = itakit.framework(2564).score_indicator_table(
    ...     {"agency": ["ก", "ข"], **{str(n): [80, 90.005] for n in range(1, 11)}})
    >>> [card.total for card in loads_table(dump_table(table))]
    [Decimal('80.00'), Decimal('90.01')]
    """
    data = loads(text, what="a score table")
    if not isinstance(data, Mapping) or not isinstance(data.get("agencies"), list):
        raise ValidationError(
            "not a score table's data: expected 'fiscal_year' and 'agencies', as"
            " ScoreTable.to_json() writes them",
            value=data,
        )
    year = FiscalYear.parse(data.get("fiscal_year"))  # type: ignore[arg-type]
    rules = _framework(year, framework)
    numbers = [indicator.number for indicator in rules.indicators]
    records: list[Mapping[str, Any]] = data["agencies"]
    if not all(isinstance(record, Mapping) and "agency" in record for record in records):
        raise ValidationError("not a score table's data: each agency must be a record", value=data)
    columns: dict[str, list[Any]] = {"agency": [record["agency"] for record in records]}
    for number in numbers:
        columns[str(number)] = [_scores(record, numbers)[str(number)] for record in records]
    from itakit.scoring.indicator_table import score_indicator_table

    table = score_indicator_table(rules, columns, agency_column="agency")
    by_agency = {record["agency"]: record for record in records}
    has_exact = all("exact" in record for record in records)
    for again in table._records():
        given = by_agency[again["agency"]]
        for key in ("total", "level", "passed"):
            if comparable(given.get(key)) != comparable(again[key]):
                hint = "" if has_exact else " (write it with exact=True to read it back exactly)"
                raise ValidationError(
                    f"agency {shown(again['agency'])}: the data's {key} ({shown(given.get(key))}) is not what"
                    f" its indicator scores give under this framework ({again[key]}){hint}",
                    value=given.get(key),
                )
    skipped, ignored = data.get("skipped", ()), data.get("ignored_columns", ())
    if not isinstance(skipped, list | tuple) or not all(
        isinstance(entry, Mapping) and isinstance(entry.get("problems", ()), list | tuple)
        for entry in skipped
    ):
        raise ValidationError(
            f"not a score table's data: 'skipped' must be a list of agencies and their problems"
            f" (got {shown(skipped)})",
            value=skipped,
        )
    if not isinstance(ignored, list | tuple):
        raise ValidationError(
            f"not a score table's data: 'ignored_columns' must be a list (got {shown(ignored)})",
            value=ignored,
        )
    changes: dict[str, Any] = {
        "skipped": {entry.get("agency"): tuple(entry.get("problems", ())) for entry in skipped},
        "ignored_columns": tuple(ignored),
    }
    if records and all("IIT_respondents" in record for record in records):
        changes["respondents"] = np.array(
            [
                [by_agency[a]["IIT_respondents"], by_agency[a]["EIT_respondents"]]
                for a in table.agencies
            ],
            dtype=np.int64,
        )
    return attrs.evolve(table, **changes)


def load_table(path: PathLike, framework: Rules | None = None) -> ScoreTable:
    """The table stored in the JSON file at *path* (see :func:`loads_table`).

    >>> load_table("/no/such/table.json")
    Traceback (most recent call last):
    ...
    itakit.errors.FileAccessError: /no/such/table.json: no such file
    """
    return loads_table(read_text(path), framework)
