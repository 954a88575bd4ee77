"""Exact numbers from what users pass: the one place a float becomes a Decimal."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from itakit._limits import check_digit_runs, check_number, shown
from itakit.errors import InputTypeError, ItakitError, ValidationError

__all__ = ["to_decimal", "to_fraction"]


def to_decimal(value: object) -> Decimal:
    """A finite Decimal from an int, a Decimal, text, or a float read as it prints (``0.1`` is ``0.1``).

    >>> to_decimal(94.995), to_decimal("6")
    (Decimal('94.995'), Decimal('6'))
    >>> to_decimal(float("nan"))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: expected a finite number (got nan)
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str | Decimal):
        raise InputTypeError(f"expected a number (got {shown(value)})", value=value)
    check_number(value)
    try:
        # float(value): a NumPy float's repr is "np.float64(0.5)", its float's "0.5"
        number = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(value)
    except ArithmeticError:
        raise ValidationError(f"expected a number (got {shown(value)})", value=value) from None
    if not number.is_finite():
        raise ValidationError(f"expected a finite number (got {shown(value)})", value=value)
    check_number(number)  # text such as "1E+99999999"
    return number


# "100/3" (signs and spaces allowed, as Fraction() reads them); digits are Arabic, [0-9] not \d
_RATIO = re.compile(r"\s*([-+]?[0-9]+)\s*/\s*([0-9]+)\s*")


def to_fraction(value: object) -> Fraction:
    """An exact Fraction from a Fraction, an int, a Decimal, or text (``"100/3"``, ``"66.5"``).

    The one place text becomes a Fraction: sizes are checked before anything
    is built (``Fraction("1e-99999999")`` would run for hours; here it is an
    error naming the limit).

    >>> to_fraction("200/3"), to_fraction("66.5"), to_fraction(Decimal("0.25"))
    (Fraction(200, 3), Fraction(133, 2), Fraction(1, 4))
    >>> to_fraction("1e-99999999")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: expected an exact number such as '100/3' or '66.5' (got '1e-99999999'): a Decimal of 100,000,000 digits is more than itakit reads: ...
    """
    if isinstance(value, bool) or not isinstance(value, Fraction | int | Decimal | str):
        raise InputTypeError(
            f"expected an exact number: a fraction, an int, a Decimal or text such as '100/3'"
            f" (got {shown(value)})",
            value=value,
        )
    expected = f"expected an exact number such as '100/3' or '66.5' (got {shown(value)})"
    try:
        if isinstance(value, str):
            check_digit_runs(value, what=shown(value))
            ratio = _RATIO.fullmatch(value)
            if ratio is not None:
                if not int(ratio[2]):
                    raise ValidationError(f"{expected}: it divides by zero", value=value)
                return Fraction(int(ratio[1]), int(ratio[2]))
            value = Decimal(value.strip())
        check_number(value)
    except InvalidOperation:
        raise ValidationError(expected, value=value) from None
    except ItakitError as error:
        if error.message.startswith(expected):
            raise
        raise ValidationError(f"{expected}: {error.message}", value=value) from None
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValidationError(f"{expected}: it is not finite", value=value)
    return Fraction(value)
