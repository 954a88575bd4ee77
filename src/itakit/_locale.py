"""The one module that talks to babel (CLDR locale data).

babel gives month names and number patterns.  It does not give Thai digits or
the Buddhist era, and it rounds half-even: callers quantize first, then format
here, then map digits (:mod:`itakit.thai`).
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from functools import cache
from typing import TYPE_CHECKING, Literal

from itakit.errors import ValidationError

if TYPE_CHECKING:
    from babel.numbers import NumberPattern

__all__ = ["Lang", "MonthStyle", "check_lang", "format_decimal", "month_names"]

Lang = Literal["th", "en"]
MonthStyle = Literal["abbreviated", "wide"]


def check_lang(lang: object) -> Lang:
    """*lang* if it is ``"th"`` or ``"en"``, else a clear error.

    >>> check_lang("th")
    'th'
    >>> check_lang("fr")
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: lang must be 'th' or 'en' (got 'fr')
    """
    if lang == "th" or lang == "en":
        return lang
    raise ValidationError(f"lang must be 'th' or 'en' (got {lang!r})", value=lang)


@cache
def month_names(lang: Lang, style: MonthStyle) -> tuple[str, ...]:
    """The twelve month names, January first, in *lang* and *style*.

    >>> month_names("th", "abbreviated")[9], month_names("en", "abbreviated")[9]
    ('ต.ค.', 'Oct')
    """
    from babel.dates import get_month_names  # babel loads when a month name is first needed

    names = get_month_names(style, locale=lang)
    return tuple(str(names[month]) for month in range(1, 13))


@cache
def _thai_pattern(decimals: int) -> NumberPattern:
    # Thai's own decimal pattern (``#,##0.###``) with exactly *decimals* fraction digits.
    from babel import Locale  # babel loads when a number is first formatted
    from babel.numbers import parse_pattern

    integer_part = Locale.parse("th").decimal_formats[None].pattern.split(".")[0]
    return parse_pattern(integer_part + ("." + "0" * decimals if decimals else ""))


def format_decimal(number: Decimal, *, decimals: int, grouping: bool) -> str:
    """*number*, already rounded to *decimals* places, in Thai's number pattern (Arabic digits).

    babel is given exactly the digits to print: the pattern has *decimals*
    fraction digits, quantization is off and the context is wide enough that
    babel never rounds.

    >>> format_decimal(Decimal("1234.50"), decimals=2, grouping=True)
    '1,234.50'
    >>> format_decimal(Decimal("1234"), decimals=0, grouping=False)
    '1234'
    """
    with localcontext(prec=max(28, number.adjusted() + decimals + 3)):
        text = _thai_pattern(decimals).apply(
            number, "th", decimal_quantization=False, group_separator=grouping
        )
    return str(text)
