"""Normalisation of Thai text before it is compared or parsed.

Thai text copied out of Word files and web pages spells the same word in more
than one way.  :func:`normalize` folds those spellings together; every parser
in itakit calls it first, so ``"ดำเนินการ"`` typed with sara am and the same word
typed as nikhahit + sara aa compare equal.

>>> normalize("ดํา\\u200bเนินการ   ครบถ้วน ")
'ดำเนินการ ครบถ้วน'
"""

from __future__ import annotations

import functools
import re
import unicodedata

from itakit._limits import shown
from itakit.errors import InputTypeError

__all__ = ["THAI_MARKS", "normalize", "reorder_marks"]

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
_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
_SARA_AM = "\u0e33"
_SPLIT_SARA_AM = re.compile(f"{_NIKHAHIT}{_SARA_AA}")
_AM_THEN_TONES = re.compile(f"{_SARA_AM}([{_TONES}]+)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")
"""Spaces to write as one plain space: a run of two or more, or one that is not a plain space."""
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")


def _sorted(run: re.Match[str]) -> str:
    return _in_order(run[0])


@functools.lru_cache(maxsize=1024)
def _in_order(marks: str) -> str:
    """A run of marks in their order, each once (remembered: a text has few distinct runs)."""
    return "".join(dict.fromkeys(sorted(marks, key=_RANK.__getitem__)))


def reorder_marks(text: str) -> str:
    """*text* with the Thai marks on each consonant in one order, each mark once.

    Vowels above and below come first, then the tone mark, then thanthakhat,
    nikhahit or yamakkan; sara am written as nikhahit + sara aa becomes ``ำ``,
    and a tone mark typed after sara am goes before it.  Text without Thai
    marks is returned as it is.

    >>> reorder_marks("ท\\u0e48\\u0e35") == "ที่"   # tone mark typed before the vowel
    True
    >>> reorder_marks("ที\\u0e48\\u0e48") == "ที่"   # tone mark typed twice
    True
    >>> reorder_marks("น\\u0e33\\u0e49") == reorder_marks("น\\u0e4d\\u0e49\\u0e32") == "น้ำ"
    True
    >>> reorder_marks("abc ก ข")
    'abc ก ข'
    """
    text = _SPLIT_SARA_AM.sub(_SARA_AM, _RUN.sub(_sorted, text))
    # until no tone follows sara am: a tone moved before one sara am may follow another (the
    # runs sorted above stay sorted where none does)
    while _AM_THEN_TONES.search(text):
        text = _RUN.sub(_sorted, _AM_THEN_TONES.sub(f"\\1{_SARA_AM}", text))
    return text


def normalize(text: str) -> str:
    """Return *text* in the one spelling itakit compares and parses.

    - Unicode NFC;
    - Thai marks on one consonant in one order, each once (:func:`reorder_marks`):
      ``ท่ี`` typed with the tone mark first is ``ที่``, ``ที่่`` is ``ที่``;
    - sara am written as nikhahit + sara aa (``ํา``) becomes ``ำ``, keeping a
      tone mark written between, before or after them (``่ํา`` → ``่ำ``);
    - zero-width spaces and joiners, word joiners, BOMs and soft hyphens are
      removed;
    - non-breaking and other spaces become a plain space, runs of them one space,
      and leading and trailing spaces go; line breaks are kept.

    >>> normalize("น\\u0e49\\u0e4d\\u0e32")  # tone mark, nikhahit, sara aa
    'น้ำ'
    >>> normalize("\\u00a0ต.ค.\\u00a0\\u00a0๖๖\\t")
    'ต.ค. ๖๖'
    >>> normalize(None)
    Traceback (most recent call last):
    ...
    itakit.errors.InputTypeError: normalize() needs text (str), got None
    """
    if not isinstance(text, str):
        raise InputTypeError(f"normalize() needs text (str), got {shown(text)}", value=text)
    text = reorder_marks(_INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    text = _SPACES.sub(" ", text)
    return _SPACE_AROUND_NEWLINE.sub("\n", text).strip()
