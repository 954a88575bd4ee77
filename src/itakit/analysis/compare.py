"""Two score cards side by side: another year, or another agency.

Indicators are matched by number.  Where the two cards were scored under
editions that weigh an indicator differently or ask it different questions,
the change carries a note saying so: a rise may then come from the rules, not
from the agency.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from itakit._words import Lang, check_lang
from itakit.errors import InputTypeError, UnknownCodeError, ValidationError
from itakit.rules.diff import Change, ChangeKind, FrameworkDiff, diff_frameworks
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator
from itakit.rules.levels import Level
from itakit.scoring._read import code_runs
from itakit.thai import Digits, format_number, resolve_digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["Comparison", "IndicatorChange", "compare"]


@attrs.frozen(repr=False)
class IndicatorChange:
    """One indicator in both cards (or in one only): its scores, the change, and any rule change.

    ``before`` or ``after`` is ``None`` where that card's edition has no such
    indicator; ``change`` is then ``None`` too.  ``notes`` say how the two
    editions differ for this indicator (weight, questions).

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> a = fw.score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> b = fw.replace(weights={9: 22, 10: 18}).score_indicators(dict.fromkeys(range(1, 11), 90))
    >>> change = itakit.compare(a, b).indicator(9)
    >>> change.before, change.after, change.change, change.notes
    (Decimal('80.00'), Decimal('90.00'), Decimal('10.00'), ('weight 20 → 22',))
    """

    indicator: Indicator
    before: Decimal | None
    after: Decimal | None
    weight_before: Decimal | None
    weight_after: Decimal | None
    notes: tuple[str, ...] = ()

    @property
    def change(self) -> Decimal | None:
        """``after − before``, or ``None`` if either is missing."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def number(self) -> int:
        """The indicator's number."""
        return self.indicator.number

    def __repr__(self) -> str:
        notes = f"; {'; '.join(self.notes)}" if self.notes else ""
        return (
            f"IndicatorChange({self.number} {self.indicator.name_th}: {self.before} → {self.after}"
            f"{notes})"
        )


@attrs.frozen(repr=False)
class Comparison:
    """Two cards compared: indicator by indicator, total and level, and where the rules differ.

    Build one with :func:`compare`; ``labels`` name the two sides (the fiscal
    years, when they differ).

    >>> import itakit
    >>> a = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 84))
    >>> b = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 88))
    >>> comparison = itakit.compare(a, b)
    >>> comparison.total_change, comparison.level_changed
    (Decimal('4.00'), True)
    >>> comparison.title(lang="en")
    '2566 → 2567: total 84.00 → 88.00 (+4.00), level needs improvement → good pass'
    """

    before: ScoreCard
    after: ScoreCard
    labels: tuple[str, str]
    indicators: tuple[IndicatorChange, ...]
    notes: tuple[str, ...]
    """How the two editions differ beyond single indicators (levels, pass mark, answer scales)."""
    diff: FrameworkDiff
    """Every difference between the two editions' rules (:func:`itakit.diff_frameworks`)."""

    def __iter__(self) -> Iterator[IndicatorChange]:
        return iter(self.indicators)

    def __len__(self) -> int:
        return len(self.indicators)

    def __getitem__(self, index: int) -> IndicatorChange:
        return self.indicators[index]

    def __repr__(self) -> str:
        return f"Comparison({self.title(lang='en')})"

    @property
    def total_change(self) -> Decimal:
        """The change of the published total."""
        return self.after.total - self.before.total

    @property
    def level_before(self) -> Level:
        """The level of the first card."""
        return self.before.level

    @property
    def level_after(self) -> Level:
        """The level of the second card."""
        return self.after.level

    @property
    def level_changed(self) -> bool:
        """Whether the published level label differs."""
        return str(self.before.level) != str(self.after.level)

    def indicator(self, number: int) -> IndicatorChange:
        """The change of indicator *number*."""
        for change in self.indicators:
            if change.number == number:
                return change
        raise UnknownCodeError(
            f"neither card has indicator {number} (they have"
            f" {', '.join(str(change.number) for change in self.indicators)})",
            value=number,
        )

    def largest(self, count: int | None = None) -> tuple[IndicatorChange, ...]:
        """The indicators in both cards, the biggest rise first (falls last)."""
        both = [change for change in self.indicators if change.change is not None]
        ordered = sorted(both, key=lambda change: -(change.change or 0))
        return tuple(ordered if count is None else ordered[:count])

    def title(self, *, lang: Lang = "th", digits: Digits | None = None) -> str:
        """One line: the two totals, the change, and the two levels.

        >>> import itakit
        >>> a = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 84), agency="ก")
        >>> itakit.compare(a, a.what_if({9: 100})).title(digits="thai")
        'ก (A) → ก (B): คะแนนรวม ๘๔.๐๐ → ๘๗.๒๐ (+๓.๒๐), ระดับ ต้องปรับปรุง → ผ่าน'
        """
        check_lang(lang)
        digits = resolve_digits(lang, digits)
        sign = "+" if self.total_change > 0 else ""
        before, after = self.before, self.after
        totals = (
            f"{format_number(before.total, digits=digits)} → {format_number(after.total, digits=digits)}"
            f" ({sign}{format_number(self.total_change, digits=digits)})"
        )
        if lang == "th":
            line = (
                f"{self.labels[0]} → {self.labels[1]}: คะแนนรวม {totals},"
                f" ระดับ {before.level.label_th} → {after.level.label_th}"
            )
        else:
            line = (
                f"{self.labels[0]} → {self.labels[1]}: total {totals},"
                f" level {before.level.label_en} → {after.level.label_en}"
            )
        return with_digits(line, digits)

    def to_dict(self, *, exact: bool = False) -> dict[str, Any]:
        """JSON-ready data: both cards, the changes indicator by indicator, the rules' diff.

        Keys: ``labels``, ``before`` and ``after`` (each a card's
        :meth:`~itakit.scoring.ScoreCard.to_dict`, exact values with *exact*),
        ``total_change``, ``level_before``, ``level_after``, ``level_changed``,
        ``indicators`` (``indicator``, ``name_th``, ``name_en``, ``before``,
        ``after``, ``change``, ``weight_before``, ``weight_after``, ``notes``),
        ``notes`` and ``diff`` (:meth:`~itakit.rules.diff.FrameworkDiff.to_dict`).
        The JSON Schema is ``itakit/data/schema/comparison.json``.

        >>> import itakit
        >>> a = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 84))
        >>> b = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 88))
        >>> data = itakit.compare(a, b).to_dict()
        >>> data["total_change"], data["level_before"], data["level_after"]
        (4.0, 'ต้องปรับปรุง', 'ผ่านดี')
        """

        def number(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return {
            "labels": list(self.labels),
            "before": self.before.to_dict(exact=exact),
            "after": self.after.to_dict(exact=exact),
            "total_change": float(self.total_change),
            "level_before": str(self.level_before),
            "level_after": str(self.level_after),
            "level_changed": self.level_changed,
            "indicators": [
                {
                    "indicator": change.number,
                    "name_th": change.indicator.name_th,
                    "name_en": change.indicator.name_en,
                    "before": number(change.before),
                    "after": number(change.after),
                    "change": number(change.change),
                    "weight_before": number(change.weight_before),
                    "weight_after": number(change.weight_after),
                    "notes": list(change.notes),
                }
                for change in self.indicators
            ],
            "notes": list(self.notes),
            "diff": self.diff.to_dict(),
        }

    def to_json(self, *, exact: bool = False, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text (Thai as it is).

        >>> import itakit, json
        >>> a = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 84))
        >>> json.loads(itakit.compare(a, a.what_if({9: 100})).to_json())["total_change"]
        3.2
        """
        import json

        return json.dumps(self.to_dict(exact=exact), ensure_ascii=False, indent=indent)

    def plot(self, *, lang: Lang = "th", digits: Digits | None = None) -> Any:
        """Paired bars per indicator, before and after, with each change written beside them.

        Returns a :class:`matplotlib.figure.Figure`; needs the ``plot`` extra.
        """
        from itakit.analysis.plots import plot_comparison

        return plot_comparison(self, lang=lang, digits=digits)


_CONFIDENCE = {
    ChangeKind.WEIGHT_CONFIDENCE,
    ChangeKind.QUESTION_CONFIDENCE,
    ChangeKind.SCALE_CONFIDENCE,
    ChangeKind.LEVELS_CONFIDENCE,
}
"""Changes of how sure itakit is of a rule: they move no score, so a comparison does not note them."""

_GENERAL = {ChangeKind.SCALE, ChangeKind.LEVELS, ChangeKind.PASS_MARK}


def _owners(change: Change, before: Rules, after: Rules) -> set[int]:
    """The indicators a change of the rules touches, in either edition."""
    subject = change.subject
    if change.kind.name.startswith(("INDICATOR", "WEIGHT")):
        return {int(subject)}
    if change.kind.name.startswith("SUB_INDICATOR"):
        return {int(subject.split(".")[0])}
    return {
        framework.question(subject).indicator.number
        for framework in (before, after)
        if framework.has_question(subject)
    }


def _notes(
    diff: FrameworkDiff, before: Rules, after: Rules
) -> tuple[dict[int, tuple[str, ...]], tuple[str, ...]]:
    """Per indicator, how the two editions differ for it; and how they differ overall."""
    grouped: dict[int, dict[ChangeKind, list[Change]]] = {}
    general: list[str] = []
    for change in diff:
        if change.kind in _CONFIDENCE:
            continue
        if change.kind in _GENERAL:
            general.append(f"{change.kind.heading}: {change}")
            continue
        for number in _owners(change, before, after):
            grouped.setdefault(number, {}).setdefault(change.kind, []).append(change)
    notes: dict[int, tuple[str, ...]] = {}
    for number, kinds in grouped.items():
        lines: list[str] = []
        for kind, changes in kinds.items():
            subjects = [change.subject for change in changes]
            if kind is ChangeKind.WEIGHT:
                lines.extend(f"weight {change.before} → {change.after}" for change in changes)
            elif kind.name.startswith("QUESTION"):
                lines.append(f"{kind.heading}: {code_runs(subjects)}")
            elif kind.name.startswith("SUB_INDICATOR"):
                lines.append(f"{kind.heading}: {', '.join(subjects)}")
            else:  # the indicator itself was added, removed, renamed or moved to another tool
                lines.extend(
                    kind.heading
                    if change.before is None or change.after is None
                    else f"{kind.heading}: {change.before} → {change.after}"
                    for change in changes
                )
        notes[number] = tuple(lines)
    return notes, tuple(general)


def _need_card(value: object) -> None:
    from itakit.scoring.card import ScoreCard

    if not isinstance(value, ScoreCard):
        raise InputTypeError(
            f"compare() needs two ScoreCards, such as table.card('ตราด') (got {value!r})",
            value=value,
        )


def _labels(before: ScoreCard, after: ScoreCard) -> tuple[str, str]:
    if before.fiscal_year != after.fiscal_year:
        years = (str(before.fiscal_year), str(after.fiscal_year))
        if before.agency is not None and before.agency == after.agency:
            return (f"{before.agency} {years[0]}", f"{after.agency} {years[1]}")
        return years
    if before.agency is not None and before.agency == after.agency:
        return (f"{before.agency} (A)", f"{after.agency} (B)")
    return (
        "A" if before.agency is None else str(before.agency),
        "B" if after.agency is None else str(after.agency),
    )


def compare(
    before: ScoreCard, after: ScoreCard, *, labels: tuple[str, str] | None = None
) -> Comparison:
    """Compare two score cards indicator by indicator: another year, or another agency.

    *labels* name the two sides; by default the B.E. fiscal years (after the
    agency, if both cards name the same one), or else the agencies.  Cards with no
    indicator number in common cannot be compared.

    >>> import itakit
    >>> trat = {1: 92.57, 2: 86.13, 3: 90.08, 4: 85.98, 5: 88.04, 6: 83.67, 7: 82.11, 8: 79.29,
    ...         9: 69.94, 10: 52.78}
    >>> fy2563 = itakit.framework(2563).score_indicators(trat, agency="ตราด")
    >>> fy2564 = itakit.framework(2564).score_indicators({1: 93.55, 2: 87.72, 3: 91.01,
    ...     4: 87.93, 5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}, agency="ตราด")
    >>> comparison = compare(fy2563, fy2564)
    >>> comparison.title()
    'ตราด ๒๕๖๓ → ตราด ๒๕๖๔: คะแนนรวม ๗๕.๖๒ → ๘๑.๔๕ (+๕.๘๓), ระดับ B → B'
    >>> comparison.title(lang="en")
    'ตราด 2563 → ตราด 2564: total 75.62 → 81.45 (+5.83), level B → B'
    >>> [(change.number, change.change) for change in comparison.largest(2)]
    [(10, Decimal('12.78')), (8, Decimal('9.29'))]
    >>> comparison.indicator(10).notes
    ('sub-indicators added: 10.1, 10.2', 'questions added: o34–o43')
    """
    _need_card(before)
    _need_card(after)
    shown = labels if labels is not None else _labels(before, after)
    old, new = before.framework, after.framework
    old_numbers = [indicator.number for indicator in old.indicators]
    new_numbers = [indicator.number for indicator in new.indicators]
    common = set(old_numbers) & set(new_numbers)
    if not common:
        raise ValidationError(
            f"the cards have no indicator in common ({shown[0]}: {old_numbers},"
            f" {shown[1]}: {new_numbers}); nothing to compare",
            value=(old_numbers, new_numbers),
        )
    diff = diff_frameworks(old, new)
    notes, general = _notes(diff, old, new)
    changes = []
    for number in sorted(set(old_numbers) | set(new_numbers)):
        in_old, in_new = number in old_numbers, number in new_numbers
        changes.append(
            IndicatorChange(
                indicator=new.indicator(number) if in_new else old.indicator(number),
                before=before.indicator_scores[number] if in_old else None,
                after=after.indicator_scores[number] if in_new else None,
                weight_before=old.indicator(number).weight if in_old else None,
                weight_after=new.indicator(number).weight if in_new else None,
                notes=notes.get(number, ()),
            )
        )
    return Comparison(
        before=before,
        after=after,
        labels=shown,
        indicators=tuple(changes),
        notes=general,
        diff=diff,
    )
