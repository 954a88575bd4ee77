"""The questions that cost most: :func:`costly_questions`, below the indicators.

A question with share *q* of its indicator (``1 / questions`` of the
indicator; for an OIT item under sub-indicators ``1 / sub-indicators / items
of its sub-indicator``) and score *s* costs ``weight × q × (100 − s) / 100``
points of the total, where *weight* is its indicator's.  The costs of an
indicator's questions add up exactly to the indicator's points lost (see
:mod:`itakit.scoring.gaps`), since its score is the share-weighted mean of
theirs.

Question scores come only with a card scored from raw answers
(:func:`~itakit.scoring.score_responses`), or, for OIT items, from a
checklist; a card made from indicator values has none.

>>> import itakit
>>> fw = itakit.framework(2567)
>>> answers = {"agency": ["ก", "ก", "ก"],
...            **{f"i{k}": [3, 3 if k != 4 else 0, None] for k in range(1, 16)},
...            **{f"e{k}": [None, None, 3] for k in range(1, 16)}}
>>> card = itakit.score_responses(fw, answers, oit={"ก": {9: 100, 10: 100}}).card("ก")
>>> [(row.code, row.score, row.points_lost) for row in costly_questions(card, 2)]
[('i4', Decimal('50.00'), Decimal('1.00')), ('i1', Decimal('100.00'), Decimal('0.00'))]
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, overload

import attrs

from itakit._numbers import half_up
from itakit._text_table import pad, width
from itakit._words import Lang, check_lang
from itakit.codes import format_code
from itakit.errors import UnknownCodeError, ValidationError
from itakit.rules.indicators import Indicator
from itakit.scoring._shares import question_shares
from itakit.thai import Digits, format_number, resolve_digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["CostlyQuestion", "CostlyQuestions", "costly_questions"]

_HUNDRED = Fraction(100)
_HEAD = {
    "th": ("ข้อ", "ตัวชี้วัด", "คะแนน", "เสียไป", "ผู้ตอบ", "ข้อความ"),
    "en": ("question", "indicator", "score", "points lost", "answered", "text"),
}


@attrs.frozen(repr=False)
class CostlyQuestion:
    """One question: its score and the points of the total it cost.

    ``text_th`` / ``text_en`` are the question's text where the edition has it
    (FY 2564 OIT items have titles; most IIT and EIT questions have none, and
    then they are None).  ``share`` is its share of its indicator;
    ``points_lost`` is rounded half up, ``points_lost_exact`` is the fraction
    behind it.  ``respondents`` counts who answered it, when known.

    >>> import itakit
    >>> from itakit.analysis import costly_questions
    >>> fw = itakit.framework(2564)
    >>> card = itakit.ScoreCard(framework=fw, indicator_scores_exact={**dict.fromkeys(range(1, 9), 100),
    ...     9: 100, 10: 75}, question_scores={f"o{k}": 0 if k == 42 else 100 for k in range(34, 44)})
    >>> costly_questions(card)[0]
    CostlyQuestion(o42 (10): score 0.00, lost 5.00 · มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)
    """

    code: str
    indicator: Indicator
    text_th: str | None
    text_en: str | None
    share: Fraction
    """Its share of its indicator's score."""
    score: Decimal
    score_exact: Fraction
    points_lost: Decimal
    points_lost_exact: Fraction
    respondents: int | None

    def __repr__(self) -> str:
        text = "" if self.text_th is None else f" · {self.text_th}"
        return (
            f"CostlyQuestion({self.code} ({self.indicator.number}): score {self.score},"
            f" lost {self.points_lost}{text})"
        )


@attrs.frozen(repr=False)
class CostlyQuestions:
    """A card's questions, most costly first (ties in the edition's order); a sequence of rows.

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> card = itakit.ScoreCard(framework=fw, indicator_scores_exact={**dict.fromkeys(range(1, 9), 100),
    ...     9: 100, 10: 75}, question_scores={f"o{k}": 0 if k == 42 else 100 for k in range(34, 44)})
    >>> rows = card.costly_questions(2)
    >>> len(rows), [row.code for row in rows], rows.points_lost
    (2, ['o42', 'o34'], Decimal('5.00'))
    """

    card: ScoreCard
    questions: tuple[CostlyQuestion, ...]

    @property
    def points_lost(self) -> Decimal:
        """The points these questions cost, together (rounded half up)."""
        return half_up(sum((q.points_lost_exact for q in self.questions), Fraction(0)))

    def __len__(self) -> int:
        return len(self.questions)

    def __iter__(self) -> Iterator[CostlyQuestion]:
        return iter(self.questions)

    @overload
    def __getitem__(self, index: int) -> CostlyQuestion: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[CostlyQuestion, ...]: ...
    def __getitem__(self, index: int | slice) -> CostlyQuestion | tuple[CostlyQuestion, ...]:
        return self.questions[index]

    def question(self, code: str) -> CostlyQuestion:
        """The row of one question code."""
        for row in self.questions:
            if row.code == code:
                return row
        raise UnknownCodeError(f"no question {code!r} among these rows", value=code)

    def format(self, *, lang: Lang = "th", digits: Digits | None = None) -> str:
        """A plain-text table, most costly first, for a Thai or an English reader.

        A question without text in the edition shows ``—``.

        >>> import itakit
        >>> fw = itakit.framework(2564)
        >>> card = itakit.ScoreCard(framework=fw, indicator_scores_exact={**dict.fromkeys(range(1, 9), 100),
        ...     9: 100, 10: 75}, question_scores={f"o{k}": 0 if k == 42 else 100 for k in range(34, 44)})
        >>> print(card.costly_questions(2).format(lang="en", digits="arabic"))
        question  indicator   score  points lost  answered  text
        o42              10    0.00         5.00         —  มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
        o34              10  100.00         0.00         —  เจตจำนงสุจริตของผู้บริหาร
        """
        lang = check_lang(lang)
        digits = resolve_digits(lang, digits)

        def number(value: Decimal) -> str:
            return format_number(value, digits=digits, grouping=False)

        rows = [list(_HEAD[lang])]
        for row in self.questions:
            text = row.text_th if lang == "th" or row.text_en is None else row.text_en
            rows.append(
                [
                    format_code(row.code, digits=digits),
                    with_digits(str(row.indicator.number), digits),
                    number(row.score),
                    number(row.points_lost),
                    "—" if row.respondents is None else with_digits(str(row.respondents), digits),
                    "—" if text is None else text,
                ]
            )
        widths = [max(width(r[c]) for r in rows) for c in range(len(rows[0]))]
        right = (False, True, True, True, True, False)
        return "\n".join(
            "  ".join(pad(cell, widths[c], right=right[c]) for c, cell in enumerate(r)).rstrip()
            for r in rows
        )

    def __str__(self) -> str:
        return self.format()

    def __repr__(self) -> str:
        shown = ", ".join(f"{q.code} {q.points_lost}" for q in self.questions[:3])
        more = f", … {len(self) - 3} more" if len(self) > 3 else ""
        return f"CostlyQuestions({len(self)} questions, lost: {shown}{more})"


def costly_questions(card: ScoreCard, n: int | None = None) -> CostlyQuestions:
    """The questions of *card* that cost most points of the total, most costly first (*n* of them).

    Needs question scores (``card.question_scores``): they come only from raw
    answers (:func:`~itakit.scoring.score_responses`) or OIT checklists.

    >>> import itakit
    >>> card = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> costly_questions(card)
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: this card has no question scores: they come only from raw answers (itakit.score_responses) or OIT checklists; a card made from indicator values stops at the indicators (see card.gaps())
    """
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or n < 0):
        raise ValidationError(f"'n' must be a whole number >= 0 or None (got {n!r})", value=n)
    scores = card.question_scores
    if scores is None:
        raise ValidationError(
            "this card has no question scores: they come only from raw answers"
            " (itakit.score_responses) or OIT checklists; a card made from indicator values"
            " stops at the indicators (see card.gaps())",
            value=card,
        )
    framework = card.framework
    shares = question_shares(framework)
    by_code = {q.code: q for q in framework.questions}
    counts = card.question_respondents or {}
    rows = []
    for code, score in scores.items():
        _, share = shares[code]
        question = by_code[code]
        indicator = question.indicator
        lost = Fraction(indicator.weight) * share * (_HUNDRED - score) / _HUNDRED
        rows.append(
            CostlyQuestion(
                code=code,
                indicator=indicator,
                text_th=question.text_th,
                text_en=question.text_en,
                share=share,
                score=half_up(score),
                score_exact=score,
                points_lost=half_up(lost),
                points_lost_exact=lost,
                respondents=counts.get(code),
            )
        )
    ordered = sorted(rows, key=lambda row: -row.points_lost_exact)  # stable: edition order on ties
    return CostlyQuestions(card=card, questions=tuple(ordered if n is None else ordered[:n]))
