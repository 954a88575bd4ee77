"""Framework files: one fiscal year's rules as TOML or JSON, read and written.

The editions itakit ships are such files, read by the same
:func:`load_framework` that reads a user's own.  A file names things by key
(a question's ``indicator = 4``, ``scale = "four_level"``,
``sub_indicator = "9.1"``); the loader resolves each name to the model's
object and checks everything a :class:`~itakit.rules.framework.Framework`
checks.  Every problem is a :class:`~itakit.errors.FrameworkFileError` naming
the file, the place inside it and what is expected; nothing is half-loaded.

>>> import itakit
>>> text = dump_framework(itakit.framework(2564))
>>> load_framework(text.replace("weight = 20", "weight = 19", 1))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
itakit.errors.FrameworkFileError: <text>: indicators: indicator weights must sum to 100 (got 99: ...)
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn, TypeVar

import attrs
from cattrs.errors import BaseValidationError

from itakit._convert import converter
from itakit.errors import FrameworkFileError, InputTypeError, ItakitError, ValidationError
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
from itakit.rules._toml import dumps as toml_dumps
from itakit.rules.framework import Framework
from itakit.rules.indicators import Indicator, Question, SubIndicator, SubItem
from itakit.rules.levels import Level, LevelScheme
from itakit.rules.provenance import Source
from itakit.rules.scales import AnswerScale, Choice

__all__ = ["FileFormat", "dump_framework", "load_framework"]

FileFormat = Literal["toml", "json"]
"""The two formats of a framework file."""

T = TypeVar("T")
_TEXT = "<text>"
_SUFFIXES: Mapping[str, FileFormat] = {".toml": "toml", ".json": "json"}


def load_framework(
    source: str | os.PathLike[str],
    *,
    format: FileFormat | None = None,
    name: str | None = None,
) -> Framework:
    """Read a framework from a file, or from TOML or JSON text.

    *source* is a path (a :class:`~pathlib.Path`, or text ending in ``.toml``
    or ``.json``) or the text itself.  *format* is taken from the file's
    suffix, or from the text (JSON starts with ``{``), unless given.  *name*
    is what error messages call the source (the path, or ``<text>``).

    >>> import itakit
    >>> fw = load_framework(itakit.dump_framework(itakit.framework(2564), format="json"))
    >>> fw == itakit.framework(2564)
    True
    >>> load_framework('fiscal_year = 2564\\ntitle_th = "x"\\ntitle_en = "x"\\nlevels = 1')
    Traceback (most recent call last):
    ...
    itakit.errors.FrameworkFileError: <text>: levels: expected a table with keys pass_mark, confidence, sources, levels (got 1); indicators: is required but missing
    """
    read_name, text, suffix = _read(source)
    name = read_name if name is None else name
    data = _parse(name, text, _format(format, suffix, text))
    try:
        spec = converter.structure(data, FrameworkSpec)
    except (BaseValidationError, ItakitError) as error:
        _fail(name, structure_problems(error))
    return _Builder(name).framework(spec)


def dump_framework(framework: Framework, *, format: FileFormat = "toml") -> str:
    """The text of a framework file for *framework*, which :func:`load_framework` reads back.

    The text is canonical: the same framework always gives the same text.

    >>> import itakit
    >>> print(dump_framework(itakit.framework(2564)).splitlines()[0])
    fiscal_year = 2564
    """
    if not isinstance(framework, Framework):
        raise InputTypeError(
            f"dump_framework() needs a Framework (got {framework!r})", value=framework
        )
    data = converter.unstructure(_to_spec(framework))
    if format == "toml":
        return toml_dumps(data)
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    raise ValidationError(f"format must be 'toml' or 'json' (got {format!r})", value=format)


# -- reading --------------------------------------------------------------------


def _read(source: object) -> tuple[str, str, str | None]:
    """The name to show in errors, the text, and the file's suffix (``None`` for text)."""
    if isinstance(source, str):
        stripped = source.strip()
        if "\n" in stripped or not stripped.lower().endswith(tuple(_SUFFIXES)):
            return _TEXT, source, None
        source = Path(stripped)
    if not isinstance(source, os.PathLike):
        raise InputTypeError(
            f"load_framework() needs a path or TOML/JSON text (got {source!r})", value=source
        )
    path = Path(source)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise FrameworkFileError(
            f"{path}: cannot read the file ({error.strerror})", source=str(path), value=source
        ) from None
    except UnicodeDecodeError as error:
        raise FrameworkFileError(
            f"{path}: not UTF-8 text (byte {error.start})", source=str(path), value=source
        ) from None
    return str(path), text, path.suffix.lower()


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

    def framework(self, spec: FrameworkSpec) -> Framework:
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
            Framework,
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


def _to_spec(fw: Framework) -> FrameworkSpec:
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
