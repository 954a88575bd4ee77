"""What a framework asks of an OIT checklist: its items, grouped by sub-indicator.

OIT rule (**verified** on FY 2564 numbers, reference §3): a sub-indicator
scores the share of its items present (the mean of their points, มี = 100);
an indicator scores the plain mean of its sub-indicators (of its items, if it
has no sub-indicators).  An edition states the rule it scores with
(``oit_rule``): under ``item_share`` an indicator scores the share of all its
items present, whatever their sub-indicator.  An edition without an item list
(FY 2565–2567) can only take sub-indicator or indicator scores.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

import attrs

from itakit._limits import DIGITS
from itakit.rules.framework import Rules
from itakit.rules.oit_rule import OITRuleKind
from itakit.rules.tools import Tool
from itakit.scoring._answer_plan import column_code
from itakit.scoring._choices import choice_labels
from itakit.scoring._memo import PerFramework
from itakit.scoring._read import indicator_number
from itakit.thai import to_arabic_digits

__all__ = ["Layout", "OITPlan", "oit_plan_of"]

_SUB = re.compile(rf"({DIGITS})\.({DIGITS})")


@attrs.frozen(eq=False)
class OITPlan:
    """The OIT indicators of one framework and the checklist items behind them."""

    numbers: tuple[int, ...]
    """OIT indicator numbers, in order; positions below index this tuple."""
    groups: tuple[tuple[tuple[str | None, tuple[str, ...]], ...], ...]
    """Per indicator: (sub-indicator code or None, its item codes); empty if it lists no items."""
    subs: tuple[tuple[str, ...], ...]
    """Per indicator: its sub-indicator codes."""
    item_position: Mapping[str, int]
    sub_position: Mapping[str, int]
    lookups: Mapping[str, Mapping[object, int]]
    choices: Mapping[str, int]
    numerators: Mapping[str, tuple[int, ...]]
    """Each item's points per choice, times :attr:`denominator`."""
    denominator: int
    commons: tuple[int, ...] = attrs.field(init=False, repr=False)
    """Per indicator, the least common multiple of its sub-indicators' item counts (1 if it
    lists no items): its items' points summed over this one denominator."""

    _known: dict[tuple[type, object], tuple[str, str, int] | None] = attrs.field(
        factory=dict, init=False, repr=False
    )
    _layouts: dict[tuple[object, ...], Layout | None] = attrs.field(
        factory=dict, init=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        commons = tuple(math.lcm(*(len(codes) for _, codes in g)) for g in self.groups)
        object.__setattr__(self, "commons", commons)

    def layout(self, keys: tuple[object, ...]) -> Layout | None:
        """How a checklist with these *keys* (in order) is read, if it gives each indicator
        exactly one whole way and has no unknown or repeated key; else None (the checklist's
        problems are then found one by one).  Remembered per tuple of keys."""
        if not _PLAIN_KEYS.issuperset(map(type, keys)):
            return None  # 9.0 == 9 as a dict key, but it is no OIT key: never looked up
        layouts = self._layouts
        try:
            return layouts[keys]
        except KeyError:
            pass
        found = layouts[keys] = self._layout(keys)
        if len(layouts) > 256:
            layouts.clear()
        return found

    def _layout(self, keys: tuple[object, ...]) -> Layout | None:
        kinds = [self.key(key) for key in keys]
        if any(kind is None for kind in kinds):
            return None
        named = {kind[1] for kind in kinds if kind is not None}
        if len(named) != len(kinds):
            return None
        ways: dict[int, set[str]] = {}
        for kind in kinds:
            assert kind is not None
            ways.setdefault(kind[2], set()).add(kind[0])
        if any(len(ways.get(p, ())) != 1 for p in range(len(self.numbers))):
            return None
        chosen = tuple(next(iter(ways[p])) for p in range(len(self.numbers)))
        for position, way in enumerate(chosen):
            if not set(self.needs(position, way)) <= named:
                return None
        reads: list[tuple[str, Mapping[object, int] | None, tuple[int, ...]]] = []
        for kind in kinds:
            assert kind is not None
            what, name, _ = kind
            if what == "item":
                if self.choices[name] != 2:  # a bool is no choice of a longer scale
                    return None
                reads.append((name, self.lookups[name], self.numerators[name]))
            else:
                reads.append((name, None, ()))
        subs = tuple(kind[1] for kind in kinds if kind is not None and kind[0] == "sub")
        return Layout(reads=tuple(reads), ways=chosen, subs=subs)

    def needs(self, position: int, way: str) -> tuple[str, ...]:
        """The names an indicator given *way* needs: its items, its sub-indicators or itself."""
        if way == "indicator":
            return (str(self.numbers[position]),)
        if way == "sub":
            return self.subs[position]
        return tuple(code for _, codes in self.groups[position] for code in codes)

    def key(self, key: object) -> tuple[str, str, int] | None:
        """What a checklist key names, as (kind, canonical name, indicator position).

        Kinds: ``"indicator"`` (name ``"9"``), ``"sub"`` (``"9.1"``), ``"item"`` (``"o1"``);
        None if the framework has no such OIT key.  Text and int keys are
        remembered (a checklist's keys are read once per framework).
        """
        kind = type(key)
        if kind is str or kind is int:
            known = self._known
            try:
                return known[kind, key]
            except KeyError:
                found = known[kind, key] = self._key(key)
                if len(known) > 4096:
                    known.clear()
                return found
        return self._key(key)

    def _key(self, key: object) -> tuple[str, str, int] | None:
        number = indicator_number(key)
        if number is not None:
            if number in self.numbers:
                return "indicator", str(number), self.numbers.index(number)
            return None
        if not isinstance(key, str):
            return None
        match = _SUB.fullmatch(to_arabic_digits(key.strip()))
        if match is not None:
            code = f"{int(match[1])}.{int(match[2])}"
            position = self.sub_position.get(code)
            return None if position is None else ("sub", code, position)
        item = column_code(key)
        position = None if item is None else self.item_position.get(item)
        return None if item is None or position is None else ("item", item, position)

    def describe(self, position: int) -> str:
        """How an indicator can be given, for messages."""
        number = self.numbers[position]
        ways = []
        items = [code for _, codes in self.groups[position] for code in codes]
        if items:
            ways.append(f"its items {items[0]}–{items[-1]} (True/False)")
        if self.subs[position]:
            subs = self.subs[position]
            ways.append(f"its sub-indicators {subs[0]}–{subs[-1]} (0–100)")
        ways.append(f"its score ({number}: 0–100)")
        return ", ".join(ways[:-1]) + (" or " if len(ways) > 1 else "") + ways[-1]


_PLAIN_KEYS = frozenset({str, int})
"""The key types whose equality is their identity as OIT keys (``9.0 == 9``, and ``True == 1``, are
equal keys of other types): only checklists of these keys are laid out."""


@attrs.frozen
class Layout:
    """How a checklist of known keys is read: per key its canonical name and, for an item of
    two choices, its cell lookup and points; per indicator, the one way it is given."""

    reads: tuple[tuple[str, Mapping[object, int] | None, tuple[int, ...]], ...]
    ways: tuple[str, ...]
    subs: tuple[str, ...]
    """The sub-indicators given by their scores."""


def _build(framework: Rules) -> OITPlan:
    indicators = [i for i in framework.indicators if i.tool is Tool.OIT]
    groups: list[tuple[tuple[str | None, tuple[str, ...]], ...]] = []
    item_share = framework.oit_rule.kind is OITRuleKind.ITEM_SHARE
    for indicator in indicators:
        questions = framework.questions_of(indicator)
        if indicator.sub_indicators and not item_share:
            per_sub = tuple(
                (
                    sub.code,
                    tuple(
                        item.code for q in questions if q.sub_indicator == sub for item in q.items
                    ),
                )
                for sub in indicator.sub_indicators
            )
            complete = all(codes for _, codes in per_sub) and all(
                q.sub_indicator is not None for q in questions
            )
            groups.append(per_sub if complete and questions else ())
        else:
            codes = tuple(item.code for q in questions for item in q.items)
            groups.append(((None, codes),) if codes else ())
    items = {
        item.code: (q, item) for q in framework.questions if q.tool is Tool.OIT for item in q.items
    }
    denominator = math.lcm(*(p.denominator for _, item in items.values() for p in item.points))
    return OITPlan(
        numbers=tuple(i.number for i in indicators),
        groups=tuple(groups),
        subs=tuple(tuple(s.code for s in i.sub_indicators) for i in indicators),
        item_position={code: p for p, g in enumerate(groups) for _, codes in g for code in codes},
        sub_position={s.code: p for p, i in enumerate(indicators) for s in i.sub_indicators},
        lookups={code: choice_labels(q.scale) for code, (q, _) in items.items()},
        choices={code: len(item.points) for code, (_, item) in items.items()},
        numerators={
            code: tuple(int(p * denominator) for p in item.points)
            for code, (_, item) in items.items()
        },
        denominator=denominator,
    )


oit_plan_of = PerFramework(_build)
"""The :class:`OITPlan` of a framework, built on first use."""
