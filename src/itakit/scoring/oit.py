"""One agency's OIT: :func:`score_oit` turns a checklist into indicator 9 and 10 scores.

>>> import itakit
>>> fw = itakit.framework(2564)
>>> checklist = {f"o{k}": True for k in range(1, 44)}
>>> checklist["o1"] = False
>>> oit = itakit.score_oit(fw, checklist)
>>> oit.sub_indicator_scores["9.1"], oit.indicator_scores[9], oit.indicator_scores[10]
(Decimal('88.89'), Decimal('97.78'), Decimal('100.00'))
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from types import MappingProxyType
from typing import Any

import attrs

from itakit._limits import shown
from itakit.errors import InputTypeError, ItakitError, ScoringError
from itakit.rules.framework import Rules
from itakit.scoring._answer_plan import column_code
from itakit.scoring._choices import cell_offset
from itakit.scoring._exact import cents, published, read_score
from itakit.scoring._oit_plan import Layout, OITPlan, oit_plan_of
from itakit.scoring._problems import check_rules
from itakit.scoring._read import code_runs

__all__ = ["OITScores", "read_checklist", "score_oit"]


@attrs.frozen(repr=False)
class OITScores:
    """One agency's OIT result: exact indicator scores, and sub-indicator scores where known.

    >>> from fractions import Fraction
    >>> scores = OITScores({9: Fraction(880, 9), 10: Fraction(100)}, {})
    >>> scores.indicator_scores[9]
    Decimal('97.78')
    """

    indicator_scores_exact: Mapping[int, Fraction]
    """Each OIT indicator's exact score; pass these to :func:`score_indicators` with the others."""
    sub_indicator_scores_exact: Mapping[str, Fraction]
    """Each sub-indicator's exact score, where the checklist or the caller gave it."""

    def __repr__(self) -> str:
        """Published values, as a reader compares them with the NACC's page.

        >>> OITScores({9: Fraction(880, 9), 10: Fraction(100)}, {"9.1": Fraction(100)})
        OITScores(9: 97.78, 10: 100.00; 9.1: 100.00)
        """
        indicators = ", ".join(f"{n}: {s}" for n, s in self.indicator_scores.items())
        subs = ", ".join(f"{c}: {s}" for c, s in self.sub_indicator_scores.items())
        return f"OITScores({indicators}{'; ' + subs if subs else ''})"

    @property
    def indicator_scores(self) -> Mapping[int, Decimal]:
        """Each OIT indicator's score, published (two decimals, rounded half up).

        >>> OITScores({9: Fraction(200, 3), 10: Fraction(100)}, {}).indicator_scores[9]
        Decimal('66.67')
        """
        return MappingProxyType(
            {n: published(cents(s)) for n, s in self.indicator_scores_exact.items()}
        )

    @property
    def sub_indicator_scores(self) -> Mapping[str, Decimal]:
        """Each known sub-indicator's score, published.

        >>> OITScores({10: Fraction(75)}, {"10.1": Fraction(100), "10.2": Fraction(50)}).sub_indicator_scores
        mappingproxy({'10.1': Decimal('100.00'), '10.2': Decimal('50.00')})
        """
        return MappingProxyType(
            {c: published(cents(s)) for c, s in self.sub_indicator_scores_exact.items()}
        )

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """JSON-ready data: ``indicator_scores`` and ``sub_indicator_scores``, published.

        With *exact*, ``exact`` adds both before rounding, as text.  The JSON
        Schema is ``itakit/data/schema/oit-scores.json``.

        >>> OITScores({10: Fraction(75)}, {"10.1": Fraction(100), "10.2": Fraction(50)}).to_dict()
        {'indicator_scores': {'10': 75.0}, 'sub_indicator_scores': {'10.1': 100.0, '10.2': 50.0}}
        """
        from itakit.scoring._json import oit_dict

        return oit_dict(self, exact=exact)

    def to_json(self, *, exact: bool = False, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text.

        >>> OITScores({9: Fraction(200, 3)}, {}).to_json(exact=True, indent=None)
        '{"indicator_scores": {"9": 66.67}, "sub_indicator_scores": {}, "exact": {"indicator_scores": {"9": "200/3"}, "sub_indicator_scores": {}}}'
        """
        from itakit.scoring._json import dumps

        return dumps(self.to_dict(exact=exact), indent=indent)


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def _item_points(plan: OITPlan, code: str, value: object) -> Fraction | str:
    offset = cell_offset(value, plan.lookups[code], plan.choices[code])
    if offset > 0:
        return Fraction(plan.numerators[code][offset - 1], plan.denominator)
    reason = "is blank" if offset == 0 else f"is {shown(value)}, not an answer"
    return f"{code} {reason} (expected True or False, มี or ไม่มี)"


def _combine(
    plan: OITPlan,
    position: int,
    way: str,
    read: Mapping[str, Fraction | int | None],
    subs: dict[str, Fraction],
    problems: list[tuple[str, object]],
) -> Fraction | None:
    """One indicator's score from what the checklist gave for it (None if it had a problem).

    Items are read as integer points (× the plan's denominator): a sub-indicator is
    their mean, the indicator the mean of its sub-indicators, each one exact fraction.
    """
    number = plan.numbers[position]
    if way == "indicator":
        found = read.get(str(number))
        return None if found is None else Fraction(found)
    needed = plan.needs(position, way)
    missing = [code for code in needed if code not in read]
    if missing:
        what = "sub-indicators" if way == "sub" else "items"
        problems.append((f"indicator {number}: {what} {code_runs(missing)} missing", missing))
        return None
    if any(read[code] is None for code in needed):
        return None  # already reported
    return _compose(plan, position, way, read, subs)  # type: ignore[arg-type]


def _compose(
    plan: OITPlan,
    position: int,
    way: str,
    read: Mapping[str, Fraction | int],
    subs: dict[str, Fraction],
) -> Fraction:
    """One indicator's score from a whole, clean reading of the way it is given (see
    :func:`_combine`); its sub-indicators' scores go into *subs*."""
    if way == "indicator":
        return Fraction(read[str(plan.numbers[position])])
    if way == "sub":
        groups: tuple[tuple[str | None, tuple[str, ...]], ...] = tuple(
            (code, (code,)) for code in plan.subs[position]
        )
        return _mean([read[cs[0]] for _, cs in groups])  # type: ignore[misc]
    groups = plan.groups[position]
    denominator = plan.denominator
    common = plan.commons[position]
    total = 0
    for sub, cs in groups:
        points: int = sum(map(read.__getitem__, cs))  # type: ignore[arg-type]
        if sub is not None:
            subs[sub] = _fraction(points, denominator * len(cs))
        total += points * (common // len(cs))
    return Fraction(total, denominator * len(groups) * common)


def _unknown(plan: OITPlan, key: object) -> str:
    code = column_code(key) if isinstance(key, str) else None
    if code is not None and code.startswith("o") and not plan.item_position:
        return (
            f"unknown OIT key {shown(key)}: this edition lists no OIT items"
            " (give sub-indicator or indicator scores)"
        )
    return f"unknown OIT key {shown(key)}"


def read_checklist(
    plan: OITPlan, checklist: Mapping[Any, object]
) -> tuple[tuple[Fraction, ...], dict[str, Fraction], list[tuple[str, object]]]:
    """Indicator and sub-indicator scores from one checklist, and its problems as (message, value).

    An indicator with a problem scores 0 here; the caller must not use it.

    >>> import itakit
    >>> from itakit.scoring._oit_plan import oit_plan_of
    >>> read_checklist(oit_plan_of(itakit.framework(2567)), {9: 90, 10: "x"})
    ((Fraction(90, 1), Fraction(0, 1)), {}, [("indicator 10: 'x' is not a score (expected a number from 0 to 100)", 'x')])
    """
    layout = plan.layout(tuple(checklist))
    if layout is not None:
        found = _read_clean(plan, layout, checklist)
        if found is not None:
            return found[0], found[1], []
    return _read_each(plan, checklist)


def _read_each(
    plan: OITPlan, checklist: Mapping[Any, object]
) -> tuple[tuple[Fraction, ...], dict[str, Fraction], list[tuple[str, object]]]:
    """:func:`read_checklist` key by key, finding every problem (the same scores where it has
    none)."""
    problems: list[tuple[str, object]] = []
    read: dict[str, Fraction | int | None] = {}
    ways: dict[int, set[str]] = {}
    key_of, lookups, choices, numerators = plan.key, plan.lookups, plan.choices, plan.numerators
    for key, value in checklist.items():
        kind = key_of(key)
        if kind is None:
            problems.append((_unknown(plan, key), key))
            continue
        what, name, position = kind
        given = ways.get(position)
        if given is None:
            ways[position] = {what}
        else:
            given.add(what)
        if what == "item":  # integer points (× the plan's denominator), made exact below
            offset = cell_offset(value, lookups[name], choices[name])
            if offset > 0:
                read[name] = numerators[name][offset - 1]
            else:
                problems.append((_item_points(plan, name, value), value))  # type: ignore[arg-type]
                read[name] = None
            continue
        try:
            read[name] = read_score(value)
        except ItakitError as error:
            label = f"indicator {name}" if what == "indicator" else name
            problems.append((f"{label}: {error.message}", value))
            read[name] = None
    indicators: list[Fraction] = []
    subs: dict[str, Fraction] = {}
    for position, number in enumerate(plan.numbers):
        given = ways.get(position, set())
        score = None
        if len(given) > 1:
            problems.append((f"indicator {number} is given more than one way", number))
        elif not given:
            problems.append(
                (f"indicator {number} is missing: give {plan.describe(position)}", number)
            )
        else:
            score = _combine(plan, position, next(iter(given)), read, subs, problems)
        indicators.append(Fraction(0) if score is None else score)
    subs.update(
        {code: value for code, value in read.items() if "." in code and value is not None}  # type: ignore[misc]
    )
    return tuple(indicators), subs, problems


def _read_clean(
    plan: OITPlan, layout: Layout, checklist: Mapping[Any, object]
) -> tuple[tuple[Fraction, ...], dict[str, Fraction]] | None:
    """:func:`read_checklist` of a checklist whose keys are laid out whole, if every value is
    read at first sight; else None (the checklist is then read with its problems)."""
    read: dict[str, Fraction | int] = {}
    try:
        for value, (name, lookup, numerators) in zip(checklist.values(), layout.reads, strict=True):
            if lookup is None:
                read[name] = read_score(value)
                continue
            offset = lookup.get(value)
            if not offset:  # a blank, or a value to read slowly (or wrong)
                return None
            read[name] = numerators[offset - 1]
    except (ItakitError, TypeError):
        return None
    subs: dict[str, Fraction] = {}
    indicators = tuple(
        _compose(plan, position, way, read, subs) for position, way in enumerate(layout.ways)
    )
    subs.update((code, read[code]) for code in layout.subs)  # type: ignore[misc]
    return indicators, subs


@lru_cache(maxsize=4096)
def _fraction(numerator: int, denominator: int) -> Fraction:
    """``Fraction(numerator, denominator)``, remembered: a checklist's sub-indicators share few."""
    return Fraction(numerator, denominator)


def score_oit(framework: Rules, checklist: Mapping[Any, object]) -> OITScores:
    """One agency's OIT indicator scores, from its checklist or from sub-indicator scores.

    Each OIT indicator is given one way:

    - its items (``"o1"`` … as the edition lists them): ``True``/``False``,
      ``1``/``0`` or ``"มี"``/``"ไม่มี"``; a sub-indicator scores the share of
      its items present, the indicator the plain mean of its sub-indicators
      (**verified** on FY 2564);
    - its sub-indicators (``"9.1"``: 0–100), whose plain mean it scores;
    - its own score (``9``: 0–100).

    Editions without an item list (FY 2565–2568) take the last two.  Every
    problem is reported at once in one :class:`~itakit.errors.ScoringError`.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> score_oit(fw, {"9.1": 100, "9.2": 100, "9.3": 100, "9.4": 50, "9.5": 100, 10: 65.56}).indicator_scores
    mappingproxy({9: Decimal('90.00'), 10: Decimal('65.56')})
    >>> score_oit(itakit.framework(2567), {"o1": True})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score the OIT of FY 2567: unknown OIT key 'o1': this edition lists no OIT items (give sub-indicator or indicator scores); indicator 9 is missing: give its score (9: 0–100); indicator 10 is missing: give its score (10: 0–100)
    """
    check_rules(framework, "score_oit")
    if not isinstance(checklist, Mapping):
        raise InputTypeError(
            "an OIT checklist must be a mapping such as {'o1': True, …} or {9: 92.5, 10: 88}"
            f" (got {type(checklist).__name__})",
            value=checklist,
        )
    plan = oit_plan_of(framework)
    indicators, subs, problems = read_checklist(plan, checklist)
    if problems:
        raise ScoringError(
            f"cannot score the OIT of FY {framework.fiscal_year}: "
            + "; ".join(message for message, _ in problems),
            value=problems[0][1],
            problems=tuple(message for message, _ in problems),
        )
    return OITScores(
        MappingProxyType(dict(zip(plan.numbers, indicators, strict=True))),
        MappingProxyType(subs),
    )
