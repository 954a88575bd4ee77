"""Where the points are: what each indicator cost, and what it takes to pass or go up a level.

An indicator of weight *w* scoring *s* loses ``w × (100 − s) / 100`` points of
the total; the points lost by all indicators add up to ``100 − total``.  An
indicator raised by one point adds ``w / 100`` to the total, so the cheapest
way up starts with the heaviest indicators that have room (see
:mod:`itakit.scoring.route`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import attrs

from itakit._numbers import half_up, round_up
from itakit._text_table import table
from itakit._words import Lang, check_lang
from itakit.errors import UnknownCodeError
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator
from itakit.rules.level_search import level_above, pass_level
from itakit.rules.levels import Level
from itakit.scoring.route import Route, plan_route
from itakit.thai import Digits, format_number, resolve_digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["Gaps", "IndicatorGap", "gaps"]

_HUNDRED = Fraction(100)


@attrs.frozen(repr=False)
class IndicatorGap:
    """What one indicator cost, and what it would need on its own to pass or to go up a level.

    ``points_lost`` is rounded half up to two decimals, ``points_lost_exact``
    is the fraction behind it.  ``alone_to_pass`` and ``alone_to_next`` are the
    points this indicator alone would have to gain (rounded up): ``0`` when the
    level is already reached, ``None`` when it cannot get there on its own (not
    enough room below 100, or another tool short of its threshold).

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> card.gaps().indicator(9)
    IndicatorGap(9 การเปิดเผยข้อมูล: score 80.00, lost 4.00, cannot pass alone)
    """

    indicator: Indicator
    score: Decimal
    points_lost: Decimal
    points_lost_exact: Fraction
    alone_to_pass: Decimal | None
    alone_to_next: Decimal | None

    def __repr__(self) -> str:
        alone = (
            "cannot pass alone"
            if self.alone_to_pass is None
            else f"alone to pass +{self.alone_to_pass}"
        )
        return (
            f"IndicatorGap({self.indicator.number} {self.indicator.name_th}: score {self.score},"
            f" lost {self.points_lost}, {alone})"
        )


@attrs.frozen(repr=False)
class Gaps:
    """The gap analysis of one score card: per indicator, and the cheapest routes up.

    :attr:`indicators` are in the edition's order; :meth:`largest` sorts them
    by points lost.  :attr:`to_pass` is the cheapest route to the pass mark
    (see :func:`~itakit.analysis.pass_level`; empty if the card passes),
    :attr:`to_next` to the level above the card's (``None`` at the top).
    Build one with ``card.gaps()``.

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> card.gaps()
    Gaps(FY 2564, total 80.00, level B, lost 20.00; to pass: 9 80.00 → 92.50, 10 80.00 → 92.50)
    """

    card: ScoreCard
    indicators: tuple[IndicatorGap, ...]
    next_level: Level | None
    to_pass: Route
    to_next: Route | None

    def __iter__(self) -> Iterator[IndicatorGap]:
        """The indicators' gaps, in the edition's order.

        >>> import itakit
        >>> gaps = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80)).gaps()
        >>> len(gaps), [gap.indicator.number for gap in gaps][:3], gaps[8].indicator.number
        (10, [1, 2, 3], 9)
        """
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def __getitem__(self, index: int) -> IndicatorGap:
        return self.indicators[index]

    @property
    def level(self) -> Level:
        """The card's level."""
        return self.card.level

    @property
    def pass_mark(self) -> Decimal:
        """The edition's pass mark."""
        return self.card.framework.levels.pass_mark

    @property
    def points_lost(self) -> Decimal:
        """All points lost, ``100 − total``, rounded half up."""
        return half_up(_HUNDRED - self.card.total_exact)

    @property
    def points_to_pass(self) -> Decimal:
        """The points of the total still missing to reach the pass mark (rounded up; 0 if passed)."""
        return round_up(max(Fraction(0), Fraction(self.pass_mark) - self.card.total_exact))

    def largest(self, count: int | None = None) -> tuple[IndicatorGap, ...]:
        """The indicators that lost most points first (ties in the edition's order), *count* of them.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> [gap.indicator.number for gap in card.gaps().largest(3)]
        [9, 10, 6]
        """
        ordered = sorted(self.indicators, key=lambda gap: -gap.points_lost_exact)
        return tuple(ordered if count is None else ordered[:count])

    def indicator(self, number: int) -> IndicatorGap:
        """The gap of indicator *number*."""
        for gap in self.indicators:
            if gap.indicator.number == number:
                return gap
        numbers = ", ".join(str(gap.indicator.number) for gap in self.indicators)
        raise UnknownCodeError(f"no indicator {number!r} (there are {numbers})", value=number)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """JSON-ready data: the card's result, each indicator's gap, and the routes up.

        Keys: ``fiscal_year``, ``agency``, ``total``, ``level``, ``pass_mark``,
        ``passed``, ``points_lost``, ``points_to_pass``, ``indicators`` (in the
        edition's order: ``indicator``, ``name_th``, ``name_en``, ``tool``,
        ``score``, ``points_lost``, ``alone_to_pass``, ``alone_to_next``),
        ``next_level``, ``to_pass`` and ``to_next`` (each ``target``, ``points``
        and ``steps`` of ``indicator``, ``from_score``, ``to_score``, ``gain``).
        With *exact*, ``exact`` adds the total and the points lost before
        rounding.  The JSON Schema is ``itakit/data/schema/gaps.json``.

        >>> import itakit
        >>> data = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80)).gaps().to_dict()
        >>> data["points_to_pass"], [step["to_score"] for step in data["to_pass"]["steps"]]
        (5.0, [92.5, 92.5])
        """
        card = self.card
        data: dict[str, Any] = {
            "fiscal_year": card.fiscal_year.year,
            "agency": card.agency,
            "total": float(card.total),
            "level": str(card.level),
            "pass_mark": float(self.pass_mark),
            "passed": card.passed,
            "points_lost": float(self.points_lost),
            "points_to_pass": float(self.points_to_pass),
            "indicators": [
                {
                    "indicator": gap.indicator.number,
                    "name_th": gap.indicator.name_th,
                    "name_en": gap.indicator.name_en,
                    "tool": str(gap.indicator.tool.value),
                    "score": float(gap.score),
                    "points_lost": float(gap.points_lost),
                    "alone_to_pass": _maybe(gap.alone_to_pass),
                    "alone_to_next": _maybe(gap.alone_to_next),
                }
                for gap in self.indicators
            ],
            "next_level": None if self.next_level is None else str(self.next_level),
            "to_pass": _route(self.to_pass),
            "to_next": None if self.to_next is None else _route(self.to_next),
        }
        if exact:
            from itakit.scoring._exact import exact_text

            data["exact"] = {
                "total": exact_text(card.total_exact),
                "points_lost": {
                    str(gap.indicator.number): exact_text(gap.points_lost_exact)
                    for gap in self.indicators
                },
            }
        return data

    def to_json(self, *, exact: bool = False, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (Thai as it is).

        >>> import itakit, json
        >>> gaps = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80)).gaps()
        >>> json.loads(gaps.to_json())["points_lost"]
        20.0
        """
        import json

        return json.dumps(self.to_dict(exact=exact), ensure_ascii=False, indent=indent)

    def format(self, *, lang: Lang = "th", digits: Digits | None = None) -> str:
        """A plain-text report: indicators by points lost, then the routes to pass and up a level.

        >>> import itakit
        >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
        >>> print(card.gaps().format(lang="en", digits="arabic").splitlines()[1])
         9  information disclosure      80.00         4.00           —
        """
        return _gaps_text(self, lang=check_lang(lang), digits=resolve_digits(lang, digits))

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        card = self.card
        route = "passed" if not self.to_pass else f"to pass: {self.to_pass.describe()}"
        return (
            f"Gaps(FY {card.fiscal_year}, total {card.total}, level {card.level},"
            f" lost {self.points_lost}; {route})"
        )


def _maybe(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _route(route: Route) -> dict[str, Any]:
    return {
        "target": str(route.target),
        "points": float(route.points),
        "steps": [
            {
                "indicator": step.indicator.number,
                "from_score": float(step.from_score),
                "to_score": float(step.to_score),
                "gain": float(step.gain),
            }
            for step in route.steps
        ],
    }


def _alone(
    framework: Rules, scores: Mapping[int, Fraction], target: Level
) -> dict[int, Decimal | None]:
    """For each indicator, the points it alone must gain to reach *target* (None if it cannot)."""
    weights = {i.number: Fraction(i.weight) for i in framework.indicators}
    weighted = sum((weights[n] * scores[n] for n in weights), Fraction(0))
    total_short = Fraction(target.min_total) * _HUNDRED - weighted
    tool_short: dict[object, tuple[Fraction, dict[int, Fraction]]] = {}
    if target.min_tool_score is not None:
        for part in framework.tools:
            own = {i.number: weights[i.number] for i in part.indicators}
            if not any(own.values()):  # a tool whose indicators all weigh 0 scores their mean
                own = dict.fromkeys(own, Fraction(1))
            short = Fraction(target.min_tool_score) * sum(own.values()) - sum(
                own[n] * scores[n] for n in own
            )
            tool_short[part.tool] = (short, own)
    result: dict[int, Decimal | None] = {}
    for indicator in framework.indicators:
        number = indicator.number
        needed = max(Fraction(0), total_short / weights[number]) if weights[number] else None
        if total_short <= 0:
            needed = Fraction(0)
        for tool, (short, own) in tool_short.items():
            if short <= 0:
                continue
            if tool is not indicator.tool or own[number] == 0:
                needed = None
            elif needed is not None:
                needed = max(needed, short / own[number])
        if needed is None or needed > _HUNDRED - scores[number]:
            result[number] = None
        else:
            result[number] = round_up(needed)
    return result


def gaps(card: ScoreCard) -> Gaps:
    """Where *card* lost its points, and the cheapest routes to pass and to the next level.

    >>> import itakit
    >>> trat = itakit.framework(2564).score_indicators({1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93,
    ...     5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}, agency="ตราด")
    >>> result = gaps(trat)
    >>> [(gap.indicator.number, gap.points_lost) for gap in result.largest(2)]
    [(10, Decimal('6.89')), (9, Decimal('5.42'))]
    >>> [(step.indicator.number, step.from_score, step.to_score) for step in result.to_pass.steps]
    [(9, Decimal('72.89'), Decimal('78.09')), (10, Decimal('65.56'), Decimal('78.09'))]
    """
    framework = card.framework
    scores = card.indicator_scores_exact
    scheme = framework.levels
    passing = pass_level(scheme)
    above = level_above(scheme, card.level)
    to_pass = _alone(framework, scores, passing)
    to_next = _alone(framework, scores, above) if above is not None else {}
    indicators = []
    for indicator in framework.indicators:
        score = scores[indicator.number]
        lost = Fraction(indicator.weight) * (_HUNDRED - score) / _HUNDRED
        indicators.append(
            IndicatorGap(
                indicator=indicator,
                score=half_up(score),
                points_lost=half_up(lost),
                points_lost_exact=lost,
                alone_to_pass=to_pass[indicator.number],
                alone_to_next=to_next.get(indicator.number),
            )
        )
    return Gaps(
        card=card,
        indicators=tuple(indicators),
        next_level=above,
        to_pass=plan_route(framework, scores, passing),
        to_next=None if above is None else plan_route(framework, scores, above),
    )


_HEAD = {
    "th": ("ตัวชี้วัด", "คะแนน", "คะแนนที่เสีย", "เพิ่มตัวเดียวถึง {level}"),
    "en": ("indicator", "score", "points lost", "alone to {level}"),
}


def _number(value: Decimal | None, digits: Digits) -> str:
    return "—" if value is None else format_number(value, digits=digits, grouping=False)


def _route_line(route: Route, lang: Lang, digits: Digits) -> str:
    target = route.target.label_th if lang == "th" else route.target.label_en
    steps = route.describe(digits=digits)
    points = _number(route.points, digits)
    if lang == "th":
        return f"เส้นทางที่ใช้คะแนนน้อยที่สุดสู่ระดับ {target}: {steps} (รวม +{points} คะแนนตัวชี้วัด)"
    return f"cheapest route to {target}: {steps} (+{points} indicator points in all)"


def _gaps_text(gaps: Gaps, *, lang: Lang, digits: Digits) -> str:
    """The indicators by points lost, then the total and the routes up."""
    # The last column: what each indicator alone needs to pass, or, once passed, to go up.
    target = gaps.to_pass.target if gaps.to_pass or gaps.to_next is None else gaps.to_next.target
    label = target.label_th if lang == "th" else target.label_en
    rows = [[*_HEAD[lang][:3], _HEAD[lang][3].format(level=label)]]
    for gap in gaps.largest():
        alone = gap.alone_to_pass if target == gaps.to_pass.target else gap.alone_to_next
        indicator = gap.indicator
        name = indicator.name_th if lang == "th" else indicator.name_en
        rows.append(
            [
                f"{with_digits(str(indicator.number), digits):>2}  {name}",
                _number(gap.score, digits),
                _number(gap.points_lost, digits),
                _number(alone, digits),
            ]
        )
    if not gaps.to_pass and gaps.to_next is None:  # at the top level: nothing left to reach
        rows = [row[:3] for row in rows]
    lines = table(rows, right=(False, True, True, True))
    card = gaps.card
    total, lost = _number(card.total, digits), _number(gaps.points_lost, digits)
    mark = format_number(gaps.pass_mark, decimals=0, digits=digits)
    level = card.level.label_th if lang == "th" else card.level.label_en
    if lang == "th":
        summary = f"คะแนนรวม {total} · ระดับ {level} · เสียไป {lost} คะแนน"
        if gaps.to_pass:
            summary += f" · ขาดอีก {_number(gaps.points_to_pass, digits)} คะแนนถึงเกณฑ์ผ่าน {mark}"
    else:
        summary = f"total {total} · level {level} · {lost} points lost"
        if gaps.to_pass:
            summary += f" · {_number(gaps.points_to_pass, digits)} short of the pass mark {mark}"
    lines += ["", summary]
    if gaps.to_pass:
        lines.append(_route_line(gaps.to_pass, lang, digits))
    if gaps.to_next is not None and gaps.to_next.target != gaps.to_pass.target:
        lines.append(_route_line(gaps.to_next, lang, digits))
    return "\n".join(lines)
