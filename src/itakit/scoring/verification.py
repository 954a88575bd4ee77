"""Proof against published results: :func:`verify` and :func:`fit_weights`.

An agency holds its own published result: ten indicator scores (or its
question scores), a total and a level.  :func:`verify` scores each such row
again under an edition and says whether the edition reproduces it: the total
within 0.01 (published indicators are rounded to two decimals, so a
recomputed total can differ by one hundredth) and the same level.  Rows that
do not reproduce are evidence that the edition is wrong for that year.

:func:`fit_weights` asks the converse: which indicator weights best explain
the rows?  It fits the weights by least squares with the weights summing to
100.  Ten free weights need at least ten rows that differ enough; with fewer
it fits one weight per tool, shared equally by the tool's indicators (the
rule of every known edition), and says which model it fitted.

>>> import itakit
>>> rows = [
...     {"agency": "ตราด", "1": 93.55, "2": 87.72, "3": 91.01, "4": 87.93, "5": 89.52, "6": 90.55,
...      "7": 88.68, "8": 88.58, "9": 72.89, "10": 65.56, "total": 81.45, "level": "B"},
...     {"agency": "นครนายก", "1": 94.65, "2": 89.11, "3": 91.95, "4": 89.29, "5": 89.86,
...      "6": 92.12, "7": 89.90, "8": 89.49, "9": 65.89, "10": 51.15, "total": 77.85, "level": "B"},
... ]
>>> checked = verify(itakit.framework(2564), rows)
>>> [(row.agency, row.total, row.difference, row.reproduces) for row in checked]
[('ตราด', Decimal('81.45'), Decimal('0.00'), True), ('นครนายก', Decimal('77.85'), Decimal('0.00'), True)]
>>> print(checked.summary(lang="en"))
2 of 2 rows reproduce under FY 2564 (total within 0.01 and the same level)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal, overload

import attrs
import numpy as np

from itakit._locale import check_lang
from itakit._text_table import table as text_table
from itakit.errors import InputTypeError, ItakitError, ScoringError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.rules.levels import Level
from itakit.rules.tools import Tool
from itakit.scoring._choices import is_blank
from itakit.scoring._exact import cents, exact_text, published, read_score
from itakit.scoring._rows import records as read_records
from itakit.scoring._shares import question_shares
from itakit.scoring.card import ScoreCard
from itakit.scoring.provisional import PART_NAMES, provisional_note, provisional_parts
from itakit.scoring.questions_input import _read, read_key
from itakit.text import normalize
from itakit.thai import Digits, format_number, resolve_digits, with_digits

__all__ = ["RowCheck", "Verification", "WeightFit", "fit_weights", "load_rows", "verify"]

_TOLERANCE = Decimal("0.01")
_AGENCY = ("agency", "หน่วยงาน", "ชื่อหน่วยงาน", "province", "จังหวัด", "name")
_TOTAL = ("total", "คะแนนรวม", "total_score")
_LEVEL = ("level", "ระดับ", "ระดับผลการประเมิน", "rating")
_YEAR = ("fiscal_year", "year", "ปีงบประมาณ")

Model = Literal["auto", "indicators", "tools"]


# -- reading rows ---------------------------------------------------------------


def _role(key: object, names: tuple[str, ...]) -> bool:
    return isinstance(key, str) and normalize(key).strip().lower() in names


def _find(row: Mapping[Any, object], names: tuple[str, ...], column: str | None) -> object:
    if column is not None:
        return row.get(column)
    for key, value in row.items():
        if _role(key, names):
            return value
    return None


def _level_of(framework: Rules, value: object) -> Level | None:
    if not isinstance(value, str):
        return None
    wanted = normalize(value).strip().casefold()
    for level in framework.levels.levels:
        if wanted in (normalize(level.label_th).casefold(), level.label_en.casefold()):
            return level
    return None


def _labels(framework: Rules) -> str:
    return ", ".join(level.label_th for level in framework.levels.levels)


@attrs.frozen
class _Row:
    position: int
    agency: str | int | None
    scores: dict[Any, object]
    published_indicators: dict[int, Fraction]
    total: Fraction
    level: Level | None
    level_text: str | None


def _read_rows(
    framework: Rules, rows: object, agency_column: str | None, *, any_year: bool = False
) -> tuple[list[_Row], list[ScoreCard]]:
    records = read_records(rows)
    if not records:
        raise ValidationError("no rows to check: give at least one published row", value=rows)
    shares = question_shares(framework)
    problems: list[str] = []
    read: list[_Row] = []
    cards: list[ScoreCard] = []
    for position, record in enumerate(records, start=1):
        agency = _find(record, _AGENCY, agency_column)
        agency = None if is_blank(agency) else agency
        name = f"row {position}" + ("" if agency is None else f" ({agency})")
        if agency is not None and not isinstance(agency, str | int):
            agency = str(agency)
        year = _find(record, _YEAR, None)
        if not is_blank(year):
            try:
                fy = FiscalYear.parse(year)  # type: ignore[arg-type]
            except ItakitError as error:
                problems.append(f"{name}: fiscal year: {error}")
                continue
            if fy != framework.fiscal_year and not any_year:
                problems.append(
                    f"{name} is for FY {fy}, not FY {framework.fiscal_year}: check each year"
                    " against its own edition"
                )
                continue
        total = _find(record, _TOTAL, None)
        if is_blank(total):
            problems.append(
                f"{name} has no total: verify compares the published total, so give a 'total'"
                " (คะแนนรวม) for every row"
            )
            continue
        try:
            published_total = read_score(total)
        except ItakitError as error:
            problems.append(f"{name}: total: {error}")
            continue
        level_value = _find(record, _LEVEL, None)
        level = None
        level_text = None
        if not is_blank(level_value):
            level_text = str(level_value)
            level = _level_of(framework, level_value)
            if level is None:
                problems.append(
                    f"{name}: {level_value!r} is not a level of FY {framework.fiscal_year}"
                    f" ({_labels(framework)})"
                )
                continue
        scores: dict[Any, object] = {}
        for key, value in record.items():
            if is_blank(value) or read_key(key) is None:
                continue
            scores[key] = value
        kinds = {key: read_key(key) for key in scores}
        with_questions = {
            shares[str(kind[1])][0]
            for kind in kinds.values()
            if kind is not None and kind[0] == "question" and str(kind[1]) in shares
        }
        given_indicators: dict[int, Fraction] = {}
        for key, kind in kinds.items():
            if kind is not None and kind[0] == "indicator" and kind[1] in with_questions:
                try:
                    given_indicators[int(kind[1])] = read_score(scores.pop(key))
                except ItakitError as error:
                    problems.append(f"{name}: indicator {kind[1]}: {error}")
        try:
            indicators, questions = _read(framework, scores, any_indicator=True, what=name)
        except ScoringError as error:
            problems.append(
                error.message.removeprefix(f"cannot score FY {framework.fiscal_year} from ")
            )
            continue
        cards.append(
            ScoreCard(
                framework=framework,
                indicator_scores_exact=indicators,
                agency=agency,
                question_scores=questions or None,
            )
        )
        read.append(
            _Row(position, agency, scores, given_indicators, published_total, level, level_text)
        )
    if problems:
        raise ScoringError(
            f"cannot check {len(problems)} of {len(records)} rows against FY"
            f" {framework.fiscal_year}: " + "; ".join(problems),
            value=rows,
            problems=tuple(problems),
        )
    return read, cards


def load_rows(path: str | os.PathLike[str]) -> tuple[list[Mapping[Any, object]], int | None]:
    """Published rows from a file, and the one fiscal year they name (None if none or several).

    A CSV has a header row (``agency,1,…,10,total,level``, or question codes);
    a TOML or JSON file has ``rows``, a list of tables, and may name its
    ``fiscal_year`` at the top.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "rows.csv"
    >>> _ = path.write_text("agency,fiscal_year,total\\nตราด,2564,81.45\\n", encoding="utf-8")
    >>> load_rows(path)
    ([{'agency': 'ตราด', 'fiscal_year': '2564', 'total': '81.45'}], 2564)
    """
    from itakit.scoring.files import _csv, _mapping, _text

    name, text = _text(Path(path))
    if name.lower().endswith(".csv"):
        rows = read_records(_csv(name, text))
        years = {str(row[key]) for row in rows for key in row if _role(key, _YEAR) and row[key]}
        return rows, (FiscalYear.parse(years.pop()).year if len(years) == 1 else None)
    if not name.lower().endswith((".toml", ".json")):
        raise InputTypeError(f"{name}: expected a .csv, .toml or .json file of rows", value=name)
    data = _mapping(name, text)
    listed = data.get("rows")
    if not isinstance(listed, list):
        raise ValidationError(
            f"{name}: expected 'rows', a list of tables (agency, scores, total, level)",
            value=name,
        )
    year = data.get("fiscal_year")
    return read_records(listed), (None if year is None else FiscalYear.parse(year).year)


# -- verify -----------------------------------------------------------------------


def _decimal(value: Fraction) -> Decimal:
    """A published number as a Decimal: exactly when it ends, else to two decimals."""
    text = exact_text(value)
    return published(cents(value)) if "/" in text else Decimal(text)


@attrs.frozen(repr=False)
class RowCheck:
    """One published row scored again: what the edition gives and what was published.

    >>> import itakit
    >>> row = verify(itakit.framework(2564), [{**{str(n): 80 for n in range(1, 11)}, "total": 80.01}])[0]
    >>> row.total, row.published_total, row.difference, row.reproduces
    (Decimal('80.00'), Decimal('80.01'), Decimal('-0.01'), True)
    """

    position: int
    """The row's place in the input, from 1."""
    card: ScoreCard
    """The row scored again under the edition."""
    published_total: Decimal
    published_level: str | None
    """The level as the row gives it (None if it gives none)."""
    published_indicators: Mapping[int, Decimal] = attrs.field(factory=dict)
    """Indicator scores the row gave beside their questions (checked against them)."""

    @property
    def agency(self) -> str | int | None:
        """The row's agency, if it names one."""
        return self.card.agency

    @property
    def total(self) -> Decimal:
        """The total the edition gives for the row (two decimals, rounded half up)."""
        return self.card.total

    @property
    def difference(self) -> Decimal:
        """The recomputed total less the published one."""
        return self.total - self.published_total

    @property
    def level(self) -> str:
        """The level the edition gives (its Thai label)."""
        return str(self.card.level)

    @property
    def level_matches(self) -> bool | None:
        """Whether the published level is the edition's (None when the row gives none)."""
        if self.published_level is None:
            return None
        return _level_of(self.card.framework, self.published_level) == self.card.level

    @property
    def indicator_differences(self) -> Mapping[int, Decimal]:
        """Recomputed minus published, for indicators the row gave beside their questions."""
        scores = self.card.indicator_scores
        return {n: scores[n] - value for n, value in self.published_indicators.items()}

    @property
    def reproduces(self) -> bool:
        """The total within 0.01 of the published one and, where given, the same level."""
        return abs(self.difference) <= _TOLERANCE and self.level_matches is not False

    def to_dict(self) -> dict[str, Any]:
        """Plain data: published and recomputed values as text, ``reproduces`` as a bool."""
        return {
            "row": self.position,
            "agency": self.agency,
            "total": str(self.total),
            "published_total": str(self.published_total),
            "difference": str(self.difference),
            "level": self.level,
            "published_level": self.published_level,
            "reproduces": self.reproduces,
        }

    def __repr__(self) -> str:
        who = "" if self.agency is None else f" {self.agency}"
        mark = "reproduces" if self.reproduces else "does not reproduce"
        return (
            f"<RowCheck {self.position}{who}: {self.total} vs {self.published_total}"
            f" ({self.difference:+}), {mark}>"
        )


@attrs.frozen(repr=False)
class Verification:
    """Every row checked against one edition: iterate it, index it, or read its summary.

    >>> import itakit
    >>> checked = verify(itakit.framework(2564), {"agency": ["ก"], **{str(n): [80] for n in range(1, 11)},
    ...                                            "total": [80.5], "level": ["B"]})
    >>> len(checked), checked.reproduced, checked.all_reproduce
    (1, 0, False)
    """

    framework: Rules
    rows: tuple[RowCheck, ...]

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[RowCheck]:
        return iter(self.rows)

    @overload
    def __getitem__(self, index: int) -> RowCheck: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[RowCheck, ...]: ...
    def __getitem__(self, index: int | slice) -> RowCheck | tuple[RowCheck, ...]:
        return self.rows[index]

    @property
    def reproduced(self) -> int:
        """How many rows the edition reproduces."""
        return sum(row.reproduces for row in self.rows)

    @property
    def all_reproduce(self) -> bool:
        """Whether the edition reproduces every row."""
        return self.reproduced == len(self.rows)

    @property
    def failures(self) -> tuple[RowCheck, ...]:
        """The rows the edition does not reproduce."""
        return tuple(row for row in self.rows if not row.reproduces)

    @property
    def provisional(self) -> list[str]:
        """What of the edition is provisional, among the parts these rows were scored with."""
        used = {part for row in self.rows for part in provisional_parts(row.card)}
        return [part for part in PART_NAMES if part in used]

    def summary(self, *, lang: str = "th", digits: Digits | None = None) -> str:
        """One line: how many rows reproduce.

        >>> import itakit
        >>> checked = verify(itakit.framework(2564), [{**{str(n): 80 for n in range(1, 11)}, "total": 80}])
        >>> checked.summary()
        'คำนวณได้ตรงกับผลที่เผยแพร่ ๑ จาก ๑ แถว ตามเกณฑ์ปีงบประมาณ พ.ศ. ๒๕๖๔ (คะแนนรวมต่างกันไม่เกิน ๐.๐๑ และระดับตรงกัน)'
        """
        lang = check_lang(lang)
        digits = _digits(lang, digits)
        year = self.framework.fiscal_year
        if lang == "th":
            text = (
                f"คำนวณได้ตรงกับผลที่เผยแพร่ {self.reproduced} จาก {len(self)} แถว"
                f" ตามเกณฑ์{year.format(lang='th', digits='arabic')}"
                " (คะแนนรวมต่างกันไม่เกิน 0.01 และระดับตรงกัน)"
            )
        else:
            text = (
                f"{self.reproduced} of {len(self)} rows reproduce under FY {year}"
                " (total within 0.01 and the same level)"
            )
        return with_digits(text, digits)

    def format(self, *, lang: str = "th", digits: Digits | None = None) -> str:
        """A table of every row, the summary, and what of the edition is provisional.

        >>> import itakit
        >>> checked = verify(itakit.framework(2564), [{"agency": "ก", **{str(n): 80 for n in range(1, 11)},
        ...                                            "total": 80.5, "level": "B"}])
        >>> print(checked.format(lang="en"))
        agency  published  recomputed  difference  level published  level  reproduces
        ก           80.50       80.00       -0.50  B                B      no
        0 of 1 rows reproduce under FY 2564 (total within 0.01 and the same level)
        """
        lang = check_lang(lang)
        digits = _digits(lang, digits)
        thai = lang == "th"
        head = (
            ["หน่วยงาน", "ที่เผยแพร่", "คำนวณใหม่", "ผลต่าง", "ระดับที่เผยแพร่", "ระดับ", "ตรงกัน"]
            if thai
            else [
                "agency",
                "published",
                "recomputed",
                "difference",
                "level published",
                "level",
                "reproduces",
            ]
        )
        rows = [head]
        for row in self.rows:
            rows.append(
                [
                    "—" if row.agency is None else str(row.agency),
                    _number(row.published_total, digits),
                    _number(row.total, digits),
                    _number(row.difference, digits, sign=True),
                    row.published_level or "—",
                    row.level if thai else row.card.level.label_th,
                    ("ใช่" if thai else "yes") if row.reproduces else ("ไม่" if thai else "no"),
                ]
            )
        lines = text_table(rows, right=(False, True, True, True, False, False, False))
        lines.append(self.summary(lang=lang, digits=digits))
        notes = (provisional_note(row.card, lang=lang, digits=digits) for row in self.rows)
        lines.extend(dict.fromkeys(note for note in notes if note is not None))
        return "\n".join(line.rstrip() for line in lines)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        return f"<Verification FY {self.framework.fiscal_year}: {self.reproduced} of {len(self)} rows reproduce>"

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-ready): the edition, the counts and every row.

        >>> import itakit
        >>> data = verify(itakit.framework(2564), [{**{str(n): 80 for n in range(1, 11)}, "total": 80}]).to_dict()
        >>> data["fiscal_year"], data["reproduced"], data["rows"][0]["difference"]
        (2564, 1, '0.00')
        """
        return {
            "fiscal_year": self.framework.fiscal_year.year,
            "reproduced": self.reproduced,
            "count": len(self),
            "all_reproduce": self.all_reproduce,
            "provisional": self.provisional,
            "rows": [row.to_dict() for row in self.rows],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (Thai as it is, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def _digits(lang: str, digits: Digits | None) -> Digits:
    return resolve_digits(lang, digits)


def _number(value: Decimal, digits: Digits, *, sign: bool = False) -> str:
    text = format_number(abs(value), decimals=2, digits=digits, grouping=False)
    if value < 0:
        return "-" + text
    return ("+" if sign and value > 0 else "") + text


def verify(framework: Rules, rows: object, *, agency_column: str | None = None) -> Verification:
    """Score every published row again under *framework* and say which ones it reproduces.

    *rows* is a list of mappings, a dict of columns, or a pandas or polars
    DataFrame.  Each row has a ``total`` (``คะแนนรวม``), optionally an
    ``agency`` (``หน่วยงาน``, or *agency_column*), a ``level`` (``ระดับ``) and a
    ``fiscal_year``, and its scores: indicator scores (``1``–``10``), question
    scores (``i1`` …, OIT items ``o1`` …) or both (then each indicator is
    scored from its questions and the published indicator is kept beside
    it).  Other columns are left alone.  A row without a total, or with
    scores that cannot be read, is an error that lists every such row.

    >>> import itakit
    >>> verify(itakit.framework(2564), [{"agency": "ก", "1": 80}])
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot check 1 of 1 rows against FY 2564: row 1 (ก) has no total: verify compares the published total, so give a 'total' (คะแนนรวม) for every row
    """
    read, cards = _read_rows(framework, rows, agency_column)
    checks = []
    for row, card in zip(read, cards, strict=True):
        checks.append(
            RowCheck(
                position=row.position,
                card=card,
                published_total=_decimal(row.total),
                published_level=row.level_text,
                published_indicators={n: _decimal(v) for n, v in row.published_indicators.items()},
            )
        )
    return Verification(framework=framework, rows=tuple(checks))


# -- fit_weights --------------------------------------------------------------------


@attrs.frozen(repr=False)
class WeightFit:
    """The indicator weights that best explain some published rows, and how the fit was made.

    ``weights`` are whole numbers when whole numbers (summing to 100) explain
    every row within rounding (0.01), else the least-squares estimates to two
    decimals; ``estimate`` keeps the unrounded estimates.  ``model`` says what
    was fitted: ``"indicators"`` (ten free weights) or ``"tools"`` (one weight
    per tool, shared equally by its indicators).  ``consistent`` says whether
    the edition's own weights reproduce every row within 0.01.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> rows = [{str(n): 60 + 3 * n + 7 * (k == n % 3) for n in range(1, 11)} for k in range(3)]
    >>> rows = [row | {"total": str(fw.score_indicators(row).total)} for row in rows]
    >>> fit = fit_weights(rows, framework=fw)
    >>> fit.model, dict(fit.tool_weights), fit.consistent
    ('tools', {<Tool.IIT: 'IIT'>: Decimal('30'), <Tool.EIT: 'EIT'>: Decimal('30'), <Tool.OIT: 'OIT'>: Decimal('40')}, True)
    """

    framework: Rules
    model: Literal["indicators", "tools"]
    weights: Mapping[int, Decimal]
    """Each indicator's fitted weight (points of 100)."""
    estimate: Mapping[int, float]
    """The least-squares estimates before any rounding."""
    residuals: tuple[float, ...]
    """Per row: the published total less the total the fitted weights give (unrounded)."""
    explains: bool
    """Whether the fitted weights reproduce every row's published total within 0.01."""
    consistent: bool
    """Whether the edition's own weights reproduce every row's published total within 0.01."""
    note: str
    """What was fitted and why, in one sentence."""

    @property
    def tool_weights(self) -> Mapping[Tool, Decimal]:
        """Each tool's fitted weight: the sum of its indicators'."""
        totals: dict[Tool, Decimal] = {}
        for indicator in self.framework.indicators:
            totals[indicator.tool] = (
                totals.get(indicator.tool, Decimal(0)) + self.weights[indicator.number]
            )
        return totals

    @property
    def max_residual(self) -> float:
        """The largest residual, in absolute value."""
        return max(abs(r) for r in self.residuals)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (JSON-ready): weights as text, residuals as numbers."""
        return {
            "fiscal_year": self.framework.fiscal_year.year,
            "model": self.model,
            "weights": {str(n): str(w) for n, w in self.weights.items()},
            "estimate": {str(n): w for n, w in self.estimate.items()},
            "residuals": list(self.residuals),
            "explains": self.explains,
            "consistent": self.consistent,
            "note": self.note,
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def format(self, *, lang: str = "th", digits: Digits | None = None) -> str:
        """The fitted weights beside the edition's, and what was fitted.

        The note itself is in English (it names the model and its terms).
        """
        lang = check_lang(lang)
        digits = _digits(lang, digits)
        thai = lang == "th"
        head = (
            ["ตัวชี้วัด", "เครื่องมือ", "น้ำหนักที่ประมาณได้", "น้ำหนักตามเกณฑ์"]
            if thai
            else ["indicator", "tool", "fitted weight", "edition's weight"]
        )
        rows = [head]
        for indicator in self.framework.indicators:
            rows.append(
                [
                    with_digits(str(indicator.number), digits),
                    indicator.tool.value,
                    with_digits(format(self.weights[indicator.number].normalize(), "f"), digits),
                    with_digits(format(indicator.weight.normalize(), "f"), digits),
                ]
            )
        lines = text_table(rows, right=(True, False, True, True))
        lines.append(self.note)
        return "\n".join(line.rstrip() for line in lines)

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        shown = "/".join(format(w.normalize(), "f") for w in self.weights.values())
        return f"<WeightFit FY {self.framework.fiscal_year} ({self.model}): {shown}>"


def _whole(values: np.ndarray, total: int = 100) -> list[int]:
    """Whole numbers nearest *values* that sum to *total* (largest remainders)."""
    floors = np.floor(values).astype(int)
    short = total - int(floors.sum())
    order = np.argsort(-(values - floors))
    result = floors.copy()
    if 0 <= short <= len(values):
        result[order[:short]] += 1
    return [int(v) for v in result]


def _fits(
    cards: Sequence[ScoreCard],
    published_totals: Sequence[Fraction],
    weights: Mapping[int, Fraction],
) -> bool:
    for card, total in zip(cards, published_totals, strict=True):
        exact = (
            sum((weights[n] * s for n, s in card.indicator_scores_exact.items()), Fraction(0)) / 100
        )
        if abs(cents(exact) - cents(total)) > 1:
            return False
    return True


def fit_weights(
    rows: object,
    *,
    framework: Rules,
    model: Model = "auto",
    agency_column: str | None = None,
) -> WeightFit:
    """The indicator weights (summing to 100) that best explain published rows, by least squares.

    *rows* is read as :func:`verify` reads it, but rows of other fiscal years
    are welcome (they are fitted with this edition's indicators and tools;
    ``consistent`` then says whether this edition's weights explain them too).
    *model* is ``"indicators"``
    (one free weight per indicator: needs at least as many rows as
    indicators, varied enough to tell them apart), ``"tools"`` (one weight
    per tool, equal within the tool: needs at least as many rows as tools),
    or ``"auto"``: indicators when the rows can pin them down, else tools.
    The result says which it fitted (``.model``, ``.note``).

    >>> import itakit
    >>> fit_weights([{str(n): 80 for n in range(1, 11)} | {"total": 80}], framework=itakit.framework(2564))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: fit_weights needs at least 3 rows (one per tool) to fit a weight per tool, and 10 (one per indicator) to fit free weights; got 1: add published rows of more agencies of FY 2564
    """
    if model not in ("auto", "indicators", "tools"):
        raise ValidationError(
            f"'model' must be 'auto', 'indicators' or 'tools' (got {model!r})", value=model
        )
    read, cards = _read_rows(framework, rows, agency_column, any_year=True)
    indicators = framework.indicators
    numbers = [i.number for i in indicators]
    tools = [tool for tool in Tool if any(i.tool is tool for i in indicators)]
    n_rows = len(cards)
    if n_rows < len(tools) or (model == "indicators" and n_rows < len(numbers)):
        raise ValidationError(
            f"fit_weights needs at least {len(tools)} rows (one per tool) to fit a weight per"
            f" tool, and {len(numbers)} (one per indicator) to fit free weights; got {n_rows}:"
            f" add published rows of more agencies of FY {framework.fiscal_year}",
            value=n_rows,
        )
    x = np.array([[float(card.indicator_scores_exact[n]) for n in numbers] for card in cards])
    totals = [row.total for row in read]
    t = np.array([float(total) for total in totals])
    members = [[k for k, i in enumerate(indicators) if i.tool is tool] for tool in tools]

    def solve(design: np.ndarray) -> tuple[np.ndarray, int]:
        # total = design @ w / 100 with sum(w) = 100: substitute the last weight.
        m = (design[:, :-1] - design[:, -1:]) / 100
        y = t - design[:, -1]
        solution, _, rank, _ = np.linalg.lstsq(m, y, rcond=None)
        return np.append(solution, 100 - solution.sum()), int(rank)

    fitted: Literal["indicators", "tools"]
    why = ""
    if model in ("auto", "indicators") and n_rows >= len(numbers):
        free, rank = solve(x)
        if rank == len(numbers) - 1:
            fitted, weights_est = "indicators", free
        elif model == "indicators":
            raise ValidationError(
                f"the {n_rows} rows cannot tell {len(numbers)} free weights apart (rank {rank + 1}):"
                " add rows that differ more, or fit model='tools'",
                value=n_rows,
            )
        else:
            fitted, why = (
                "tools",
                f"the {n_rows} rows cannot tell {len(numbers)} free weights apart",
            )
    else:
        fitted = "tools"
        if model == "auto":
            why = f"{n_rows} rows are too few for {len(numbers)} free weights"
    if fitted == "tools":
        design = np.stack([x[:, ks].mean(axis=1) for ks in members], axis=1)
        per_tool, rank = solve(design)
        if rank < len(tools) - 1:
            raise ValidationError(
                f"the {n_rows} rows cannot tell the {len(tools)} tool weights apart: add rows"
                " whose tools score differently",
                value=n_rows,
            )
        weights_est = np.zeros(len(numbers))
        for tool_weight, ks in zip(per_tool, members, strict=True):
            weights_est[ks] = tool_weight / len(ks)
        whole_tools = _whole(per_tool)
        candidate = {
            numbers[k]: Fraction(w, len(ks))
            for w, ks in zip(whole_tools, members, strict=True)
            for k in ks
        }
    else:
        candidate = {n: Fraction(w) for n, w in zip(numbers, _whole(weights_est), strict=True)}
    estimate = dict(zip(numbers, (float(w) for w in weights_est), strict=True))
    if _fits(cards, totals, candidate):
        chosen = candidate
        rounded = "whole-number weights"
    else:
        chosen = {n: Fraction(Decimal(repr(round(w, 2)))) for n, w in estimate.items()}
        rounded = "least-squares estimates (no whole-number weights explain every row)"
    weights = {n: _decimal(w) for n, w in chosen.items()}
    residuals = tuple(
        float(
            total
            - sum((chosen[n] * s for n, s in card.indicator_scores_exact.items()), Fraction(0))
            / 100
        )
        for card, total in zip(cards, totals, strict=True)
    )
    own = {i.number: Fraction(i.weight) for i in indicators}
    if fitted == "tools":
        note = (
            f"Fitted one weight per tool ({', '.join(t.value for t in tools)}), shared equally by"
            f" its indicators, to {n_rows} rows"
            + (f" ({why})" if why else "")
            + f"; reported as {rounded}. Weights inside a tool are assumed equal, not estimated."
        )
    else:
        note = (
            f"Fitted {len(numbers)} free indicator weights to {n_rows} rows; reported as {rounded}."
        )
    return WeightFit(
        framework=framework,
        model=fitted,
        weights=weights,
        estimate=estimate,
        residuals=residuals,
        explains=_fits(cards, totals, chosen),
        consistent=_fits(cards, totals, own),
        note=note,
    )
