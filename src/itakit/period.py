"""Spans of whole months, as Thai reports write them: ``ต.ค. ๖๖ – ก.ย. ๖๗``.

Thai month names take Buddhist-era years (two digits ``๖๖`` mean 25xx: B.E.
2566 = C.E. 2023); English month names take C.E. years.

>>> period = MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
>>> period.start, period.end
(datetime.date(2023, 10, 1), datetime.date(2024, 9, 30))
>>> period.fiscal_years, period.months
((FiscalYear(2567),), 12)
>>> period.format(style="full")
'ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗'
>>> period.format(lang="en", digits="arabic")
'Oct 2023 – Sep 2024'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache
from typing import Literal

import attrs

from itakit._locale import Lang, check_lang, month_names
from itakit.errors import InputTypeError, ParseError, ValidationError
from itakit.fiscal_year import BE_OFFSET, MAX_BE, MIN_BE, FiscalYear
from itakit.text import normalize
from itakit.thai import Digits, resolve_digits, to_arabic_digits, with_digits

__all__ = ["MonthPeriod", "PeriodStyle"]

PeriodStyle = Literal["abbreviated", "full"]
"""How :meth:`MonthPeriod.format` writes months: ``ต.ค. ๖๖`` or ``ตุลาคม ๒๕๖๖``."""

_EARLIEST = FiscalYear(MIN_BE).start  # October of B.E. MIN_BE - 1
_LATEST = FiscalYear(MAX_BE).end.replace(day=1)  # September of B.E. MAX_BE
_SEPARATORS = ("–", "—", "-", "ถึง")
_EXPECTED = (
    "expected a month and year such as 'ต.ค. ๖๖', 'ตุลาคม ๒๕๖๖' or 'Oct 2023', or two of them"
    " joined by '–', '-', '—' or 'ถึง' such as 'ต.ค. ๖๖ – ก.ย. ๖๗'"
)


def _check_month_start(
    instance: MonthPeriod, attribute: attrs.Attribute[dt.date], value: dt.date
) -> None:
    name = attribute.name
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InputTypeError(f"'{name}' must be a datetime.date (got {value!r})", value=value)
    if value.day != 1:
        raise ValidationError(
            f"'{name}' must be the 1st of its month (got {value}; did you mean {value.replace(day=1)}?)",
            value=value,
        )
    if not _EARLIEST <= value <= _LATEST:
        raise ValidationError(
            f"'{name}' must lie in fiscal years {MIN_BE}–{MAX_BE}, from {_EARLIEST} to"
            f" {_LATEST} (got {value})",
            value=value,
        )


def _check_order(instance: MonthPeriod, attribute: attrs.Attribute[dt.date], last: dt.date) -> None:
    if last < instance.first:
        raise ValidationError(
            f"a period cannot end before it starts: 'last' ({last}) is before 'first'"
            f" ({instance.first})",
            value=last,
        )


def _month_start(year: object, month: object) -> dt.date:
    """The 1st of *month* (1–12) in B.E. *year*."""
    if isinstance(year, bool) or not isinstance(year, int):
        raise InputTypeError(
            f"a year must be an int B.E. year such as 2567 (got {year!r})", value=year
        )
    if isinstance(month, bool) or not isinstance(month, int):
        raise InputTypeError(f"a month must be an int from 1 to 12 (got {month!r})", value=month)
    if not 1 <= month <= 12:
        raise ValidationError(f"a month must be from 1 to 12 (got {month})", value=month)
    if MIN_BE - 1 <= year + BE_OFFSET <= MAX_BE:
        raise ValidationError(
            f"{year} looks like a C.E. year; month periods take B.E. years"
            f" (did you mean {year + BE_OFFSET}?)",
            value=year,
        )
    if not MIN_BE - 1 <= year <= MAX_BE:
        raise ValidationError(
            f"a year must be a B.E. year between {MIN_BE - 1} and {MAX_BE} (got {year})",
            value=year,
        )
    return dt.date(year - BE_OFFSET, month, 1)


@cache
def _month_names() -> dict[str, tuple[int, Lang]]:
    """Every month name itakit reads, folded (no dots or spaces, lower case) → (month, language)."""
    return {
        _fold(name): (month, lang)
        for lang in ("th", "en")
        for style in ("abbreviated", "wide")
        for month, name in enumerate(month_names(lang, style), start=1)
    }


def _fold(name: str) -> str:
    return name.replace(".", "").replace(" ", "").casefold()


def _month_pattern(style: Literal["abbreviated", "wide"], name: str) -> str:
    # An abbreviation keeps the dots after its letters (a space may follow one), but its last
    # dot may be left out: 'ต.ค.', 'ต.ค', 'ต. ค.' and 'Oct.' are read, 'ตค' is not.
    if style == "wide":
        return re.escape(name)
    return r"\.\s?".join(map(re.escape, name.rstrip(".").split("."))) + r"\.?"


@cache
def _grammar() -> re.Pattern[str]:
    names = sorted(
        {
            _month_pattern(style, name)
            for lang in ("th", "en")
            for style in ("abbreviated", "wide")
            for name in month_names(lang, style)
        },
        key=len,
        reverse=True,
    )
    months = "|".join(names)
    side = (
        r"(?:เดือน\s*)?(?P<{0}month>" + months + r")"
        r"(?:\s*(?:พ\.\s?ศ\.?\s*)?(?P<{0}year>[0-9]{{4}}|[0-9]{{2}}))?"
    )
    separator = "|".join(map(re.escape, _SEPARATORS))
    return re.compile(
        side.format("first") + rf"(?:\s*(?:{separator})\s*" + side.format("last") + ")?",
        re.IGNORECASE,
    )


def _dotless_hint(text: str) -> str:
    for name in month_names("th", "abbreviated"):
        if re.search(rf"(?<![\u0e00-\u0e7f]){re.escape(_fold(name))}(?![\u0e00-\u0e7f])", text):
            return (
                f" (Thai month abbreviations keep their dots: write {name!r}, not {_fold(name)!r})"
            )
    return ""


def _ce_year(digits: str, lang: Lang, text: str) -> int:
    """The C.E. year that *digits* name after a month name in *lang* (Thai: B.E., English: C.E.)."""
    year = int(digits)
    ce_years = range(_EARLIEST.year, _LATEST.year + 1)
    if lang == "th":
        ce = (year + 2500 if len(digits) == 2 else year) - BE_OFFSET
        if ce in ce_years:
            return ce
        problem = (
            f"Thai month names take B.E. years; {year} looks like C.E. (did you mean {year + BE_OFFSET}?)"
            if year in ce_years
            else f"B.E. {year} is out of range ({ce_years[0] + BE_OFFSET}–{ce_years[-1] + BE_OFFSET})"
        )
    elif len(digits) == 2:
        problem = f"English month names take a four-digit C.E. year (got {digits!r})"
    elif year in ce_years:
        return year
    else:
        problem = (
            f"English month names take C.E. years; {year} looks like B.E. (did you mean {year - BE_OFFSET}?)"
            if year - BE_OFFSET in ce_years
            else f"C.E. {year} is out of range ({ce_years[0]}–{ce_years[-1]})"
        )
    raise ParseError(f"cannot read a month period from {text!r}: {problem}", value=text)


@attrs.frozen(order=True)
class MonthPeriod:
    """A span of whole months, from the 1st of *first* to the last day of *last*'s month.

    *first* and *last* are the 1st of the first and of the last month (equal
    for a single month).  Build one with :meth:`parse`, :meth:`from_months` or
    :meth:`of_fiscal_year`; periods order by start, then end.

    >>> import datetime
    >>> oct_dec = MonthPeriod.from_months(2566, 10, 2566, 12)
    >>> oct_dec.end, datetime.date(2023, 12, 31) in oct_dec, datetime.date(2024, 1, 1) in oct_dec
    (datetime.date(2023, 12, 31), True, False)
    >>> MonthPeriod(first=datetime.date(2024, 9, 1), last=datetime.date(2023, 10, 1))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: a period cannot end before it starts: 'last' (2023-10-01) is before 'first' (2024-09-01)
    """

    first: dt.date = attrs.field(validator=_check_month_start)
    last: dt.date = attrs.field(validator=[_check_month_start, _check_order])

    @classmethod
    def from_months(
        cls,
        start_year: int,
        start_month: int,
        end_year: int | None = None,
        end_month: int | None = None,
    ) -> MonthPeriod:
        """The months from *start_month* of *start_year* to *end_month* of *end_year* (B.E. years).

        Leave out the end for a single month.

        >>> MonthPeriod.from_months(2566, 10, 2567, 9) == MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
        True
        >>> MonthPeriod.from_months(2567, 1).format()
        'ม.ค. ๖๗'
        >>> MonthPeriod.from_months(2023, 10)
        Traceback (most recent call last):
        ...
        itakit.errors.ValidationError: 2023 looks like a C.E. year; month periods take B.E. years (did you mean 2566?)
        """
        first = _month_start(start_year, start_month)
        if end_year is None and end_month is None:
            return cls(first, first)
        if end_year is None or end_month is None:
            raise ValidationError(
                "give both end_year and end_month, or neither for a single month",
                value=(end_year, end_month),
            )
        return cls(first, _month_start(end_year, end_month))

    @classmethod
    def of_fiscal_year(cls, fiscal_year: FiscalYear | int | str) -> MonthPeriod:
        """The twelve months of a fiscal year, October to September.

        >>> MonthPeriod.of_fiscal_year(FiscalYear(2567)).format()
        'ต.ค. ๖๖ – ก.ย. ๖๗'
        >>> MonthPeriod.of_fiscal_year("ปีงบประมาณ พ.ศ. ๒๕๖๘").format(digits="arabic")
        'ต.ค. 67 – ก.ย. 68'
        """
        fy = FiscalYear.parse(fiscal_year)
        return cls(fy.start, fy.end.replace(day=1))

    @classmethod
    def parse(cls, text: str | MonthPeriod) -> MonthPeriod:
        """Read a month or a span of months the way Thai reports write it.

        Accepted, after :func:`itakit.text.normalize`:

        - a month name from CLDR (via babel): Thai abbreviated ``ต.ค.`` or full
          ``ตุลาคม``, English ``Oct`` or ``October`` (any case).  An abbreviation
          keeps the dots after its letters; a space may follow a dot and the last
          dot may be left out (``ต.ค``, ``ต. ค.``), but ``ตค`` is not read;
        - then its year, in Thai or Arabic digits, with any spacing: after a Thai
          month a B.E. year of four digits or two (``๖๖`` is 2566), optionally
          after ``พ.ศ.``; after an English month a four-digit C.E. year;
        - an optional ``เดือน`` before a month;
        - a single month, or two joined by ``–``, ``-``, ``—`` or ``ถึง``.  The
          first month may leave out its year: it then takes the year that puts
          it at or before the second month (``ต.ค. – ธ.ค. ๖๖`` is October to
          December 2566, ``ต.ค. – ก.ย. ๖๗`` is October 2566 to September 2567).

        >>> MonthPeriod.parse("ต.ค. 66 - ก.ย. 67") == MonthPeriod.parse("ตุลาคม ๒๕๖๖ ถึง กันยายน ๒๕๖๗")
        True
        >>> MonthPeriod.parse("ต.ค. – ธ.ค. ๖๖").format(style="full")
        'ตุลาคม ๒๕๖๖ – ธันวาคม ๒๕๖๖'
        >>> MonthPeriod.parse("ก.ย. ๖๗ – ต.ค. ๖๖")
        Traceback (most recent call last):
        ...
        itakit.errors.ParseError: cannot read a month period from 'ก.ย. ๖๗ – ต.ค. ๖๖': it ends ('ต.ค. ๖๖') before it starts ('ก.ย. ๖๗'); write the earlier month first
        >>> MonthPeriod.parse("ตค 66")
        Traceback (most recent call last):
        ...
        itakit.errors.ParseError: cannot read a month period from 'ตค 66': expected a month and year such as 'ต.ค. ๖๖', 'ตุลาคม ๒๕๖๖' or 'Oct 2023', or two of them joined by '–', '-', '—' or 'ถึง' such as 'ต.ค. ๖๖ – ก.ย. ๖๗' (Thai month abbreviations keep their dots: write 'ต.ค.', not 'ตค')
        """
        if isinstance(text, MonthPeriod):
            return text
        if not isinstance(text, str):
            raise InputTypeError(f"MonthPeriod.parse() needs text (str), got {text!r}", value=text)
        written = normalize(text)
        plain = to_arabic_digits(written)
        match = _grammar().fullmatch(plain)
        if match is None:
            problem = "the text is empty; " if not plain else ""
            raise ParseError(
                f"cannot read a month period from {text!r}: {problem}{_EXPECTED}{_dotless_hint(plain)}",
                value=text,
            )
        names = _month_names()
        first_month, first_lang = names[_fold(match["firstmonth"])]
        if match["lastmonth"] is None:
            last_month, last_lang, last_year = first_month, first_lang, match["firstyear"]
        else:
            last_month, last_lang = names[_fold(match["lastmonth"])]
            last_year = match["lastyear"]
        if last_year is None:
            raise ParseError(
                f"cannot read a month period from {text!r}: a month needs its year; {_EXPECTED}",
                value=text,
            )
        last = dt.date(_ce_year(last_year, last_lang, text), last_month, 1)
        if match["firstyear"] is not None:
            first = dt.date(_ce_year(match["firstyear"], first_lang, text), first_month, 1)
        else:
            first = dt.date(last.year - (first_month > last_month), first_month, 1)
        if last < first:
            start, end = written[: match.end("firstyear")], written[match.start("lastmonth") :]
            raise ParseError(
                f"cannot read a month period from {text!r}: it ends ({end!r}) before it starts"
                f" ({start!r}); write the earlier month first",
                value=text,
            )
        try:
            return cls(first, last)
        except ValidationError as error:
            raise ParseError(
                f"cannot read a month period from {text!r}: {error.message}", value=text
            ) from None

    @property
    def start(self) -> dt.date:
        """The first day of the period (the 1st of its first month).

        >>> MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗").start
        datetime.date(2023, 10, 1)
        """
        return self.first

    @property
    def end(self) -> dt.date:
        """The last day of the period (the last day of its last month).

        >>> MonthPeriod.parse("ก.พ. ๖๗").end
        datetime.date(2024, 2, 29)
        """
        return self.last.replace(day=calendar.monthrange(self.last.year, self.last.month)[1])

    @property
    def months(self) -> int:
        """How many months the period spans.

        >>> MonthPeriod.parse("ต.ค. ๖๖ – ธ.ค. ๖๖").months
        3
        """
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1

    @property
    def fiscal_years(self) -> tuple[FiscalYear, ...]:
        """Every fiscal year the period touches, earliest first.

        >>> MonthPeriod.parse("ก.ค. ๖๖ – ธ.ค. ๖๖").fiscal_years
        (FiscalYear(2566), FiscalYear(2567))
        """
        first, last = FiscalYear.from_date(self.first), FiscalYear.from_date(self.last)
        return tuple(first + offset for offset in range(last - first + 1))

    def __contains__(self, date: object) -> bool:
        """Whether *date* (a date, or a datetime by its date) falls in the period.

        >>> import datetime
        >>> period = MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
        >>> datetime.date(2024, 9, 30) in period, datetime.datetime(2024, 10, 1, 0, 0) in period
        (True, False)
        """
        if isinstance(date, dt.datetime):
            date = date.date()
        if not isinstance(date, dt.date):
            return False
        return self.start <= date <= self.end

    def format(
        self,
        *,
        digits: Digits | None = None,
        style: PeriodStyle = "abbreviated",
        lang: Lang = "th",
    ) -> str:
        """Write the period; a single month is written without a dash.

        Thai abbreviated months take two-digit B.E. years (``ต.ค. ๖๖``; four
        digits outside B.E. 2500–2599, so that :meth:`parse` reads them back),
        full months four-digit B.E. years; English months take C.E. years.

        >>> period = MonthPeriod.parse("ต.ค. ๖๖ – ก.ย. ๖๗")
        >>> period.format()
        'ต.ค. ๖๖ – ก.ย. ๖๗'
        >>> period.format(style="full", digits="arabic")
        'ตุลาคม 2566 – กันยายน 2567'
        >>> period.format(style="full", lang="en")
        'October 2023 – September 2024'
        >>> MonthPeriod.parse("ต.ค. ๖๖").format(style="full")
        'ตุลาคม ๒๕๖๖'
        """
        if style not in ("abbreviated", "full"):
            raise ValidationError(
                f"style must be 'abbreviated' or 'full' (got {style!r})", value=style
            )
        names = month_names(check_lang(lang), "abbreviated" if style == "abbreviated" else "wide")

        def month(day: dt.date) -> str:
            year = day.year if lang == "en" else day.year + BE_OFFSET
            short = lang == "th" and style == "abbreviated" and 2500 <= year <= 2599
            return (
                f"{names[day.month - 1]} {year % 100:02d}"
                if short
                else f"{names[day.month - 1]} {year}"
            )

        text = (
            month(self.first)
            if self.first == self.last
            else f"{month(self.first)} – {month(self.last)}"
        )
        return with_digits(text, resolve_digits(lang, digits))
