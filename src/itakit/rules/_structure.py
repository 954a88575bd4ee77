"""A framework file's plain data structured straight into the rules model, and back.

The hooks live on a copy of itakit's one converter (:data:`itakit._convert.converter`),
so a framework file is read with the same strict scalars (a number is not text,
``true`` is not a number) as every other itakit file, without a parallel set of
file classes.  What a file writes differently from the model is listed here:

- the order of each table's keys (:data:`FILE_KEYS`);
- a question names its indicator by number, its scale by key and its
  sub-indicator by code, where the model holds the objects;
- weights and thresholds are written as an int when whole, else as text;
- defaults are left out, except ``confidence``, which a file always states.

A problem is raised as :class:`FileProblems`: every (path, what is expected)
found at once, paths such as ``indicators[3].weight``.
"""

from __future__ import annotations

import contextvars
import typing
from collections.abc import Hashable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import BaseValidationError

from itakit._convert import converter
from itakit.errors import ItakitError
from itakit.rules._problems import failing_field, join, structure_problems
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator, Question, SubIndicator, SubItem
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.oit_rule import OITRule
from itakit.rules.provenance import Source
from itakit.rules.scales import AnswerScale, Choice

__all__ = ["FILE_KEYS", "FileProblems", "file_converter", "structure_rules", "unstructure_rules"]

T = TypeVar("T")
Step = str | int
Problem = tuple[tuple[Step, ...], str, object]

FILE_KEYS: dict[type[Any], tuple[str, ...]] = {
    Source: ("key", "title", "url", "page", "note"),
    Choice: ("label_th", "label_en", "points"),
    AnswerScale: (
        "key",
        "name_th",
        "name_en",
        "confidence",
        "sources",
        "note",
        "replaces",
        "tool",
        "choices",
    ),
    Level: ("label_th", "label_en", "min_total", "min_tool_score"),
    LevelScheme: ("pass_mark", "confidence", "sources", "note", "levels"),
    OITRule: ("kind", "confidence", "sources", "note"),
    SubIndicator: ("code", "name_th", "name_en"),
    Indicator: (
        "number",
        "name_th",
        "name_en",
        "tool",
        "weight",
        "confidence",
        "sources",
        "note",
        "sub_indicators",
    ),
    SubItem: ("code", "text_th", "reversed"),
    Question: (
        "code",
        "indicator",
        "sub_indicator",
        "text_th",
        "text_en",
        "scale",
        "reversed",
        "subitems",
        "confidence",
        "sources",
        "note",
    ),
    Rules: (
        "fiscal_year",
        "title_th",
        "title_en",
        "notes",
        "sources",
        "scales",
        "levels",
        "oit_rule",
        "indicators",
        "questions",
    ),
}
"""Each model class's keys in a file, in the order a file shows them."""

_REFERENCES: dict[str, type[Any]] = {"indicator": int, "scale": str, "sub_indicator": str}
"""How a question's references to other parts of the file are written."""

_ALWAYS_WRITTEN = frozenset({"confidence"})


class FileProblems(Exception):
    """Every problem found in one part of a file, each as (path, what is expected, value)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(problems)
        self.problems = list(problems)

    def rendered(self) -> list[tuple[str, str]]:
        """The problems as (``indicators[3].weight``, what is expected)."""
        return [(_render(path), what) for path, what, _ in self.problems]


def _render(path: Sequence[Step]) -> str:
    text = ""
    for step in path:
        text = join(text, step)
    return text


def _under(step: Step, problems: FileProblems) -> list[Problem]:
    return [((step, *path), what, value) for path, what, value in problems.problems]


file_converter: cattrs.Converter = converter.copy()
"""The converter of framework files: itakit's strict one, with the model's hooks."""


def _model(cls: Any) -> type[Any] | None:
    """The model class whose file shape *cls* has (a subclass of Rules reads as one)."""
    if not isinstance(cls, type):
        return None
    for model in FILE_KEYS:
        if issubclass(cls, model):
            return model
    return None


_TYPES: dict[type[Any], dict[str, Any]] = {}


def _file_fields(model: type[Any]) -> list[tuple[str, Any, attrs.Attribute[Any]]]:
    """(key, type in a file, the attrs field) for each key *model* has, in file order."""
    if model not in _TYPES:
        _TYPES[model] = typing.get_type_hints(model)
    hints = _TYPES[model]
    fields = attrs.fields_dict(model)
    keys = [key for key in FILE_KEYS[model] if key in fields]
    return [
        (
            key,
            _REFERENCES[key] if model is Question and key in _REFERENCES else hints[key],
            fields[key],
        )
        for key in keys
    ]


def _tuple_element(kind: Any) -> type[Any] | None:
    args = get_args(kind)
    if get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _model(args[0]) and args[0]
    return None


def _structure_value(value: Any, kind: Any) -> Any:
    """One key's value: a model table, a list of them, or a scalar (strict)."""
    element = _tuple_element(kind)
    if element is not None:
        if not isinstance(value, list | tuple):
            raise FileProblems([((), f"expected a list (got {value!r})", value)])
        items, problems = [], []
        for index, item in enumerate(value):
            try:
                items.append(file_converter.structure(item, element))
            except FileProblems as inner:
                problems += _under(index, inner)
        if problems:
            raise FileProblems(problems)
        return tuple(items)
    try:
        return file_converter.structure(value, kind)
    except (BaseValidationError, ItakitError) as error:
        raise FileProblems(
            [(tuple(_steps(path)), what, value) for path, what in structure_problems(error)]
        ) from None


def _steps(path: str) -> Iterator[Step]:
    """The steps of a rendered relative path such as ``[0]`` or ``a[1]``."""
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        yield int(part[1:-1]) if part.startswith("[") else part


_QUESTION_CONTEXT: contextvars.ContextVar[
    tuple[Mapping[int, Indicator], Mapping[str, AnswerScale]]
] = contextvars.ContextVar("question_context")


def _listing(values: Sequence[object]) -> str:
    return ", ".join(str(value) for value in values) or "none"


def _resolve_question(arguments: dict[str, Any]) -> list[Problem]:
    """Turn a question's references into the file's indicator, scale and sub-indicator."""
    indicators, scales = _QUESTION_CONTEXT.get(({}, {}))
    problems: list[Problem] = []
    number = arguments.get("indicator")
    indicator = indicators.get(number) if isinstance(number, int) else None
    if "indicator" in arguments and indicator is None:
        problems.append(
            (
                ("indicator",),
                f"no indicator {number} in this file (expected one of {_listing(list(indicators))})",
                number,
            )
        )
    key = arguments.get("scale")
    scale = scales.get(key) if isinstance(key, str) else None
    if "scale" in arguments and scale is None:
        problems.append(
            (
                ("scale",),
                f"no scale {key!r} in this file (expected one of {_listing(list(scales))})",
                key,
            )
        )
    code = arguments.get("sub_indicator")
    if code is not None and indicator is not None:
        sub = next((s for s in indicator.sub_indicators if s.code == code), None)
        if sub is None:
            codes = [s.code for s in indicator.sub_indicators]
            problems.append(
                (
                    ("sub_indicator",),
                    f"indicator {indicator.number} has no sub-indicator {code!r}"
                    f" (it has: {_listing(codes)})",
                    code,
                )
            )
        arguments["sub_indicator"] = sub
    arguments["indicator"] = indicator
    arguments["scale"] = scale
    return problems


def _unique(key: str, step: str, values: Sequence[Hashable]) -> list[Problem]:
    first: dict[Hashable, int] = {}
    problems: list[Problem] = []
    for index, value in enumerate(values):
        if value in first:
            problems.append(
                (
                    (key, index, step),
                    f"{value!r} appears twice (first at {key}[{first[value]}])",
                    value,
                )
            )
        else:
            first[value] = index
    return problems


def _citations(arguments: Mapping[str, Any]) -> Iterator[tuple[tuple[Step, ...], tuple[str, ...]]]:
    """Where the parts of a framework cite sources, in file order."""
    for index, scale in enumerate(arguments.get("scales", ())):
        yield ("scales", index), scale.sources
    for key in ("levels", "oit_rule"):
        part = arguments.get(key)
        if part is not None:
            yield (key,), part.sources
    for index, indicator in enumerate(arguments.get("indicators", ())):
        yield ("indicators", index), indicator.sources
    for index, question in enumerate(arguments.get("questions", ())):
        yield ("questions", index), question.sources


def _check_citations(arguments: Mapping[str, Any]) -> list[Problem]:
    listed = sorted(source.key for source in arguments.get("sources", ()))
    problems: list[Problem] = []
    for path, keys in _citations(arguments):
        for index, key in enumerate(keys):
            if key not in listed:
                problems.append(
                    (
                        (*path, "sources", index),
                        f"cites source {key!r}, which the file's sources do not list"
                        f" (listed: {_listing(listed)})",
                        key,
                    )
                )
    return problems


def _table(value: Any, model: type[Any]) -> None:
    if not isinstance(value, dict):
        keys = ", ".join(key for key, _, _ in _file_fields(model))
        raise FileProblems([((), f"expected a table with keys {keys} (got {value!r})", value)])


def _fields_of(
    value: Mapping[str, Any],
    fields: Sequence[tuple[str, Any, attrs.Attribute[Any]]],
    arguments: dict[str, Any],
    problems: list[Problem],
) -> None:
    for key, kind, field in fields:
        if key not in value:
            if field.default is attrs.NOTHING:
                problems.append(((key,), "is required but missing", None))
            continue
        try:
            arguments[key] = _structure_value(value[key], kind)
        except FileProblems as inner:
            problems += _under(key, inner)


def _unknown_keys(
    value: Mapping[str, Any], fields: Sequence[tuple[str, Any, attrs.Attribute[Any]]]
) -> list[Problem]:
    known = [key for key, _, _ in fields]
    return [
        ((key,), f"unknown key {key!r} (expected one of: {', '.join(known)})", key)
        for key in sorted(set(value) - set(known), key=str)
    ]


def _build(cls: type[T], arguments: dict[str, Any]) -> T:
    try:
        return cls(**arguments)
    except ItakitError as error:
        field = failing_field(cls, arguments)
        path: tuple[Step, ...] = () if field is None else (field,)
        raise FileProblems([(path, error.message, error.value)]) from None


def _structure_part(value: Any, cls: type[Any]) -> Any:
    model = _model(cls)
    assert model is not None
    _table(value, model)
    fields = _file_fields(model)
    arguments: dict[str, Any] = {}
    problems: list[Problem] = []
    _fields_of(value, fields, arguments, problems)
    problems += _unknown_keys(value, fields)
    if not problems and model is Question:
        problems += _resolve_question(arguments)
    if problems:
        raise FileProblems(problems)
    return _build(cls, arguments)


def _structure_framework(value: Any, cls: type[Any]) -> Any:
    _table(value, Rules)
    fields = _file_fields(Rules)
    early = [field for field in fields if field[0] != "questions"]
    arguments: dict[str, Any] = {}
    problems: list[Problem] = []
    _fields_of(value, early, arguments, problems)
    problems += _unique("sources", "key", [s.key for s in arguments.get("sources", ())])
    problems += _unique("scales", "key", [s.key for s in arguments.get("scales", ())])
    indicators = arguments.get("indicators", ())
    problems += _unique("indicators", "number", [i.number for i in indicators])
    if not problems:
        context = (
            {i.number: i for i in indicators},
            {s.key: s for s in arguments.get("scales", ())},
        )
        token = _QUESTION_CONTEXT.set(context)
        try:
            _fields_of(value, [f for f in fields if f[0] == "questions"], arguments, problems)
        finally:
            _QUESTION_CONTEXT.reset(token)
        problems += _unique("questions", "code", [q.code for q in arguments.get("questions", ())])
    problems += _unknown_keys(value, fields)
    if not problems:
        problems += _check_citations(arguments)
    if problems:
        raise FileProblems(problems)
    return _build(cls, arguments)


# -- writing ------------------------------------------------------------------


def _number(value: Decimal) -> int | str:
    return int(value) if value == value.to_integral_value() else str(value)


def _default(field: attrs.Attribute[Any]) -> Any:
    default = field.default
    factory = getattr(default, "factory", None)
    return default if factory is None else factory()


def _unstructure_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, tuple):
        return [_unstructure_value(item) for item in value]
    return file_converter.unstructure(value)


def _reference(key: str, item: Any) -> Any:
    """How a question writes its indicator, scale and sub-indicator: by number, key, code."""
    if item is None:
        return None
    if key == "indicator":
        return item.number
    return item.key if key == "scale" else item.code


def _unstructure_part(value: Any) -> dict[str, Any]:
    model = _model(type(value))
    assert model is not None
    table: dict[str, Any] = {}
    for key, _, field in _file_fields(model):
        item = getattr(value, key)
        optional = key not in _ALWAYS_WRITTEN and field.default is not attrs.NOTHING
        if item is None or (optional and item == _default(field)):
            continue
        if model is Question and key in _REFERENCES:
            item = _reference(key, item)
        table[key] = _unstructure_value(item)
    return table


def _is_part(cls: Any) -> bool:
    return _model(cls) is not None


file_converter.register_structure_hook_func(_is_part, _structure_part)
file_converter.register_structure_hook_func(  # registered later, so it comes first
    lambda cls: _model(cls) is Rules, _structure_framework
)
file_converter.register_unstructure_hook_func(_is_part, _unstructure_part)


def structure_rules(data: Any, cls: type[T]) -> T:
    """A framework of *cls* from a file's plain data; raises :class:`FileProblems`.

    >>> import itakit
    >>> data = unstructure_rules(itakit.framework(2564))
    >>> structure_rules(data, Rules) == itakit.rules.shipped(2564)
    True
    """
    result: T = file_converter.structure(data, cls)
    return result


def unstructure_rules(rules: Rules) -> dict[str, Any]:
    """The plain data of *rules* as a file holds it (keys in file order, defaults left out).

    >>> import itakit
    >>> list(unstructure_rules(itakit.framework(2564)))[:3]
    ['fiscal_year', 'title_th', 'title_en']
    """
    return _unstructure_part(rules)
