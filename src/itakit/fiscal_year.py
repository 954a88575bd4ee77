"""Thai government fiscal years (ปีงบประมาณ), named in the Buddhist era.

A fiscal year runs from 1 October to 30 September and is named by the B.E. year
in which it ends (B.E. = C.E. + 543): FY 2567 is 1 Oct 2023 – 30 Sep 2024.

>>> fy = FiscalYear(2567)
>>> fy.start, fy.end
(datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
>>> fy.format(digits="thai")
'ปีงบประมาณ พ.ศ. ๒๕๖๗'
>>> FiscalYear.parse("ปีงบประมาณ พ.ศ. ๒๕๖๗") == fy
True
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, overload

import attrs

from itakit._locale import check_lang, month_names
from itakit.errors import InputTypeError, ParseError, ValidationError
from itakit.text import normalize
from itakit.thai import Digits, resolve_digits, to_arabic_digits, with_digits

__all__ = ["BE_OFFSET", "MAX_BE", "MIN_BE", "FiscalYear"]

BE_OFFSET = 543
"""Years between the Common Era and the Buddhist Era: B.E. = C.E. + 543."""

MIN_BE = 2400
"""The earliest fiscal year itakit accepts (B.E. 2400 = C.E. 1857)."""
MAX_BE = 2799
"""The latest fiscal year itakit accepts (B.E. 2799 = C.E. 2256)."""

_FISCAL_YEAR = re.compile(
    r"""^(?:(?:ปีงบประมาณ|ปีงบฯ|ปีงบ|fiscal\s+year|fy)\s*)?
        (?:(?:พ\.\s?ศ\.?|b\.\s?e\.?|be)\s*)?
        (?P<year>[0-9]{4}|[0-9]{2})
        (?:\s*\(.*\))?$""",
    re.IGNORECASE | re.VERBOSE,
)


def _check_year(instance: FiscalYear, attribute: attrs.Attribute[int], year: int) -> None:
    if isinstance(year, bool) or not isinstance(year, int):
        raise InputTypeError(
            f"'year' must be an int B.E. year such as 2567 (got {year!r})", value=year
        )
    if MIN_BE <= year <= MAX_BE:
        return
    if MIN_BE <= year + BE_OFFSET <= MAX_BE:
        raise ValidationError(
            f"{year} looks like a C.E. year; fiscal years are B.E. (did you mean {year + BE_OFFSET}?)",
            value=year,
        )
    raise ValidationError(
        f"'year' must be a B.E. year between {MIN_BE} and {MAX_BE} (got {year})", value=year
    )


@attrs.frozen(order=True)
class FiscalYear:
    """One Thai government fiscal year, by its Buddhist-era number.

    Fiscal years order, add and subtract like the years they name, and contain
    the dates they span:

    >>> FiscalYear(2567) + 1
    FiscalYear(2568)
    >>> FiscalYear(2568) - FiscalYear(2563)
    5
    >>> import datetime
    >>> datetime.date(2024, 9, 30) in FiscalYear(2567), datetime.date(2024, 10, 1) in FiscalYear(2567)
    (True, False)
    >>> FiscalYear(2024)
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: 2024 looks like a C.E. year; fiscal years are B.E. (did you mean 2567?)
    """

    year: int = attrs.field(validator=_check_year)

    def __repr__(self) -> str:
        return f"FiscalYear({self.year})"

    def __str__(self) -> str:
        return str(self.year)

    def __int__(self) -> int:
        return self.year

    @classmethod
    def from_ce(cls, year: int) -> FiscalYear:
        """The fiscal year that *ends* in C.E. *year*.

        >>> FiscalYear.from_ce(2024)
        FiscalYear(2567)
        """
        if isinstance(year, bool) or not isinstance(year, int):
            raise InputTypeError(f"from_ce() needs an int C.E. year (got {year!r})", value=year)
        return cls(year + BE_OFFSET)

    @classmethod
    def from_date(cls, date: dt.date) -> FiscalYear:
        """The fiscal year that contains *date* (October and later belong to the next one).

        >>> import datetime
        >>> FiscalYear.from_date(datetime.date(2023, 10, 1)), FiscalYear.from_date(datetime.date(2023, 9, 30))
        (FiscalYear(2567), FiscalYear(2566))
        """
        if not isinstance(date, dt.date):
            raise InputTypeError(f"from_date() needs a datetime.date (got {date!r})", value=date)
        if isinstance(date, dt.datetime):
            date = date.date()
        return cls.from_ce(date.year + 1 if date.month >= 10 else date.year)

    @classmethod
    def parse(cls, value: str | int | FiscalYear) -> FiscalYear:
        """Read a fiscal year the way Thai documents write it.

        Accepts an int or text with Thai or Arabic digits: ``2567``, ``"๒๕๖๗"``,
        ``"พ.ศ. ๒๕๖๗"``, ``"ปีงบประมาณ พ.ศ. ๒๕๖๗"``, ``"FY 2567"``, the English
        format ``"FY 2567 (Oct 2023 – Sep 2024)"``, and two digits ``"๖๗"``,
        read as 25xx (B.E. 2500–2599, C.E. 1957–2056).

        >>> FiscalYear.parse("๖๗"), FiscalYear.parse("ปีงบประมาณ พ.ศ.๒๕๖๘")
        (FiscalYear(2567), FiscalYear(2568))
        >>> FiscalYear.parse("ปีงบ ๒๕x๗")
        Traceback (most recent call last):
        ...
        itakit.errors.ParseError: cannot read a fiscal year from 'ปีงบ ๒๕x๗': expected a B.E. year such as 2567, '๒๕๖๗', 'พ.ศ. ๒๕๖๗', 'ปีงบประมาณ พ.ศ. ๒๕๖๗' or '๖๗'
        """
        if isinstance(value, FiscalYear):
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        if not isinstance(value, str):
            raise InputTypeError(
                f"FiscalYear.parse() needs text or an int (got {value!r})", value=value
            )
        match = _FISCAL_YEAR.match(to_arabic_digits(normalize(value)))
        if match is None:
            raise ParseError(
                f"cannot read a fiscal year from {value!r}: expected a B.E. year such as 2567,"
                " '๒๕๖๗', 'พ.ศ. ๒๕๖๗', 'ปีงบประมาณ พ.ศ. ๒๕๖๗' or '๖๗'",
                value=value,
            )
        digits = match["year"]
        year = int(digits) + 2500 if len(digits) == 2 else int(digits)
        return cls(year)

    @property
    def ce(self) -> int:
        """The C.E. year in which this fiscal year ends.

        >>> FiscalYear(2567).ce
        2024
        """
        return self.year - BE_OFFSET

    @property
    def start(self) -> dt.date:
        """1 October of the previous C.E. year."""
        return dt.date(self.ce - 1, 10, 1)

    @property
    def end(self) -> dt.date:
        """30 September of the year it is named after."""
        return dt.date(self.ce, 9, 30)

    def __contains__(self, date: object) -> bool:
        if isinstance(date, dt.datetime):
            date = date.date()
        if not isinstance(date, dt.date):
            return False
        return self.start <= date <= self.end

    def __add__(self, years: int) -> FiscalYear:
        if isinstance(years, bool) or not isinstance(years, int):
            return NotImplemented
        return FiscalYear(self.year + years)

    __radd__ = __add__

    @overload
    def __sub__(self, other: int) -> FiscalYear: ...
    @overload
    def __sub__(self, other: FiscalYear) -> int: ...
    def __sub__(self, other: int | FiscalYear) -> FiscalYear | int:
        if isinstance(other, FiscalYear):
            return self.year - other.year
        if isinstance(other, bool) or not isinstance(other, int):
            return NotImplemented
        return FiscalYear(self.year - other)

    def format(self, *, lang: Literal["th", "en"] = "th", digits: Digits | None = None) -> str:
        """Write the fiscal year for a Thai or an English reader.

        >>> FiscalYear(2567).format()
        'ปีงบประมาณ พ.ศ. ๒๕๖๗'
        >>> FiscalYear(2567).format(lang="en", digits="arabic")
        'FY 2567 (Oct 2023 – Sep 2024)'
        """
        if check_lang(lang) == "th":
            text = f"ปีงบประมาณ พ.ศ. {self.year}"
        else:
            months = month_names("en", "abbreviated")
            text = f"FY {self.year} ({months[9]} {self.ce - 1} – {months[8]} {self.ce})"
        return with_digits(text, resolve_digits(lang, digits))
