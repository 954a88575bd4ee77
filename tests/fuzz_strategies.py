"""Hostile input: what an app's users may upload, for the fuzz tests (``tests/test_fuzz*.py``).

Every strategy here draws inputs under 10 KB: numbers of any size and exponent,
text with any digits (Thai, Arabic, superscript, Arabic-Indic), codes, years,
periods, tables with ragged or mixed columns, and files (framework, report,
score and Word files) that are valid ones with something broken in them.
"""

from __future__ import annotations

import io
import json
import math
import tomllib
import zipfile
from decimal import Decimal
from fractions import Fraction
from functools import cache
from typing import Any

import numpy as np
from hypothesis import strategies as st

import itakit
from itakit.measures import dump_report, parse_report, sample_report_text

# -- numbers -------------------------------------------------------------------------------------

_sign = st.sampled_from([1, -1])

big_ints = st.one_of(
    st.integers(),
    st.integers(-(2**70), 2**70),
    st.builds(
        lambda sign, exponent, offset: sign * (10**exponent + offset),
        _sign,
        st.integers(0, 6000),
        st.integers(-3, 3),
    ),
    st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1]),
    st.sampled_from([4299, 4300, 4301, 5000]).map(lambda digits: 10**digits),
)
"""Whole numbers of any size up to 6,000 digits (past Python's 4,300-digit text limit)."""

_exponents = st.one_of(
    st.integers(-30, 30),
    st.integers(-(10**9), 10**9),
    st.sampled_from([99999999, -99999999, 10**17, -(10**17), 5000, -5000]),
)

big_decimals = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.builds(
        lambda coefficient, exponent: Decimal(f"{coefficient}E{exponent}"),
        st.integers(-(10**6), 10**6),
        _exponents,
    ),
    st.sampled_from(["NaN", "sNaN", "-Infinity", "-0", "1E+5000"]).map(Decimal),
)
"""Decimals of any exponent (``1E+99999999``), NaN, sNaN and infinities."""

big_fractions = st.builds(
    Fraction,
    big_ints,
    big_ints.filter(lambda n: n != 0),
)
"""Fractions whose parts are whole numbers of any size."""


numpy_scalars = st.one_of(
    st.floats(width=64).map(np.float64),
    st.floats(width=32).map(np.float32),
    st.floats(width=16).map(np.float16),
    st.integers(-(2**63), 2**63 - 1).map(np.int64),
    st.integers(0, 2**64 - 1).map(np.uint64),
    st.integers(-128, 127).map(np.int8),
    st.booleans().map(np.bool_),
    st.just(np.datetime64("2024-01-01")),
    st.just(np.complex128(1 + 2j)),
)
"""NumPy scalars of every kind, as a DataFrame's cells are."""

odd_objects = st.sampled_from(
    [None, True, False, b"12", bytearray(b"1"), 1 + 2j, [], [1], {}, {1: 2}, (), object(), ...]
)
"""Things that are not numbers or text."""

# -- text ----------------------------------------------------------------------------------------

_UNICODE_DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙٠١٢٣٤٥٦٧٨٩۰۱۲०१२৩੪૫୬௭౮೯൦၁០໑༢²³¹⁰⁴½⅓⅔①⑩𝟏𝟐𝟙"
_NUMBER_MARKS = " ,.-−+%/eE_\u00a0\u200b"

digit_texts = st.one_of(
    st.text(st.sampled_from(_UNICODE_DIGITS + _NUMBER_MARKS), max_size=40),
    st.builds(
        lambda digit, count, tail: digit * count + tail,
        st.sampled_from("1๑٣²9"),
        st.integers(1, 5000),
        st.text(st.sampled_from(_UNICODE_DIGITS + _NUMBER_MARKS), max_size=5),
    ),
    st.builds(
        lambda numerator, denominator: f"{numerator}/{denominator}",
        st.text(st.sampled_from(_UNICODE_DIGITS), min_size=1, max_size=8),
        st.text(st.sampled_from(_UNICODE_DIGITS), min_size=1, max_size=8),
    ),
    st.builds(lambda d: str(d), big_decimals),
    st.builds(
        lambda first, count: first + "0" * count, st.sampled_from("123456789"), st.integers(0, 6000)
    ),
    st.builds(lambda x: repr(x), st.floats()),
)
"""Text of digits of every script and size, as a number, a fraction or in exponent notation."""

_any_character = st.characters(codec=None)  # surrogates and controls included
_thai = "".join(chr(c) for c in range(0x0E01, 0x0E5C) if chr(c).isprintable())

any_texts = st.one_of(
    st.text(_any_character, max_size=60),
    st.text(st.sampled_from(_thai + " \t\n()[]{}<>*#|/-–.:,%\x00"), max_size=200),
    digit_texts,
    st.builds(lambda c, n: c * n, st.sampled_from("([{<*#-|\n\t \x00"), st.integers(1, 5000)),
)
"""Any text: any code point, Thai with markup, digits, long runs of one character."""

code_texts = st.one_of(
    st.lists(
        st.sampled_from([*"ieoIEOx0123456789๐๑๒๓๔๕๖๗๘๙²١ -–—/,;()[]、", "ถึง", "และ"]),
        max_size=30,
    ).map("".join),
    st.builds(
        lambda letter, digits: letter + digits,
        st.sampled_from("ieoIEO"),
        digit_texts,
    ),
    st.builds(
        lambda a, b, c: f"i{a}-i{b}/e{c}",
        big_ints.map(abs),
        big_ints.map(abs),
        st.integers(0, 10**6),
    ).filter(lambda text: len(text) < 10_000),
    any_texts,
)
"""Text that is, or is nearly, a list of question codes."""

year_texts = st.one_of(
    st.builds(
        lambda prefix, year, suffix: prefix + year + suffix,
        st.sampled_from(["", "ปีงบประมาณ พ.ศ. ", "ปีงบ ", "FY ", "พ.ศ.", "b.e. ", "fiscal year "]),
        digit_texts,
        st.sampled_from(["", " (Oct 2023 – Sep 2024)", " (", ")", " x"]),
    ),
    any_texts,
)
"""Text that is, or is nearly, a fiscal year."""

_MONTHS = ["ต.ค.", "ม.ค.", "ก.ย.", "ตุลาคม", "Oct", "October", "ธ.ค", "ต. ค.", "เดือน", "xx"]

period_texts = st.one_of(
    st.lists(
        st.one_of(
            st.sampled_from([*_MONTHS, " – ", "-", "ถึง", "—", " ", "พ.ศ."]),
            digit_texts,
        ),
        max_size=8,
    ).map("".join),
    any_texts,
)
"""Text that is, or is nearly, a month or a span of months."""

# -- values a cell, a score or a weight may hold ---------------------------------------------------

hostile_numbers = st.one_of(
    big_ints,
    big_decimals,
    big_fractions,
    st.floats(),
    numpy_scalars,
    st.integers(0, 100),
    st.decimals(0, 100, places=2),
)
"""Numbers of every Python and NumPy type, size and exponent."""

hostile_values = st.one_of(hostile_numbers, digit_texts, any_texts, odd_objects)
"""Anything a cell of an uploaded table may hold."""


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:  # lists, and a signalling NaN
        return False
    return True


hostile_keys = hostile_values.filter(_hashable)
"""Anything a mapping's key may be."""

wrong_types = st.sampled_from(
    [None, 5, 2564, 2.5, "x", b"x", [], {}, (), object(), Decimal(1), Fraction(1, 3), np.int64(1)]
)
"""Arguments of the wrong Python type for almost any parameter."""

# -- files -------------------------------------------------------------------------------------------


@cache
def framework_data(year: int) -> dict[str, Any]:
    """The plain data of the shipped edition of *year*, as its file holds it."""
    data: dict[str, Any] = tomllib.loads(itakit.dump_framework(itakit.framework(year)))
    return data


_toml_values = st.one_of(
    big_ints.map(str),
    st.builds(lambda d: f'"{d}"', big_decimals),
    st.builds(lambda e: f"1e{e}", _exponents),
    st.builds(lambda d: f'"{d}"', digit_texts.filter(lambda t: '"' not in t and "\\" not in t)),
    st.builds(lambda n: "[" * n + "]" * n, st.integers(1, 3000)),
    st.builds(lambda n: "{a=" * n + "1" + "}" * n, st.integers(1, 1500)),
    st.sampled_from(["true", "nan", "inf", "-inf", '""', "[]", "{}", "1979-05-27", "0x10"]),
)


def _paths(data: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if len(path) > 12:  # not into the deep nests a mutation may have put in
        return found
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*path, index)))
    return found


def _replaced(data: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict):
        return {**data, head: _replaced(data[head], rest, value)}
    copy = list(data)
    copy[head] = _replaced(copy[head], rest, value)
    return copy


def _removed(data: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k != path[0]}
        return [v for i, v in enumerate(data) if i != path[0]]
    head = path[0]
    if isinstance(data, dict):
        return {**data, head: _removed(data[head], path[1:])}
    copy = list(data)
    copy[head] = _removed(copy[head], path[1:])
    return copy


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = [value]
    return value


plain_values = st.one_of(
    big_ints,
    st.floats(),
    big_decimals.map(str),
    digit_texts,
    any_texts,
    st.booleans(),
    st.none(),
    st.builds(_deep, st.integers(1, 2000)),
    st.just([]),
    st.just({}),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.lists(st.integers(), max_size=3),
)
"""Values of parsed JSON or TOML data: anything a broken file may put in a place."""


@st.composite
def mutated_data(draw: st.DrawFn, data: Any, *, times: int = 3) -> Any:
    """*data* (plain data) with up to *times* places replaced by hostile values or removed."""
    for _ in range(draw(st.integers(1, times))):
        paths = _paths(data)
        path = draw(st.sampled_from(paths))
        if path and draw(st.booleans()) and isinstance(data, dict):
            try:
                data = _removed(data, path)
                continue
            except (KeyError, IndexError, TypeError):
                pass
        data = _replaced(data, path, draw(plain_values))
    return data


@st.composite
def mutated_text(draw: st.DrawFn, text: str, pieces: st.SearchStrategy[str] = any_texts) -> str:
    """*text* with lines replaced, removed or inserted, cut short, or its digits changed."""
    lines = text.splitlines()
    for _ in range(draw(st.integers(1, 4))):
        how = draw(st.sampled_from(["replace", "remove", "insert", "cut", "digits", "value"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if how == "replace" and lines:
            lines[at] = draw(pieces)
        elif how == "remove" and lines:
            del lines[at]
        elif how == "insert":
            lines.insert(at, draw(pieces))
        elif how == "cut" and lines:
            line = lines[at]
            lines = [*lines[:at], line[: draw(st.integers(0, len(line)))]]
        elif how == "digits" and lines:
            digit = draw(st.sampled_from(_UNICODE_DIGITS))
            lines[at] = "".join(digit if c.isdigit() else c for c in lines[at])
        elif how == "value" and lines and "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            lines[at] = f"{key}= {draw(_toml_values)}"
    return "\n".join(lines)


def framework_texts(year: int = 2564) -> st.SearchStrategy[str]:
    """TOML and JSON framework files: a shipped edition's, broken in places, and plain junk."""
    toml = itakit.dump_framework(itakit.framework(year))
    data = framework_data(year)
    return st.one_of(
        mutated_text(toml, st.one_of(_toml_values.map(lambda v: f"x = {v}"), any_texts)),
        mutated_data(data).map(
            lambda changed: json.dumps(changed, ensure_ascii=False, default=str)
        ),
        st.builds(lambda n: "a=" + "[" * n, st.integers(1, 3000)),
        st.builds(lambda n: '{"a": ' + "[" * n, st.integers(1, 3000)),
        st.builds(lambda v: f"fiscal_year = {v}", _toml_values),
        any_texts,
    )


@cache
def sample_report() -> itakit.measures.MeasureReport:
    """The sample report, parsed once."""
    return parse_report(sample_report_text())


report_texts = st.one_of(
    st.builds(lambda: sample_report_text()).flatmap(mutated_text),
    st.builds(lambda: sample_report_text()).flatmap(
        lambda text: mutated_text(text, st.one_of(code_texts, period_texts, digit_texts))
    ),
    any_texts,
)
"""The text of a report of measures, broken in places, and junk."""


def stored_reports(format: str) -> st.SearchStrategy[str]:
    """Stored reports (JSON or TOML) with places broken, and junk."""
    text = dump_report(sample_report(), format=format)  # type: ignore[arg-type]
    data = json.loads(dump_report(sample_report()))
    if format == "json":
        from_data = mutated_data(data).map(
            lambda changed: json.dumps(changed, ensure_ascii=False, default=str)
        )
    else:
        from_data = st.just(text)
    return st.one_of(
        from_data,
        mutated_text(text),
        st.builds(lambda n: "[" * n, st.integers(1, 3000)),
        st.builds(lambda n: '{"groups": ' + "[" * n + "]" * n + "}", st.integers(1, 3000)),
        any_texts,
    )


@cache
def sample_docx() -> bytes:
    """The sample report as a Word file."""
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sample.docx"
        sample_report().to_docx(path)
        return path.read_bytes()


def _rezip(original: bytes, member: str, content: bytes | None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
            elif content is not None:
                target.writestr(info, content)
    return out.getvalue()


@st.composite
def docx_bytes(draw: st.DrawFn) -> bytes:
    """A Word file with bytes flipped, cut short, or a member cut, removed or replaced."""
    original = sample_docx()
    how = draw(st.sampled_from(["flip", "cut", "member"]))
    if how == "flip":
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
        return bytes(data)
    if how == "cut":
        return original[: draw(st.integers(0, len(original)))]
    with zipfile.ZipFile(io.BytesIO(original)) as archive:
        names = archive.namelist()
        member = draw(st.sampled_from(names))
        content = archive.read(member)
    change = draw(st.sampled_from(["cut", "remove", "junk", "deep", "digits"]))
    if change == "cut":
        new: bytes | None = content[: draw(st.integers(0, len(content)))]
    elif change == "remove":
        new = None
    elif change == "junk":
        new = draw(st.binary(max_size=200))
    elif change == "deep":
        depth = draw(st.integers(1, 3000))
        new = b"<?xml version='1.0'?><a>" + b"<b>" * depth + b"</b>" * depth + b"</a>"
    else:
        new = content.replace(b"1", b"9" * 4400, 1)
    return _rezip(original, member, new)


def score_file_texts(kind: str) -> st.SearchStrategy[str]:
    """The text of a CSV, TOML or JSON file of scores or answers, broken in places."""
    header = "agency," + ",".join(str(n) for n in range(1, 11))
    row = "ก," + ",".join(["80"] * 10)
    if kind == "csv":
        return st.one_of(
            mutated_text(f"{header}\n{row}\n{row}\n", st.one_of(digit_texts, any_texts)),
            st.lists(
                st.lists(st.one_of(digit_texts, any_texts, st.just("")), max_size=12).map(",".join),
                max_size=5,
            ).map("\n".join),
        )
    data: dict[str, Any] = {
        "fiscal_year": 2564,
        "agencies": {"ก": {str(n): 80 for n in range(1, 11)}},
    }
    if kind == "json":
        return st.one_of(
            mutated_data(data).map(lambda d: json.dumps(d, ensure_ascii=False, default=str)),
            st.builds(lambda n: '{"agencies": ' + "[" * n, st.integers(1, 3000)),
            any_texts,
        )
    toml = "fiscal_year = 2564\n[agencies.ก]\n" + "\n".join(f'"{n}" = 80' for n in range(1, 11))
    return st.one_of(mutated_text(toml, _toml_values.map(lambda v: f'"3" = {v}')), any_texts)


# -- tables ----------------------------------------------------------------------------------------

agency_labels = st.one_of(
    st.text(max_size=8),
    st.integers(-5, 5),
    st.none(),
    st.floats(),
    big_ints,
    st.sampled_from(["ก", "ข", "agency", ""]),
)
"""Agency labels: text, numbers, None, NaN, mixed within one column."""


@st.composite
def column_tables(
    draw: st.DrawFn,
    keys: list[Any],
    cells: st.SearchStrategy[Any] = hostile_values,
    *,
    agency: str = "agency",
) -> dict[Any, Any]:
    """A dict of columns: *agency* and some of *keys* (plus hostile ones), ragged at times."""
    rows = draw(st.integers(0, 4))
    chosen = draw(st.lists(st.sampled_from(keys), unique=True, min_size=0, max_size=len(keys)))
    if draw(st.booleans()):
        chosen = list(keys)
    extra = draw(st.lists(st.one_of(digit_texts, any_texts, big_ints), max_size=2))
    table: dict[Any, Any] = {}
    if draw(st.integers(0, 9)):
        table[agency] = draw(st.lists(agency_labels, min_size=rows, max_size=rows))
    for key in [*chosen, *extra]:
        length = rows if draw(st.integers(0, 9)) else draw(st.integers(0, 6))
        column: Any = draw(st.lists(cells, min_size=length, max_size=length))
        if draw(st.integers(0, 9)) == 0:
            column = draw(st.sampled_from([column and column[0], None, "x", 5, [[1, 2], [3]]]))
        table[key] = column
    return table


def as_frame(table: dict[Any, Any], kind: str) -> Any:
    """*table* as a pandas or polars DataFrame if it can be one, else *table* itself."""
    try:
        if kind == "pandas":
            import pandas as pd

            return pd.DataFrame(table)
        if kind == "polars":
            import polars as pl

            return pl.DataFrame({str(k): v for k, v in table.items()}, strict=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        return table
    return table


def indicator_keys(year: int) -> list[Any]:
    """Keys of indicator columns, in several spellings."""
    numbers = [i.number for i in itakit.framework(year).indicators]
    return [*numbers, *(str(n) for n in numbers), "๑", "01", "1" * 4400, "²"]


def answer_keys(year: int) -> list[Any]:
    """Answer columns of *year*'s IIT and EIT, and a few near misses."""
    fw = itakit.framework(year)
    codes = [item.code for q in fw.questions if q.tool is not itakit.Tool.OIT for item in q.items]
    return [*codes, "I1", "i๑", "i" + "1" * 4400, "e²"]


def oit_keys(year: int) -> list[Any]:
    """Keys of an OIT checklist of *year*: its items, sub-indicators and indicators."""
    fw = itakit.framework(year)
    keys: list[Any] = []
    for indicator in fw.indicators:
        if indicator.tool is itakit.Tool.OIT:
            keys.extend([indicator.number, str(indicator.number)])
            keys.extend(sub.code for sub in indicator.sub_indicators)
    keys.extend(item.code for q in fw.questions if q.tool is itakit.Tool.OIT for item in q.items)
    return [*keys, "o" + "1" * 4400, "9." + "1" * 4400, math.nan]


answer_cells = st.one_of(
    st.integers(0, 3),
    st.none(),
    st.sampled_from(["มาก", "มากที่สุด", "มี", "ไม่มี", "", "NA", "๓", "3.0"]),
    hostile_values,
)
"""Cells of an answer table: choice numbers, labels, blanks, and anything."""
