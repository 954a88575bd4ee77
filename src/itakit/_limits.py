"""The limits on what itakit reads, in one place, each checked before any work starts.

A library that apps import is fed whatever their users upload.  Every input
itakit reads is bounded here, and a value past a bound is refused with an
:class:`~itakit.errors.ItakitError` that names the limit, before anything is
built from it (so no huge fraction is computed, no deep nest recursed into and
no huge file read):

=========================  ==========  ===========================================
limit                      value       what it bounds
=========================  ==========  ===========================================
:data:`MAX_DIGITS`         400         digits of one number: an int, a Decimal
                                       written out, each part of a Fraction, a
                                       run of digits in text
:data:`MAX_DEPTH`          64          nesting of tables and arrays in a TOML or
                                       JSON file
:data:`MAX_TEXT_BYTES`     16 MiB      a framework file, a stored report, a TOML
                                       or JSON score file, a report's text
:data:`MAX_FILE_BYTES`     256 MiB     any other file: a CSV of answers, a Word
                                       or Excel file
:data:`MAX_UNZIPPED_BYTES` 1 GiB       what a Word or Excel file's members unzip
                                       to, together
=========================  ==========  ===========================================

:func:`shown` writes a value into an error message: short, and never failing
(a 5,000-digit int is "an int of 5,000 digits", where ``repr`` would raise).

>>> check_number(10**500)
Traceback (most recent call last):
...
itakit.errors.ValidationError: an int of 501 digits is more than itakit reads: a number has at most 400 digits (MAX_DIGITS)
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
    "DIGITS",
    "MAX_DEPTH",
    "MAX_DIGITS",
    "MAX_FILE_BYTES",
    "MAX_TEXT_BYTES",
    "MAX_UNZIPPED_BYTES",
    "as_text",
    "check_digit_runs",
    "check_number",
    "check_size",
    "check_structure",
    "fits",
    "shown",
]

MAX_DIGITS = 400
"""The most digits in one number itakit reads: an int, a Decimal written out, each part of a
Fraction, a run of digits in text.  A score has 3 before the point and a code 2 or 3; every
float (``1e308``, ``5e-324``) has fewer, and so do the exact means of any survey's answers."""

MAX_DEPTH = 64
"""The deepest nesting of tables and arrays in a TOML or JSON file (a framework file has 4)."""

MAX_TEXT_BYTES = 16 * 2**20
"""The largest framework file, stored report, TOML/JSON score file or report text (16 MiB)."""

MAX_FILE_BYTES = 256 * 2**20
"""The largest file of any other kind: a CSV of answers, a Word or Excel file (256 MiB)."""

MAX_UNZIPPED_BYTES = 2**30
"""The most a Word or Excel file's members may unzip to, together (1 GiB): no zip bombs."""

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


_TOO_LONG = f"more than itakit reads: a number has at most {MAX_DIGITS} digits (MAX_DIGITS)"


def fits(number: int) -> bool:
    """Whether the int *number* has at most :data:`MAX_DIGITS` digits (it can be written out).

    >>> fits(10**399), fits(10**400)
    (True, False)
    """
    return abs(number).bit_length() <= _MAX_BITS or _int_digits(number) <= MAX_DIGITS


def as_text(value: object) -> str:
    """``str(value)``, never failing: an int past :data:`MAX_DIGITS` digits is :func:`shown`.

    >>> as_text("ก"), as_text(12), as_text(10**5000)
    ('ก', '12', 'an int of 5,001 digits')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not fits(value):
        return shown(value)
    try:
        return str(value)
    except Exception:  # a value whose str() fails
        return shown(value)


def _too_long(what: str, digits: int, value: object) -> ValidationError:
    return ValidationError(f"{what} of {digits:,} digits is {_TOO_LONG}", value=value)


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
    itakit.errors.ValidationError: a Decimal of 100,000,000 digits is more than itakit reads: a number has at most 400 digits (MAX_DIGITS)
    """
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if abs(value).bit_length() > _MAX_BITS and _int_digits(value) > MAX_DIGITS:
            raise _too_long("an int", _int_digits(value), value)
        return
    if isinstance(value, Decimal):
        if not value.is_finite():
            return
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        written = max(len(digits) + exponent, 1) + max(-exponent, 0)
        if written > MAX_DIGITS:
            raise _too_long("a Decimal", written, value)
        return
    if isinstance(value, Fraction):
        check_number(value.numerator)
        check_number(value.denominator)


_MAX_BITS = int(MAX_DIGITS * _BITS_PER_DIGIT) - 1  # no int of fewer bits has too many digits

_LONG_DIGITS = re.compile(rf"\d{{{MAX_DIGITS + 1},}}")

DIGITS = rf"\d{{1,{MAX_DIGITS}}}"
r"""A regular expression of one number's digits, at most :data:`MAX_DIGITS` of them: patterns
whose digits go to ``int()`` use it instead of ``\d+`` (``int()`` refuses 4,301 digits)."""


def check_digit_runs(text: str, *, what: str = "the text") -> None:
    """Refuse *text* if it holds a run of more than :data:`MAX_DIGITS` digits (of any script).

    >>> check_digit_runs("i10/i11"), check_digit_runs("๑" * 400)
    (None, None)
    >>> check_digit_runs("i" + "1" * 4400, what="question codes")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: question codes: a number of 4,400 digits is more than itakit reads: a number has at most 400 digits (MAX_DIGITS)
    """
    found = _LONG_DIGITS.search(text)
    if found is not None:
        raise ParseError(
            f"{what}: a number of {len(found[0]):,} digits is {_TOO_LONG}",
            value=text,
            line=text.count("\n", 0, found.start()) + 1,
        )


def _limit_name(limit: int) -> str:
    names = {MAX_TEXT_BYTES: "MAX_TEXT_BYTES", MAX_FILE_BYTES: "MAX_FILE_BYTES"}
    names[MAX_UNZIPPED_BYTES] = "MAX_UNZIPPED_BYTES"
    return names.get(limit, "a caller's limit")


def check_size(size: int, limit: int, *, what: str) -> None:
    """Refuse *size* bytes of *what* if over *limit*, naming the limit.

    >>> check_size(17 * 2**20, MAX_TEXT_BYTES, what="report.txt")
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: report.txt has 17,825,792 bytes, more than itakit reads: at most 16,777,216 (MAX_TEXT_BYTES)
    """
    if size > limit:
        raise ValidationError(
            f"{what} has {size:,} bytes, more than itakit reads: at most {limit:,}"
            f" ({_limit_name(limit)})",
            value=size,
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


def check_structure(text: str, *, format: str, what: str) -> None:
    """Refuse TOML or JSON *text* nested deeper than :data:`MAX_DEPTH`, or holding a number of
    more than :data:`MAX_DIGITS` digits outside its strings, before it is parsed.

    In TOML, dotted keys count too (``[a.b.c]`` and ``a.b.c = 1`` are 3 deep).

    >>> check_structure('{"a": [[1]]}', format="json", what="<text>")
    >>> check_structure("a = " + "[" * 500, format="toml", what="my.toml")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: my.toml: nested 65 deep (at line 1), more than itakit reads: at most 64 (MAX_DEPTH)
    """
    plain = (_JSON_STRINGS if format == "json" else _TOML_STRINGS).sub(
        lambda match: "\n" * match[0].count("\n"), text
    )
    check_digit_runs(plain, what=what)  # a key or value of 5,000 digits: int() would refuse it
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
        f"{what}: nested {MAX_DEPTH + 1} deep (at line {line}), more than itakit reads:"
        f" at most {MAX_DEPTH} (MAX_DEPTH)",
        value=what,
        line=line,
    )
