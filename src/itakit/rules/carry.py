"""A new year's edition from the last one: every value carried forward, marked provisional.

When the NACC has not published a year's rules, the year can still be scored
today with last year's, as long as every value says it is an assumption.
:func:`carry_forward` makes that edition (``itakit edition new 2571 --from
2570`` writes it to a file to edit); :func:`confidence_table` says at a glance
how far to trust an edition, part by part.

>>> import itakit
>>> fy2571 = carry_forward(itakit.framework(2570), 2571)
>>> fy2571.fiscal_year, fy2571.indicator(9).confidence.value
(FiscalYear(2571), 'provisional')
>>> fy2571.indicator(9).note
'carried forward from FY 2570: unknown for FY 2571'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

import attrs

from itakit.errors import InputTypeError, ValidationError
from itakit.fiscal_year import FiscalYear
from itakit.rules.framework import Rules
from itakit.rules.provenance import Confidence

__all__ = ["ConfidenceRow", "carried_note", "carry_forward", "confidence_table"]

T = TypeVar("T")
_CARRIED = re.compile(r"^carried forward from FY \d{4}: unknown for FY \d{4}(?:; )?")


def carried_note(
    previous: FiscalYear | int, year: FiscalYear | int, note: str | None = None
) -> str:
    """The note of a value carried from *previous* into *year*, keeping what else *note* said.

    >>> carried_note(2569, 2570, "carried forward from FY 2568: unknown for FY 2569; title unknown")
    'carried forward from FY 2569: unknown for FY 2570; title unknown'
    """
    said = f"carried forward from FY {int(previous)}: unknown for FY {int(year)}"
    rest = _CARRIED.sub("", note or "").strip()
    return f"{said}; {rest}" if rest else said


def _carried(part: T, previous: FiscalYear, year: FiscalYear) -> T:
    note: str | None = getattr(part, "note")  # noqa: B009 - every carried part has one
    return attrs.evolve(  # type: ignore[misc]
        part,
        confidence=Confidence.PROVISIONAL,
        note=carried_note(previous, year, note),
    )


def carry_forward(rules: Rules, year: FiscalYear | int | str) -> Rules:
    """The rules of fiscal *year* carried forward from *rules*, every value provisional.

    Indicators (their weights), questions and OIT items, answer scales, levels
    and the OIT rule keep their values and sources; each is marked
    ``provisional`` with a note naming the year it comes from.  The title
    names the new year; a note at the top of the edition says what was done.
    *year* must come after the edition's own.

    >>> import itakit
    >>> new = carry_forward(itakit.framework(2569), 2570)
    >>> new.confidence.value, new.notes[0][:37]
    ('provisional', 'Carried forward from FY 2569: no rule')
    """
    if not isinstance(rules, Rules):
        raise InputTypeError(f"carry_forward() needs rules (got {rules!r})", value=rules)
    if isinstance(year, bool) or not isinstance(year, FiscalYear | int | str):
        raise InputTypeError(
            f"carry_forward() needs a B.E. fiscal year such as 2571 (got {year!r})", value=year
        )
    target = FiscalYear.parse(year)
    previous = rules.fiscal_year
    if target <= previous:
        raise ValidationError(
            f"an edition is carried forward to a later year: FY {target} is not after"
            f" FY {previous}",
            value=year,
        )
    indicators = {i.number: _carried(i, previous, target) for i in rules.indicators}
    scales = {s.key: _carried(s, previous, target) for s in rules.scales}
    questions = tuple(
        attrs.evolve(
            _carried(q, previous, target),
            indicator=indicators[q.indicator.number],
            scale=scales[q.scale.key],
        )
        for q in rules.questions
    )
    notes = (
        f"Carried forward from FY {previous}: no rule of FY {target} is known yet, so every"
        f" value is FY {previous}'s, marked provisional. Edit what a source confirms and"
        " raise its confidence; check the result with fw.verify against published rows.",
        *(note for note in rules.notes if not note.startswith("Carried forward from FY")),
    )
    return attrs.evolve(
        rules,
        fiscal_year=target,
        title_th=_retitle(rules.title_th, previous, target),
        title_en=_retitle(rules.title_en, previous, target),
        notes=notes,
        indicators=tuple(indicators.values()),
        scales=tuple(scales.values()),
        questions=questions,
        levels=_carried(rules.levels, previous, target),
        oit_rule=_carried(rules.oit_rule, previous, target),
    )


def _retitle(title: str, previous: FiscalYear, year: FiscalYear) -> str:
    if str(previous) in title:
        return title.replace(str(previous), str(year))
    return f"{title} (FY {year})"


@attrs.frozen
class ConfidenceRow:
    """One part of an edition and how sure itakit is of it.

    >>> import itakit
    >>> row = confidence_table(itakit.framework(2564))[0]
    >>> row.part, row.confidence.value
    ('weights', 'verified')
    """

    part: str
    """``weights``, ``levels``, ``questions``, ``scales`` or ``oit_rule``."""
    confidence: Confidence
    """The weakest confidence of the values in that part."""
    count: int
    """How many values the part holds."""
    provisional: tuple[str, ...]
    """Which of them are provisional (indicator numbers, question codes, scale keys)."""


def _row(part: str, values: Iterable[tuple[str, Confidence]]) -> ConfidenceRow:
    listed = list(values)
    return ConfidenceRow(
        part=part,
        confidence=Confidence.weakest(confidence for _, confidence in listed),
        count=len(listed),
        provisional=tuple(name for name, c in listed if c is Confidence.PROVISIONAL),
    )


def confidence_table(rules: Rules) -> tuple[ConfidenceRow, ...]:
    """How sure itakit is of each part of *rules*: weights, levels, questions, scales, OIT rule.

    >>> import itakit
    >>> [(row.part, row.confidence.value) for row in confidence_table(itakit.framework(2569))]
    [('weights', 'provisional'), ('levels', 'provisional'), ('questions', 'provisional'), ('scales', 'provisional'), ('oit_rule', 'provisional')]
    """
    if not isinstance(rules, Rules):
        raise InputTypeError(f"confidence_table() needs rules (got {rules!r})", value=rules)
    parts: list[tuple[str, Any]] = [
        ("weights", ((str(i.number), i.confidence) for i in rules.indicators)),
        ("levels", [("levels", rules.levels.confidence)]),
        ("questions", ((q.code, q.confidence) for q in rules.questions)),
        ("scales", ((s.key, s.confidence) for s in rules.scales)),
        ("oit_rule", [(rules.oit_rule.kind.value, rules.oit_rule.confidence)]),
    ]
    return tuple(_row(part, values) for part, values in parts)
