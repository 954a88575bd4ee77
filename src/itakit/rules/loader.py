"""Framework files: one fiscal year's rules as TOML or JSON, read and written.

The editions itakit ships are such files, read by the same
:func:`load_rules` that reads a user's own (:func:`itakit.load_framework`).  A file names things by key
(a question's ``indicator = 4``, ``scale = "four_level"``,
``sub_indicator = "9.1"``); the loader resolves each name to the model's
object and checks everything :class:`~itakit.rules.Rules`
checks.  Every problem is a :class:`~itakit.errors.FrameworkFileError` naming
the file, the place inside it and what is expected; nothing is half-loaded.

>>> import itakit
>>> text = dump_rules(itakit.framework(2564))
>>> loads_rules(text.replace("weight = 20", "weight = 19", 1))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
itakit.errors.FrameworkFileError: <text>: indicators: indicator weights must sum to 100 (got 99: ...)
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any, Literal, NoReturn

from itakit._files import as_path, atomic_write, read_text
from itakit._toml import dumps as _toml_dumps
from itakit.errors import FileAccessError, FrameworkFileError, InputTypeError, ValidationError
from itakit.rules._structure import FileProblems, structure_rules, unstructure_rules
from itakit.rules.framework import Rules

__all__ = ["FileFormat", "dump_rules", "load_rules", "loads_rules"]

FileFormat = Literal["toml", "json"]
"""The two formats of a framework file."""

_TEXT = "<text>"
_SUFFIXES: Mapping[str, FileFormat] = {".toml": "toml", ".json": "json"}


def loads_rules(
    text: str | bytes,
    *,
    format: FileFormat | None = None,
    name: str | None = None,
) -> Rules:
    """Read the rules of a fiscal year from TOML or JSON text.

    *format* is taken from the text (JSON starts with ``{``) unless given;
    *name* is what error messages call the source (``<text>`` by default).
    Users call :func:`itakit.loads_framework`, which returns a
    :class:`~itakit.Framework` made of these rules.

    >>> import itakit
    >>> rules = loads_rules(itakit.dump_framework(itakit.framework(2564), format="json"))
    >>> rules.indicator(9).weight
    Decimal('20')
    >>> loads_rules('fiscal_year = 2564\\ntitle_th = "x"\\ntitle_en = "x"\\nlevels = 1')
    Traceback (most recent call last):
    ...
    itakit.errors.FrameworkFileError: <text>: levels: expected a table with keys pass_mark, confidence, sources, note, levels (got 1); indicators: is required but missing
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FrameworkFileError(
                f"{name or _TEXT}: not UTF-8 text (byte {error.start})", source=name or _TEXT
            ) from None
    if not isinstance(text, str):
        raise InputTypeError(
            f"loads_rules() needs TOML or JSON text (got {text!r}); to read a file, use load_rules()",
            value=text,
        )
    name = _TEXT if name is None else name
    return _build(name, _parse(name, text, _format(format, None, text)))


def load_rules(path: str | os.PathLike[str], *, format: FileFormat | None = None) -> Rules:
    """Read the rules of a fiscal year from a TOML or JSON file (by its suffix unless *format*).

    >>> load_rules("/no/such/fy2571.toml")
    Traceback (most recent call last):
    ...
    itakit.errors.FrameworkFileError: /no/such/fy2571.toml: cannot read the file (no such file)
    """
    file = as_path(path, what="framework file path")
    try:
        text = read_text(file)
    except FileAccessError as error:
        reason = str(error).removeprefix(f"{file}: ")
        raise FrameworkFileError(
            f"{file}: cannot read the file ({reason})", source=str(file), value=path
        ) from None
    name = str(file)
    return _build(name, _parse(name, text, _format(format, file.suffix.lower(), text)))


def _build(name: str, data: Any) -> Rules:
    try:
        return structure_rules(data, Rules)
    except FileProblems as problems:
        _fail(name, problems.rendered(), problems.problems[0][2])


def dump_rules(
    rules: Rules,
    path: str | os.PathLike[str] | None = None,
    *,
    format: FileFormat | None = None,
) -> str | None:
    """The text of a framework file for *rules*; written to *path* when one is given.

    The text is canonical: the same rules always give the same text, which
    :func:`loads_rules` reads back.  Without *path* the text is returned; with
    one, the file is written whole or not at all, and ``None`` is returned.
    *format* is ``"toml"`` (the default) or ``"json"``, or taken from the
    path's suffix.

    >>> import itakit
    >>> print(dump_rules(itakit.framework(2564)).splitlines()[0])
    fiscal_year = 2564
    """
    if not isinstance(rules, Rules):
        raise InputTypeError(f"dump_framework() needs a Framework (got {rules!r})", value=rules)
    if format is None:
        suffix = as_path(path).suffix.lower() if path is not None else ""
        format = _SUFFIXES.get(suffix, "toml")
    data = unstructure_rules(rules)
    if format == "toml":
        text = _toml_dumps(data, header_depth=1)
    elif format == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        raise ValidationError(f"format must be 'toml' or 'json' (got {format!r})", value=format)
    if path is None:
        return text
    atomic_write(path, text)
    return None


# -- reading --------------------------------------------------------------------


def _format(format: object, suffix: str | None, text: str) -> FileFormat:
    if format == "toml" or format == "json":
        return format
    if format is not None:
        raise ValidationError(f"format must be 'toml' or 'json' (got {format!r})", value=format)
    if suffix is not None:
        return _SUFFIXES.get(suffix, "toml")
    return "json" if text.lstrip().startswith("{") else "toml"


def _parse(name: str, text: str, format: FileFormat) -> Any:
    try:
        if format == "toml":
            return tomllib.loads(text)
        return json.loads(text, object_pairs_hook=_no_repeated_keys)
    except tomllib.TOMLDecodeError as error:
        message = f"{name}: not valid TOML: {error}"
    except json.JSONDecodeError as error:
        message = (
            f"{name}: not valid JSON: {error.msg} (at line {error.lineno}, column {error.colno})"
        )
    except _RepeatedKeyError as error:
        message = f"{name}: not valid JSON: {error}"
    raise FrameworkFileError(message, source=name, value=name)


class _RepeatedKeyError(ValueError):
    pass


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, value in pairs:
        if key in table:
            raise _RepeatedKeyError(f"key {key!r} appears twice in one object")
        table[key] = value
    return table


def _fail(name: str, problems: Sequence[tuple[str, str]], value: object = None) -> NoReturn:
    said = "; ".join(f"{path}: {what}" if path else what for path, what in problems)
    raise FrameworkFileError(
        f"{name}: {said}", source=name, path=problems[0][0] or None, value=value
    )
