"""Columnar tables in: a dict of 1-D columns, a pandas DataFrame or a polars DataFrame.

pandas and polars are imported only when such a table is given (they are
recognised by the module their type comes from, without importing them).
Each column comes out as a 1-D NumPy array and, for a masked array, its mask
of blanks; pandas' nullable numbers become floats with NaN for ``NA``.

>>> table = read_table({"agency": ["ก", "ข"], "i1": [3, None]})
>>> table.names, len(table)
(('agency', 'i1'), 2)
>>> values, blank = table.column("i1")
>>> values.tolist(), blank
([3, None], None)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._limits import fits, shown
from itakit._optional import require
from itakit.errors import InputTypeError, ScoringError

__all__ = ["Column", "Table", "read_table", "table_kind"]

Column = tuple[NDArray[Any], NDArray[np.bool_] | None]
"""A column's values and its mask of blanks (None when blanks are in the values themselves)."""


@attrs.frozen
class Table:
    """The columns of a table, read one at a time on demand."""

    names: tuple[str, ...]
    length: int
    reader: Callable[[str], Column] = attrs.field(repr=False)

    def __len__(self) -> int:
        return self.length

    def column(self, name: str) -> Column:
        """The values (and blank mask) of the column called *name*."""
        return self.reader(name)


def table_kind(table: object) -> str | None:
    """``"pandas"`` or ``"polars"`` for their DataFrames (judged by type, nothing imported); else None.

    >>> table_kind({"agency": []}) is None
    True
    """
    kind = type(table)
    package = kind.__module__.split(".")[0]
    if package in ("pandas", "polars") and kind.__name__ in ("DataFrame", "LazyFrame"):
        return package
    return None


def _array(values: object, name: str) -> Column:
    if isinstance(values, np.ma.MaskedArray):
        array, mask = np.ma.getdata(values), np.ma.getmaskarray(values)
    else:
        kind = table_kind(values)
        if kind is not None:
            raise InputTypeError(f"column {shown(name)} holds a table, not a column", value=name)
        module = type(values).__module__.split(".")[0]
        if module == "pandas":
            return _pandas_series(require("pandas", extra="pandas"), values)
        if module == "polars":
            return _polars_series(values)
        if isinstance(values, str | bytes) or not hasattr(values, "__len__"):
            raise InputTypeError(
                f"column {shown(name)} must be a sequence of cells (a list or a 1-D array),"
                f" got {type(values).__name__}",
                value=name,
            )
        try:
            array, mask = np.asarray(values), None
        except ValueError:  # numpy's "inhomogeneous shape": lists of different lengths in cells
            raise InputTypeError(
                f"column {shown(name)} must be one-dimensional: one value a cell (some of its"
                " cells hold lists or arrays of different lengths)",
                value=name,
            ) from None
        if array.dtype.kind in "US":
            array = array.astype(object)
        elif array.dtype.kind in "iuf" and not isinstance(values, np.ndarray):
            kinds = set(map(type, values))  # type: ignore[call-overload]
            if bool in kinds and len(kinds) > 1:  # True among numbers is no number: keep it
                array = np.array(values, dtype=object)
    if array.ndim != 1:
        raise InputTypeError(
            f"column {shown(name)} must be one-dimensional (got shape {array.shape})", value=name
        )
    return array, mask


def _pandas_series(pd: Any, series: Any) -> Column:
    dtype = series.dtype
    types = pd.api.types
    if types.is_bool_dtype(dtype):
        if series.hasnans:
            return series.to_numpy(dtype=object, na_value=None), None
        return series.to_numpy(dtype=bool), None
    if types.is_numeric_dtype(dtype):
        if isinstance(dtype, np.dtype):
            return series.to_numpy(), None
        return series.to_numpy(dtype="float64", na_value=np.nan), None
    if types.is_datetime64_any_dtype(dtype) or types.is_timedelta64_dtype(dtype):
        return series.to_numpy(), None
    return series.to_numpy(dtype=object), None


def _cells(values: list[Any]) -> NDArray[Any]:
    """A 1-D object array of *values* as they are (a cell that is a list stays one cell)."""
    array = np.empty(len(values), dtype=object)
    for row, value in enumerate(values):
        array[row] = value
    return array


def _polars_series(series: Any) -> Column:
    if str(series.dtype) == "Boolean":
        if series.null_count():
            return np.array(series.to_list(), dtype=object), None
        return series.to_numpy(), None
    if str(series.dtype) in ("Int128", "UInt128"):  # NumPy has no 128-bit ints: keep Python ints
        return _cells(series.to_list()), None
    try:
        array = series.to_numpy()
    except Exception:  # a dtype NumPy cannot hold: its cells as Python values
        return _cells(series.to_list()), None
    if array.dtype.kind in "US":
        array = array.astype(object)
    return array, None


def _check_names(names: list[str], what: str) -> tuple[str, ...]:
    seen: set[str] = set()
    twice = sorted({name for name in names if name in seen or seen.add(name)})  # type: ignore[func-returns-value]
    if twice:
        raise ScoringError(
            f"{what} has more than one column called {', '.join(map(repr, twice))}",
            value=twice[0],
        )
    return tuple(names)


def _length(values: object, name: str) -> int:
    """A column's length, without reading it."""
    if isinstance(values, str | bytes) or not hasattr(values, "__len__"):
        return len(_array(values, name)[0])  # raises the error that explains
    return len(values)


def _column_name(key: object) -> str:
    """A column's key as the name it is known by (``1`` is ``"1"``), or an error if it has none."""
    if isinstance(key, str):
        return key
    if isinstance(key, int) and not fits(key):  # str() would raise past 4,300 digits
        raise InputTypeError(
            f"a column name must be text or a number such as 1 or 'i1' (got {shown(key)})",
            value=key,
        )
    try:
        return str(key)
    except Exception:  # a key whose str() fails names no column
        raise InputTypeError(
            f"a column name must be text or a number (got {shown(key)})", value=key
        ) from None


def _from_mapping(table: Mapping[Any, Any]) -> Table:
    by_name = {_column_name(key): key for key in table}
    names = _check_names([_column_name(key) for key in table], "the table")
    lengths = {name: _length(table[by_name[name]], name) for name in names}
    if len(set(lengths.values())) > 1:
        described = ", ".join(f"{name}: {n}" for name, n in lengths.items())
        raise ScoringError(
            f"every column must have the same length (got {described})", value=lengths
        )
    length = next(iter(lengths.values()), 0)
    return Table(names, length, lambda name: _array(table[by_name[name]], name))


def _from_pandas(frame: Any) -> Table:
    pd = require("pandas", extra="pandas")
    by_name = {_column_name(key): key for key in frame.columns}
    names = _check_names([_column_name(key) for key in frame.columns], "the DataFrame")
    return Table(names, len(frame), lambda name: _pandas_series(pd, frame[by_name[name]]))


def _from_polars(frame: Any) -> Table:
    require("polars", extra="polars")
    if type(frame).__name__ == "LazyFrame":
        raise InputTypeError(
            "a polars LazyFrame must be collected first: pass frame.collect()", value=frame
        )
    names = _check_names(list(frame.columns), "the DataFrame")
    return Table(names, frame.height, lambda name: _polars_series(frame.get_column(name)))


def read_table(table: object) -> Table:
    """The columns of a dict of 1-D columns, a pandas DataFrame or a polars DataFrame."""
    kind = table_kind(table)
    if kind == "pandas":
        return _from_pandas(table)
    if kind == "polars":
        return _from_polars(table)
    if isinstance(table, Mapping):
        return _from_mapping(table)
    raise InputTypeError(
        "expected a table: a dict of columns ({'agency': [...], 'i1': [...]}), a pandas"
        f" DataFrame or a polars DataFrame (got {type(table).__name__})",
        value=table,
    )
