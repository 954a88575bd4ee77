"""What of an edition is provisional, in one short line every output shows.

An edition carries a :class:`~itakit.rules.Confidence` on each indicator
weight, on its levels, on each question and OIT item, on each answer scale
and, where it states one, on its OIT scoring rule.  :func:`provisional_parts`
names the parts whose confidence is ``provisional`` (an assumption itakit
ships with); :func:`provisional_note` turns them into the one line a score
card's text, its HTML, the ``itakit score`` command, its JSON and the
measures documents show, in Thai or English.  An edition with nothing
provisional (FY 2564) has no note.

>>> import itakit
>>> fw = itakit.framework(2567)
>>> provisional_parts(fw)
('weights', 'questions', 'scales')
>>> card = fw.score_indicators(dict.fromkeys(range(1, 11), 90))
>>> print(provisional_note(card, lang="en"))
Provisional in FY 2567: indicator weights (assumed, not confirmed by the NACC; check them against your own published result)
>>> provisional_note(itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 90))) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from itakit._locale import check_lang
from itakit.rules.framework import Rules
from itakit.rules.provenance import Confidence
from itakit.rules.tools import Tool
from itakit.thai import Digits, resolve_digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard

__all__ = ["PART_NAMES", "Part", "provisional_note", "provisional_parts"]

Part = Literal["weights", "levels", "questions", "oit_items", "scales", "oit_rule"]
"""A part of an edition that can be provisional."""

PART_NAMES: dict[Part, tuple[str, str]] = {
    "weights": ("น้ำหนักตัวชี้วัด", "indicator weights"),
    "levels": ("เกณฑ์ระดับผล", "levels"),
    "questions": ("ข้อคำถาม", "questions"),
    "oit_items": ("รายการ OIT", "OIT items"),
    "scales": ("มาตรวัดคำตอบ", "answer scales"),
    "oit_rule": ("วิธีคิดคะแนน OIT", "OIT scoring rule"),
}
"""Each part's Thai and English name, in the order a note lists them."""

_PROVISIONAL = Confidence.PROVISIONAL


def _oit_rule_confidence(framework: Rules) -> Confidence | None:
    """The confidence of the edition's own OIT rule, where it states one."""
    rule = getattr(framework, "oit_rule", None)
    confidence = getattr(rule, "confidence", None)
    return confidence if isinstance(confidence, Confidence) else None


def _used(card: ScoreCard) -> set[Part]:
    """The parts a card's numbers depend on: weights and levels always; the rest as it was scored."""
    used: set[Part] = {"weights", "levels"}
    codes = card.question_scores or {}
    if any(not code.startswith("o") for code in codes):
        used.add("questions")
    if any(code.startswith("o") for code in codes):
        used |= {"oit_items", "oit_rule"}
    if card.question_respondents is not None:
        used.add("scales")  # scored from answers: the points of each answer count
    return used


def provisional_parts(rules: Rules | ScoreCard) -> tuple[Part, ...]:
    """The parts of an edition, or of what a card was scored with, whose confidence is provisional.

    For a :class:`~itakit.scoring.ScoreCard`, only the parts its numbers
    depend on count: weights and levels always, questions and OIT items
    when it holds their scores, answer scales when it was scored from raw
    answers.  In :data:`PART_NAMES` order.

    >>> import itakit
    >>> provisional_parts(itakit.framework(2564))
    ('questions',)
    >>> provisional_parts(itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 90)))
    ()
    >>> provisional_parts(itakit.framework(2564).replace(weights={9: 22, 10: 18}))
    ('weights', 'questions')
    """
    used: set[Part] | None = None
    if isinstance(rules, Rules):
        framework = rules
    else:
        found_framework: object = getattr(rules, "framework", None)
        if not isinstance(found_framework, Rules):
            from itakit.errors import InputTypeError

            raise InputTypeError(
                f"expected a Framework or a ScoreCard (got {type(rules).__name__})", value=rules
            )
        framework, used = found_framework, _used(rules)
    questions = [q for q in framework.questions if q.tool is not Tool.OIT]
    items = [q for q in framework.questions if q.tool is Tool.OIT]
    found: dict[Part, bool] = {
        "weights": any(i.confidence is _PROVISIONAL for i in framework.indicators),
        "levels": framework.levels.confidence is _PROVISIONAL,
        "questions": any(q.confidence is _PROVISIONAL for q in questions),
        "oit_items": any(q.confidence is _PROVISIONAL for q in items),
        "scales": any(s.confidence is _PROVISIONAL for s in framework.scales),
        "oit_rule": _oit_rule_confidence(framework) is _PROVISIONAL,
    }
    return tuple(part for part in PART_NAMES if found[part] and (used is None or part in used))


def provisional_note(
    rules: Rules | ScoreCard, *, lang: str = "th", digits: Digits | None = None
) -> str | None:
    """One line naming what of an edition (or of a card's rules) is provisional, or None.

    Every output of a card calls this, so they all say the same thing; the
    parts are :func:`provisional_parts`.

    *digits* defaults to Thai digits for Thai and Arabic digits for English.

    >>> import itakit
    >>> print(provisional_note(itakit.framework(2566)))
    เกณฑ์ปีงบประมาณ พ.ศ. ๒๕๖๖ ที่ยังเป็นสมมติฐานชั่วคราว: น้ำหนักตัวชี้วัด, ข้อคำถาม, มาตรวัดคำตอบ (ยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. ควรตรวจกับผลการประเมินที่หน่วยงานได้รับจริง)
    """
    lang = check_lang(lang)
    digits = resolve_digits(lang, digits)
    parts = provisional_parts(rules)
    if not parts:
        return None
    year = rules.fiscal_year
    if lang == "th":
        names = ", ".join(PART_NAMES[part][0] for part in parts)
        return (
            f"เกณฑ์{year.format(lang='th', digits=digits)} ที่ยังเป็นสมมติฐานชั่วคราว: {names}"
            " (ยังไม่ได้รับการยืนยันจากสำนักงาน ป.ป.ช. ควรตรวจกับผลการประเมินที่หน่วยงานได้รับจริง)"
        )
    names = ", ".join(PART_NAMES[part][1] for part in parts)
    return (
        f"Provisional in {with_digits(f'FY {year}', digits)}: {names} (assumed, not confirmed"
        " by the NACC; check them against your own published result)"
    )
