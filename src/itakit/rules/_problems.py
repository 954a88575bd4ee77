"""Where in a framework file a problem is: paths such as ``indicators[3].weight``.

Two kinds of problems are located here: those cattrs meets while reading the
file's plain data into the file's shape (a wrong type, a missing or unknown
key), and those a model class raises when it is built (a weight of 120, a
sub-item code that does not fit its question).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import SimpleNamespace
from typing import Any

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ForbiddenExtraKeysError,
    IterableValidationNote,
)

from itakit.errors import ItakitError

__all__ = ["failing_field", "join", "structure_problems"]


def join(path: str, step: str | int) -> str:
    """*path* one step further: a key (``.weight``) or a list index (``[3]``).

    >>> join(join(join("", "indicators"), 3), "weight")
    'indicators[3].weight'
    """
    if isinstance(step, int):
        return f"{path}[{step}]"
    return f"{path}.{step}" if path else step


def structure_problems(error: BaseException, path: str = "") -> list[tuple[str, str]]:
    """Each problem under a cattrs validation *error*, as (path, what is expected)."""
    if isinstance(error, ForbiddenExtraKeysError):
        known = ", ".join(field.name for field in attrs.fields(error.cl))
        return [
            (join(path, key), f"unknown key {key!r} (expected one of: {known})")
            for key in sorted(error.extra_fields)
        ]
    if not isinstance(error, BaseValidationError):
        return [(path, _describe(error))]
    problems: list[tuple[str, str]] = []
    for inner in error.exceptions:
        step = _step(inner)
        problems += structure_problems(inner, path if step is None else join(path, step))
    return problems


def _step(error: BaseException) -> str | int | None:
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return note.name
        if isinstance(note, IterableValidationNote):
            return note.index
    return None


def _describe(error: BaseException) -> str:
    if isinstance(error, ItakitError):
        return error.message
    if isinstance(error, KeyError):
        return "is required but missing"
    return f"has a value of the wrong kind ({error})"


def failing_field(cls: type[Any], arguments: Mapping[str, Any]) -> str | None:
    """The field of attrs class *cls* that refuses its value in *arguments*, if one alone does.

    Each field's converter and validator run on their own, so that an error
    raised while building the whole object can be pinned to one key.  ``None``
    means the problem lies between fields.
    """
    fields = attrs.fields(cls)
    instance = SimpleNamespace(**arguments)
    for field in fields:
        if field.name not in arguments:
            continue
        value = arguments[field.name]
        try:
            if callable(field.converter):
                value = field.converter(value)
            if field.validator is not None:
                field.validator(instance, field, value)
        except ItakitError:
            return str(field.name)
        except Exception:  # a check that needs the whole object: not this field's alone
            continue
    return None
