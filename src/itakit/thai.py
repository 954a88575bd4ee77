"""Thai numerals: digits, and numbers formatted and parsed the way Thai reports write them.

>>> to_thai_digits("FY 2567: 91.15")
'FY ๒๕๖๗: ๙๑.๑๕'
>>> to_arabic_digits("i๑๐/i๑๑")
'i10/i11'
"""

from __future__ import annotations

from typing import Literal

from itakit.errors import InputTypeError, ValidationError

__all__ = [
    "ARABIC_DIGITS",
    "THAI_DIGITS",
    "Digits",
    "check_digits",
    "to_arabic_digits",
    "to_thai_digits",
    "with_digits",
]

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"

Digits = Literal["thai", "arabic"]
"""How numbers are written: ``"thai"`` (๐–๙) or ``"arabic"`` (0–9)."""

_TO_THAI = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
_TO_ARABIC = str.maketrans(THAI_DIGITS, ARABIC_DIGITS)


def _need_text(text: object, function: str) -> str:
    if not isinstance(text, str):
        raise InputTypeError(f"{function}() needs text (str), got {text!r}", value=text)
    return text


def to_thai_digits(text: str) -> str:
    """Write every Arabic digit 0–9 in *text* as a Thai digit ๐–๙; nothing else changes.

    >>> to_thai_digits("100 %")
    '๑๐๐ %'
    """
    return _need_text(text, "to_thai_digits").translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Write every Thai digit ๐–๙ in *text* as an Arabic digit 0–9; nothing else changes.

    >>> to_arabic_digits("ปีงบประมาณ พ.ศ. ๒๕๖๗")
    'ปีงบประมาณ พ.ศ. 2567'
    >>> to_arabic_digits(None)
    Traceback (most recent call last):
    ...
    itakit.errors.InputTypeError: to_arabic_digits() needs text (str), got None
    """
    return _need_text(text, "to_arabic_digits").translate(_TO_ARABIC)


def check_digits(digits: object) -> Digits:
    """Return *digits* if it is ``"thai"`` or ``"arabic"``, else raise a clear error.

    >>> check_digits("thai")
    'thai'
    """
    if digits == "thai" or digits == "arabic":
        return digits
    raise ValidationError(f"digits must be 'thai' or 'arabic' (got {digits!r})", value=digits)


def with_digits(text: str, digits: Digits) -> str:
    """Return *text* with its digits written as *digits* asks.

    >>> with_digits("๖๗", "arabic"), with_digits("67", "thai")
    ('67', '๖๗')
    """
    if check_digits(digits) == "thai":
        return to_thai_digits(text)
    return to_arabic_digits(text)
