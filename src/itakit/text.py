"""Normalisation of Thai text before it is compared or parsed.

Thai text copied out of Word files and web pages spells the same word in more
than one way.  :func:`normalize` folds those spellings together; every parser
in itakit calls it first, so ``"ดำเนินการ"`` typed with sara am and the same word
typed as nikhahit + sara aa compare equal.

>>> normalize("ดํา\\u200bเนินการ   ครบถ้วน ")
'ดำเนินการ ครบถ้วน'
"""

from __future__ import annotations

import re
import unicodedata

from itakit._limits import shown
from itakit.errors import InputTypeError

__all__ = ["normalize"]

_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
_SARA_AM = "\u0e33"
# Tone marks and other above-vowels may stand between nikhahit and sara aa.
_SPLIT_SARA_AM = re.compile(f"{_NIKHAHIT}([\u0e48-\u0e4b]?){_SARA_AA}")
_SPLIT_SARA_AM_TONE_FIRST = re.compile(f"([\u0e48-\u0e4b]){_NIKHAHIT}{_SARA_AA}")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"[^\S\n]+")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")


def normalize(text: str) -> str:
    """Return *text* in the one spelling itakit compares and parses.

    - Unicode NFC;
    - sara am written as nikhahit + sara aa (``ํา``) becomes ``ำ``, keeping a
      tone mark written between or before them (``่ํา`` → ``่ำ``);
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
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _SPLIT_SARA_AM_TONE_FIRST.sub(rf"\1{_SARA_AM}", text)
    text = _SPLIT_SARA_AM.sub(rf"\1{_SARA_AM}", text)
    text = _SPACES.sub(" ", text)
    return _SPACE_AROUND_NEWLINE.sub("\n", text).strip()
