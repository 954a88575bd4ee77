"""The one module that talks to babel (CLDR locale data).

babel gives month names and number patterns.  It does not give Thai digits or
the Buddhist era, and it rounds half-even: callers quantize first, then format
here, then map digits (:mod:`itakit.thai`).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from babel.dates import get_month_names

__all__ = ["Lang", "MonthStyle", "month_names"]

Lang = Literal["th", "en"]
MonthStyle = Literal["abbreviated", "wide"]


@cache
def month_names(lang: Lang, style: MonthStyle) -> tuple[str, ...]:
    """The twelve month names, January first, in *lang* and *style*.

    >>> month_names("th", "abbreviated")[9], month_names("en", "abbreviated")[9]
    ('ต.ค.', 'Oct')
    """
    names = get_month_names(style, locale=lang)
    return tuple(str(names[month]) for month in range(1, 13))
