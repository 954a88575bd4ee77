"""TOML and JSON text read the one safe way: limits checked first, every failure a ParseError.

The standard library's readers recurse once a nesting level and turn every
run of digits into an int, so a file of ``[[[[…`` or of a 5,000-digit number
raises :class:`RecursionError` or :class:`ValueError` from deep inside.
:func:`parse_toml` and :func:`parse_json` check the text against
:mod:`itakit._limits` before parsing (size, nesting depth, digits in a
number) and raise a :class:`~itakit.errors.ParseError` with ``.line`` for
anything wrong, so every loader (framework files, stored reports, score files)
fails the same way.

>>> parse_toml('fiscal_year = 2567\\n[a]\\nb = "c"')
{'fiscal_year': 2567, 'a': {'b': 'c'}}
>>> parse_json('{"a": 1,}', what="scores.json")
Traceback (most recent call last):
...
itakit.errors.ParseError: scores.json: not valid JSON: Expecting property name enclosed in double quotes (at line 1, column 9)
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from typing import Any

from itakit._limits import MAX_DIGITS, MAX_TEXT_BYTES, check_size, check_structure
from itakit.errors import InputTypeError, ParseError, ValidationError

__all__ = ["parse_json", "parse_toml"]

_TOML_PLACE = re.compile(r"\(at line (\d+)")


def _text(text: object, what: str) -> str:
    if isinstance(text, bytes | bytearray):
        raw = bytes(text)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw.count(b"\n", 0, error.start) + 1
            raise ParseError(
                f"{what}: not UTF-8 text (byte {error.start}, at line {line})",
                value=what,
                line=line,
            ) from None
    if not isinstance(text, str):
        raise InputTypeError(f"{what}: expected text (got {type(text).__name__})", value=text)
    if len(text) > MAX_TEXT_BYTES // 4:  # 4 bytes a character at most: only then count them
        size = len(text.encode("utf-8", "surrogatepass"))
        try:
            check_size(size, MAX_TEXT_BYTES, what=what)
        except ValidationError as error:
            raise ParseError(error.message, value=what) from None
    return text


def parse_toml(
    text: str | bytes, *, what: str = "<text>", parse_float: Callable[[str], Any] = float
) -> dict[str, Any]:
    """The data of TOML *text*; *what* names it in messages (a file name, ``<text>``).

    >>> parse_toml("a = " + "[" * 100)
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: <text>: nested 65 deep (at line 1), more than itakit reads: at most 64 (MAX_DEPTH)
    """
    plain = _text(text, what)
    check_structure(plain, format="toml", what=what)
    try:
        return tomllib.loads(plain, parse_float=parse_float)
    except tomllib.TOMLDecodeError as error:
        place = _TOML_PLACE.search(str(error))
        raise ParseError(
            f"{what}: not valid TOML: {error}", value=what, line=int(place[1]) if place else None
        ) from None
    except (ValueError, RecursionError, MemoryError) as error:  # what the checks cannot foresee
        raise ParseError(f"{what}: not TOML itakit can read: {error}", value=what) from None


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _LongNumberError(len(digits.lstrip("-")))
    return int(digits)


class _LongNumberError(ValueError):
    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def parse_json(
    text: str | bytes,
    *,
    what: str = "<text>",
    parse_float: Callable[[str], Any] | None = None,
    object_pairs_hook: Callable[[list[tuple[str, Any]]], Any] | None = None,
) -> Any:
    """The data of JSON *text*; *what* names it in messages (a file name, ``<text>``).

    *object_pairs_hook* may raise a ``ValueError`` to refuse an object (a key
    given twice): its message becomes the ParseError's.

    >>> parse_json("1" * 500)
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: <text>: a number of 500 digits is more than itakit reads: a number has at most 400 digits (MAX_DIGITS)
    """
    plain = _text(text, what)
    check_structure(plain, format="json", what=what)
    try:
        return json.loads(
            plain,
            parse_int=_bounded_int,
            parse_float=parse_float,
            object_pairs_hook=object_pairs_hook,
        )
    except json.JSONDecodeError as error:
        raise ParseError(
            f"{what}: not valid JSON: {error.msg} (at line {error.lineno}, column {error.colno})",
            value=what,
            line=error.lineno,
        ) from None
    except _LongNumberError as error:
        raise ParseError(
            f"{what}: a number of {error.digits:,} digits is more than itakit reads: a number"
            f" has at most {MAX_DIGITS} digits (MAX_DIGITS)",
            value=what,
        ) from None
    except (
        ValueError,
        RecursionError,
        MemoryError,
    ) as error:  # a hook's refusal, or the unforeseen
        raise ParseError(f"{what}: not valid JSON: {error}", value=what) from None
