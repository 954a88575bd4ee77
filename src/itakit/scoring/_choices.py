"""A column of answers read as choice numbers, vectorised.

Each cell becomes an *offset*: ``0`` for a blank, ``c + 1`` for choice ``c``
(choice 0 is the lowest).  A cell that is neither is *bad*: its offset is 0 so
that it cannot touch any score, and the mask of bad cells says where it was.

Accepted cells: the choice number as an int, an integral float, or digits as
text (Thai or Arabic); the choice's Thai or English label (``"มาก"``,
``"มี"``); ``True``/``False`` on two-choice scales.  Blanks: ``None``, NaN,
pandas' ``NA`` and ``NaT``, polars' null (NaN or None once in NumPy), empty
text, and masked entries of a NumPy masked array.  ``-1`` is *not* a blank: a
negative number is an error, so a miscoded column is never silently dropped.

>>> from itakit.rules import AnswerScale
>>> labels = choice_labels(AnswerScale.four_level())
>>> offsets, bad = choice_offsets(np.array([0, 3, np.nan, 2.5]), labels, 4)
>>> offsets.tolist(), bad.tolist()
([1, 4, 0, 0], [False, False, False, True])
>>> choice_offsets(np.array(["มาก", None, "๓", "x"], dtype=object), labels, 4)[0].tolist()
[3, 0, 4, 0]
"""

from __future__ import annotations

import itertools
import math
import sys
from collections.abc import Mapping
from functools import cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from itakit.rules.scales import AnswerScale
from itakit.scoring._columns import Coded, code_objects
from itakit.text import normalize
from itakit.thai import to_arabic_digits, to_thai_digits

__all__ = [
    "ColumnTypeError",
    "cell_offset",
    "choice_labels",
    "choice_offsets",
    "coded_offsets",
    "is_blank",
]

_MISS = -1
_BLANK_TYPES = frozenset({"NAType", "NaTType"})


class ColumnTypeError(Exception):
    """A column whose dtype can hold no answers at all (dates, complex numbers)."""


@cache
def choice_labels(scale: AnswerScale) -> Mapping[object, int]:
    """Every cell value that names a choice of *scale*, with its offset (choice + 1); blanks give 0."""
    lookup: dict[object, int] = {None: 0, "": 0}
    for index, choice in enumerate(scale.choices):
        offset = index + 1
        for key in (
            index,
            str(index),
            to_thai_digits(str(index)),
            choice.label_th,
            normalize(choice.label_th),
            choice.label_en,
            choice.label_en.lower(),
        ):
            lookup[key] = offset
    if len(scale.choices) == 2:
        lookup.update({"False": 1, "false": 1, "True": 2, "true": 2})
    return lookup


def is_blank(value: object) -> bool:
    """Whether one cell is a blank: None, NaN, pandas NA/NaT, or empty text.

    >>> is_blank(float("nan")), is_blank(" "), is_blank(0)
    (True, True, False)
    """
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if type(value).__name__ in _BLANK_TYPES:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    return False


def _slow_offset(value: object, lookup: Mapping[object, int], choices: int) -> int:
    """One cell the fast lookup missed: a NaN, a spelling to normalise, or a bad value."""
    if is_blank(value):
        return 0
    if isinstance(value, bool | np.bool_):
        return int(value) + 1 if choices == 2 else _MISS
    if isinstance(value, str):
        key = to_arabic_digits(normalize(value))
        return lookup.get(key, lookup.get(key.casefold(), _MISS))
    if isinstance(value, int | np.integer):  # compared as it is: float(10**400) overflows
        return int(value) + 1 if 0 <= value < choices else _MISS
    if isinstance(value, float | np.floating):
        number = float(value)
        if number.is_integer() and 0 <= number < choices:
            return int(number) + 1
    return _MISS


def cell_offset(value: object, lookup: Mapping[object, int], choices: int) -> int:
    """One cell's offset (0 blank, ``c + 1`` for choice ``c``), or -1 if it names no choice.

    >>> from itakit.rules import AnswerScale
    >>> yes_no = choice_labels(AnswerScale.yes_no())
    >>> cell_offset(True, yes_no, 2), cell_offset("มี", yes_no, 2), cell_offset(None, yes_no, 2)
    (2, 2, 0)
    """
    if isinstance(value, bool | np.bool_):
        return int(value) + 1 if choices == 2 else _MISS
    try:
        hit = lookup.get(value)
    except TypeError:
        return _MISS
    return _slow_offset(value, lookup, choices) if hit is None else hit


def _object_offsets(
    values: NDArray[Any], lookup: Mapping[object, int], choices: int
) -> NDArray[np.int16]:
    """Offsets of an object column: one dict lookup a row, then each value it missed once."""
    try:
        codes = np.fromiter(
            map(lookup.get, values, itertools.repeat(_MISS)), dtype=np.int16, count=len(values)
        )
    except TypeError:  # an unhashable cell: read them one by one
        return np.array([cell_offset(v, lookup, choices) for v in values], dtype=np.int16)
    if choices != 2 and not {bool, np.bool_}.isdisjoint(map(type, values)):
        codes[[isinstance(v, bool | np.bool_) for v in values]] = _MISS  # True == 1: not a choice
    missed = np.flatnonzero(codes == _MISS)
    if len(missed):  # NaN, spellings to normalise, bad values: each distinct one read once
        coded = code_objects(values[missed])
        found = [_slow_offset(value, lookup, choices) for value in coded.uniques]
        codes[missed] = np.array(found, dtype=np.int16)[coded.codes]
    return codes


def coded_offsets(coded: Coded, lookup: Mapping[object, int], choices: int) -> NDArray[np.int16]:
    """Offsets (or -1) of a column given as codes into its distinct values: each read once.

    >>> from itakit.rules import AnswerScale
    >>> from itakit.scoring._columns import code_objects
    >>> labels = choice_labels(AnswerScale.four_level())
    >>> coded_offsets(code_objects(np.array(["มาก", None, "x", "มาก"], dtype=object)), labels, 4).tolist()
    [3, 0, -1, 3]
    """
    found = [cell_offset(value, lookup, choices) for value in coded.uniques]
    return np.array([*found, 0], dtype=np.int16)[coded.codes]  # a code of -1 is a null


def choice_offsets(
    values: NDArray[Any] | None,
    lookup: Mapping[object, int],
    choices: int,
    blank: NDArray[np.bool_] | None = None,
    coded: Coded | None = None,
) -> tuple[NDArray[np.int8], NDArray[np.bool_] | None]:
    """Offsets (0 blank or bad, ``c + 1`` for choice ``c``) and the mask of bad cells (None if none).

    *lookup* comes from :func:`choice_labels`; *blank* marks cells known to be
    blank (a masked array's mask).  *coded* gives the column as codes into
    its distinct values (see :meth:`~itakit.scoring._columns.Table.coded`):
    each distinct value is then read once and *values* are not looked at.
    Raises :class:`ColumnTypeError` for a dtype that cannot hold answers.
    """
    ok: NDArray[np.bool_]
    if coded is not None:
        return _coded_choices(coded, lookup, choices, blank)
    assert values is not None
    kind = values.dtype.kind
    if kind == "f":
        with np.errstate(invalid="ignore", over="ignore"):
            whole = values.astype(np.int8)
        ok = whole == values  # False for NaN
        ok &= whole.view(np.uint8) < choices
        whole += np.int8(1)
        whole *= ok  # a blank (NaN) is 0 already
        gaps = np.isnan(values)
        if blank is None:
            if np.count_nonzero(ok) + np.count_nonzero(gaps) == len(values):
                return whole, None
            return whole, ~(ok | gaps)
        offsets = whole
        blank = blank | gaps
    elif kind in "iu":
        ok = values < choices
        if kind == "i":
            ok &= values >= 0
        offsets = (values.astype(np.int8) + np.int8(1)) * ok
    elif kind == "b":
        if choices == 2:
            ok = np.ones(len(values), dtype=np.bool_)
            offsets = values.astype(np.int8) + np.int8(1)
        else:
            ok = np.zeros(len(values), dtype=np.bool_)
            offsets = np.zeros(len(values), dtype=np.int8)
    elif kind in "OUS":
        codes = _object_offsets(values.astype(object, copy=False), lookup, choices)
        return _from_codes(codes, blank)
    else:
        raise ColumnTypeError(f"dtype {values.dtype}")
    return _finish(offsets, ok, blank)


def series_offsets(
    series: Any, lookup: Mapping[object, int], choices: int
) -> tuple[NDArray[np.int8], NDArray[np.bool_] | None] | None:
    """:func:`choice_offsets` of a polars column of text, in polars: each label the lookup knows
    replaced by its offset on every core, each other distinct text read once here.  None for any
    other series (it is then read as NumPy).

    >>> import polars as pl
    >>> from itakit.rules import AnswerScale
    >>> offsets, bad = series_offsets(pl.Series(["มาก", None, " มาก ", "x"]),
    ...     choice_labels(AnswerScale.four_level()), 4)
    >>> offsets.tolist(), bad.tolist()
    ([3, 0, 3, 0], [False, False, False, True])
    """
    if type(series).__module__.split(".")[0] != "polars" or not hasattr(series, "replace_strict"):
        return None
    pl = sys.modules["polars"]
    if series.dtype != pl.String:
        return None
    known: dict[str | None, int] = {k: v for k, v in lookup.items() if type(k) is str}
    known[None] = 0  # a null is a blank (the default would take it otherwise)
    try:
        found = series.replace_strict(
            list(known), list(known.values()), default=_MISS, return_dtype=pl.Int16
        )
    except Exception:  # a polars that will not replace nulls: read as NumPy
        return None
    offsets = found.to_numpy(writable=True)
    missed = np.flatnonzero(offsets == _MISS)
    if len(missed):  # spellings to normalise, blanks of spaces, bad values: each distinct once
        cells = series.gather(missed)
        distinct = cells.unique().to_list()
        read = [cell_offset(text, lookup, choices) for text in distinct]
        offsets[missed] = cells.replace_strict(distinct, read, return_dtype=pl.Int16).to_numpy()
    return _from_codes(offsets, None)


def _coded_choices(
    coded: Coded,
    lookup: Mapping[object, int],
    choices: int,
    blank: NDArray[np.bool_] | None,
) -> tuple[NDArray[np.int8], NDArray[np.bool_] | None]:
    """Offsets of a coded column: each distinct value read once, then one gather a row."""
    found = np.array(
        [*(cell_offset(value, lookup, choices) for value in coded.uniques), 0], dtype=np.int16
    )
    wrong = found == _MISS
    offsets = np.where(wrong, 0, found).astype(np.int8)[coded.codes]
    if blank is not None:
        offsets *= ~blank
    if not wrong.any():
        return offsets, None
    bad = wrong[coded.codes]
    if blank is not None:
        bad &= ~blank
    return offsets, bad if bad.any() else None


def _from_codes(
    codes: NDArray[np.int16], blank: NDArray[np.bool_] | None
) -> tuple[NDArray[np.int8], NDArray[np.bool_] | None]:
    ok = codes != _MISS
    gaps = codes == 0
    blank = gaps if blank is None else blank | gaps
    return _finish(codes.astype(np.int8) * ok, ok, blank)


def _finish(
    offsets: NDArray[Any], ok: NDArray[np.bool_], blank: NDArray[np.bool_] | None
) -> tuple[NDArray[np.int8], NDArray[np.bool_] | None]:
    if blank is not None:
        offsets *= ~blank
        ok |= blank
    offsets = offsets.astype(np.int8, copy=False)
    if ok.all():
        return offsets, None
    return offsets, ~ok
