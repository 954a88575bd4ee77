"""What each question weighs inside its indicator: the share behind question scores.

An indicator's score is ``Σ share_q × score_q`` over its questions, the shares
adding up to 1.  A survey question (IIT, EIT) has the share ``1 / questions of
its indicator`` (its sub-items are averaged into it first).  An OIT item under
sub-indicators has ``1 / sub-indicators / items of its sub-indicator`` (a
sub-indicator is the share of its items present, the indicator the plain mean
of its sub-indicators: reference §3, **verified** on FY 2564); an OIT item of an
indicator without sub-indicators has ``1 / items``.  OIT indicators whose items
the edition does not list completely have no shares.

>>> import itakit
>>> shares = question_shares(itakit.framework(2564))
>>> shares["i7"], shares["o1"], shares["o43"]
((2, Fraction(1, 6)), (9, Fraction(1, 45)), (10, Fraction(1, 4)))
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType

from itakit._limits import shown
from itakit.codes import canonical_code
from itakit.errors import InputTypeError, ItakitError, ValidationError
from itakit.rules.framework import Rules
from itakit.rules.oit_rule import OITRuleKind
from itakit.rules.tools import Tool
from itakit.scoring._exact import exact_text, read_score
from itakit.scoring._memo import PerFramework
from itakit.scoring._read import code_runs

__all__ = ["in_order", "question_shares", "read_question_respondents", "read_question_scores"]


def _build(framework: Rules) -> Mapping[str, tuple[int, Fraction]]:
    shares: dict[str, tuple[int, Fraction]] = {}
    for indicator in framework.indicators:
        questions = framework.questions_of(indicator)
        if not questions:
            continue
        subs = indicator.sub_indicators
        if framework.oit_rule.kind is OITRuleKind.ITEM_SHARE:
            subs = ()  # the edition's rule: each item counts the same
        if indicator.tool is not Tool.OIT or not subs:
            for question in questions:
                shares[question.code] = (indicator.number, Fraction(1, len(questions)))
            continue
        per_sub = [[q for q in questions if q.sub_indicator == sub] for sub in subs]
        if not all(per_sub) or any(q.sub_indicator is None for q in questions):
            continue  # not scorable from its items (see itakit.scoring._oit_plan)
        for members in per_sub:
            for question in members:
                shares[question.code] = (indicator.number, Fraction(1, len(subs) * len(members)))
    return MappingProxyType(shares)


question_shares = PerFramework(_build)
"""Each question code → (its indicator's number, its share of the indicator), built on first use."""


def read_question_scores(
    framework: Rules, indicator_scores: Mapping[int, Fraction], value: object
) -> Mapping[str, Fraction]:
    """Question scores checked against the framework and the card's indicator scores.

    Every code must be a question of the framework that has a share; an
    indicator with any question given must have all of them, and its score
    must be exactly ``Σ share × score`` of them.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> read_question_scores(fw, {1: Fraction(80)}, {"i1": 70, "i2": 80, "I3": 90})
    mappingproxy({'i1': Fraction(70, 1), 'i2': Fraction(80, 1), 'i3': Fraction(90, 1)})
    >>> read_question_scores(fw, {1: Fraction(81)}, {"i1": 70, "i2": 80, "i3": 90})
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: 'question_scores' of indicator 1 average 80, not its score 81 (question scores must be the ones its indicator score was made from)
    """
    if not isinstance(value, Mapping):
        raise InputTypeError(
            f"'question_scores' must map question codes to scores, such as {{'i1': 80}}"
            f" (got {shown(value)})",
            value=value,
        )
    shares = question_shares(framework)
    scores: dict[str, Fraction] = {}
    for key, score in value.items():
        if type(key) is str and key in shares:
            code: str | None = key  # already canonical: the common case, as scoring gives them
        else:
            try:
                code = canonical_code(key)
            except ItakitError:
                code = None
        if code is None or code not in shares:
            raise ValidationError(
                f"'question_scores': {shown(key)} is not a question of FY {framework.fiscal_year}"
                " that an indicator score is made from",
                value=key,
            )
        try:
            scores[code] = read_score(score)
        except ItakitError as error:
            raise ValidationError(
                f"'question_scores' of {code}: {error.message}", value=score
            ) from None
    groups = _groups(framework)
    numbers = {shares[code][0] for code in scores}
    for number in sorted(numbers):
        members = groups[number]
        missing = [code for code, _ in members if code not in scores]
        if missing:
            raise ValidationError(
                f"'question_scores' of indicator {number} lack {code_runs(missing)}"
                " (give all of an indicator's questions, or none)",
                value=missing,
            )
        score = indicator_scores[number]
        numerator, denominator = _weighted_sum([(share, scores[code]) for code, share in members])
        if numerator * score.denominator != score.numerator * denominator:
            mean = Fraction(numerator, denominator)
            raise ValidationError(
                f"'question_scores' of indicator {number} average {exact_text(mean)}, not its"
                f" score {exact_text(score)} (question scores must be the"
                " ones its indicator score was made from)",
                value=number,
            )
    return in_order(framework, scores)


def in_order(framework: Rules, scores: Mapping[str, Fraction]) -> Mapping[str, Fraction]:
    """Question scores (canonical codes with shares) in the framework's order, read-only.

    >>> import itakit
    >>> dict(in_order(itakit.framework(2567), {"e1": Fraction(50), "i2": Fraction(70)}))
    {'i2': Fraction(70, 1), 'e1': Fraction(50, 1)}
    """
    order = _order(framework)
    return MappingProxyType(dict(sorted(scores.items(), key=lambda kv: order[kv[0]])))


def _by_indicator(framework: Rules) -> Mapping[int, tuple[tuple[str, Fraction], ...]]:
    grouped: dict[int, list[tuple[str, Fraction]]] = {}
    for code, (number, share) in question_shares(framework).items():
        grouped.setdefault(number, []).append((code, share))
    return MappingProxyType({number: tuple(members) for number, members in grouped.items()})


_groups = PerFramework(_by_indicator)
"""Each indicator with shares → its question codes and their shares, in the framework's order."""

_order = PerFramework(
    lambda framework: {code: k for k, code in enumerate(question_shares(framework))}
)
"""Each question code with a share → its place in the framework's order."""


def _weighted_sum(terms: list[tuple[Fraction, Fraction]]) -> tuple[int, int]:
    """``Σ share × score`` exactly, as a numerator over a common denominator (not reduced: the
    check compares it crosswise, and only its error message needs it as a Fraction).

    >>> _weighted_sum([(Fraction(1, 3), Fraction(70)), (Fraction(2, 3), Fraction(161, 2))])
    (462, 6)
    """
    denominators = [s.denominator * x.denominator for s, x in terms]
    common = math.lcm(*denominators)
    total = sum(
        s.numerator * x.numerator * (common // d)
        for (s, x), d in zip(terms, denominators, strict=True)
    )
    return total, common


def read_question_respondents(value: object) -> Mapping[str, int] | None:
    """Respondent counts per question code, checked (whole numbers >= 0).

    >>> read_question_respondents({"i1": 12})
    mappingproxy({'i1': 12})
    """
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise InputTypeError(
            f"'question_respondents' must map question codes to counts (got {shown(value)})",
            value=value,
        )
    for code, count in value.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError(
                f"'question_respondents' of {code} must be a whole number >= 0 (got {shown(count)})",
                value=count,
            )
    return MappingProxyType(dict(value))
