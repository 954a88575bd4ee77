"""Did the measures work? :func:`effect` sets each measure beside the scores it was meant to raise.

A plan of measures names the questions it targets (``(i๑๐/i๑๑/i๑๒)``).  Given
the result the plan answered (*before*) and the next year's result (*after*),
:func:`effect` gives, for every measure, the score of each targeted question
in both years and the change, and beside them the change of the questions no
measure targeted: the comparison that tells a measure's effect from a year in
which every score rose.

Question scores come with cards scored from raw answers (or OIT checklists);
when either card has none, the comparison is made on indicators instead (a
measure targets the indicators of its questions), and says so in ``.level``.
This is a comparison, not proof: scores move for many reasons, and a change
of rules between the editions (see :func:`itakit.diff_frameworks`) can move
them too.

>>> import itakit
>>> from itakit.measures import effect, parse_report, sample_report_text
>>> plan = parse_report(sample_report_text())  # measures run in FY 2567, answering FY 2566
>>> before = itakit.framework(2566).score_indicators({**dict.fromkeys(range(1, 11), 85), 4: 70})
>>> after = itakit.framework(2567).score_indicators({**dict.fromkeys(range(1, 11), 86), 4: 82})
>>> result = effect(plan, before=before, after=after)
>>> result.level, [str(t.change) for t in result.measures[3].targets]
('indicators', ['12.00'])
>>> str(result.targeted_change), str(result.untargeted_change)
('3.20', '1.00')
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, overload

import attrs

from itakit._numbers import half_up
from itakit.codes import format_code
from itakit.errors import InputTypeError, ItakitWarning, ValidationError
from itakit.measures._weak import check_scores
from itakit.measures.model import Measure, MeasureReport
from itakit.rules import Rules
from itakit.thai import Digits, format_number, resolve_digits, with_digits

__all__ = ["Effect", "MeasureEffect", "Target", "effect"]

Level = Literal["questions", "indicators"]


def _published(value: Fraction | Decimal) -> Decimal:
    return half_up(Fraction(value))


def _mean(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    return _published(sum((Fraction(v) for v in values), Fraction(0)) / len(values))


@attrs.frozen
class Target:
    """One question (``"i10"``) or indicator (``"4"``) and its published score in both years.

    >>> Target("i10", 4, Decimal("70.00"), Decimal("82.50")).change
    Decimal('12.50')
    """

    subject: str
    """A question code, or an indicator's number as text."""
    indicator: int
    before: Decimal | None
    """Its score in the result the plan answered; None when that edition lacks it."""
    after: Decimal | None
    """Its score in the next year's result; None when that edition lacks it."""

    @property
    def change(self) -> Decimal | None:
        """``after − before``, or None when either is unknown."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    def label(self, *, digits: Digits = "arabic") -> str:
        """``i10`` for a question, ``ตัวชี้วัดที่ 4`` for an indicator, digits as asked."""
        if self.subject.isdigit():
            return with_digits(f"ตัวชี้วัดที่ {self.subject}", digits)
        return format_code(self.subject, digits=digits)


@attrs.frozen
class MeasureEffect:
    """One measure, the questions or indicators it targeted, and how their scores moved.

    ``unknown`` lists the measure's codes that neither result's edition has.
    """

    group: int
    measure: Measure
    targets: tuple[Target, ...]
    unknown: tuple[str, ...]

    @property
    def change(self) -> Decimal | None:
        """The mean change of its targets with both scores known (None if none has).

        >>> MeasureEffect(1, Measure(title="x"), (Target("i1", 1, Decimal(80), Decimal(90)),), ()).change
        Decimal('10.00')
        """
        return _mean([t.change for t in self.targets if t.change is not None])


@attrs.frozen
class Effect:
    """How a plan's measures fared: per measure, and the targeted against the untargeted.

    Iterating gives the :class:`MeasureEffect` s in the plan's order.
    """

    plan: MeasureReport
    before_year: int
    after_year: int
    level: Level
    """Whether questions or indicators were compared (questions when both cards have their scores)."""
    measures: tuple[MeasureEffect, ...]
    untargeted: tuple[Target, ...]
    """The questions (or indicators) with scores in both years that no measure targeted."""

    def __iter__(self) -> Iterator[MeasureEffect]:
        return iter(self.measures)

    def __len__(self) -> int:
        return len(self.measures)

    @overload
    def __getitem__(self, index: int) -> MeasureEffect: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[MeasureEffect, ...]: ...
    def __getitem__(self, index: int | slice) -> MeasureEffect | tuple[MeasureEffect, ...]:
        return self.measures[index]

    def __repr__(self) -> str:
        return (
            f"<Effect FY {self.before_year} → FY {self.after_year}: {len(self.measures)} measures,"
            f" {self.level}, targeted {self.targeted_change}, untargeted {self.untargeted_change}>"
        )

    @property
    def targeted(self) -> tuple[Target, ...]:
        """Every question (or indicator) some measure targeted, once, in order of first appearance."""
        seen: dict[str, Target] = {}
        for measure in self.measures:
            for target in measure.targets:
                seen.setdefault(target.subject, target)
        return tuple(seen.values())

    @property
    def targeted_change(self) -> Decimal | None:
        """The mean change of the targeted questions (or indicators), each counted once."""
        return _mean([t.change for t in self.targeted if t.change is not None])

    @property
    def untargeted_change(self) -> Decimal | None:
        """The mean change of the questions (or indicators) no measure targeted."""
        return _mean([t.change for t in self.untargeted if t.change is not None])

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: published scores as strings, years as ints.

        >>> import itakit
        >>> from itakit.measures import effect, parse_report, sample_report_text
        >>> before = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 85))
        >>> after = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
        >>> effect(parse_report(sample_report_text()), before=before, after=after).to_dict()["level"]
        'indicators'
        """

        def number(value: Decimal | None) -> str | None:
            return None if value is None else str(value)

        def target(t: Target) -> dict[str, Any]:
            return {
                "subject": t.subject,
                "indicator": t.indicator,
                "before": number(t.before),
                "after": number(t.after),
                "change": number(t.change),
            }

        return {
            "before_year": self.before_year,
            "after_year": self.after_year,
            "level": self.level,
            "measures": [
                {
                    "group": m.group,
                    "title": m.measure.title,
                    "codes": list(m.measure.codes),
                    "targets": [target(t) for t in m.targets],
                    "unknown": list(m.unknown),
                    "change": number(m.change),
                }
                for m in self.measures
            ],
            "untargeted": [target(t) for t in self.untargeted],
            "targeted_change": number(self.targeted_change),
            "untargeted_change": number(self.untargeted_change),
        }

    def rows(self, *, digits: Digits = "thai") -> list[tuple[str, str, str, str, str]]:
        """One row per measure: title, targets, score before, after, change (as the document shows them)."""

        def show(value: Decimal | None, *, sign: bool = False) -> str:
            if value is None:
                return "–"
            text = format_number(value, digits="arabic")
            if sign and value > 0:
                text = "+" + text
            return with_digits(text, digits)

        rows = []
        for m in self.measures:
            labels = ", ".join(t.label(digits=digits) for t in m.targets) or "–"
            before = _mean([t.before for t in m.targets if t.before is not None])
            after = _mean([t.after for t in m.targets if t.after is not None])
            rows.append(
                (
                    with_digits(m.measure.title, digits),
                    labels,
                    show(before),
                    show(after),
                    show(m.change, sign=True),
                )
            )
        return rows

    def format(self, *, lang: Literal["th", "en"] = "th", digits: Digits | None = None) -> str:
        """A short text: one line per measure, then the targeted against the untargeted.

        >>> import itakit
        >>> from itakit.measures import effect, parse_report, sample_report_text
        >>> before = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 85))
        >>> after = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
        >>> result = effect(parse_report(sample_report_text()), before=before, after=after)
        >>> print(result.format(lang="en").splitlines()[-1])
        untargeted indicators: mean change 5.00 (5)
        """
        shown = resolve_digits(lang, digits)
        lines = []
        for title, labels, before, after, change in self.rows(digits=shown):
            lines.append(f"{title[:40]} [{labels}]: {before} → {after} ({change})")
        count = len(self.untargeted)
        target_words = {"th": "ที่มีมาตรการ", "en": f"targeted {self.level}"}[lang]
        other_words = {"th": "ที่ไม่มีมาตรการ", "en": f"untargeted {self.level}"}[lang]
        mean_words = {"th": "เปลี่ยนแปลงเฉลี่ย", "en": "mean change"}[lang]

        def show(value: Decimal | None) -> str:
            return (
                "–" if value is None else with_digits(format_number(value, digits="arabic"), shown)
            )

        lines.append(
            f"{target_words}: {mean_words} {show(self.targeted_change)}"
            f" ({with_digits(str(len(self.targeted)), shown)})"
        )
        lines.append(
            f"{other_words}: {mean_words} {show(self.untargeted_change)} ({with_digits(str(count), shown)})"
        )
        return "\n".join(lines)


def _question_scores(card: Any) -> Mapping[str, Fraction] | None:
    scores = getattr(card, "question_scores", None)
    return scores if isinstance(scores, Mapping) and scores else None


def _indicator_of(code: str, *frameworks: Rules) -> int | None:
    for framework in frameworks:
        if framework.has_question(code):
            return framework.question(code).indicator.number
    return None


def effect(plan: MeasureReport, *, before: object, after: object) -> Effect:
    """For each of *plan*'s measures, the scores of what it targeted in *before* and *after*.

    *before* is the result the plan answered and *after* the next year's (score
    cards, or any objects with ``.framework`` and ``.indicator_scores``).  Codes
    are looked up in *after*'s edition, then *before*'s; one neither has is
    listed in the measure's ``.unknown``.  A plan whose years are not the
    cards' (it answers FY *N* and runs in FY *N* + 1) is compared all the
    same, with an :class:`~itakit.errors.ItakitWarning`.

    >>> import itakit
    >>> from itakit.measures import parse_report, sample_report_text
    >>> card = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    >>> effect(parse_report(sample_report_text()), before=card, after="ผลปี 2568")
    Traceback (most recent call last):
    ...
    itakit.errors.InputTypeError: expected a result such as an itakit.ScoreCard: an object with .framework (a Framework) and .indicator_scores (a mapping of indicator number to score); got 'ผลปี 2568'
    """
    if not isinstance(plan, MeasureReport):
        raise InputTypeError(
            f"effect() needs a MeasureReport as the plan (got {plan!r})", value=plan
        )
    first, second = check_scores(before), check_scores(after)
    before_year = int(first.framework.fiscal_year)
    after_year = int(second.framework.fiscal_year)
    if after_year <= before_year:
        raise ValidationError(
            f"'after' must be a later result than 'before' (got FY {before_year} → FY {after_year})",
            value=(before_year, after_year),
        )
    if int(plan.answers_fiscal_year) != before_year or int(plan.fiscal_year) != after_year:
        warnings.warn(
            f"the plan runs in FY {plan.fiscal_year} answering FY {plan.answers_fiscal_year},"
            f" compared here from FY {before_year} to FY {after_year}",
            ItakitWarning,
            stacklevel=2,
        )
    frameworks = (second.framework, first.framework)
    q_before, q_after = _question_scores(first), _question_scores(second)
    level: Level = "questions" if q_before is not None and q_after is not None else "indicators"

    def published(scores: Mapping[str, Fraction] | None, code: str) -> Decimal | None:
        if scores is None or code not in scores:
            return None
        return _published(scores[code])

    def indicator_target(number: int) -> Target:
        b = first.indicator_scores.get(number)
        a = second.indicator_scores.get(number)
        return Target(
            str(number),
            number,
            None if b is None else Decimal(b),
            None if a is None else Decimal(a),
        )

    effects = []
    targeted: set[str] = set()
    for group in plan.groups:
        for measure in group.measures:
            targets: list[Target] = []
            unknown: list[str] = []
            for code in measure.codes:
                number = _indicator_of(code, *frameworks)
                if number is None:
                    unknown.append(code)
                    continue
                if level == "questions":
                    target = Target(
                        code, number, published(q_before, code), published(q_after, code)
                    )
                else:
                    target = indicator_target(number)
                if target.subject not in {t.subject for t in targets}:
                    targets.append(target)
                targeted.add(target.subject)
            effects.append(MeasureEffect(group.number, measure, tuple(targets), tuple(unknown)))
    untargeted: list[Target] = []
    if level == "questions":
        assert q_before is not None
        assert q_after is not None
        for code in q_after:
            if code in q_before and code not in targeted:
                number = _indicator_of(code, *frameworks)
                if number is not None:
                    untargeted.append(
                        Target(code, number, published(q_before, code), published(q_after, code))
                    )
    else:
        for number in sorted(second.indicator_scores):
            if str(number) not in targeted and number in first.indicator_scores:
                untargeted.append(indicator_target(number))
    return Effect(
        plan=plan,
        before_year=before_year,
        after_year=after_year,
        level=level,
        measures=tuple(effects),
        untargeted=tuple(untargeted),
    )
