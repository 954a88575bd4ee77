"""The object users hold: :class:`Framework`, one fiscal year's rules that can score.

A :class:`Framework` is a :class:`~itakit.rules.Rules` (the data of one
edition: indicators, questions, scales, levels, provenance) with the scoring
entry points as methods, so that what a user holds is what they call::

    fw = itakit.framework(2567)
    fw.score_indicators({...})        # one agency, from its ten indicator scores
    fw.score_oit({...})               # one agency's OIT checklist
    fw.score_responses(table)         # many agencies, from respondents' answers
    fw.score_oit_table(table)         # many agencies' OIT checklists
    fw.score_indicator_table(table)   # many agencies' indicator scores
    fw.score_file("answers.csv")      # the same, from a file

It is defined here, beside the scoring code it calls, so that the rules
layer below needs nothing from above it.  :func:`framework`,
:func:`load_framework`, :func:`loads_framework` and :func:`dump_framework`
are the ways to get one and to save one.

>>> import itakit
>>> fw = itakit.framework(2564)
>>> isinstance(fw, itakit.rules.Rules), fw.score_indicators(dict.fromkeys(range(1, 11), 85)).total
(True, Decimal('85.00'))
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any, overload

import attrs

from itakit.errors import InputTypeError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.rules.loader import FileFormat, dump_rules, load_rules, loads_rules
from itakit.rules.registry import shipped
from itakit.rules.tools import Tool
from itakit.scoring._answer_columns import Extra
from itakit.scoring._problems import OnError
from itakit.scoring.card import ScoreCard, score_indicators
from itakit.scoring.files import Readable, score_file
from itakit.scoring.indicator_table import score_indicator_table
from itakit.scoring.oit import OITScores, score_oit
from itakit.scoring.oit_table import OITTable, score_oit_table
from itakit.scoring.questions_input import score_questions
from itakit.scoring.responses import score_responses
from itakit.scoring.table import ScoreTable
from itakit.scoring.verification import Verification, verify

__all__ = ["Framework", "dump_framework", "framework", "load_framework", "loads_framework"]


@attrs.frozen(eq=True, repr=False)
class Framework(Rules):
    """One fiscal year's ITA rules, with the scoring entry points as methods.

    Get one with :func:`itakit.framework` (a shipped edition) or
    :func:`itakit.load_framework` (a file of your own); derive one with
    :meth:`~itakit.rules.Rules.replace`.  Every lookup of
    :class:`~itakit.rules.Rules` works on it.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> fw
    <Framework FY 2567: 10 indicators, 30 questions, provisional>
    >>> fw.question("i10").indicator.number
    4
    """

    @classmethod
    def from_rules(cls, rules: Rules) -> Framework:
        """The framework made of *rules* (returned as it is when it already is one).

        >>> import itakit
        >>> rules = itakit.rules.shipped(2564)
        >>> Framework.from_rules(rules) == itakit.framework(2564)
        True
        """
        if isinstance(rules, cls):
            return rules
        if not isinstance(rules, Rules):
            raise InputTypeError(
                f"Framework.from_rules() needs Rules, such as itakit.rules.shipped(2567)"
                f" (got {rules!r})",
                value=rules,
            )
        made = object.__new__(cls)
        for field in attrs.fields(Rules):
            object.__setattr__(made, field.name, getattr(rules, field.name))
        return made

    # -- one agency ------------------------------------------------------------

    def score_indicators(
        self,
        scores: Mapping[int, object] | Mapping[str, object],
        *,
        agency: str | int | None = None,
        respondents: Mapping[Tool, int] | Mapping[str, int] | None = None,
    ) -> ScoreCard:
        """Score one agency from its indicator scores (0–100), exactly.

        The same as :func:`itakit.score_indicators` with this framework first.

        >>> import itakit
        >>> itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 85)).total
        Decimal('85.00')
        """
        return score_indicators(self, scores, agency=agency, respondents=respondents)

    def score_oit(self, checklist: Mapping[Any, object]) -> OITScores:
        """One agency's OIT indicators from its checklist: :func:`itakit.score_oit`.

        >>> import itakit
        >>> fw = itakit.framework(2564)
        >>> oit = fw.score_oit({f"o{n}": n != 43 for n in range(1, 44)})
        >>> oit.indicator_scores[10]
        Decimal('75.00')
        """
        return score_oit(self, checklist)

    def score_questions(
        self,
        scores: Mapping[Any, object],
        *,
        agency: str | int | None = None,
        respondents: Mapping[Tool, int] | Mapping[str, int] | None = None,
    ) -> ScoreCard:
        """Score one agency from its question scores and OIT items: :func:`itakit.score_questions`.

        Each indicator is exactly the mean its edition makes of its questions;
        the card keeps the question scores, for ``costly_questions()``, gaps
        and question-level what-ifs (``card.what_if({"i10": 95})``).

        >>> import itakit
        >>> fw = itakit.framework(2567)
        >>> card = fw.score_questions({**{f"i{k}": 90 for k in range(1, 16)},
        ...     **{f"e{k}": 80 for k in range(1, 16)}, "ข้อ i๑๐": 60, 9: 95, 10: 90})
        Traceback (most recent call last):
        ...
        itakit.errors.ScoringError: cannot score FY 2567 from question scores: i10 is given twice (as 'i10' and 'ข้อ i๑๐')
        >>> card = fw.score_questions({**{f"i{k}": 90 for k in range(1, 16)},
        ...     **{f"e{k}": 80 for k in range(1, 16)}, 9: 95, 10: 90})
        >>> card.total, card.what_if({"i10": 60}).indicator_scores[4]
        (Decimal('88.00'), Decimal('80.00'))
        """
        return score_questions(self, scores, agency=agency, respondents=respondents)

    def verify(self, rows: object, *, agency_column: str | None = None) -> Verification:
        """Score published rows again and say which this edition reproduces: :func:`itakit.verify`.

        >>> import itakit
        >>> checked = itakit.framework(2564).verify([{"agency": "ตราด", "1": 93.55, "2": 87.72,
        ...     "3": 91.01, "4": 87.93, "5": 89.52, "6": 90.55, "7": 88.68, "8": 88.58, "9": 72.89,
        ...     "10": 65.56, "total": 81.45}])
        >>> checked[0].reproduces, checked[0].difference
        (True, Decimal('0.00'))
        """
        return verify(self, rows, agency_column=agency_column)

    # -- many agencies ---------------------------------------------------------

    def score_responses(
        self,
        responses: Any,
        *,
        oit: Any = None,
        agency_column: str | None = None,
        extra: Extra = "ignore",
        ignore: Sequence[str] = (),
        respondent_column: str | None = None,
        question_column: str | None = None,
        answer_column: str | None = None,
        on_error: OnError = "raise",
    ) -> ScoreTable:
        """Many agencies from respondents' raw answers: :func:`itakit.score_responses`.

        The agency column is found by its common names (``agency``, ``หน่วยงาน``,
        ``ชื่อหน่วยงาน``) unless *agency_column* names it; columns that are not
        questions are left out and listed in ``ignored_columns`` (an error with
        ``extra="error"``); a long table (agency, respondent, question, answer)
        is read as the wide one.  See :doc:`/files`.

        >>> import itakit
        >>> fw = itakit.framework(2567)
        >>> answers = {"agency": ["ก", "ก"], **{f"i{k}": [3, None] for k in range(1, 16)},
        ...            **{f"e{k}": [None, 3] for k in range(1, 16)}}
        >>> fw.score_responses(answers, oit={"ก": {9: 100, 10: 100}}).card("ก").total
        Decimal('100.00')
        """
        return score_responses(
            self,
            responses,
            oit=oit,
            agency_column=agency_column,
            extra=extra,
            ignore=ignore,
            respondent_column=respondent_column,
            question_column=question_column,
            answer_column=answer_column,
            on_error=on_error,
        )

    def score_oit_table(
        self, oit: object, *, agency_column: str = "agency", on_error: OnError = "raise"
    ) -> OITTable:
        """Many agencies' OIT checklists: :func:`itakit.score_oit_table`.

        >>> import itakit
        >>> table = itakit.framework(2567).score_oit_table({"ก": {9: 90, 10: 80}})
        >>> table.scores("ก").indicator_scores[9]
        Decimal('90.00')
        """
        return score_oit_table(self, oit, agency_column=agency_column, on_error=on_error)

    def score_indicator_table(
        self,
        table: Any,
        *,
        agency_column: str | None = None,
        extra: Extra = "ignore",
        ignore: Sequence[str] = (),
        on_error: OnError = "raise",
    ) -> ScoreTable:
        """Many agencies from their indicator scores: :func:`itakit.score_indicator_table`.

        >>> import itakit
        >>> table = itakit.framework(2567).score_indicator_table(
        ...     {"agency": ["ก"], **{str(n): [90] for n in range(1, 11)}})
        >>> table.card("ก").total
        Decimal('90.00')
        """
        return score_indicator_table(
            self,
            table,
            agency_column=agency_column,
            extra=extra,
            ignore=ignore,
            on_error=on_error,
        )

    def score_file(
        self,
        path: Readable | str | Path,
        *,
        oit: Readable | str | Path | None = None,
        sheet: str | int | None = None,
        agency_column: str | None = None,
        extra: Extra = "ignore",
        ignore: Sequence[str] = (),
        on_error: OnError = "raise",
        progress: Callable[[str], None] | None = None,
    ) -> ScoreTable:
        """Score a CSV, Excel, JSON or TOML file of answers or indicator scores under this edition.

        The same as :func:`itakit.score_file` with this framework's year.

        >>> import itakit
        >>> from importlib.resources import files
        >>> table = itakit.framework(2567).score_file(files("itakit.data") / "example_answers.csv",
        ...     oit=files("itakit.data") / "example_oit.toml")
        >>> len(table) > 0
        True
        """
        return score_file(
            path,
            framework=self,
            oit=oit,
            sheet=sheet,
            agency_column=agency_column,
            extra=extra,
            ignore=ignore,
            on_error=on_error,
            progress=progress,
        )


@cache
def _shipped(year: int) -> Framework:
    return Framework.from_rules(shipped(year))


def framework(year: int | str | FiscalYear | None = None) -> Framework:
    """The edition of fiscal *year* (an int, Thai or Arabic digits, or a FiscalYear).

    Without a year, the edition of the current fiscal year by today's date
    (a fiscal year starts on 1 October).  The same frozen object is returned
    every time.  A year itakit has no edition of is an
    :class:`~itakit.errors.UnknownEditionError` naming the years it has.

    >>> import itakit
    >>> itakit.framework("๒๕๖๗") is itakit.framework(2567)
    True
    >>> itakit.framework(2580)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    itakit.errors.UnknownEditionError: no framework edition for FY 2580: itakit ships FY 2563, ...
    """
    if year is None:
        year = FiscalYear.from_date(dt.date.today())
    return _shipped(shipped(year).fiscal_year.year)


def load_framework(path: str | os.PathLike[str], *, format: FileFormat | None = None) -> Framework:
    """Read a framework file (TOML or JSON, by its suffix unless *format* is given).

    Every problem is a :class:`~itakit.errors.FrameworkFileError` naming the
    file and the place inside it.  Text is read by :func:`loads_framework`.

    >>> import itakit, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "mine.toml"
    >>> itakit.dump_framework(itakit.framework(2568).replace(weights={9: 22, 10: 18}), path)
    >>> itakit.load_framework(path).indicator(9).weight
    Decimal('22')
    """
    if isinstance(path, str) and _looks_like_text(path):
        warnings.warn(
            "load_framework() with the file's text is deprecated; call loads_framework(text)",
            DeprecationWarning,
            stacklevel=2,
        )
        return loads_framework(path, format=format)
    return Framework.from_rules(load_rules(path, format=format))


def _looks_like_text(source: str) -> bool:
    stripped = source.strip()
    return "\n" in stripped or not stripped.lower().endswith((".toml", ".json"))


def loads_framework(
    text: str | bytes, *, format: FileFormat | None = None, name: str | None = None
) -> Framework:
    """Read a framework from TOML or JSON text (JSON when it starts with ``{``).

    *name* is what error messages call the text (``<text>`` by default).

    >>> import itakit
    >>> text = itakit.dump_framework(itakit.framework(2564))
    >>> itakit.loads_framework(text) == itakit.framework(2564)
    True
    """
    return Framework.from_rules(loads_rules(text, format=format, name=name))


@overload
def dump_framework(
    framework: Rules, path: None = None, *, format: FileFormat | None = None
) -> str: ...
@overload
def dump_framework(
    framework: Rules, path: str | os.PathLike[str], *, format: FileFormat | None = None
) -> None: ...
def dump_framework(
    framework: Rules,
    path: str | os.PathLike[str] | None = None,
    *,
    format: FileFormat | None = None,
) -> str | None:
    """A framework file's text (TOML unless *format* is ``"json"``), or the file itself at *path*.

    The text is canonical and :func:`loads_framework` reads it back; a file
    is written whole or not at all.

    >>> import itakit
    >>> print(itakit.dump_framework(itakit.framework(2564)).splitlines()[0])
    fiscal_year = 2564
    """
    return dump_rules(framework, path, format=format)
