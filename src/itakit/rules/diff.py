"""What changed between two frameworks: :func:`diff_frameworks`.

Questions are matched by code, indicators by number, levels as a whole: the
result lists indicators added, removed or renamed, weights changed, questions
added, removed or moved to another indicator, polarity, scale and sub-item
changes, a new level scheme, and every change of confidence.

>>> import itakit
>>> diff = diff_frameworks(itakit.framework(2564), itakit.framework(2567))
>>> [str(change) for change in diff.of(ChangeKind.QUESTION_MOVED)][:2]
['i4: indicator 1 → indicator 2', 'i5: indicator 1 → indicator 2']
"""

from __future__ import annotations

import enum
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from itakit.errors import InputTypeError
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator, Question
from itakit.rules.levels import LevelScheme
from itakit.rules.scales import AnswerScale

__all__ = ["Change", "ChangeKind", "FrameworkDiff", "diff_frameworks"]


@enum.unique
class ChangeKind(enum.StrEnum):
    """The kinds of change :func:`diff_frameworks` reports, in the order it reports them.

    >>> ChangeKind.WEIGHT.heading, str(ChangeKind.WEIGHT)
    ('weights changed', 'weights changed')
    """

    INDICATOR_ADDED = "indicators added"
    INDICATOR_REMOVED = "indicators removed"
    INDICATOR_RENAMED = "indicators renamed"
    INDICATOR_TOOL = "indicators moved to another tool"
    WEIGHT = "weights changed"
    WEIGHT_CONFIDENCE = "confidence of weights changed"
    SUB_INDICATOR_ADDED = "sub-indicators added"
    SUB_INDICATOR_REMOVED = "sub-indicators removed"
    QUESTION_ADDED = "questions added"
    QUESTION_REMOVED = "questions removed"
    QUESTION_MOVED = "questions moved to another indicator or sub-indicator"
    QUESTION_SCALE = "questions answered on another scale"
    QUESTION_POLARITY = "questions whose polarity changed"
    QUESTION_SUB_ITEMS = "questions whose sub-items changed"
    QUESTION_TEXT = "questions reworded"
    QUESTION_CONFIDENCE = "confidence of questions changed"
    SCALE = "answer scales changed"
    SCALE_CONFIDENCE = "confidence of answer scales changed"
    LEVELS = "level scheme changed"
    PASS_MARK = "pass mark changed"
    LEVELS_CONFIDENCE = "confidence of the level scheme changed"
    OIT_RULE = "OIT rule changed"
    OIT_RULE_CONFIDENCE = "confidence of the OIT rule changed"

    @property
    def heading(self) -> str:
        """A heading for changes of this kind (its value)."""
        return self.value

    @property
    def title(self) -> str:  # type: ignore[override]
        """Deprecated: :attr:`heading` (``str.title`` is a string method of every StrEnum)."""
        from itakit._deprecation import deprecated

        deprecated("ChangeKind.title", "ChangeKind.heading or str(kind)")
        return self.value


@attrs.frozen
class Change:
    """One change: its kind, what changed (``"i10"``, ``"9"``, ``"levels"``) and how.

    ``before`` is ``None`` for something added, ``after`` for something removed.

    >>> str(Change(ChangeKind.WEIGHT, "9", "20", "22"))
    '9: 20 → 22'
    """

    kind: ChangeKind
    subject: str
    before: str | None = None
    after: str | None = None

    def __str__(self) -> str:
        return f"{self.subject}{_how(self.before, self.after)}"


def _how(before: str | None, after: str | None) -> str:
    if before is None and after is None:
        return ""
    if before is None:
        return f": {after}"
    if after is None:
        return f": {before}"
    return f": {before} → {after}"


@attrs.frozen
class FrameworkDiff:
    """The changes from framework *before* to framework *after*, in a fixed order.

    *before* and *after* label the two frameworks: ``FY 2564``, or their
    English titles when both are of the same year and their titles differ.

    ``str(diff)`` groups them under a heading per kind, and writes runs of
    codes that changed alike as ranges (``i16–i30``).

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> print(diff_frameworks(fw, fw.replace(weights={9: 22, 10: 18})))
    FY 2564 → FY 2564: 4 changes
    weights changed
      9: 20 → 22
      10: 20 → 18
    confidence of weights changed
      9–10: verified → provisional
    <BLANKLINE>
    """

    before: str
    after: str
    changes: tuple[Change, ...]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def of(self, kind: ChangeKind) -> tuple[Change, ...]:
        """The changes of one kind.

        >>> import itakit
        >>> diff = diff_frameworks(itakit.framework(2566), itakit.framework(2567))
        >>> diff.of(ChangeKind.LEVELS_CONFIDENCE)
        (Change(kind=<ChangeKind.LEVELS_CONFIDENCE: 'confidence of the level scheme changed'>, subject='levels', before='inferred', after='sourced'),)
        """
        return tuple(change for change in self.changes if change.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: ``before``, ``after`` and the ``changes``, each with its kind.

        A change has ``kind`` (a stable English key: ``weight``,
        ``question_added`` …), ``title`` (its heading), ``subject``, ``before``
        and ``after`` (null for something added or removed).  The JSON Schema
        is ``itakit/data/schema/framework-diff.json``.

        >>> import itakit
        >>> fw = itakit.framework(2564)
        >>> diff_frameworks(fw, fw.replace(weights={9: 22, 10: 18})).to_dict()["changes"][0]
        {'kind': 'weight', 'title': 'weights changed', 'subject': '9', 'before': '20', 'after': '22'}
        """
        return {
            "before": self.before,
            "after": self.after,
            "changes": [
                {
                    "kind": change.kind.name.lower(),
                    "title": change.kind.heading,
                    "subject": change.subject,
                    "before": change.before,
                    "after": change.after,
                }
                for change in self.changes
            ],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """:meth:`to_dict` as JSON text.

        >>> import itakit, json
        >>> fw = itakit.framework(2564)
        >>> json.loads(diff_frameworks(fw, fw).to_json())
        {'before': 'FY 2564', 'after': 'FY 2564', 'changes': []}
        """
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __str__(self) -> str:
        count = len(self.changes)
        lines = [f"{self.before} → {self.after}: {count or 'no'} change{'' if count == 1 else 's'}"]
        for kind in ChangeKind:
            changes = self.of(kind)
            if changes:
                lines.append(kind.heading)
                lines.extend(f"  {line}" for line in _grouped(changes))
        return "\n".join(lines) + "\n"


_TRAILING_NUMBER = re.compile(r"(.*?)(\d+)")
_ABSENT = "—"


def _grouped(changes: Iterable[Change]) -> Iterator[str]:
    """One line per run of subjects that changed alike (``i16–i30: …``)."""
    for (before, after), alike in itertools.groupby(changes, lambda c: (c.before, c.after)):
        for subjects in _runs([change.subject for change in alike]):
            yield f"{subjects}{_how(before, after)}"


def _runs(subjects: list[str]) -> Iterator[str]:
    start = end = subjects[0]
    for subject in subjects[1:]:
        if _follows(end, subject):
            end = subject
            continue
        yield start if start == end else f"{start}–{end}"
        start = end = subject
    yield start if start == end else f"{start}–{end}"


def _follows(previous: str, subject: str) -> bool:
    a, b = _TRAILING_NUMBER.fullmatch(previous), _TRAILING_NUMBER.fullmatch(subject)
    return a is not None and b is not None and a[1] == b[1] and int(b[2]) == int(a[2]) + 1


def diff_frameworks(before: Rules, after: Rules) -> FrameworkDiff:
    """What changed from *before* to *after* (two editions, or an edition and your variant).

    >>> import itakit
    >>> diff = diff_frameworks(itakit.framework(2564), itakit.framework(2566))
    >>> [str(change) for change in diff.of(ChangeKind.QUESTION_REMOVED)][:2]
    ['i16', 'i17']
    >>> bool(diff_frameworks(itakit.framework(2567), itakit.framework(2567)))
    False
    """
    for framework in (before, after):
        if not isinstance(framework, Rules):
            raise InputTypeError(
                f"diff_frameworks() compares two Frameworks (got {framework!r})", value=framework
            )
    changes = [
        *_indicators(before, after),
        *_questions(before, after),
        *_scales(before, after),
        *_levels(before.levels, after.levels),
        *_oit_rules(before, after),
    ]
    order = list(ChangeKind)
    changes.sort(key=lambda change: order.index(change.kind))
    labels = [f"FY {before.fiscal_year}", f"FY {after.fiscal_year}"]
    if labels[0] == labels[1] and before.title_en != after.title_en:
        labels = [before.title_en, after.title_en]
    return FrameworkDiff(before=labels[0], after=labels[1], changes=tuple(changes))


def _name(indicator: Indicator | None) -> str:
    return "" if indicator is None else f"{indicator.name_th} ({indicator.tool.value})"


def _indicators(before: Rules, after: Rules) -> Iterator[Change]:
    old = {i.number: i for i in before.indicators}
    new = {i.number: i for i in after.indicators}
    for number in sorted(old.keys() | new.keys()):
        subject = str(number)
        a, b = old.get(number), new.get(number)
        if a is None:
            yield Change(ChangeKind.INDICATOR_ADDED, subject, None, _name(b))
            continue
        if b is None:
            yield Change(ChangeKind.INDICATOR_REMOVED, subject, _name(a))
            continue
        if (a.name_th, a.name_en) != (b.name_th, b.name_en):
            yield Change(ChangeKind.INDICATOR_RENAMED, subject, a.name_th, b.name_th)
        if a.tool is not b.tool:
            yield Change(ChangeKind.INDICATOR_TOOL, subject, a.tool.value, b.tool.value)
        if a.weight != b.weight:
            yield Change(ChangeKind.WEIGHT, subject, str(a.weight), str(b.weight))
        if a.confidence is not b.confidence:
            yield Change(
                ChangeKind.WEIGHT_CONFIDENCE, subject, a.confidence.value, b.confidence.value
            )
        old_subs = {sub.code: sub for sub in a.sub_indicators}
        new_subs = {sub.code: sub for sub in b.sub_indicators}
        for code in old_subs:
            if code not in new_subs:
                yield Change(ChangeKind.SUB_INDICATOR_REMOVED, code)
        for code, sub in new_subs.items():
            if code not in old_subs:
                yield Change(ChangeKind.SUB_INDICATOR_ADDED, code, None, sub.name_th)


def _place(question: Question) -> str:
    if question.sub_indicator is not None:
        return f"sub-indicator {question.sub_indicator.code}"
    return f"indicator {question.indicator.number}"


def _polarity(question: Question) -> str:
    if not question.subitems:
        return "reversed" if question.reversed else "plain"
    reversed_items = [item.code for item in question.subitems if item.reversed]
    if not reversed_items:
        return "plain"
    if len(reversed_items) == len(question.subitems):
        return "reversed"
    return f"reversed: {', '.join(reversed_items)}"


def _questions(before: Rules, after: Rules) -> Iterator[Change]:
    old: Mapping[str, Question] = {q.code: q for q in before.questions}
    new: Mapping[str, Question] = {q.code: q for q in after.questions}
    for code in old:
        if code not in new:
            yield Change(ChangeKind.QUESTION_REMOVED, code)
    for code, question in new.items():
        if code not in old:
            yield Change(ChangeKind.QUESTION_ADDED, code, None, _place(question))
    for code, a in old.items():
        b = new.get(code)
        if b is None:
            continue
        if _place(a) != _place(b):
            yield Change(ChangeKind.QUESTION_MOVED, code, _place(a), _place(b))
        if a.scale.key != b.scale.key:
            yield Change(ChangeKind.QUESTION_SCALE, code, a.scale.key, b.scale.key)
        if _polarity(a) != _polarity(b):
            yield Change(ChangeKind.QUESTION_POLARITY, code, _polarity(a), _polarity(b))
        if [s.code for s in a.subitems] != [s.code for s in b.subitems]:
            yield Change(
                ChangeKind.QUESTION_SUB_ITEMS, code, str(len(a.subitems)), str(len(b.subitems))
            )
        if (a.text_th, a.text_en) != (b.text_th, b.text_en):
            yield Change(ChangeKind.QUESTION_TEXT, code, a.text_th, b.text_th)
        if a.confidence is not b.confidence:
            yield Change(
                ChangeKind.QUESTION_CONFIDENCE, code, a.confidence.value, b.confidence.value
            )


def _points(scale: AnswerScale) -> str:
    return " / ".join(
        f"{choice.label_th} {'?' if choice.points is None else choice.points}"
        for choice in scale.choices
    )


def _scales(before: Rules, after: Rules) -> Iterator[Change]:
    old = {s.key: s for s in before.scales}
    new = {s.key: s for s in after.scales}
    for key in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(key), new.get(key)
        if a is None or b is None or a.choices != b.choices:
            yield Change(
                ChangeKind.SCALE,
                key,
                _ABSENT if a is None else _points(a),
                _ABSENT if b is None else _points(b),
            )
        if a is not None and b is not None and a.confidence is not b.confidence:
            yield Change(ChangeKind.SCALE_CONFIDENCE, key, a.confidence.value, b.confidence.value)


def _describe_levels(scheme: LevelScheme) -> str:
    parts = []
    for level in scheme.levels:
        condition = f" ≥ {level.min_total}"
        if level.min_tool_score is not None:
            condition += f" (each tool ≥ {level.min_tool_score})"
        parts.append(f"{level.label_th}{condition}")
    return " · ".join(parts)


def _levels(before: LevelScheme, after: LevelScheme) -> Iterator[Change]:
    if before.levels != after.levels:
        yield Change(ChangeKind.LEVELS, "levels", _describe_levels(before), _describe_levels(after))
    if before.pass_mark != after.pass_mark:
        yield Change(ChangeKind.PASS_MARK, "pass mark", str(before.pass_mark), str(after.pass_mark))
    if before.confidence is not after.confidence:
        yield Change(
            ChangeKind.LEVELS_CONFIDENCE,
            "levels",
            before.confidence.value,
            after.confidence.value,
        )


def _oit_rules(before: Rules, after: Rules) -> Iterator[Change]:
    a, b = before.oit_rule, after.oit_rule
    if a.kind is not b.kind:
        yield Change(ChangeKind.OIT_RULE, "OIT rule", a.kind.value, b.kind.value)
    if a.confidence is not b.confidence:
        yield Change(
            ChangeKind.OIT_RULE_CONFIDENCE, "OIT rule", a.confidence.value, b.confidence.value
        )
