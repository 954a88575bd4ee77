"""Reports and plans of measures stored as JSON or TOML, exactly: :func:`dump_report`, :func:`load_report`.

The stored form is the plain data of itakit's one converter: the kind as
``"plan"`` or ``"results"``, fiscal years as B.E. ints, periods as their full
Thai text with Arabic digits (``"ตุลาคม 2566 – กันยายน 2567"``), completion as a
decimal string (``"100"``), codes canonical.  TOML leaves out what is absent
(it has no null).  Unknown keys are refused.

>>> from itakit.measures import parse_report, sample_report_text
>>> report = parse_report(sample_report_text())
>>> print(dump_report(report, format="toml").splitlines()[0])
kind = "results"
>>> load_report(dump_report(report, format="toml"), format="toml") == report
True
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

import cattrs

from itakit import _toml
from itakit._convert import structure, unstructure
from itakit._parse import parse_json, parse_toml
from itakit.errors import InputTypeError, ItakitError, ParseError, ValidationError
from itakit.measures.model import MeasureReport

__all__ = ["StoredFormat", "dump_report", "load_report"]

StoredFormat = Literal["json", "toml"]
"""The text formats a report is stored in."""

_TOML_LINE = re.compile(r"at line (\d+)")


def _check_format(format: object) -> StoredFormat:
    if format == "json" or format == "toml":
        return format
    raise ValidationError(f"format must be 'json' or 'toml' (got {format!r})", value=format)


def dump_report(
    report: MeasureReport, *, format: StoredFormat = "json", indent: int | None = 2
) -> str:
    """*report* as JSON or TOML text that :func:`load_report` reads back equal.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> text = dump_report(parse_report(sample_report_text()))
    >>> text.splitlines()[1]
    '  "kind": "results",'
    """
    if not isinstance(report, MeasureReport):
        raise InputTypeError(f"dump_report() needs a MeasureReport (got {report!r})", value=report)
    data = unstructure(report)
    if _check_format(format) == "json":
        return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"
    return _toml.dumps(data)


def _message(error: BaseException, type_: type | None) -> str:
    if isinstance(error, ItakitError):
        return error.message
    if isinstance(error, KeyError):
        return "required field missing"
    return cattrs.v.format_exception(error, type_)


def load_report(text: str | bytes, *, format: StoredFormat = "json") -> MeasureReport:
    """Read a report stored by :func:`dump_report` (or :meth:`MeasureReport.to_json`, ``to_toml``).

    Malformed text raises :class:`~itakit.errors.ParseError` with its line;
    data that is not a report raises :class:`~itakit.errors.ValidationError`
    naming every wrong place.

    >>> load_report('{"kind": "results"}')
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
        raise InputTypeError(f"load_report() needs text (got {text!r})", value=text)
    data: Any
    # limits (size, depth, digits) are checked before anything is parsed
    if _check_format(format) == "json":
        data = parse_json(text, what="the stored report")
    else:
        data = parse_toml(text, what="the stored report")
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
