"""A small, deterministic TOML writer for plain data (what :mod:`tomllib` reads back).

Top-level tables become ``[name]``, top-level lists of tables ``[[name]]``;
anything deeper is written inline, and a list too long for one line one item a line.  Thai
text is written as it is; keys are written bare when TOML allows it.

>>> print(dumps({"year": 2564, "notes": ["a"], "sources": [{"key": "x", "tags": []}]}), end="")
year = 2564
notes = ["a"]
<BLANKLINE>
[[sources]]
key = "x"
tags = []
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
_INDENT = "    "
_WIDTH = 100


def dumps(data: Mapping[str, Any]) -> str:
    """TOML text for *data*: a mapping of str keys to str, int, bool, lists and mappings.

    >>> levels = [{"label_th": label, "min_total": cut} for label, cut in [("AA", 95), ("A", 85), ("B", 0)]]
    >>> print(dumps({"levels": {"pass_mark": 85, "levels": levels}}), end="")
    [levels]
    pass_mark = 85
    levels = [
        { label_th = "AA", min_total = 95 },
        { label_th = "A", min_total = 85 },
        { label_th = "B", min_total = 0 },
    ]
    """
    lines = [
        line
        for key, value in data.items()
        if not (isinstance(value, Mapping) or _is_table_list(value))
        for line in _pair(key, value)
    ]
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines += ["", f"[{_key(key)}]", *_pairs(value)]
        elif _is_table_list(value):
            for table in value:
                lines += ["", f"[[{_key(key)}]]", *_pairs(table)]
    return "\n".join(lines).lstrip("\n") + "\n"


def _is_table_list(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _pairs(table: Mapping[str, Any]) -> list[str]:
    return [line for key, value in table.items() for line in _pair(key, value)]


def _pair(key: str, value: Any) -> list[str]:
    line = f"{_key(key)} = {_inline(value)}"
    if isinstance(value, list) and value and len(line) > _WIDTH:
        return [f"{_key(key)} = [", *(f"{_INDENT}{_inline(item)}," for item in value), "]"]
    return [line]


def _inline(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_inline(item) for item in value) + "]"
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_inline(v)}" for k, v in value.items()) + " }"
    raise InputTypeError(
        f"cannot write {value!r} as TOML: expected text, a whole number, true/false, a list"
        " or a table",
        value=value,
    )


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'
