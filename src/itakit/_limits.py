"""The limits on what itakit reads, in one place, each checked before any work starts.

A library that apps import is fed whatever their users upload.  Every input
itakit reads is bounded here, and a value past a bound is refused with an
:class:`~itakit.errors.ItakitError` that names the limit, before anything is
built from it (so no huge fraction is computed, no deep nest recursed into and
no huge file read):

========================  ==========  ============================================
limit                     value       what it bounds
========================  ==========  ============================================
:data:`MAX_DIGITS`        100         digits of one number: an int, a Decimal, a
                                      Fraction's parts, digits in text
:data:`MAX_DEPTH`         64          nesting of tables and arrays in a TOML or
                                      JSON file
:data:`MAX_TEXT_BYTES`    16 MiB      a framework file, a report's text, a stored
                                      report, a TOML or JSON score file
:data:`MAX_TABLE_BYTES`   1 GiB       a CSV or Excel file of scores or answers
:data:`MAX_ARCHIVE_BYTES` 256 MiB     a Word or Excel file, and what it unzips to
========================  ==========  ============================================

:func:`shown` writes a value into an error message: short, and never failing
(a 5,000-digit int is "an int of 5,000 digits", where ``repr`` would raise).

>>> check_number(10**200)
Traceback (most recent call last):
...
itakit.errors.ValidationError: an int of 201 digits is too long: itakit reads numbers of up to 100 digits (MAX_DIGITS)
>>> shown(10**5000), shown("x" * 500)[-14:]
('an int of 5,001 digits', 'x… (502 chars)')
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction

from itakit.errors import ParseError, ValidationError

__all__ = [
    "MAX_ARCHIVE_BYTES",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_TABLE_BYTES",
    "MAX_TEXT_BYTES",
    "check_depth",
    "check_digit_runs",
    "check_number",
    "check_size",
    "shown",
]

MAX_DIGITS = 100
"""The most digits in one number itakit reads: an int, a Decimal written out, each part of a
Fraction, a run of digits in text (a score has 3 before the point, a code 2 or 3)."""

MAX_DEPTH = 64
"""The deepest nesting of tables and arrays in a TOML or JSON file (a framework file has 4)."""

MAX_TEXT_BYTES = 16 * 2**20
"""The largest framework file, report text, stored report or TOML/JSON score file (16 MiB)."""

MAX_TABLE_BYTES = 2**30
"""The largest CSV or Excel file of scores or answers (1 GiB: millions of respondents)."""

MAX_ARCHIVE_BYTES = 256 * 2**20
"""The largest Word or Excel file, and the most its members may unzip to together (256 MiB)."""

_SHOWN = 80
_BITS_PER_DIGIT = math.log2(10)


def _int_digits(number: int) -> int:
    """The number of decimal digits of *number*, without writing it out (which may fail)."""
    bits = abs(number).bit_length()
    if bits <= 3000:  # well under Python's 4,300-digit limit: exact
        return len(str(abs(number)))
    return int(bits / _BITS_PER_DIGIT) + 1


def shown(value: object, limit: int = _SHOWN) -> str:
    """*value* for an error message: its repr, cut to about *limit* characters; never raises.

    >>> shown("ก" * 3), shown(2**20000), shown([1] * 100)[-14:]
    ("'กกก'", 'an int of 6,021 digits', ',… (300 chars)')
    """
    if isinstance(value, int) and not isinstance(value, bool):
        digits = _int_digits(value)
        if digits > MAX_DIGITS:
            return f"an int of {digits:,} digits"
    try:
        text = repr(value)
    except Exception:  # a value whose repr fails still gets a message
        return f"a {type(value).__name__}"
    if len(text) <= limit:
        return text
    return f"{text[: limit - 20]}… ({len(text):,} chars)"


def _too_long(what: str, digits: int) -> ValidationError:
    return ValidationError(
        f"{what} of {digits:,} digits is too long: itakit reads numbers of up to"
        f" {MAX_DIGITS} digits (MAX_DIGITS)",
        value=None,
    )


def check_number(value: object) -> None:
    """Refuse an int, Decimal or Fraction with more than :data:`MAX_DIGITS` digits; else nothing.

    A Decimal counts the digits it has when written out without an exponent
    (``1E+99999999`` has 100,000,000), so that no exact fraction of it is ever
    built.  Other types (floats, text) are left to the caller.

    >>> check_number(Decimal("93.55")), check_number(Fraction(1, 3))
    (None, None)
    >>> check_number(Decimal("1E-99999999"))
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: a Decimal of 100,000,000 digits is too long: itakit reads numbers of up to 100 digits (MAX_DIGITS)
    """
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value).bit_length() > _MAX_BITS:
            error = _too_long("an int", _int_digits(value))
            error.value = value
            raise error
        return
    if isinstance(value, Decimal):
        if not value.is_finite():
            return
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        written = max(len(digits) + exponent, 1) + max(-exponent, 0)
        if written > MAX_DIGITS:
            error = _too_long("a Decimal", written)
            error.value = value
            raise error
        return
    if isinstance(value, Fraction):
        check_number(value.numerator)
        check_number(value.denominator)


_MAX_BITS = int(MAX_DIGITS * _BITS_PER_DIGIT)  # 332 bits: every int of up to 100 digits

_LONG_DIGITS = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")


def check_digit_runs(text: str, *, what: str = "the text") -> None:
    """Refuse *text* if it holds a run of more than :data:`MAX_DIGITS` digits (of any script).

    >>> check_digit_runs("i10/i11"), check_digit_runs("๑" * 100)
    (None, None)
    >>> check_digit_runs("i" + "1" * 4400, what="question codes")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: question codes hold a number of 4,400 digits: itakit reads numbers of up to 100 digits (MAX_DIGITS)
    """
    found = _LONG_DIGITS.search(text)
    if found is not None:
        raise ParseError(
            f"{what} hold{'s' if not what.endswith('s') else ''} a number of"
            f" {len(found[0]):,} digits: itakit reads numbers of up to {MAX_DIGITS} digits"
            " (MAX_DIGITS)",
            value=shown(text),
            line=text.count("\n", 0, found.start()) + 1,
        )


def check_size(size: int, limit: int, *, what: str, name: str) -> None:
    """Refuse *size* bytes of *what* if over *limit* (the limit's constant is *name*).

    >>> check_size(17 * 2**20, MAX_TEXT_BYTES, what="report.txt", name="MAX_TEXT_BYTES")
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: report.txt has 17,825,792 bytes: itakit reads at most 16,777,216 (MAX_TEXT_BYTES)
    """
    if size > limit:
        raise ValidationError(
            f"{what} has {size:,} bytes: itakit reads at most {limit:,} ({name})", value=size
        )


# Strings and comments are taken out before brackets are counted: a bracket in a string nests
# nothing.  An unterminated string leaves its brackets in, which can only over-count a file
# that does not parse anyway.
_JSON_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_TOML_STRINGS = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*', re.DOTALL
)
_BRACKETS = re.compile(r"[\[\]{}]")
# Starting only where a key starts, with possessive repeats: linear on any text.
_DOTTED_KEYS = re.compile(rf"(?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]++\s*+\.\s*+){{{MAX_DEPTH},}}")


def check_depth(text: str, *, format: str, what: str) -> None:
    """Refuse TOML or JSON *text* nested deeper than :data:`MAX_DEPTH`, before it is parsed.

    In TOML, dotted keys count too (``[a.b.c]`` and ``a.b.c = 1`` are 3 deep).

    >>> check_depth('{"a": [[1]]}', format="json", what="<text>")
    >>> check_depth("a = " + "[" * 500, format="toml", what="my.toml")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: my.toml, line 1: nested 65 deep: itakit reads TOML and JSON nested at most 64 deep (MAX_DEPTH)
    """
    plain = (_JSON_STRINGS if format == "json" else _TOML_STRINGS).sub(
        lambda match: "\n" * match[0].count("\n"), text
    )
    depth = 0
    for bracket in _BRACKETS.finditer(plain):
        if bracket[0] in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                _deep(plain, bracket.start(), what)
        else:
            depth = max(depth - 1, 0)
    if format == "toml":
        dotted = _DOTTED_KEYS.search(plain)
        if dotted is not None:
            _deep(plain, dotted.start(), what)


def _deep(text: str, at: int, what: str) -> None:
    line = text.count("\n", 0, at) + 1
    raise ParseError(
        f"{what}, line {line}: nested {MAX_DEPTH + 1} deep: itakit reads TOML and JSON nested"
        f" at most {MAX_DEPTH} deep (MAX_DEPTH)",
        value=what,
        line=line,
    )
