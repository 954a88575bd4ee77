"""Reports and plans of measures stored as JSON or TOML, exactly: :func:`dump_report`, :func:`load_report`, :func:`loads_report`.

The stored form is the plain data of itakit's one converter: the kind as
``"plan"`` or ``"results"``, fiscal years as B.E. ints, periods as their full
Thai text with Arabic digits (``"ตุลาคม 2566 – กันยายน 2567"``), completion as a
decimal string (``"100"``), codes canonical.  TOML leaves out what is absent
(it has no null).  Unknown keys are refused.

>>> from itakit.measures import parse_report, sample_report_text
>>> report = parse_report(sample_report_text())
>>> print(dump_report(report, format="toml").splitlines()[0])
kind = "results"
>>> loads_report(dump_report(report, format="toml"), format="toml") == report
True
"""

from __future__ import annotations

import json
import re
import tomllib
from os import PathLike
from typing import Any, Literal

import cattrs

from itakit import _toml
from itakit._convert import structure, unstructure
from itakit.errors import InputTypeError, ItakitError, ParseError, ValidationError
from itakit.measures.model import MeasureReport

__all__ = ["StoredFormat", "dump_report", "load_report", "loads_report"]

StoredFormat = Literal["json", "toml"]
"""The text formats a report is stored in."""

_TOML_LINE = re.compile(r"at line (\d+)")


def _check_format(format: object) -> StoredFormat:
    if format == "json" or format == "toml":
        return format
    raise ValidationError(f"format must be 'json' or 'toml' (got {format!r})", value=format)


def _format_of(path: object, format: object) -> StoredFormat:
    if format is not None:
        return _check_format(format)
    suffix = str(path).lower().rsplit(".", 1)[-1]
    if suffix in ("json", "toml"):
        return suffix  # type: ignore[return-value]
    raise ValidationError(
        f"cannot tell the format of {str(path)!r} from its name: name it .json or .toml,"
        " or pass format='json' or 'toml'",
        value=path,
    )


def dump_report(
    report: MeasureReport,
    path: str | PathLike[str] | None = None,
    *,
    format: StoredFormat | None = None,
    indent: int | None = 2,
) -> str | None:
    """*report* as JSON or TOML text that :func:`loads_report` reads back equal; or written to *path*.

    Without *path* the text is returned (JSON unless *format* says TOML); with
    one the file is written atomically (the format from its suffix unless
    *format* says) and None returned.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> text = dump_report(parse_report(sample_report_text()))
    >>> text.splitlines()[1]
    '  "kind": "results",'
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(f"dump_report() needs a MeasureReport (got {report!r})", value=report)
    chosen = (
        ("json" if format is None else _check_format(format))
        if path is None
        else _format_of(path, format)
    )
    data = unstructure(report)
    text = (
        json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
        if chosen == "json"
        else _toml.dumps(data)
    )
    if path is None:
        return text
    from itakit._files import atomic_write

    atomic_write(path, text)
    return None


def _message(error: BaseException, type_: type | None) -> str:
    if isinstance(error, ItakitError):
        return error.message
    if isinstance(error, KeyError):
        return "required field missing"
    return cattrs.v.format_exception(error, type_)


def loads_report(text: str | bytes, *, format: StoredFormat = "json") -> MeasureReport:
    """Read a report from the text :func:`dump_report` (or :meth:`MeasureReport.to_json`, ``to_toml``) wrote.

    Malformed text raises :class:`~itakit.errors.ParseError` with its line;
    data that is not a report raises :class:`~itakit.errors.ValidationError`
    naming every wrong place.

    >>> loads_report('{"kind": "results"}')
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: not a stored report of measures: required field missing @ $.title; required field missing @ $.agency; required field missing @ $.fiscal_year; required field missing @ $.answers_fiscal_year; required field missing @ $.groups
    """
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ParseError(
                f"a stored report must be UTF-8 text (byte {error.start} is not)", value=text
            ) from None
    if not isinstance(text, str):
        raise InputTypeError(f"loads_report() needs text (got {text!r})", value=text)
    data: Any
    if _check_format(format) == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ParseError(
                f"line {error.lineno}: not JSON: {error.msg}", value=text, line=error.lineno
            ) from None
    else:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            found = _TOML_LINE.search(str(error))
            line = int(found[1]) if found else None
            raise ParseError(f"not TOML: {error}", value=text, line=line) from None
    if not isinstance(data, dict):
        raise ValidationError(
            f"not a stored report of measures: expected a table at the top (got {type(data).__name__})",
            value=data,
        )
    try:
        return structure(data, MeasureReport)
    except (cattrs.BaseValidationError, ItakitError) as error:
        problems = cattrs.transform_error(error, format_exception=_message)
        raise ValidationError(
            "not a stored report of measures: " + "; ".join(problems), value=data
        ) from None


def _looks_like_text(value: object) -> bool:
    if isinstance(value, bytes | bytearray):
        return True
    return isinstance(value, str) and (
        "\n" in value or value.lstrip().startswith(("{", "[")) or "=" in value
    )


def load_report(path: str | PathLike[str], *, format: StoredFormat | None = None) -> MeasureReport:
    """Read a report from the JSON or TOML file at *path* (the format from its suffix unless *format* says).

    Passing the text itself still works, with a :class:`DeprecationWarning`:
    use :func:`loads_report` for text.

    >>> import pathlib, tempfile
    >>> from itakit.measures import parse_report, sample_report_text
    >>> report = parse_report(sample_report_text())
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "report.toml"
    >>> dump_report(report, path)
    >>> load_report(path) == report
    True
    """
    if _looks_like_text(path):
        from itakit._deprecation import deprecated

        deprecated("load_report(text)", "loads_report(text)")
        return loads_report(path, format=format or "json")  # type: ignore[arg-type]
    if not isinstance(path, str | PathLike):
        raise InputTypeError(f"load_report() needs a file path (got {path!r})", value=path)
    from itakit._files import read_bytes

    return loads_report(read_bytes(path), format=_format_of(path, format))
