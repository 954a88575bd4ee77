"""Write plain data as TOML (the standard library reads TOML but does not write it).

Plain data is what :mod:`itakit._convert` produces: tables (dicts with str keys),
arrays, str, int and bool.  ``None`` means "absent" and is left out, since TOML
has no null.  Strings are written as basic strings, every control character
escaped, so that :func:`tomllib.loads` gives back exactly what was written;
Thai text is written as it is.

Tables and arrays of tables get ``[name]`` / ``[[name]]`` headers down to
*header_depth* levels (all levels by default); deeper ones are written inline,
and an array too long for one line is written one item a line.

>>> print(dumps({"title": 'ก "ข"', "year": 2567, "empty": None, "groups": [{"number": 1}]}), end="")
title = "ก \\"ข\\""
year = 2567
<BLANKLINE>
[[groups]]
number = 1
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from itakit._limits import shown
from itakit.errors import InputTypeError

__all__ = ["dumps"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_INDENT = "    "
_WIDTH = 100  # a longer array is written one item a line


def dumps(data: Mapping[str, Any], *, header_depth: int | None = None) -> str:
    """*data* (a table) as TOML text; ``None`` values are left out.

    >>> print(dumps({"a": {"b": None, "c": [{"d": 1}]}}), end="")
    [a]
    <BLANKLINE>
    [[a.c]]
    d = 1
    >>> print(dumps({"a": {"b": None, "c": [{"d": 1}]}}, header_depth=1), end="")
    [a]
    c = [{ d = 1 }]
    """
    lines: list[str] = []
    _table(data, [], lines, header=None, depth=header_depth)
    return "\n".join(lines).lstrip("\n") + "\n"


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise InputTypeError(f"TOML keys must be text (got {shown(key)})", value=key)
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        char = match[0]
        return _ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return '"' + _NEEDS_ESCAPE.sub(escape, text) + '"'


def _is_table_array(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value if item is not None) + "]"
    if isinstance(value, Mapping):
        pairs = [f"{_key(k)} = {_value(v)}" for k, v in value.items() if v is not None]
        return "{ " + ", ".join(pairs) + " }" if pairs else "{}"
    raise InputTypeError(
        f"cannot write {shown(value)} as TOML: expected text, a whole number, true/false, a list"
        " or a table",
        value=value,
    )


def _pair(key: str, value: object) -> list[str]:
    line = f"{_key(key)} = {_value(value)}"
    if isinstance(value, list | tuple) and len(line) > _WIDTH:
        items = [f"{_INDENT}{_value(item)}," for item in value if item is not None]
        return [f"{_key(key)} = [", *items, "]"]
    return [line]


def _table(
    data: Mapping[str, Any],
    path: list[str],
    lines: list[str],
    header: str | None,
    depth: int | None,
) -> None:
    if header is not None:
        lines.extend(["", header])
    headed = depth is None or len(path) < depth
    nested = []
    for key, value in data.items():
        if value is None:
            continue
        if headed and (isinstance(value, Mapping) or _is_table_array(value)):
            nested.append((key, value))
        else:
            lines.extend(_pair(key, value))
    for key, value in nested:
        inner = [*path, _key(key)]
        if isinstance(value, Mapping):
            _table(value, inner, lines, header=f"[{'.'.join(inner)}]", depth=depth)
        else:
            for item in value:
                _table(item, inner, lines, header=f"[[{'.'.join(inner)}]]", depth=depth)
