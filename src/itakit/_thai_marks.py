"""Thai combining marks in their one canonical order (to be folded into :mod:`itakit.text`)."""

from __future__ import annotations

import re

__all__ = ["THAI_MARKS", "reorder_marks"]

_VOWELS = "\u0e3a\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e38\u0e39"
"""Above and below vowels: phinthu, mai han-akat, sara i … sara ue, mai taikhu, sara u, sara uu.

In this order, and the tone marks after them, the marks that Unicode orders
(phinthu, sara u and uu, the tone marks) stand as NFC leaves them."""
_TONES = "\u0e48\u0e49\u0e4a\u0e4b"
_SIGNS = "\u0e4c\u0e4d\u0e4e"
"""Thanthakhat, nikhahit, yamakkan."""
THAI_MARKS = _VOWELS + _TONES + _SIGNS
"""Every Thai combining mark: drawn above or below the consonant before it."""

_RANK = {mark: rank for rank, mark in enumerate(THAI_MARKS)}
_RUN = re.compile(f"[{THAI_MARKS}]{{2,}}")
_AM_THEN_TONE = re.compile(f"\u0e33([{_TONES}])")


def _sorted(run: re.Match[str]) -> str:
    marks = dict.fromkeys(sorted(run[0], key=_RANK.__getitem__))
    return "".join(marks)


def reorder_marks(text: str) -> str:
    """*text* with each run of Thai marks on one consonant in canonical order, doubles dropped.

    Vowels above and below come first, then the tone mark, then thanthakhat,
    nikhahit or yamakkan; a tone mark typed after sara am goes before it.

    >>> reorder_marks("ท\\u0e48\\u0e35") == "ที่"   # tone mark typed before the vowel
    True
    >>> reorder_marks("ที\\u0e48\\u0e48") == "ที่"   # tone mark typed twice
    True
    >>> reorder_marks("น\\u0e33\\u0e49") == "น้ำ"
    True
    >>> reorder_marks("abc ก ข")
    'abc ก ข'
    """
    return _AM_THEN_TONE.sub("\\1\u0e33", _RUN.sub(_sorted, text))
