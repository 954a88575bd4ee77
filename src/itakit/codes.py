"""Question codes such as ``i10``, ``e8`` and ``o33``, as they are written in the wild.

itakit stores a code canonically: the tool's letter in lower case, then the
number in Arabic digits (``i10``).  Reports write them with Thai digits, in
parentheses, separated by slashes or commas, as ranges, in upper case:

>>> parse_codes("(i๑๐/i๑๑/i๑๒)")
('i10', 'i11', 'i12')
>>> parse_codes("e๔ , e๕, e๖")
('e4', 'e5', 'e6')
>>> parse_codes("i๗–i๙")
('i7', 'i8', 'i9')
>>> format_code("i10", digits="thai")
'i๑๐'
"""

from __future__ import annotations

import re

from itakit._limits import check_digit_runs, shown
from itakit.errors import InputTypeError, ParseError
from itakit.text import normalize
from itakit.thai import Digits, to_arabic_digits, with_digits

__all__ = ["CODE_PREFIXES", "canonical_code", "format_code", "parse_codes"]

CODE_PREFIXES = ("i", "e", "o")
"""The letters that start a question code: IIT (i), EIT (e) and OIT (o)."""

_CODE = re.compile(r"([ieo])\s*(\d+)", re.IGNORECASE)
_TOKEN = re.compile(r"([ieo])\s*(\d+)(?:\s*(?:-|–|—|ถึง)\s*(?:([ieo])\s*)?(\d+))?", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s,/;、()\[\]]+|และ|หรือ")
_MAX_RANGE = 100


def canonical_code(code: str) -> str:
    """The canonical spelling of one question code.

    >>> canonical_code(" I๑๐ "), canonical_code("o๓๓")
    ('i10', 'o33')
    >>> canonical_code("x1")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: 'x1' is not a question code: expected i, e or o and a number, such as 'i10', 'e8' or 'o33'
    """
    if not isinstance(code, str):
        raise InputTypeError(f"a question code must be text (got {shown(code)})", value=code)
    plain = to_arabic_digits(normalize(code))
    check_digit_runs(plain, what=f"the question code {shown(code)}")
    match = _CODE.fullmatch(plain)
    if match is None or int(match[2]) == 0:
        raise ParseError(
            f"{shown(code)} is not a question code: expected i, e or o and a number,"
            " such as 'i10', 'e8' or 'o33'",
            value=code,
        )
    return f"{match[1].lower()}{int(match[2])}"


def format_code(code: str, *, digits: Digits = "arabic") -> str:
    """Write a question code with Thai or Arabic digits.

    >>> format_code("E8", digits="thai")
    'e๘'
    """
    return with_digits(canonical_code(code), digits)


def parse_codes(text: str) -> tuple[str, ...]:
    """Every question code in *text*, canonical, in order of first appearance.

    Accepts Thai or Arabic digits, any case, parentheses, ``/ , ;`` and ``และ``
    between codes, and ranges ``i7-i9``, ``i๗–i๙``, ``i7-9``.  Text that holds
    anything but codes and separators is an error, so a typo is never dropped.

    >>> parse_codes("E8"), parse_codes("i7-9")
    (('e8',), ('i7', 'i8', 'i9'))
    >>> parse_codes("i10/x11")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: cannot read question codes from 'i10/x11': 'x11' is not a code (expected codes such as 'i10', 'e๘', ranges such as 'i7-i9', separated by '/', ',' or spaces)
    """
    if not isinstance(text, str):
        raise InputTypeError(f"parse_codes() needs text (str), got {shown(text)}", value=text)
    plain = to_arabic_digits(normalize(text))
    check_digit_runs(plain, what=f"the question codes {shown(text)}")
    codes: list[str] = []

    def add(match: re.Match[str]) -> str:
        if match[4] is None:
            codes.append(canonical_code(match[0]))
            return " "
        first, last = int(match[2]), int(match[4])
        prefix = match[1].lower()
        if match[3] is not None and match[3].lower() != prefix:
            raise ParseError(
                f"cannot read question codes from {shown(text)}: range {shown(match[0])} mixes tools",
                value=text,
            )
        if not 0 < first <= last or last - first > _MAX_RANGE:
            raise ParseError(
                f"cannot read question codes from {shown(text)}: range {shown(match[0])} must run upwards",
                value=text,
            )
        codes.extend(f"{prefix}{n}" for n in range(first, last + 1))
        return " "

    rest = _TOKEN.sub(add, plain)
    leftover = [piece for piece in _SEPARATORS.split(rest) if piece]
    if leftover:
        raise ParseError(
            f"cannot read question codes from {shown(text)}: {shown(leftover[0])} is not a code"
            " (expected codes such as 'i10', 'e๘', ranges such as 'i7-i9',"
            " separated by '/', ',' or spaces)",
            value=text,
        )
    if not codes:
        raise ParseError(f"no question codes in {shown(text)}", value=text)
    return tuple(dict.fromkeys(codes))
