"""One fiscal year's complete ITA rules, as data: :class:`Rules`.

:class:`Rules` is what the edition files hold and what scoring reads.  The
object users hold, :class:`itakit.Framework`, is a :class:`Rules` that can
also score (it is defined with the scoring code, in
:mod:`itakit.scoring.framework`, so that this module needs nothing above it).

The rules are checked as a whole when it is built: indicator weights sum to
100, codes are unique, every question belongs to one of its indicators and is
answered on one of its scales, and its levels give every total exactly one
level.  Lookups raise :class:`~itakit.errors.UnknownCodeError` naming near
matches.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, Self

import attrs

from itakit.codes import canonical_code
from itakit.errors import (
    InputTypeError,
    ItakitError,
    ScoringError,
    UnknownCodeError,
    ValidationError,
)
from itakit.fiscal_year import FiscalYear
from itakit.rules._validate import non_empty_text, to_decimal
from itakit.rules.indicators import Indicator, Item, Question, SubIndicator
from itakit.rules.levels import LevelScheme
from itakit.rules.oit_rule import OITRule
from itakit.rules.provenance import Confidence, Source
from itakit.rules.scales import AnswerScale
from itakit.rules.tools import Tool

__all__ = ["Rules", "ToolPart"]

_HUNDRED = Decimal(100)


@attrs.frozen
class ToolPart:
    """A tool as one edition weighs it: its indicators and their total weight.

    >>> import itakit
    >>> part = itakit.framework(2564).tool("OIT")
    >>> part.weight, [indicator.number for indicator in part.indicators]
    (Decimal('40'), [9, 10])
    """

    tool: Tool
    indicators: tuple[Indicator, ...]
    questions: tuple[Question, ...]

    @property
    def weight(self) -> Decimal:
        """The sum of its indicators' weights (points of 100)."""
        return sum((indicator.weight for indicator in self.indicators), Decimal(0))


def _fiscal_year(value: object) -> FiscalYear:
    if isinstance(value, FiscalYear):
        return value
    if isinstance(value, int | str):
        return FiscalYear.parse(value)
    raise InputTypeError(
        f"'fiscal_year' must be a FiscalYear or a B.E. year (got {value!r})", value=value
    )


@attrs.frozen(eq=True, repr=False)
class Rules:
    """The complete rules of one fiscal year's ITA: indicators, questions, scales and levels.

    Every :class:`itakit.Framework` is one; the lookups and :meth:`replace`
    are defined here.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> fw.indicator(4).name_th
    'การใช้ทรัพย์สินของราชการ'
    >>> fw.question("i10").indicator.number
    4
    """

    fiscal_year: FiscalYear = attrs.field(converter=_fiscal_year)
    title_th: str = attrs.field(validator=non_empty_text)
    title_en: str = attrs.field(validator=non_empty_text)
    indicators: tuple[Indicator, ...] = attrs.field()
    levels: LevelScheme
    scales: tuple[AnswerScale, ...] = attrs.field(default=())
    questions: tuple[Question, ...] = ()
    sources: tuple[Source, ...] = ()
    notes: tuple[str, ...] = ()
    oit_rule: OITRule = attrs.field(factory=OITRule)
    """The rule that turns OIT items into indicator scores, as the edition states it."""
    _by_code: Mapping[str, Question] = attrs.field(init=False, repr=False, eq=False)
    _by_number: Mapping[int, Indicator] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_number = {indicator.number: indicator for indicator in self.indicators}
        by_code = self._check_questions(by_number)
        self._check_sources()
        object.__setattr__(self, "_by_number", by_number)
        object.__setattr__(self, "_by_code", by_code)

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} FY {self.fiscal_year}: {len(self.indicators)} indicators,"
            f" {len(self.questions)} questions, {self.confidence.value}>"
        )

    # -- whole-object checks ------------------------------------------------

    @indicators.validator
    def _check_indicators(
        self, attribute: attrs.Attribute[Any], indicators: tuple[Indicator, ...]
    ) -> None:
        if not indicators:
            raise ValidationError("a framework needs at least one indicator", value=indicators)
        numbers = [indicator.number for indicator in indicators]
        if len(set(numbers)) != len(numbers):
            raise ValidationError(
                f"indicator numbers must be unique (got {numbers})", value=numbers
            )
        if numbers != sorted(numbers):
            raise ValidationError(
                f"indicators must be listed in order (got {numbers})", value=numbers
            )
        total = sum((indicator.weight for indicator in indicators), Decimal(0))
        if total != _HUNDRED:
            weights = ", ".join(f"{i.number}: {i.weight}" for i in indicators)
            raise ValidationError(
                f"indicator weights must sum to 100 (got {total}: {weights})", value=total
            )

    @scales.validator
    def _check_scales(
        self, attribute: attrs.Attribute[Any], scales: tuple[AnswerScale, ...]
    ) -> None:
        keys = [scale.key for scale in scales]
        if len(set(keys)) != len(keys):
            raise ValidationError(f"scale keys must be unique (got {keys})", value=keys)
        for scale in scales:
            if scale.replaces is not None and scale.replaces not in keys:
                raise ValidationError(
                    f"scale {scale.key!r} is an alternative to scale {scale.replaces!r},"
                    f" which these rules do not list (they list: {', '.join(keys)})",
                    value=scale.replaces,
                )

    def _check_questions(self, by_number: Mapping[int, Indicator]) -> dict[str, Question]:
        by_code: dict[str, Question] = {}
        for question in self.questions:
            if question.code in by_code:
                raise ValidationError(
                    f"question code {question.code} appears twice", value=question.code
                )
            own = by_number.get(question.indicator.number)
            if own != question.indicator:
                raise ValidationError(
                    f"question {question.code} belongs to an indicator {question.indicator.number}"
                    " that is not this framework's",
                    value=question.code,
                )
            if question.scale not in self.scales:
                raise ValidationError(
                    f"question {question.code} is answered on scale {question.scale.key!r},"
                    " which this framework does not list",
                    value=question.code,
                )
            by_code[question.code] = question
        return by_code

    def _check_sources(self) -> None:
        keys = [source.key for source in self.sources]
        if len(set(keys)) != len(keys):
            raise ValidationError(f"source keys must be unique (got {keys})", value=keys)
        known = set(keys)
        cited: list[tuple[str, tuple[str, ...]]] = [
            *((f"indicator {i.number}", i.sources) for i in self.indicators),
            *((f"question {q.code}", q.sources) for q in self.questions),
            *((f"scale {s.key}", s.sources) for s in self.scales),
            ("levels", self.levels.sources),
            ("the OIT rule", self.oit_rule.sources),
        ]
        for where, sources in cited:
            for key in sources:
                if key not in known:
                    raise ValidationError(
                        f"{where} cites source {key!r}, which this framework does not list",
                        value=key,
                    )

    # -- lookups -------------------------------------------------------------

    def indicator(self, number: int) -> Indicator:
        """The indicator numbered *number*.

        >>> import itakit
        >>> itakit.framework(2564).indicator(11)
        Traceback (most recent call last):
        ...
        itakit.errors.UnknownCodeError: FY 2564 has no indicator 11 (it has 1–10)
        """
        if isinstance(number, bool) or not isinstance(number, int):
            raise InputTypeError(
                f"an indicator number must be an int (got {number!r})", value=number
            )
        try:
            return self._by_number[number]
        except KeyError:
            numbers = sorted(self._by_number)
            raise UnknownCodeError(
                f"FY {self.fiscal_year} has no indicator {number}"
                f" (it has {numbers[0]}–{numbers[-1]})",
                value=number,
            ) from None

    def question(self, code: str) -> Question:
        """The question with *code*, written any way :func:`~itakit.parse_codes` reads.

        >>> import itakit
        >>> itakit.framework(2567).question("i๑๐").code
        'i10'
        """
        canonical = canonical_code(code)
        try:
            return self._by_code[canonical]
        except KeyError:
            near = difflib.get_close_matches(canonical, self._by_code, n=3)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            tools = sorted({q.tool.value for q in self.questions})
            raise UnknownCodeError(
                f"FY {self.fiscal_year} has no question {canonical}"
                f" (it lists questions for {', '.join(tools) or 'no tool'}){hint}",
                value=code,
            ) from None

    def has_question(self, code: str) -> bool:
        """Whether this edition lists a question with *code*."""
        try:
            return canonical_code(code) in self._by_code
        except ItakitError:
            return False

    def questions_of(self, indicator: int | Indicator) -> tuple[Question, ...]:
        """The questions of one indicator, in order.

        >>> import itakit
        >>> [q.code for q in itakit.framework(2567).questions_of(4)]
        ['i10', 'i11', 'i12']
        """
        number = (
            indicator.number
            if isinstance(indicator, Indicator)
            else self.indicator(indicator).number
        )
        return tuple(q for q in self.questions if q.indicator.number == number)

    def questions_of_sub_indicator(self, sub: SubIndicator) -> tuple[Question, ...]:
        """The items of one sub-indicator (such as 9.1), in order."""
        return tuple(q for q in self.questions if q.sub_indicator == sub)

    def indicators_of(self, tool: Tool | str) -> tuple[Indicator, ...]:
        """The indicators one tool scores, in order."""
        wanted = Tool.parse(tool)
        return tuple(i for i in self.indicators if i.tool is wanted)

    def tool(self, tool: Tool | str) -> ToolPart:
        """One tool's indicators, questions and weight in this edition."""
        wanted = Tool.parse(tool)
        return ToolPart(
            tool=wanted,
            indicators=self.indicators_of(wanted),
            questions=tuple(q for q in self.questions if q.tool is wanted),
        )

    @property
    def tools(self) -> tuple[ToolPart, ...]:
        """Every tool that has indicators, in the order IIT, EIT, OIT."""
        return tuple(self.tool(tool) for tool in Tool if self.indicators_of(tool))

    def scale(self, key: str) -> AnswerScale:
        """The answer scale with *key*."""
        for scale in self.scales:
            if scale.key == key:
                return scale
        known = ", ".join(s.key for s in self.scales) or "none"
        raise UnknownCodeError(
            f"FY {self.fiscal_year} has no scale {key!r} (it has: {known})", value=key
        )

    def source(self, key: str) -> Source:
        """The source with *key*."""
        for source in self.sources:
            if source.key == key:
                return source
        raise UnknownCodeError(f"FY {self.fiscal_year} cites no source {key!r}", value=key)

    def items(self) -> Iterator[Item]:
        """Every answer column this edition scores: questions, or their sub-items."""
        for question in self.questions:
            yield from question.items

    # -- provenance ----------------------------------------------------------

    @property
    def confidence(self) -> Confidence:
        """The weakest confidence of anything this edition uses to score."""
        return Confidence.weakest(
            [
                *(indicator.confidence for indicator in self.indicators),
                *(question.confidence for question in self.questions),
                *(scale.confidence for scale in self.scales),
                self.levels.confidence,
                self.oit_rule.confidence,
            ]
        )

    def with_scale(self, key: str, points: object = None) -> Self:
        """These rules with the questions that may use scale *key* answered on it.

        For the alternatives an edition lists (``iit_six_level`` and
        ``eit_six_level`` from FY 2567 on: labels known, points unknown), give
        the *points* your forms use, lowest choice first; the scale becomes
        provisional (your assumption).  Every question of the scale's tool
        answered on the scale it replaces switches to it.  Scoring with points
        nobody knows is refused.

        >>> import itakit
        >>> six = itakit.framework(2567).with_scale("iit_six_level", points=[0, 20, 40, 60, 80, 100])
        >>> six.question("i1").scale.key, six.question("e1").scale.key
        ('iit_six_level', 'four_level')
        >>> itakit.framework(2567).with_scale("iit_six_level")
        Traceback (most recent call last):
        ...
        itakit.errors.ScoringError: the points of scale 'iit_six_level' are unknown: give the 6 points your forms use, lowest choice first, e.g. with_scale('iit_six_level', points=[0, 20, 40, 60, 80, 100])
        """
        scale = self.scale(key)
        if points is not None:
            scale = scale.with_points(points)
        elif not scale.points_known:
            raise ScoringError(scale.unknown_points_message(), value=key)
        scales = tuple(scale if s.key == key else s for s in self.scales)
        questions = tuple(
            attrs.evolve(q, scale=scale)
            if q.scale.key == key
            or (q.scale.key == scale.replaces and scale.tool in (None, q.tool))
            else q
            for q in self.questions
        )
        return attrs.evolve(self, scales=scales, questions=questions)

    # -- derivation ----------------------------------------------------------

    def replace(
        self,
        *,
        weights: Mapping[int, object] | None = None,
        levels: LevelScheme | None = None,
        **changes: Any,
    ) -> Self:
        """A new framework with some rules changed; this one is left as it is.

        *weights* maps indicator numbers to new weights (marked provisional:
        they are your assumption); the result must still sum to 100.  Any other
        field may be given by name; questions follow their indicators when the
        indicators are replaced.

        >>> import itakit
        >>> fw = itakit.framework(2568)
        >>> custom = fw.replace(weights={9: 22, 10: 18})
        >>> custom.indicator(9).weight, fw.indicator(9).weight
        (Decimal('22'), Decimal('20'))
        """
        indicators: tuple[Indicator, ...] = tuple(changes.pop("indicators", self.indicators))
        questions: tuple[Question, ...] = tuple(changes.pop("questions", self.questions))
        if weights is not None:
            known = {i.number for i in indicators}
            for number in weights:
                if number not in known:
                    self.indicator(number)  # raises, naming the indicators there are
            new_weights = {number: to_decimal(weight) for number, weight in weights.items()}
            indicators = tuple(
                attrs.evolve(i, weight=new_weights[i.number], confidence=Confidence.PROVISIONAL)
                if new_weights.get(i.number, i.weight) != i.weight
                else i
                for i in indicators
            )
        renewed = {i.number: i for i in indicators}
        orphans = sorted({q.code for q in questions if q.indicator.number not in renewed})
        if orphans:
            raise ValidationError(
                f"questions {', '.join(orphans)} belong to indicators this framework would no"
                " longer have; replace the questions too",
                value=orphans,
            )
        questions = tuple(
            q
            if q.indicator == renewed[q.indicator.number]
            else attrs.evolve(q, indicator=renewed[q.indicator.number])
            for q in questions
        )
        if levels is not None:
            changes["levels"] = levels
        return attrs.evolve(self, indicators=indicators, questions=questions, **changes)
