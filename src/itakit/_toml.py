"""Write plain data as TOML (the standard library reads TOML but does not write it).

Plain data is what :mod:`itakit._convert` produces: tables (dicts with str keys),
arrays, str, int and bool.  ``None`` means "absent" and is left out, since TOML
has no null.  Strings are written as basic strings, every control character
escaped, so that :func:`tomllib.loads` gives back exactly what was written.

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
_WIDTH = 80  # a longer array is written one item a line
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def dumps(data: Mapping[str, Any]) -> str:
    """*data* (a table) as TOML text; ``None`` values are left out.

    >>> print(dumps({"a": {"b": None, "c": [{"d": 1}]}}), end="")
    [a]
    <BLANKLINE>
    [[a.c]]
    d = 1
    """
    lines: list[str] = []
    _table(data, [], lines, header=None)
    return "\n".join(lines).lstrip("\n") + "\n"


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise InputTypeError(f"TOML keys must be text (got {key!r})", value=key)
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
        pairs = (f"{_key(k)} = {_value(v)}" for k, v in value.items() if v is not None)
        return "{" + ", ".join(pairs) + "}"
    raise InputTypeError(f"cannot write {value!r} as TOML", value=value)


def _table(data: Mapping[str, Any], path: list[str], lines: list[str], header: str | None) -> None:
    if header is not None:
        lines.extend(["", header])
    nested = []
    for key, value in data.items():
        if value is None:
            continue
        if isinstance(value, Mapping) or _is_table_array(value):
            nested.append((key, value))
        elif isinstance(value, list | tuple) and len(_value(value)) > _WIDTH:
            items = [f"    {_value(item)}," for item in value if item is not None]
            lines.extend([f"{_key(key)} = [", *items, "]"])
        else:
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in nested:
        inner = [*path, _key(key)]
        if isinstance(value, Mapping):
            _table(value, inner, lines, header=f"[{'.'.join(inner)}]")
        else:
            for item in value:
                _table(item, inner, lines, header=f"[[{'.'.join(inner)}]]")
