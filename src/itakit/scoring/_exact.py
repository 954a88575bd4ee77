"""Exact numbers on the scoring path: scores read as fractions, published values rounded half up.

A float stands for the decimal it prints as (``94.995`` is 94.995, not the
binary number nearest to it), text may use Thai digits, and nothing is rounded
until a value is published: then it is rounded half up (``ROUND_HALF_UP``, as a
spreadsheet's ROUND) to two decimals.

>>> read_score(94.995), read_score("๘๑.๔๕")
(Fraction(18999, 200), Fraction(1629, 20))
>>> cents(Fraction(18999, 200)), published(cents(Fraction(18999, 200)))
(9500, Decimal('95.00'))
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from itakit._limits import check_digit_runs, check_number, shown
from itakit._numbers import half_up_ratio, half_up_units
from itakit.errors import ItakitError, ScoringError
from itakit.thai import parse_number, to_arabic_digits

__all__ = ["cents", "cents_of_ratio", "exact_text", "published", "read_score"]

_HUNDRED = Fraction(100)


def _finite(number: float) -> bool:
    return math.isfinite(number)  # not inf - inf: on a NumPy float that warns


def _numpy_scalar(value: object) -> Fraction | None:
    """A finite NumPy integer or float scalar as a fraction (a float read as it prints); else None."""
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    if type(value).__module__ != "numpy" or kind not in ("i", "u", "f"):
        return None
    if kind == "f":
        number = float(value)  # type: ignore[arg-type]
        return _exact_decimal(value, Decimal(str(value))) if _finite(number) else None
    return Fraction(int(value))  # type: ignore[call-overload]


def _not_a_score(value: object) -> ScoringError:
    return ScoringError(
        f"{shown(value)} is not a score (expected a number from 0 to 100)", value=value
    )


def _within(value: object, numerator: int, denominator: int) -> Fraction:
    if 0 <= numerator <= 100 * denominator:
        return Fraction(numerator, denominator)
    raise ScoringError(f"{shown(value)} is outside 0–100", value=value)


def _exact_decimal(value: object, number: Decimal) -> Fraction:
    """*number* (finite) as a fraction, once its size is known to be one itakit reads."""
    try:
        check_number(number)  # 1E-99999999 would take hours to make exact
    except ItakitError as error:
        raise ScoringError(f"{shown(value)} is not a score: {error.message}", value=value) from None
    return Fraction(number)


# A fraction written out: digits (Thai digits are made Arabic first), a slash, digits.
_FRACTION = re.compile(r"([0-9]+)/([0-9]+)")


def _text_score(text: str) -> Fraction | None:
    """A number written as text: ``"93.55"``, ``"๙๓.๕๕"``, or exactly as ``"2617/30"``."""
    plain = to_arabic_digits(text.strip())
    try:
        check_digit_runs(plain, what=shown(text))
    except ItakitError as error:
        raise ScoringError(
            f"{error.message} (expected a score from 0 to 100)", value=text
        ) from None
    if "/" in plain:
        written = _FRACTION.fullmatch(plain)  # [0-9], not isdigit(): "²" is a digit to isdigit()
        if written is None or not int(written[2]):
            return None
        return Fraction(int(written[1]), int(written[2]))
    try:
        return Fraction(parse_number(plain))
    except ItakitError:
        return None


def read_score(value: object) -> Fraction:
    """A score from 0 to 100 as an exact fraction, or a :class:`ScoringError` saying what is wrong.

    Accepted: int, float (read as it prints), Decimal, Fraction, NumPy numbers,
    and text such as ``"93.55"``, ``"๙๓.๕๕"`` or ``"2617/30"``.

    >>> read_score(93.55), read_score(Fraction(200, 3))
    (Fraction(1871, 20), Fraction(200, 3))
    >>> read_score(True)
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: True is not a score (expected a number from 0 to 100)
    """
    kind = type(value)
    if kind is float:  # the common case first, inline, without isinstance on ABCs
        text = repr(value)  # the shortest text that reads back as this float: '93.55'
        whole, point, part = text.partition(".")
        if not point or "e" in part:  # 1e-05, 1e+16, nan, inf
            if value - value != 0:  # type: ignore[operator]
                raise _not_a_score(value)
            numerator, denominator = Decimal(text).as_integer_ratio()
        else:
            numerator, denominator = int(whole + part), 10 ** len(part)
        if 0 <= numerator <= 100 * denominator:
            return Fraction(numerator, denominator)
        raise ScoringError(f"{shown(value)} is outside 0–100", value=value)
    if kind is int:
        return _within(value, value, 1)  # type: ignore[arg-type]
    if kind is Fraction:  # already exact and in lowest terms: kept as it is
        if 0 <= value.numerator <= 100 * value.denominator:  # type: ignore[attr-defined]
            return value  # type: ignore[return-value]
        raise ScoringError(f"{shown(value)} is outside 0–100", value=value)
    score: Fraction | None = None
    if isinstance(value, bool):
        score = None
    elif isinstance(value, Fraction | int):
        score = Fraction(value)
    elif isinstance(value, float):
        score = _exact_decimal(value, Decimal(repr(float(value)))) if _finite(value) else None
    elif isinstance(value, Decimal):
        score = _exact_decimal(value, value) if value.is_finite() else None
    elif isinstance(value, str):
        score = _text_score(value)
    else:
        score = _numpy_scalar(value)
    if score is None:
        raise _not_a_score(value)
    return _within(value, score.numerator, score.denominator)


def cents_of_ratio(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` (not negative) in hundredths, rounded half up.

    >>> cents_of_ratio(18999, 200), cents_of_ratio(1, 3)
    (9500, 33)
    """
    return half_up_ratio(100 * numerator, denominator)


def cents(value: Fraction) -> int:
    """A value (not negative) in hundredths, rounded half up: 94.995 is 9500.

    >>> cents(Fraction(2617, 30))
    8723
    """
    return half_up_units(value)


def published(hundredths: int) -> Decimal:
    """The two-decimal Decimal of a value in hundredths.

    >>> published(8145), published(10000)
    (Decimal('81.45'), Decimal('100.00'))
    """
    return Decimal(hundredths).scaleb(-2)


def exact_text(value: Fraction) -> str:
    """An exact fraction as text: a decimal when it ends, else ``numerator/denominator``.

    ``Fraction(text)`` reads either back.

    >>> exact_text(Fraction(1871, 20)), exact_text(Fraction(2617, 30)), exact_text(Fraction(5))
    ('93.55', '2617/30', '5')
    """
    rest = value.denominator
    twos = fives = 0
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    places = max(twos, fives)
    if rest != 1:
        return f"{value.numerator}/{value.denominator}"
    if places == 0:
        return str(value.numerator)
    units = value.numerator * 10**places // value.denominator
    whole, part = divmod(abs(units), 10**places)
    return f"{'-' if units < 0 else ''}{whole}.{part:0{places}d}"
