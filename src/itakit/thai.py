"""Thai numerals: digits, and numbers formatted and parsed the way Thai reports write them.

>>> to_thai_digits("FY 2567: 91.15")
'FY ๒๕๖๗: ๙๑.๑๕'
>>> to_arabic_digits("i๑๐/i๑๑")
'i10/i11'
>>> format_number(85.345), format_percent(100), parse_number("๑,๒๓๔.๕๐")
('๘๕.๓๕', '๑๐๐ %', Decimal('1234.50'))
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Literal, TypeAlias

from itakit._locale import check_lang, format_decimal
from itakit._numbers import half_up
from itakit.errors import InputTypeError, ParseError, ValidationError
from itakit.text import normalize

__all__ = [
    "ARABIC_DIGITS",
    "MAX_DECIMALS",
    "THAI_DIGITS",
    "Digits",
    "Number",
    "check_digits",
    "format_number",
    "format_percent",
    "parse_number",
    "resolve_digits",
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


def resolve_digits(lang: object, digits: object) -> Digits:
    """The digits to write: *digits* when given, else Thai digits for ``lang="th"``, Arabic for ``"en"``.

    Every formatter that takes ``lang`` and ``digits`` resolves them here, so
    ``digits=None`` means the same everywhere; an explicit *digits* always wins.

    >>> resolve_digits("th", None), resolve_digits("en", None), resolve_digits("en", "thai")
    ('thai', 'arabic', 'thai')
    """
    if digits is None:
        return "thai" if check_lang(lang) == "th" else "arabic"
    return check_digits(digits)


def with_digits(text: str, digits: Digits) -> str:
    """Return *text* with its digits written as *digits* asks.

    >>> with_digits("๖๗", "arabic"), with_digits("67", "thai")
    ('67', '๖๗')
    """
    if check_digits(digits) == "thai":
        return to_thai_digits(text)
    return to_arabic_digits(text)


Number: TypeAlias = int | float | Decimal | Fraction
"""A number :func:`format_number` accepts; a float stands for the decimal it prints as."""

MAX_DECIMALS = 10
"""The most decimal places :func:`format_number` and :func:`format_percent` write."""

# After normalize() and to_arabic_digits(); [0-9], not \d, which also matches other scripts' digits.
_NUMBER = re.compile(r"[-−]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?: ?%)?")


def _exact(value: object, function: str) -> Fraction:
    """*value* as an exact fraction; a float is taken as the decimal it prints as (94.995)."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | Fraction):
        raise InputTypeError(
            f"{function}() needs a number (int, float, Decimal or Fraction), got {value!r}"
            + ("; read text with parse_number() first" if isinstance(value, str) else ""),
            value=value,
        )
    number = Decimal(repr(value)) if isinstance(value, float) else value
    if isinstance(number, Decimal) and not number.is_finite():
        raise ValidationError(f"{function}() needs a finite number (got {value!r})", value=value)
    return Fraction(number)


def _check_decimals(decimals: object) -> int:
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise InputTypeError(f"'decimals' must be an int (got {decimals!r})", value=decimals)
    if not 0 <= decimals <= MAX_DECIMALS:
        raise ValidationError(
            f"'decimals' must be between 0 and {MAX_DECIMALS} (got {decimals})", value=decimals
        )
    return decimals


def format_number(
    value: Number, *, decimals: int = 2, digits: Digits = "thai", grouping: bool = True
) -> str:
    """Write *value* with exactly *decimals* places, the way Thai reports print numbers.

    The value is rounded half away from zero (``ROUND_HALF_UP``, as a
    spreadsheet's ROUND does), never half to even; a float counts as the decimal
    it prints as, so ``94.995`` rounds to ``95.00``.  Thousands are grouped with
    ``,`` unless *grouping* is false; a value that rounds to zero has no minus.

    >>> format_number(Decimal("85.345"))
    '๘๕.๓๕'
    >>> format_number(1234.5, digits="arabic")
    '1,234.50'
    >>> format_number(-0.004, digits="arabic"), format_number(1234, decimals=0, grouping=False)
    ('0.00', '๑๒๓๔')
    >>> format_number(float("nan"))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: format_number() needs a finite number (got nan)
    """
    places = _check_decimals(decimals)
    check_digits(digits)
    if not isinstance(grouping, bool):
        raise InputTypeError(f"'grouping' must be True or False (got {grouping!r})", value=grouping)
    rounded = half_up(_exact(value, "format_number"), places)
    return with_digits(format_decimal(rounded, decimals=places, grouping=grouping), digits)


def format_percent(
    value: Number, *, decimals: int = 0, digits: Digits = "thai", grouping: bool = True
) -> str:
    """Write a percentage: *value* is the percent itself (``100`` is all), then a space and ``%``.

    Thai reports put a space before the sign (``๑๐๐ %``), so itakit does too;
    :func:`parse_number` reads it with or without the space.  Rounding and
    the other options are those of :func:`format_number`.

    >>> format_percent(100)
    '๑๐๐ %'
    >>> format_percent(66.665, decimals=2, digits="arabic")
    '66.67 %'
    """
    text = format_number(value, decimals=decimals, digits=digits, grouping=grouping)
    return f"{text} %"


def parse_number(text: str) -> Decimal:
    """Read a number written with Thai or Arabic digits, exactly, as a Decimal.

    Accepted: digits ๐–๙ or 0–9, an optional leading minus, ``,`` between groups
    of three digits, ``.`` before the decimals, an optional ``%`` after the
    number with or without a space (the number is returned as written: ``๑๐๐ %``
    is ``100``), and spaces around it.  Decimals written are kept (``๘๕.๕๐`` is
    ``Decimal('85.50')``).

    >>> parse_number("๑๐๐ %"), parse_number("100%"), parse_number(" -1,234.50 ")
    (Decimal('100'), Decimal('100'), Decimal('-1234.50'))
    >>> parse_number("๑๒,๓๔")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: cannot read a number from '๑๒,๓๔': expected Thai or Arabic digits with an optional leading minus, ',' between groups of three digits, '.' before decimals and an optional '%', such as '๑,๒๓๔.๕๐', '-3.5' or '๑๐๐ %'
    """
    if not isinstance(text, str):
        raise InputTypeError(f"parse_number() needs text (str), got {text!r}", value=text)
    plain = to_arabic_digits(normalize(text))
    if _NUMBER.fullmatch(plain) is None:
        raise ParseError(
            f"cannot read a number from {text!r}: expected Thai or Arabic digits with an"
            " optional leading minus, ',' between groups of three digits, '.' before decimals"
            " and an optional '%', such as '๑,๒๓๔.๕๐', '-3.5' or '๑๐๐ %'",
            value=text,
        )
    return Decimal(plain.rstrip("% ").replace(",", "").replace("−", "-"))
