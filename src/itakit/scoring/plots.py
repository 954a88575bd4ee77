"""Pictures of results, behind the ``plot`` extra: a card, and a table's levels.

Each function returns a :class:`matplotlib.figure.Figure` built without
pyplot, so it neither picks nor changes your backend: save it with
``figure.savefig("card.png")``, or let Jupyter show it.  All text is set in
Sarabun (see :func:`~itakit.fonts.thai_font`), so Thai labels print as
Thai.  Without the extra, each raises :class:`~itakit.errors.MissingExtraError`
naming ``pip install "itakit[plot]"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itakit._words import Lang, check_lang, word
from itakit.scoring._draw import draw_indicators, draw_level_counts
from itakit.scoring.distribution import level_counts
from itakit.thai import Digits, format_number, resolve_digits, with_digits

if TYPE_CHECKING:
    from itakit.scoring.card import ScoreCard
    from itakit.scoring.table import ScoreTable

__all__ = ["plot_card", "plot_levels"]


def _card_title(card: ScoreCard, lang: Lang, digits: Digits) -> str:
    agency = f"{card.agency} · " if card.agency is not None else ""
    total = format_number(card.total, digits=digits)
    if lang == "th":
        year = f"{agency}ปีงบประมาณ พ.ศ. {card.fiscal_year}"
        result = f"คะแนนรวม {total} · ระดับ {card.level.label_th}"
    else:
        year = f"{agency}FY {card.fiscal_year}"
        result = f"total {total} · level {card.level.label_en}"
    # one line when it fits the figure, else the result under the agency and year
    return with_digits(
        f"{year} · {result}" if len(year) + len(result) < 60 else f"{year}\n{result}", digits
    )


def plot_card(card: ScoreCard, *, lang: Lang = "th", digits: Digits | None = None) -> Any:
    """The card's indicators as bars against the pass mark, coloured by tool.

    *lang* picks Thai (``"th"``) or English names; *digits* Thai or Arabic
    numerals.

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> figure = plot_card(card, digits="arabic")
    >>> figure.axes[0].get_yticklabels()[0].get_text()
    '1. การปฏิบัติหน้าที่'
    """
    check_lang(lang)
    digits = resolve_digits(lang, digits)
    framework = card.framework
    return draw_indicators(
        framework.indicators,
        card.indicator_scores,
        pass_mark=framework.levels.pass_mark,
        title=_card_title(card, lang, digits),
        lang=lang,
        digits=digits,
    )


def plot_levels(table: ScoreTable, *, lang: Lang = "th", digits: Digits | None = None) -> Any:
    """How many agencies of *table* are at each level, best level first.

    >>> import itakit
    >>> table = itakit.score_indicator_table(itakit.framework(2567), {
    ...     "agency": ["ก", "ข", "ค"], **{str(n): [80, 90, 97] for n in range(1, 11)}})
    >>> [label.get_text() for label in plot_levels(table).axes[0].get_xticklabels()]
    ['ผ่านดีเยี่ยม', 'ผ่านดี', 'ผ่าน', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']
    """
    check_lang(lang)
    digits = resolve_digits(lang, digits)
    counts = level_counts(table)
    if lang == "en":
        names = {level.label_th: level.label_en for level in table.framework.levels.levels}
        counts = {names[label]: count for label, count in counts.items()}
    count = format_number(len(table), decimals=0, digits=digits)
    year = table.framework.fiscal_year
    title = f"{word('levels_title', lang)} · {word('fiscal_year', lang)} {year} · n = {count}"
    return draw_level_counts(counts, title=with_digits(title, digits), lang=lang, digits=digits)
