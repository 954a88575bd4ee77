"""Score files: a CSV, Excel, TOML or JSON file of scores or answers, scored in one call.

:func:`score_file` reads what the ``itakit score`` command reads:

- a CSV or a workbook sheet (``.xlsx``, with the ``excel`` extra) of indicator
  scores, ``agency,1,2,…,10``, one row per agency;
- a CSV or a workbook sheet of answers, ``agency,i1,…,e15``, one row per
  respondent (blank cells are blanks), or one row per answer (agency,
  respondent, question, answer), with the OIT from a second file (*oit*).
  Survey exports are read as they come: the agency column by its common
  names, question columns by their code in any form (``i1. ท่านรู้…``), other
  columns (timestamp, e-mail, comments) left out and listed in the result's
  ``ignored_columns``;
- a TOML or JSON file of indicator scores: ``fiscal_year`` and a table
  ``agencies`` of agency → ``{indicator: score}``, or one agency as
  :meth:`ScoreCard.to_dict` writes it (``agency`` and ``indicator_scores``),
  or many as :meth:`ScoreTable.to_dict` writes them (exact scores where the
  data has them).

An OIT file is a CSV (``agency,9,10``, or ``agency,o1,…``) or a TOML/JSON
file with ``agencies`` of agency → ``{9: score, 10: score}`` or a checklist.
The fiscal year comes from *year*, or from the file (a ``fiscal_year`` key,
or a ``fiscal_year`` column with one value); if both are given they must agree.

>>> from importlib.resources import files
>>> data = files("itakit.data")
>>> table = score_file(data / "example_answers.csv", oit=data / "example_oit.toml")
>>> table.card("อบต. ตัวอย่าง (สมมติ)").total
Decimal('87.61')
"""

from __future__ import annotations

import csv
import io
import json
import os
import tomllib
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from itakit.errors import InputTypeError, ParseError, ScoringError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.scoring._answer_columns import Extra
from itakit.scoring._headers import (
    AGENCY_NAMES,
    ANSWER_NAMES,
    QUESTION_NAMES,
    find_column,
    header_code,
    header_key,
    indicator_header,
)
from itakit.scoring._problems import OnError
from itakit.scoring._read import indicator_number
from itakit.scoring._workbook import EXCEL_SUFFIXES, read_sheet
from itakit.scoring.indicator_table import score_indicator_table
from itakit.scoring.questions_input import score_question_table
from itakit.scoring.responses import score_responses
from itakit.scoring.table import ScoreTable

__all__ = ["score_file"]


class Readable(Protocol):
    """A path, or anything with ``name`` and ``read_text`` (an importlib resource)."""

    @property
    def name(self) -> str: ...

    def read_text(self, encoding: str = ...) -> str: ...


def _text(path: Readable | str | Path) -> tuple[str, str]:
    source = Path(path) if isinstance(path, str) else path
    try:
        return source.name, source.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise ParseError(f"cannot read {source.name}: {error.strerror}", value=str(path)) from None
    except UnicodeDecodeError:
        raise ParseError(f"{source.name} is not UTF-8 text", value=str(path)) from None


def _csv(name: str, text: str) -> dict[str, list[str | None]]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ParseError(
            f"{name} is empty: expected a header row such as 'agency,1,2,…'", value=name
        )
    header = [cell.strip() for cell in rows[0]]
    columns: dict[str, list[str | None]] = {name: [] for name in header}
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ParseError(
                f"{name}, line {line}: {len(row)} cells under a header of {len(header)}",
                value=row,
                line=line,
            )
        for key, cell in zip(header, row, strict=True):
            columns[key].append(cell.strip() or None)
    return columns


def _mapping(name: str, text: str) -> dict[str, Any]:
    try:
        if name.lower().endswith(".json"):
            data = json.loads(text, parse_float=Decimal)
        else:
            data = tomllib.loads(text, parse_float=Decimal)
    except (ValueError, tomllib.TOMLDecodeError) as error:
        raise ParseError(f"cannot read {name}: {error}", value=name) from None
    if not isinstance(data, dict):
        raise ParseError(f"{name}: expected a table of keys at the top", value=name)
    return data


def _year(name: str, found: object, year: int | str | None) -> FiscalYear:
    given = None if year is None else FiscalYear.parse(year)
    inside = None if found is None else FiscalYear.parse(found)  # type: ignore[arg-type]
    if given is not None and inside is not None and given != inside:
        raise ScoringError(
            f"{name} is for FY {inside}, but FY {given} was asked for", value=given.year
        )
    chosen = given or inside
    if chosen is None:
        raise ScoringError(
            f"{name} does not say its fiscal year: give --year (or a fiscal_year key or column)",
            value=name,
        )
    return chosen


def _csv_year(name: str, columns: dict[str, list[str | None]]) -> object:
    values = columns.pop("fiscal_year", None)
    if values is None:
        return None
    distinct = {value for value in values if value is not None}
    if len(distinct) > 1:
        raise ScoringError(
            f"{name}: the fiscal_year column holds more than one year ({', '.join(sorted(distinct))})",
            value=sorted(distinct),
        )
    return next(iter(distinct), None)


def _agencies(name: str, data: Mapping[str, Any]) -> dict[str, list[Any]]:
    """Indicator scores of a TOML/JSON file as a table of columns."""
    if "indicator_scores" in data:
        agencies = {data.get("agency") or "agency": _scores_of(data)}
    elif isinstance(data.get("question_scores"), Mapping):
        agencies = {data.get("agency") or "agency": data["question_scores"]}
    elif isinstance(data.get("agencies"), Mapping):
        agencies = data["agencies"]
    elif isinstance(data.get("agencies"), list):  # ScoreTable.to_dict()
        agencies = {}
        for record in data["agencies"]:
            if not isinstance(record, Mapping) or "agency" not in record:
                raise ScoringError(f"{name}: each of 'agencies' must be a record", value=record)
            agencies[record["agency"]] = _scores_of(record)
    else:
        raise ScoringError(
            f"{name}: expected 'agencies' (agency → {{indicator: score}}) or 'indicator_scores'",
            value=name,
        )
    numbers: list[str] = []
    for scores in agencies.values():
        if not isinstance(scores, Mapping):
            raise ScoringError(f"{name}: each agency must map indicators to scores", value=scores)
        numbers += [str(key) for key in scores if str(key) not in numbers]
    table: dict[str, list[Any]] = {"agency": list(agencies)}
    for number in numbers:
        table[number] = [
            next((v for k, v in scores.items() if str(k) == number), None)
            for scores in agencies.values()
        ]
    return table


def _scores_of(record: Mapping[str, Any]) -> Mapping[Any, Any]:
    """The indicator scores of a card's or a table row's data: exact where it has them."""
    exact = record.get("exact")
    if isinstance(exact, Mapping) and isinstance(exact.get("indicator_scores"), Mapping):
        return dict(exact["indicator_scores"])
    scores = record.get("indicator_scores")
    if isinstance(scores, Mapping):
        return dict(scores)
    return {key: value for key, value in record.items() if indicator_number(key) is not None}


def _is_excel(name: str) -> bool:
    return name.lower().endswith(EXCEL_SUFFIXES)


def _sheet(path: Readable | str | Path, sheet: str | int | None) -> dict[str, list[Any]]:
    source = path if isinstance(path, str | os.PathLike) else str(path)
    return read_sheet(source, sheet=sheet)


def _edition(year: FiscalYear) -> Rules:
    from itakit.scoring.framework import framework  # the Framework of that year, beside this module

    return framework(year)


def _quiet(message: str) -> None:
    """No progress shown."""


def _name(path: Readable | str | Path) -> str:
    return Path(path).name if isinstance(path, str) else path.name


def _oit(path: Readable | str | Path | None) -> tuple[object, object]:
    """The OIT of a file, and the fiscal year it names (if any)."""
    if path is None:
        return None, None
    if _is_excel(_name(path)):
        sheet = _sheet(path, None)
        return sheet, _csv_year(_name(path), sheet)
    name, text = _text(path)
    if name.lower().endswith(".csv"):
        columns = _csv(name, text)
        return columns, _csv_year(name, columns)
    data = _mapping(name, text)
    agencies = data.get("agencies")
    if not isinstance(agencies, Mapping):
        raise ScoringError(
            f"{name}: expected 'agencies' (agency → OIT scores or checklist)", value=name
        )
    return dict(agencies), data.get("fiscal_year")


def score_file(
    path: Readable | str | Path,
    *,
    framework: Rules | None = None,
    year: int | str | None = None,
    oit: Readable | str | Path | None = None,
    sheet: str | int | None = None,
    agency_column: str | None = None,
    extra: Extra = "ignore",
    ignore: Sequence[str] = (),
    on_error: OnError = "raise",
    progress: Callable[[str], None] | None = None,
    questions: bool = False,
) -> ScoreTable:
    """Score a CSV, Excel, TOML or JSON file of indicator scores or answers (see the module's doc).

    *questions* reads a CSV as question scores, one row per agency (``agency,i1,…,e15``
    with ``o1,…`` or ``9,10``), as ITAS shows them, rather than as answers; a TOML or
    JSON file with question codes (or a ``question_scores`` table) is read so anyway
    (see :func:`~itakit.scoring.questions_input.score_question_table`).

    The edition is *framework*, or that of *year*, or that of the year the
    file names.  *path* is a path or an importlib resource.  Of a workbook
    the first sheet is read, or *sheet* (a name, or an index from 0).
    *agency_column*, *extra* and *ignore* say which columns are which, as for
    :func:`~itakit.scoring.score_responses`; the columns left out are listed
    in the result's ``ignored_columns``.  *on_error* is as for
    :func:`~itakit.scoring.score_responses`.  *progress*, if given, is called
    with a short message as each stage begins (``"reading answers.csv"``,
    ``"scoring 250,000 rows"``), for a caller that shows progress.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "trat.csv").write_text(
    ...     "หน่วยงาน,1,2,3,4,5,6,7,8,9,10,หมายเหตุ\\n"
    ...     "ตราด,93.55,87.72,91.01,87.93,89.52,90.55,88.68,88.58,72.89,65.56,\\n", encoding="utf-8")
    >>> table = score_file(folder / "trat.csv", year=2564)
    >>> table.card("ตราด").total, table.ignored_columns
    (Decimal('81.45'), ('หมายเหตุ',))
    """
    say = progress or _quiet
    say(f"reading {_name(path)}")
    name = _name(path)
    data: dict[str, Any] | None = None
    if sheet is not None and not _is_excel(name):
        raise InputTypeError(f"{name}: sheet= is for Excel workbooks (.xlsx)", value=sheet)
    if _is_excel(name):
        columns: dict[str, list[Any]] = _sheet(path, sheet)
        found = _csv_year(name, columns)
    elif name.lower().endswith(".csv"):
        columns = dict(_csv(name, _text(path)[1]))
        found = _csv_year(name, columns)
    elif name.lower().endswith((".toml", ".json")):
        data = _mapping(name, _text(path)[1])
        found = data.get("fiscal_year")
    else:
        raise InputTypeError(f"{name}: expected a .csv, .xlsx, .toml or .json file", value=name)
    if oit is not None:
        say(f"reading {_name(oit)}")
    oit_data, oit_year = _oit(oit)
    if framework is not None and year is None:
        year = framework.fiscal_year.year
    fy = _year(name, found if found is not None else oit_year, year)
    if oit_year is not None and FiscalYear.parse(oit_year) != fy:  # type: ignore[arg-type]
        raise ScoringError(
            f"the OIT file is for FY {oit_year}, the scores for FY {fy}", value=oit_year
        )
    if data is not None:
        columns = _agencies(name, data)
    fw = framework if framework is not None else _edition(fy)
    rows = len(next(iter(columns.values()), ()))
    say(f"scoring {rows:,} row{'' if rows == 1 else 's'}")
    options: dict[str, Any] = {
        "agency_column": agency_column,
        "extra": extra,
        "ignore": ignore,
        "on_error": on_error,
    }
    codes = [key for key in columns if header_code(key) is not None]
    if codes and (questions or data is not None):
        agency = find_column(
            list(columns), agency_column, AGENCY_NAMES, what="agency", option="agency_column"
        )
        return score_question_table(
            fw, columns, agency_column=agency or "agency", on_error=on_error
        )
    if _holds_answers(list(columns)):
        return score_responses(fw, columns, oit=oit_data, **options)
    if any(indicator_header(key) is not None for key in columns):
        return score_indicator_table(fw, columns, **options)
    raise ScoringError(
        f"{name}: expected indicator columns (agency,1,…,10) or answer columns (agency,i1,…);"
        f" its columns are {', '.join(map(repr, columns))}",
        value=list(columns),
    )


def _holds_answers(names: list[str]) -> bool:
    """Whether a table's columns are answers: a question code in a header, or a long table."""
    if any(header_code(name) is not None for name in names):
        return True
    keys = {header_key(name) for name in names}
    return any(header_key(q) in keys for q in QUESTION_NAMES) and any(
        header_key(a) in keys for a in ANSWER_NAMES
    )
