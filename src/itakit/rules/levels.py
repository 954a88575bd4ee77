"""Levels: how a total (and, since FY 2566, each tool's score) becomes a published label.

A :class:`LevelScheme` lists its levels best first; an agency gets the first
level whose conditions it meets.  Letter bands (AA…F, FY 2563–2565) need only
a minimum total; the FY 2566+ rating also asks every tool's score to reach a
minimum.  The last level has no condition, so every total gets exactly one.

>>> scheme = LevelScheme.letter_bands()
>>> str(scheme.assign(Decimal("81.45")))
'B'
>>> [band for band in scheme.bands()][:2]
[('AA', Decimal('95.00'), Decimal('100.00')), ('A', Decimal('85.00'), Decimal('94.99'))]
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from itakit.errors import ValidationError
from itakit.rules._validate import non_empty_text, optional_text, percent_decimal, to_decimal
from itakit.rules.provenance import Confidence
from itakit.rules.tools import Tool

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

__all__ = ["Level", "LevelScheme"]

_CENT = Decimal("0.01")


def _optional_decimal(value: object) -> Decimal | None:
    return None if value is None else to_decimal(value)


def _optional_percent(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        percent_decimal(instance, attribute, value)  # type: ignore[arg-type]


@attrs.frozen
class Level:
    """One level: its labels and the conditions to reach it.

    ``str(level)`` is the label the NACC publishes (``"B"``, ``"ผ่านดี"``).

    >>> str(Level(label_th="ผ่านดี", label_en="good pass", min_total=85, min_tool_score=85))
    'ผ่านดี'
    """

    label_th: str = attrs.field(validator=non_empty_text)
    label_en: str = attrs.field(validator=non_empty_text)
    min_total: Decimal = attrs.field(converter=to_decimal, validator=percent_decimal)
    min_tool_score: Decimal | None = attrs.field(
        default=None, converter=_optional_decimal, validator=_optional_percent
    )

    def __str__(self) -> str:
        return self.label_th

    def admits(self, total: Decimal, tool_scores: Mapping[Tool, Decimal]) -> bool:
        """Whether a (published, two-decimal) *total* and *tool_scores* reach this level."""
        if total < self.min_total:
            return False
        if self.min_tool_score is None:
            return True
        return all(score >= self.min_tool_score for score in tool_scores.values())


@attrs.frozen
class LevelScheme:
    """The ordered levels of one edition, best first, and its pass mark."""

    levels: tuple[Level, ...] = attrs.field()
    pass_mark: Decimal = attrs.field(converter=to_decimal, validator=percent_decimal)
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=optional_text)

    @levels.validator
    def _check_levels(self, attribute: attrs.Attribute[Any], levels: tuple[Level, ...]) -> None:
        if not levels:
            raise ValidationError("a level scheme needs at least one level", value=levels)
        labels = [level.label_th for level in levels]
        if len(set(labels)) != len(labels):
            raise ValidationError(f"level labels must be unique (got {labels})", value=labels)
        last = levels[-1]
        if last.min_total != 0 or last.min_tool_score is not None:
            raise ValidationError(
                f"the last level ({last.label_th}) must start at 0 with no tool condition,"
                " so that every total gets a level (got min_total"
                f" {last.min_total}, min_tool_score {last.min_tool_score})",
                value=last,
            )
        for better, worse in itertools.pairwise(levels):
            if (better.min_total, better.min_tool_score or 0) <= (
                worse.min_total,
                worse.min_tool_score or 0,
            ):
                raise ValidationError(
                    f"levels must be listed best first: {better.label_th} (from"
                    f" {better.min_total}) comes before {worse.label_th} (from {worse.min_total})",
                    value=labels,
                )

    def assign(self, total: Decimal, tool_scores: Mapping[Tool, Decimal] | None = None) -> Level:
        """The level of a published *total* (and of each tool's score, where the scheme asks).

        >>> from itakit.rules.tools import Tool
        >>> rating = LevelScheme.rating_fy2566()
        >>> scores = {Tool.IIT: Decimal(99), Tool.EIT: Decimal(84), Tool.OIT: Decimal("99.3")}
        >>> str(rating.assign(Decimal("94.64"), scores))
        'ผ่าน'
        """
        if not Decimal(0) <= total <= Decimal(100):
            raise ValidationError(f"a total must be between 0 and 100 (got {total})", value=total)
        if any(level.min_tool_score is not None for level in self.levels) and tool_scores is None:
            raise ValidationError(
                "this level scheme needs each tool's score as well as the total", value=total
            )
        scores = tool_scores or {}
        for level in self.levels:
            if level.admits(total, scores):
                return level
        return self.levels[-1]  # unreachable: the last level admits every total

    def assign_hundredths(
        self, totals: NDArray[np.int64], tools: NDArray[np.int64]
    ) -> NDArray[np.int8]:
        """:meth:`assign` for many agencies at once, on published values in hundredths.

        *totals* holds each agency's published total (8145 is 81.45); *tools*
        (agencies × tools) each tool's published score.  The result is each
        agency's level as an index into :attr:`levels` (0 is the best), the
        same level :meth:`assign` gives one agency: the two are this one rule.

        >>> import numpy as np
        >>> rating = LevelScheme.rating_fy2566()
        >>> rating.assign_hundredths(np.array([9464, 9600]), np.array([[9900, 8400, 9930],
        ...                                                            [9600, 9700, 9500]])).tolist()
        [2, 0]
        """
        import numpy as np  # the vectorised form only: the rules load without NumPy

        total_from, tool_from = self._thresholds
        admitted = totals[:, None] >= total_from  # agencies × levels, best level first
        if self.uses_tool_scores:
            lowest = tools.min(axis=1) if tools.shape[1] else np.full(len(totals), 10_000)
            admitted &= lowest[:, None] >= tool_from
        admitted[:, -1] = True  # the last level admits every total
        best: NDArray[np.int8] = admitted.argmax(axis=1).astype(np.int8)  # the best admitted
        return best

    @functools.cached_property
    def _thresholds(self) -> tuple[Any, Any]:  # NumPy arrays: the type is read at run time
        """Each level's lowest published total and lowest tool score in whole hundredths, as two
        read-only int64 arrays (-1 where a level sets no tool score)."""
        import numpy as np

        totals = [math.ceil(level.min_total * 100) for level in self.levels]
        tools = [
            -1 if level.min_tool_score is None else math.ceil(level.min_tool_score * 100)
            for level in self.levels
        ]
        found = np.array(totals, dtype=np.int64), np.array(tools, dtype=np.int64)
        for array in found:
            array.flags.writeable = False  # shared by every call
        return found

    def passes(self, total: Decimal) -> bool:
        """Whether a published *total* reaches the pass mark."""
        return total >= self.pass_mark

    @property
    def uses_tool_scores(self) -> bool:
        """Whether some level asks a minimum score of every tool (the FY 2566+ rating)."""
        return any(level.min_tool_score is not None for level in self.levels)

    def bands(self) -> Iterator[tuple[str, Decimal, Decimal]]:
        """Each level's label and the two-decimal range of totals it covers on the total alone.

        Levels with a tool condition share their range with the levels below them.
        """
        upper = Decimal("100.00")
        for level in self.levels:
            lower = level.min_total.quantize(_CENT)
            yield level.label_th, lower, upper
            if level.min_tool_score is None:
                upper = lower - _CENT

    @classmethod
    def letter_bands(cls, *, confidence: Confidence = Confidence.SOURCED) -> LevelScheme:
        """AA 95 · A 85 · B 75 · C 65 · D 55 · E 50 · F 0, pass mark 85 (FY 2563–2565)."""
        cuts = (("AA", 95), ("A", 85), ("B", 75), ("C", 65), ("D", 55), ("E", 50), ("F", 0))
        return cls(
            levels=tuple(
                Level(label_th=label, label_en=label, min_total=cut) for label, cut in cuts
            ),
            pass_mark=85,
            confidence=confidence,
        )

    @classmethod
    def rating_fy2566(cls, *, confidence: Confidence = Confidence.SOURCED) -> LevelScheme:
        """ผ่านดีเยี่ยม … ต้องปรับปรุงโดยด่วน, with per-tool thresholds (FY 2566 on)."""
        return cls(
            levels=(
                Level(
                    label_th="ผ่านดีเยี่ยม", label_en="excellent pass", min_total=95, min_tool_score=95
                ),
                Level(label_th="ผ่านดี", label_en="good pass", min_total=85, min_tool_score=85),
                Level(label_th="ผ่าน", label_en="pass", min_total=85),
                Level(label_th="ต้องปรับปรุง", label_en="needs improvement", min_total=70),
                Level(label_th="ต้องปรับปรุงโดยด่วน", label_en="needs urgent improvement", min_total=0),
            ),
            pass_mark=85,
            confidence=confidence,
        )
