"""One agency's result: :class:`ScoreCard`.

A score card holds the exact indicator scores it was made from and the
framework that scored them; everything else (tool scores, tool points, the
total, the level) follows from those, exactly, and is published rounded half
up to two decimals.

>>> import itakit
>>> card = itakit.score_indicators(itakit.framework(2564), {1: 93.55, 2: 87.72, 3: 91.01,
...     4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56})
>>> card.total, str(card.level), card.passed
(Decimal('81.45'), 'B', False)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from itakit._limits import shown
from itakit._locale import check_lang
from itakit.errors import InputTypeError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.rules.levels import Level
from itakit.rules.provenance import Confidence
from itakit.rules.tools import Tool
from itakit.scoring._exact import cents, published
from itakit.scoring._problems import check_rules
from itakit.scoring._read import read_indicator_scores
from itakit.scoring._shares import in_order, read_question_respondents, read_question_scores
from itakit.scoring.weighting import Composed, compose, plan_of
from itakit.thai import Digits, resolve_digits

if TYPE_CHECKING:
    from itakit.scoring.costly import CostlyQuestions
    from itakit.scoring.gaps import Gaps
    from itakit.scoring.route import Route

__all__ = ["ScoreCard", "score_indicators"]

Agency = str | int | None


def _respondents(value: object) -> Mapping[Tool, int] | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InputTypeError(
            f"'respondents' must map tools to counts, such as {{'IIT': 120}} (got {shown(value)})",
            value=value,
        )
    counts: dict[Tool, int] = {}
    for tool, count in value.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError(
                f"'respondents' of {tool} must be a whole number >= 0 (got {shown(count)})",
                value=count,
            )
        counts[Tool.parse(tool)] = count
    return MappingProxyType(counts)


def _agency(value: object) -> Agency:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise InputTypeError(f"'agency' must be text or an int (got {shown(value)})", value=value)


@attrs.frozen(repr=False, unsafe_hash=False)
class ScoreCard:
    """One agency's ITA result under one framework, exact until it is published.

    Build one with :func:`~itakit.scoring.score_indicators` (or from answers,
    through :class:`~itakit.scoring.ScoreTable`).  Published values (``total``,
    ``tool_scores``, ``indicator_scores``) are Decimals rounded half up to two
    decimals from the unrounded parts; ``*_exact`` gives the fractions behind
    them.  The level is assigned on the published total and, where the scheme
    asks (FY 2566 on), on each tool's published score.

    >>> import itakit
    >>> card = itakit.framework(2568).score_indicators(
    ...     {1: 99, 2: 99, 3: 99, 4: 99, 5: 99, 6: 84, 7: 84, 8: 84, 9: 99.3, 10: 99.3})
    >>> card.total, str(card.level), card.tool_scores[itakit.Tool.EIT]
    (Decimal('94.62'), 'ผ่าน', Decimal('84.00'))
    """

    framework: Rules
    """The rules it was scored under."""
    indicator_scores_exact: Mapping[int, Fraction]
    """Each indicator's exact score (any number is read exactly; a float as it prints)."""
    agency: Agency = attrs.field(default=None, converter=_agency)
    """The agency's name or id, if known."""
    respondents: Mapping[Tool, int] | None = attrs.field(default=None, converter=_respondents)
    """How many respondents answered each survey tool, if known."""
    level: Level = attrs.field(init=False)
    """The published level; ``str(card.level)`` is its label (``"B"``, ``"ผ่านดี"``)."""
    _composed: Composed = attrs.field(init=False, eq=False)
    question_scores: Mapping[str, Fraction] | None = attrs.field(
        default=None, kw_only=True, eq=False
    )
    """Each question's exact score (``"i1"`` → 2500/27), when the card was scored from raw answers.

    A question scores the mean over the respondents who answered it (of each
    sub-item, then their mean); OIT items (``"o1"``) score 100 or 0 when the
    checklist is known.  None for a card made from indicator values.  Every
    indicator with questions here has all of them, and its score is exactly
    their mean (see :func:`itakit.analysis.costly_questions`).  Detail behind
    the indicator scores: not compared by ``==``, not written by
    :meth:`to_dict`, and dropped by :meth:`what_if`.
    """
    question_respondents: Mapping[str, int] | None = attrs.field(
        default=None, kw_only=True, eq=False
    )
    """How many respondents answered each question (any of its sub-items), when known."""

    def __attrs_post_init__(self) -> None:
        framework = self.framework
        if not isinstance(framework, Rules):
            raise InputTypeError(
                f"'framework' must be a Framework, such as itakit.framework(2567) (got {shown(framework)})",
                value=framework,
            )
        plan = plan_of(framework)
        scores = read_indicator_scores(framework, self.indicator_scores_exact)
        questions = None
        if self.question_scores is not None:
            by_number = dict(zip(plan.numbers, scores, strict=True))
            questions = read_question_scores(framework, by_number, self.question_scores)
        self._settle(scores, questions, read_question_respondents(self.question_respondents))

    def _settle(
        self,
        scores: tuple[Fraction, ...],
        questions: Mapping[str, Fraction] | None,
        question_respondents: Mapping[str, int] | None,
    ) -> None:
        """Set what follows from checked values: the scores by number, their composition, the
        level."""
        framework = self.framework
        plan = plan_of(framework)
        composed = compose(plan, scores)
        object.__setattr__(
            self,
            "indicator_scores_exact",
            MappingProxyType(dict(zip(plan.numbers, scores, strict=True))),
        )
        object.__setattr__(self, "_composed", composed)
        object.__setattr__(self, "question_scores", questions)
        object.__setattr__(self, "question_respondents", question_respondents)
        tool_scores = {
            tool: published(c)
            for tool, c in zip(plan.tools, composed.tool_score_cents, strict=True)
        }
        level = framework.levels.assign(published(composed.total_cents), tool_scores)
        object.__setattr__(self, "level", level)

    @classmethod
    def _scored(
        cls,
        framework: Rules,
        scores: tuple[Fraction, ...],
        *,
        agency: Agency,
        respondents: Mapping[Tool, int] | None,
        question_scores: Mapping[str, Fraction] | None,
        question_respondents: Mapping[str, int] | None,
    ) -> ScoreCard:
        """A card of values itakit has scored itself (a row of a
        :class:`~itakit.scoring.ScoreTable`): exact indicator scores in the framework's order,
        question scores made from the same counts.  They are not read and checked again, which
        costs more than scoring them; ``tests/test_scoring_responses.py`` holds such a card equal
        to the one the constructor makes of the same values."""
        card = object.__new__(cls)
        object.__setattr__(card, "framework", framework)
        object.__setattr__(card, "agency", _agency(agency))
        object.__setattr__(
            card, "respondents", None if respondents is None else MappingProxyType(respondents)
        )
        questions = None if question_scores is None else in_order(framework, question_scores)
        counts = None if question_respondents is None else MappingProxyType(question_respondents)
        card._settle(scores, questions, counts)
        return card

    # -- published values ----------------------------------------------------

    @property
    def fiscal_year(self) -> FiscalYear:
        """The fiscal year of its framework.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.fiscal_year
        FiscalYear(2568)
        """
        return self.framework.fiscal_year

    @property
    def total(self) -> Decimal:
        """The published total: two decimals, rounded half up from the unrounded parts.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.total
        Decimal('84.00')
        """
        return published(self._composed.total_cents)

    @property
    def total_exact(self) -> Fraction:
        """The total before rounding.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.total_exact
        Fraction(84001, 1000)
        """
        return self._composed.total

    @property
    def passed(self) -> bool:
        """Whether the published total reaches the framework's pass mark (85 in every edition).

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.passed, str(card.level)
        (False, 'ต้องปรับปรุง')
        """
        return self.framework.levels.passes(self.total)

    @property
    def indicator_scores(self) -> Mapping[int, Decimal]:
        """Each indicator's score as published (two decimals, rounded half up).

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.indicator_scores[10], card.indicator_scores_exact[10]
        (Decimal('70.01'), Fraction(14001, 200))
        """
        return MappingProxyType(
            {n: published(cents(s)) for n, s in self.indicator_scores_exact.items()}
        )

    @property
    def tool_scores(self) -> Mapping[Tool, Decimal]:
        """Each tool's score out of 100: the weight-weighted mean of its indicators, published.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.tool_scores[itakit.Tool.OIT]
        Decimal('75.00')
        """
        plan = plan_of(self.framework)
        return MappingProxyType(
            dict(zip(plan.tools, map(published, self._composed.tool_score_cents), strict=True))
        )

    @property
    def tool_scores_exact(self) -> Mapping[Tool, Fraction]:
        """Each tool's score out of 100, before rounding.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.tool_scores_exact[itakit.Tool.OIT]
        Fraction(30001, 400)
        """
        plan = plan_of(self.framework)
        return MappingProxyType(dict(zip(plan.tools, self._composed.tool_scores, strict=True)))

    @property
    def tool_points(self) -> Mapping[Tool, Decimal]:
        """Each tool's share of the total (OIT 38.70 of 40), published.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.tool_points[itakit.Tool.OIT]
        Decimal('30.00')
        """
        plan = plan_of(self.framework)
        return MappingProxyType(
            dict(zip(plan.tools, map(published, self._composed.tool_point_cents), strict=True))
        )

    @property
    def tool_points_exact(self) -> Mapping[Tool, Fraction]:
        """Each tool's share of the total, before rounding.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.tool_points_exact[itakit.Tool.OIT]
        Fraction(30001, 1000)
        """
        plan = plan_of(self.framework)
        return MappingProxyType(dict(zip(plan.tools, self._composed.tool_points, strict=True)))

    @property
    def tool_weights(self) -> Mapping[Tool, Decimal]:
        """What each tool weighs in the total (points of 100).

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> dict(card.tool_weights)
        {<Tool.IIT: 'IIT'>: Decimal('30'), <Tool.EIT: 'EIT'>: Decimal('30'), <Tool.OIT: 'OIT'>: Decimal('40')}
        """
        return MappingProxyType({part.tool: part.weight for part in self.framework.tools})

    @property
    def confidence(self) -> Confidence:
        """How sure itakit is of the rules that scored it: its framework's weakest confidence.

        >>> import itakit
        >>> card = itakit.framework(2568).score_indicators({**dict.fromkeys(range(1, 9), 90), 9: 80, 10: 70.005})
        >>> card.confidence
        <Confidence.PROVISIONAL: 'provisional'>
        """
        return self.framework.confidence

    # -- what-ifs --------------------------------------------------------------

    def with_scores(self, changes: Mapping[Any, object]) -> ScoreCard:
        """Deprecated: :meth:`what_if`, which does the same (and also takes a route)."""
        from itakit._deprecation import deprecated
        from itakit.scoring.what_if import what_if

        deprecated("ScoreCard.with_scores()", "ScoreCard.what_if()")
        return what_if(self, changes)

    # -- plain data ------------------------------------------------------------

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """JSON-ready data: the published values as numbers, under stable English keys.

        Keys: ``fiscal_year``, ``agency``, ``indicator_scores`` (indicator
        number as text → score), ``tool_scores`` and ``tool_points`` (``"IIT"``
        → …), ``total``, ``level``, ``passed``, ``respondents``, ``confidence``,
        and ``question_scores`` / ``question_respondents`` when the card has
        them.  With *exact*, ``exact`` adds the values before rounding as text
        (``"2617/30"``), which :meth:`from_dict` reads back exactly.  The JSON
        Schema is ``itakit/data/schema/score-card.json``.

        >>> import itakit
        >>> data = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80)).to_dict()
        >>> data["fiscal_year"], data["indicator_scores"]["1"], data["total"], data["level"]
        (2564, 80.0, 80.0, 'B')
        """
        from itakit.scoring._json import card_dict

        return card_dict(self, exact=exact)

    def to_json(self, *, exact: bool = False, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (Thai as it is, not ``\\u`` escapes).

        >>> import itakit, json
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80.125))
        >>> json.loads(card.to_json())["total"], json.loads(card.to_json(exact=True))["exact"]["total"]
        (80.13, '80.125')
        """
        from itakit.scoring._json import dumps

        return dumps(self.to_dict(exact=exact), indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], framework: Rules | None = None) -> ScoreCard:
        """The card :meth:`to_dict` wrote, scored again under *framework*.

        Without *framework*, the shipped edition of the data's fiscal year is
        used.  The exact indicator scores are used where the data has them
        (``to_dict(exact=True)``), else the published ones.  Published values
        in *data* must match the new scoring, so a card is never silently
        re-scored under other rules.

        >>> import itakit
        >>> fw = itakit.framework(2564)
        >>> card = fw.score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> ScoreCard.from_dict(card.to_dict(exact=True), fw) == card
        True
        """
        from itakit.scoring._record import card_from

        return card_from(data, framework)

    @classmethod
    def from_json(cls, text: str | bytes, framework: Rules | None = None) -> ScoreCard:
        """The card :meth:`to_json` wrote (see :meth:`from_dict`).

        >>> import itakit
        >>> card = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 200 / 3))
        >>> ScoreCard.from_json(card.to_json(exact=True)) == card
        True
        """
        from itakit.scoring._json import loads

        return cls.from_dict(loads(text, what="a score card"), framework)

    def to_excel(self, path: str | os.PathLike[str], *, lang: str = "th") -> Path:
        """Write the card as an Excel workbook that opens as it is; returns the path.

        Sheets: its row of scores (as :meth:`ScoreTable.to_excel` writes a row,
        readable back by :func:`~itakit.scoring.score_file`), its indicators one
        a row, and the edition's confidence.  Thai headers, or English with
        ``lang="en"``; published values as numbers shown with two decimals.
        Written whole or not at all.  Needs the ``excel`` extra.

        >>> import itakit, pathlib, tempfile
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> card.to_excel(pathlib.Path(tempfile.mkdtemp()) / "card.xlsx").name
        'card.xlsx'
        """
        from itakit.scoring._workbook import write_card

        return write_card(self, path, lang=lang)

    # -- text and HTML -----------------------------------------------------------

    def format(self, *, lang: str = "th", digits: Digits | None = None) -> str:
        """A plain-text table of the card, for a Thai (``lang="th"``) or an English reader.

        *digits* defaults to Thai digits for Thai and Arabic digits for English.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> print(card.format(lang="en", digits="arabic").splitlines()[-2])
        Total  80.00 / 100   level B (not passed: under 85)
        """
        from itakit.scoring._render import card_text

        return card_text(self, lang=lang, digits=resolve_digits(lang, digits))

    def __str__(self) -> str:
        return self.format()

    def __hash__(self) -> int:
        return hash((self.fiscal_year, tuple(self.indicator_scores_exact.items()), self.agency))

    def __repr__(self) -> str:
        agency = "" if self.agency is None else f", agency={shown(self.agency)}"
        return (
            f"ScoreCard(FY {self.fiscal_year}{agency}, total={self.total!r},"
            f" level={str(self.level)!r})"
        )

    def _repr_html_(self) -> str:
        from itakit.scoring._render import card_html

        return card_html(self)

    # -- analysis (itakit.analysis does the work) --------------------------------

    def gaps(self) -> Gaps:
        """Where the points were lost, and the cheapest routes to pass and to the next level.

        See :func:`itakit.scoring.gaps`.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> [gap.indicator.number for gap in card.gaps().largest(2)]
        [9, 10]
        """
        from itakit.scoring.gaps import gaps

        return gaps(self)

    def what_if(self, changes: Mapping[Any, object] | Route) -> ScoreCard:
        """A NEW card with some indicator scores changed (or a route's targets); this one is unchanged.

        See :func:`itakit.scoring.what_if`; question codes (``{"i10": 95}``) work
        for a card that holds question scores.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> card.what_if({9: 90}).total, card.total
        (Decimal('82.00'), Decimal('80.00'))
        """
        from itakit.scoring.what_if import what_if

        return what_if(self, changes)

    def plot(self, *, lang: str = "th", digits: Digits | None = None) -> Any:
        """The indicators as bars against the pass mark, coloured by tool: a matplotlib Figure.

        Needs the ``plot`` extra; see :func:`itakit.analysis.plot_card`.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> type(card.plot()).__name__
        'Figure'
        """
        from itakit.scoring.plots import plot_card

        return plot_card(self, lang=check_lang(lang), digits=digits)

    def costly_questions(self, n: int | None = None) -> CostlyQuestions:
        """The questions that cost most points of the total, most costly first (*n* of them).

        Needs :attr:`question_scores` (raw answers or OIT checklists); see
        :func:`itakit.analysis.costly_questions`.

        >>> import itakit
        >>> fw = itakit.framework(2567)
        >>> answers = {"agency": ["ก", "ก", "ก"],
        ...            **{f"i{k}": [3, 0 if k == 7 else 3, None] for k in range(1, 16)},
        ...            **{f"e{k}": [None, None, 3] for k in range(1, 16)}}
        >>> card = itakit.score_responses(fw, answers, oit={"ก": {9: 100, 10: 100}}).card("ก")
        >>> [(row.code, row.score, row.points_lost) for row in card.costly_questions(2)]
        [('i7', Decimal('50.00'), Decimal('1.00')), ('i1', Decimal('100.00'), Decimal('0.00'))]
        """
        from itakit.scoring.costly import costly_questions

        return costly_questions(self, n)


def score_indicators(
    framework: Rules,
    scores: Mapping[int, object] | Mapping[str, object],
    *,
    agency: str | int | None = None,
    respondents: Mapping[Tool, int] | Mapping[str, int] | None = None,
) -> ScoreCard:
    """Score one agency from its indicator scores (0–100), exactly.

    *scores* maps every indicator number of *framework* (ints, or digits as
    text) to a number: an int, a Decimal, a Fraction, text such as
    ``"93.55"`` or ``"๙๓.๕๕"``, or a float, which counts as the decimal it
    prints as (``94.995`` is 94.995).  Nothing is rounded until the card
    publishes a value.  A missing or unknown indicator, a value outside
    0–100, NaN, a bool or a value of the wrong type raises one
    :class:`~itakit.errors.ScoringError` that lists every problem.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> trat = {1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93, 5: 89.52,
    ...         6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}
    >>> card = score_indicators(fw, trat, agency="ตราด")
    >>> card.total, str(card.level)
    (Decimal('81.45'), 'B')
    >>> score_indicators(fw, {**trat, 3: -1, 10: float("nan")})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score FY 2564: indicator 3: -1 is outside 0–100; indicator 10: nan is not a score (expected a number from 0 to 100) (expected a score from 0 to 100 for each of indicators 1–10)
    """
    check_rules(framework, "score_indicators")
    return ScoreCard(
        framework=framework,
        indicator_scores_exact=scores,  # type: ignore[arg-type]
        agency=agency,
        respondents=respondents,
    )
