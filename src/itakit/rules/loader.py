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
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Any, Literal, NoReturn, TypeVar

import attrs
from cattrs.errors import BaseValidationError

from itakit._convert import converter
from itakit._files import as_path, atomic_write, read_text
from itakit._toml import dumps as _toml_dumps
from itakit.errors import (
    FileAccessError,
    FrameworkFileError,
    InputTypeError,
    ItakitError,
    ValidationError,
)
from itakit.rules._problems import failing_field, join, structure_problems
from itakit.rules._schema import (
    ChoiceSpec,
    FrameworkSpec,
    IndicatorSpec,
    LevelSchemeSpec,
    LevelSpec,
    Number,
    QuestionSpec,
    ScaleSpec,
    SourceSpec,
    SubIndicatorSpec,
    SubItemSpec,
)
from itakit.rules.framework import Rules
from itakit.rules.indicators import Indicator, Question, SubIndicator, SubItem
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.provenance import Source
from itakit.rules.scales import AnswerScale, Choice

__all__ = ["FileFormat", "dump_rules", "load_rules", "loads_rules"]

FileFormat = Literal["toml", "json"]
"""The two formats of a framework file."""

T = TypeVar("T")
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
    itakit.errors.FrameworkFileError: <text>: levels: expected a table with keys pass_mark, confidence, sources, levels (got 1); indicators: is required but missing
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
        spec = converter.structure(data, FrameworkSpec)
    except (BaseValidationError, ItakitError) as error:
        _fail(name, structure_problems(error))
    return _Builder(name).framework(spec)


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
    data = converter.unstructure(_to_spec(rules))
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


def _listing(values: Iterable[object]) -> str:
    return ", ".join(str(value) for value in values) or "none"


class _Builder:
    """Turns a file's shape into the model, naming the place of each problem."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.source_keys: frozenset[str] = frozenset()

    def fail(self, path: str, what: str, value: object = None) -> NoReturn:
        _fail(self.name, [(path, what)], value)

    def make(self, path: str, cls: type[T], **arguments: Any) -> T:
        try:
            return cls(**arguments)
        except ItakitError as error:
            field = failing_field(cls, arguments)
            self.fail(join(path, field) if field else path, error.message, error.value)

    def unique(self, path: str, field: str, values: Sequence[Hashable]) -> None:
        first: dict[Hashable, int] = {}
        for index, value in enumerate(values):
            if value in first:
                self.fail(
                    join(join(path, index), field),
                    f"{value!r} appears twice (first at {path}[{first[value]}])",
                    value,
                )
            first[value] = index

    def cited(self, path: str, keys: tuple[str, ...]) -> tuple[str, ...]:
        for index, key in enumerate(keys):
            if key not in self.source_keys:
                self.fail(
                    join(join(path, "sources"), index),
                    f"cites source {key!r}, which the file's sources do not list"
                    f" (listed: {_listing(sorted(self.source_keys))})",
                    key,
                )
        return keys

    def framework(self, spec: FrameworkSpec) -> Rules:
        sources = tuple(
            self.make(join("sources", i), Source, **attrs.asdict(source, recurse=False))
            for i, source in enumerate(spec.sources)
        )
        self.unique("sources", "key", [source.key for source in sources])
        self.source_keys = frozenset(source.key for source in sources)
        scales = tuple(self.scale(join("scales", i), s) for i, s in enumerate(spec.scales))
        self.unique("scales", "key", [scale.key for scale in scales])
        indicators = tuple(
            self.indicator(join("indicators", i), s) for i, s in enumerate(spec.indicators)
        )
        self.unique("indicators", "number", [indicator.number for indicator in indicators])
        questions = tuple(
            self.question(join("questions", i), s, indicators, scales)
            for i, s in enumerate(spec.questions)
        )
        self.unique("questions", "code", [question.code for question in questions])
        return self.make(
            "",
            Rules,
            fiscal_year=spec.fiscal_year,
            title_th=spec.title_th,
            title_en=spec.title_en,
            notes=spec.notes,
            sources=sources,
            scales=scales,
            levels=self.levels("levels", spec.levels),
            indicators=indicators,
            questions=questions,
        )

    def scale(self, path: str, spec: ScaleSpec) -> AnswerScale:
        choices = tuple(
            self.make(join(join(path, "choices"), i), Choice, **attrs.asdict(c, recurse=False))
            for i, c in enumerate(spec.choices)
        )
        return self.make(
            path,
            AnswerScale,
            key=spec.key,
            name_th=spec.name_th,
            name_en=spec.name_en,
            choices=choices,
            confidence=spec.confidence,
            sources=self.cited(path, spec.sources),
        )

    def levels(self, path: str, spec: LevelSchemeSpec) -> LevelScheme:
        levels = tuple(
            self.make(join(join(path, "levels"), i), Level, **attrs.asdict(s, recurse=False))
            for i, s in enumerate(spec.levels)
        )
        return self.make(
            path,
            LevelScheme,
            levels=levels,
            pass_mark=spec.pass_mark,
            confidence=spec.confidence,
            sources=self.cited(path, spec.sources),
        )

    def indicator(self, path: str, spec: IndicatorSpec) -> Indicator:
        subs = tuple(
            self.make(
                join(join(path, "sub_indicators"), i),
                SubIndicator,
                **attrs.asdict(sub, recurse=False),
            )
            for i, sub in enumerate(spec.sub_indicators)
        )
        return self.make(
            path,
            Indicator,
            number=spec.number,
            name_th=spec.name_th,
            name_en=spec.name_en,
            tool=spec.tool,
            weight=spec.weight,
            sub_indicators=subs,
            confidence=spec.confidence,
            sources=self.cited(path, spec.sources),
        )

    def question(
        self,
        path: str,
        spec: QuestionSpec,
        indicators: tuple[Indicator, ...],
        scales: tuple[AnswerScale, ...],
    ) -> Question:
        indicator = next((i for i in indicators if i.number == spec.indicator), None)
        if indicator is None:
            self.fail(
                join(path, "indicator"),
                f"no indicator {spec.indicator} in this file"
                f" (expected one of {_listing(i.number for i in indicators)})",
                spec.indicator,
            )
        scale = next((s for s in scales if s.key == spec.scale), None)
        if scale is None:
            self.fail(
                join(path, "scale"),
                f"no scale {spec.scale!r} in this file"
                f" (expected one of {_listing(s.key for s in scales)})",
                spec.scale,
            )
        sub_indicator = None
        if spec.sub_indicator is not None:
            sub_indicator = next(
                (s for s in indicator.sub_indicators if s.code == spec.sub_indicator), None
            )
            if sub_indicator is None:
                self.fail(
                    join(path, "sub_indicator"),
                    f"indicator {indicator.number} has no sub-indicator {spec.sub_indicator!r}"
                    f" (it has: {_listing(s.code for s in indicator.sub_indicators)})",
                    spec.sub_indicator,
                )
        subitems = tuple(
            self.make(join(join(path, "subitems"), i), SubItem, **attrs.asdict(s, recurse=False))
            for i, s in enumerate(spec.subitems)
        )
        return self.make(
            path,
            Question,
            code=spec.code,
            indicator=indicator,
            scale=scale,
            reversed=spec.reversed,
            sub_indicator=sub_indicator,
            subitems=subitems,
            text_th=spec.text_th,
            text_en=spec.text_en,
            confidence=spec.confidence,
            sources=self.cited(path, spec.sources),
            note=spec.note,
        )


# -- writing --------------------------------------------------------------------


def _to_spec(fw: Rules) -> FrameworkSpec:
    return FrameworkSpec(
        fiscal_year=fw.fiscal_year,
        title_th=fw.title_th,
        title_en=fw.title_en,
        notes=fw.notes,
        sources=tuple(SourceSpec(**attrs.asdict(s, recurse=False)) for s in fw.sources),
        scales=tuple(
            ScaleSpec(
                key=s.key,
                name_th=s.name_th,
                name_en=s.name_en,
                confidence=s.confidence,
                sources=s.sources,
                choices=tuple(ChoiceSpec(**attrs.asdict(c, recurse=False)) for c in s.choices),
            )
            for s in fw.scales
        ),
        levels=LevelSchemeSpec(
            pass_mark=Number(fw.levels.pass_mark),
            confidence=fw.levels.confidence,
            sources=fw.levels.sources,
            levels=tuple(
                LevelSpec(
                    label_th=level.label_th,
                    label_en=level.label_en,
                    min_total=Number(level.min_total),
                    min_tool_score=None
                    if level.min_tool_score is None
                    else Number(level.min_tool_score),
                )
                for level in fw.levels.levels
            ),
        ),
        indicators=tuple(
            IndicatorSpec(
                number=i.number,
                name_th=i.name_th,
                name_en=i.name_en,
                tool=i.tool,
                weight=Number(i.weight),
                confidence=i.confidence,
                sources=i.sources,
                sub_indicators=tuple(
                    SubIndicatorSpec(**attrs.asdict(sub, recurse=False)) for sub in i.sub_indicators
                ),
            )
            for i in fw.indicators
        ),
        questions=tuple(
            QuestionSpec(
                code=q.code,
                indicator=q.indicator.number,
                sub_indicator=None if q.sub_indicator is None else q.sub_indicator.code,
                text_th=q.text_th,
                text_en=q.text_en,
                scale=q.scale.key,
                reversed=q.reversed,
                subitems=tuple(SubItemSpec(**attrs.asdict(s, recurse=False)) for s in q.subitems),
                confidence=q.confidence,
                sources=q.sources,
                note=q.note,
            )
            for q in fw.questions
        ),
    )
