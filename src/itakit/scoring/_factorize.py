"""Agency ids → one row per agency: sorted labels and, for each input row, its agency's index.

Integer ids in a compact range take one counting pass (no sort); other
integers use ``np.unique``; text ids are hashed (by the dataframe's own
library when the table is a dataframe, else in a dict), and each distinct id
is normalised once with :func:`itakit.text.normalize`, folding Thai spellings
together.  Rows
without an agency (None, NaN, empty text, masked) are reported, not guessed.

>>> labels, inverse, blank = factorize(np.array([1003, 1001, 1003]))
>>> labels, inverse.tolist(), blank
([1001, 1003], [1, 0, 1], None)
>>> factorize(np.array(["ข", "ก", None], dtype=object))[0]
['ก', 'ข']
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray

from itakit._limits import shown
from itakit.scoring._choices import is_blank
from itakit.scoring._columns import Coded, code_objects
from itakit.text import normalize

__all__ = ["agency_order", "factorize", "normalize_all"]

Factorized = tuple[list[Any], NDArray[np.intp], NDArray[np.bool_] | None]


def _integers(values: NDArray[Any], blank: NDArray[np.bool_] | None) -> Factorized:
    if blank is not None and blank.any():
        values = values.copy()
        values[blank] = values[~blank][0] if (~blank).any() else 0
    if len(values) == 0:
        return [], np.zeros(0, dtype=np.intp), blank
    low, high = int(values.min()), int(values.max())
    span = high - low + 1
    # ids past int64 (a uint64 near 2**64) cannot be shifted in intp: sort them instead
    if low >= -(2**63) and high < 2**63 and span <= 2 * len(values) + 65536:
        shifted = values.astype(np.intp) - low
        present = np.bincount(shifted if blank is None else shifted[~blank], minlength=span) > 0
        rank = np.cumsum(present, dtype=np.intp) - 1
        labels = (np.flatnonzero(present) + low).tolist()
        return labels, rank[shifted], blank
    unique, inverse = np.unique(values, return_inverse=True)
    if blank is not None and blank.any():
        kept = np.unique(inverse[~blank])
        rank = np.full(len(unique), -1, dtype=np.intp)
        rank[kept] = np.arange(len(kept))
        return unique[kept].tolist(), rank[inverse], blank
    return unique.tolist(), inverse.astype(np.intp, copy=False), blank


def _objects(values: NDArray[Any], blank: NDArray[np.bool_] | None) -> Factorized:
    try:
        coded = code_objects(values)
    except TypeError:
        raise _Unhashable() from None
    return _from_codes(coded, blank)


_FEW = 64
"""Up to this many texts are normalised one by one, each remembered (a few agencies scored again
and again, as an app does); more are normalised in one pass."""

_normal = lru_cache(maxsize=1 << 14)(normalize)


def normalize_all(texts: list[str]) -> list[str]:
    """:func:`~itakit.text.normalize` of each text, in one pass over them all.

    >>> normalize_all(["  ก  ข ", "ค\u200b"])
    ['ก ข', 'ค']
    """
    if len(texts) <= _FEW:
        return [_normal(text) for text in texts]
    if len(texts) > 1:
        joined = "\x00".join(texts)  # normalize never reaches across a NUL
        if joined.count("\x00") == len(texts) - 1:
            parts = normalize(joined).split("\x00")
            if len(parts) == len(texts):
                return [part.strip() for part in parts]
    return [normalize(text) for text in texts]


def _from_codes(
    coded: Coded, blank: NDArray[np.bool_] | None, known: dict[str, str] | None = None
) -> Factorized:
    """Sorted labels from codes into distinct ids: each distinct id normalised once.

    *known* holds ids already normalised (by another table of the same call); new ones are added.
    """
    firsts = coded.uniques
    gaps = [is_blank(v) for v in firsts]
    texts = [v for v, gap in zip(firsts, gaps, strict=True) if not gap and isinstance(v, str)]
    if known is None:
        normal = iter(normalize_all(texts))
    else:
        new = [text for text in texts if text not in known]
        known.update(zip(new, normalize_all(new), strict=True))
        normal = iter([known[text] for text in texts])
    keys = [
        None if gap else next(normal) if isinstance(v, str) else _plain(v)
        for v, gap in zip(firsts, gaps, strict=True)
    ]
    distinct = {k for k in keys if k is not None}
    if all(type(k) is str for k in distinct):
        labels = sorted(distinct)
    else:
        labels = sorted(distinct, key=agency_order)
    position = {label: p for p, label in enumerate(labels)}
    remap = np.array([*(-1 if k is None else position[k] for k in keys), -1], dtype=np.intp)
    inverse = remap[coded.codes]  # a code of -1 (a null) reads the last entry
    missing = inverse < 0
    if blank is not None:
        missing |= blank
    inverse[missing] = 0
    return labels, inverse, missing if missing.any() else None


def agency_order(label: Any) -> tuple[int, Any, str]:
    """The sort key of an agency label: numbers in order, then text, then anything else.

    Labels of mixed types sort without a TypeError (``1``, ``"ก"``, ``Decimal("2.5")``,
    ``(1, 2)``); NaN and other unordered values come last, by type and repr.

    >>> from decimal import Decimal
    >>> sorted(["ข", 2, Decimal("1.5"), b"x", "ก", float("nan")], key=agency_order)
    [Decimal('1.5'), 2, 'ก', 'ข', b'x', nan]
    """
    if isinstance(label, str):
        return (1, label, "")
    if isinstance(label, int | float | Decimal | Fraction) and label == label:  # not NaN
        if isinstance(label, Decimal):  # a Fraction and a Decimal do not compare: make it exact
            return (0, Fraction(label) if label.is_finite() else float(label), "")
        return (0, label, "")
    return (2, type(label).__name__, shown(label))


def _plain(value: Any) -> Any:
    """A NumPy scalar as the Python value it holds."""
    return value.item() if isinstance(value, np.generic) else value


class _Unhashable(Exception):
    pass


def factorize(
    values: NDArray[Any] | None,
    blank: NDArray[np.bool_] | None = None,
    coded: Coded | None = None,
    known: dict[str, str] | None = None,
) -> Factorized:
    """Sorted agency labels, each row's index into them, and the rows without an agency (or None).

    *coded* gives the column as codes into its distinct values (a dataframe's
    own hashing, see :meth:`~itakit.scoring._columns.Table.coded`); then
    *values* are not read; *known* (text → its normal form) is shared by the
    tables of one call, so that each name is normalised once.  Raises
    TypeError if an id cannot be hashed (a list, a dict).
    """
    if coded is not None:
        return _from_codes(coded, blank, known)
    assert values is not None
    kind = values.dtype.kind
    if kind in "iu":
        return _integers(values, blank)
    if kind == "f":
        gaps = np.isnan(values)
        if blank is not None:
            gaps |= blank
        whole = values[~gaps]
        # whole numbers that int64 holds (1e300 is whole, but no int64)
        if np.array_equal(whole, np.trunc(whole)) and not (np.abs(whole) >= 2.0**62).any():
            return _integers(
                np.where(gaps, 0, values).astype(np.int64), gaps if gaps.any() else None
            )
    try:
        return _objects(values.astype(object, copy=False), blank)
    except _Unhashable:
        raise TypeError("agency ids must be text or numbers") from None
