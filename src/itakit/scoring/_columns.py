"""Columnar tables in: a dict of 1-D columns, or any dataframe narwhals knows.

pandas, polars, pyarrow, modin, DuckDB (…) are read through `narwhals
<https://narwhals-dev.github.io/narwhals/>`_, imported only when such a table
is given; a lazy frame is collected first.  Each column comes out as a 1-D
NumPy array and, for a masked array, its mask of blanks; nulls of numbers
become NaN.  A column of text in a dataframe can also be read *coded*: each
row's index into the column's distinct values, found by the dataframe
library's own hashing (``pandas.factorize``, a polars categorical, pyarrow's
``dictionary_encode``), so that a label is looked up once per distinct value,
never once per row.

>>> table = read_table({"agency": ["ก", "ข"], "i1": [3, None]})
>>> table.names, len(table)
(('agency', 'i1'), 2)
>>> values, blank = table.column("i1")
>>> values.tolist(), blank
([3, None], None)
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._limits import fits, shown
from itakit.errors import InputTypeError, ScoringError

__all__ = ["Cells", "Coded", "Column", "Table", "code_objects", "read_table", "table_kind"]

Column = tuple[NDArray[Any], NDArray[np.bool_] | None]
"""A column's values and its mask of blanks (None when blanks are in the values themselves)."""


@attrs.frozen(eq=False)
class Coded:
    """A column as each row's index into its distinct values (``-1`` for a null).

    >>> coded = code_objects(np.array(["มาก", None, "มาก", "น้อย"], dtype=object))
    >>> coded.codes.tolist(), coded.uniques
    ([0, 1, 0, 2], ['มาก', None, 'น้อย'])
    """

    codes: NDArray[np.intp]
    uniques: list[Any]


@attrs.frozen(eq=False)
class Cells:
    """One column as read: its values (and blank mask), or its codes when it holds text."""

    values: NDArray[Any] | None
    blank: NDArray[np.bool_] | None
    coded: Coded | None

    def __getitem__(self, row: int) -> Any:
        """One cell's value, for messages."""
        if self.coded is not None:
            code = int(self.coded.codes[row])
            return None if code < 0 else self.coded.uniques[code]
        assert self.values is not None
        return self.values[row]


def _no_codes(name: str) -> Coded | None:
    return None


def _no_block(names: Sequence[str]) -> NDArray[np.float64] | None:
    return None


def _no_series(name: str) -> Any:
    return None


@attrs.frozen
class Table:
    """The columns of a table, read one at a time on demand."""

    names: tuple[str, ...]
    length: int
    reader: Callable[[str], Column] = attrs.field(repr=False)
    coder: Callable[[str], Coded | None] = attrs.field(default=_no_codes, repr=False)
    backend: str | None = None
    """The dataframe library the table came from (``"pandas"``, ``"polars"`` …), or None."""
    block: Callable[[Sequence[str]], NDArray[np.float64] | None] = attrs.field(
        default=_no_block, repr=False, kw_only=True
    )
    native: Callable[[str], Any] = attrs.field(default=_no_series, repr=False, kw_only=True)
    """A column as its dataframe library's own series (None for a dict of columns)."""

    def __len__(self) -> int:
        return self.length

    def column(self, name: str) -> Column:
        """The values (and blank mask) of the column called *name*."""
        return self.reader(name)

    def coded(self, name: str) -> Coded | None:
        """The column as codes into its distinct values, if it holds text (or objects); else None."""
        return self.coder(name)

    def numbers(self, names: Sequence[str]) -> NDArray[np.float64] | None:
        """The columns called *names* as one float matrix, a row per column (names × rows, blanks
        NaN), when every one of them holds plain numbers, read in one step; else None (read them
        one by one).

        >>> read_table({"i1": np.array([3, 2]), "i2": [1.0, None]}).numbers(["i1", "i2"]).tolist()
        [[3.0, 2.0], [1.0, nan]]
        >>> read_table({"i1": [True, 2]}).numbers(["i1"]) is None
        True
        """
        return self.block(names)

    def cells(self, name: str) -> Cells:
        """The column called *name*: coded if it holds text in a dataframe, else its values."""
        coded = self.coder(name)
        if coded is not None:
            return Cells(None, None, coded)
        return Cells(*self.reader(name), None)


def code_objects(values: NDArray[Any]) -> Coded:
    """Codes for an object array, by hashing (raises TypeError for an unhashable cell)."""
    cells = values.tolist()
    uniques = list(dict.fromkeys(cells))
    if len(uniques) == 1:  # one agency's table
        return Coded(np.zeros(len(cells), dtype=np.intp), uniques)
    index = {value: code for code, value in enumerate(uniques)}
    codes = np.fromiter(map(index.__getitem__, cells), dtype=np.intp, count=len(cells))
    return Coded(codes, uniques)


_FRAME_PACKAGES = frozenset({"pandas", "polars", "pyarrow", "modin", "duckdb", "cudf", "dask"})


def table_kind(table: object) -> str | None:
    """The library of a dataframe (``"pandas"``, ``"polars"``, ``"pyarrow"`` …); else None.

    Judged by the type's module, nothing imported.

    >>> table_kind({"agency": []}) is None
    True
    """
    if isinstance(table, Mapping):
        return None
    package = type(table).__module__.split(".")[0]
    return package if package in _FRAME_PACKAGES else None


def _array(values: object, name: str) -> Column:
    if isinstance(values, np.ma.MaskedArray):
        array, mask = np.ma.getdata(values), np.ma.getmaskarray(values)
    else:
        if table_kind(values) is not None:
            series = _series_of(values)
            if series is None:
                raise InputTypeError(
                    f"column {shown(name)} holds a table, not a column", value=name
                )
            return _numpy(series)
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
            # text as NumPy holds it; from a list, each cell as it was (NumPy would write
            # the numbers of [0.0, "มาก"] as text)
            array = array.astype(object) if isinstance(values, np.ndarray) else _cells(list(values))  # type: ignore[call-overload]
        elif array.dtype.kind in "iuf" and not isinstance(values, np.ndarray):
            kinds = set(map(type, values))  # type: ignore[call-overload]
            if bool in kinds and len(kinds) > 1:  # True among numbers is no number: keep it
                array = np.array(values, dtype=object)
    if array.ndim != 1:
        raise InputTypeError(
            f"column {shown(name)} must be one-dimensional (got shape {array.shape})", value=name
        )
    return array, mask


def _series_of(values: object) -> Any:
    """A narwhals Series of a dataframe library's series, or None if it is not one."""
    nw = _narwhals()
    series = nw.from_native(values, pass_through=True, series_only=True)
    return None if series is values else series


def _narwhals() -> Any:
    import narwhals

    return narwhals


def _cells(values: list[Any]) -> NDArray[Any]:
    """A 1-D object array of *values* as they are (a cell that is a list stays one cell)."""
    array = np.empty(len(values), dtype=object)
    for row, value in enumerate(values):
        array[row] = value
    return array


def _numpy(series: Any) -> Column:
    """A narwhals Series as NumPy: numbers (nulls as NaN), bools, or objects."""
    implementation = series.implementation
    if implementation.is_pandas_like():
        native = series.to_native() if implementation.is_pandas() else series.to_pandas()
        return _pandas_series(sys.modules["pandas"], native), None
    try:
        if implementation.is_polars():
            native = series.to_native()
            if native.dtype.is_integer() and native.null_count():
                # integers with nulls: as they are, with a mask (NumPy would make them floats)
                found = _arrow_integers(native)
                if found is not None:
                    return found
                return native.fill_null(0).to_numpy(), native.is_null().to_numpy()
        array = series.to_numpy()
    except Exception:  # a dtype NumPy cannot hold (polars Int128): its cells as Python values
        return _cells(series.to_list()), None
    if array.dtype.kind in "US":
        array = array.astype(object)
    return array, None


def _arrow_integers(series: Any) -> Column | None:
    """A polars column of integers with nulls straight from its Arrow buffers: the values as
    they lie (those under a null are any number, as in a masked array) and the blanks from the
    validity bitmap, nothing copied but the bitmap (a column in chunks, as ``read_csv`` makes
    them, is joined first: still quicker than filling its nulls).  None where pyarrow is not
    installed."""
    try:
        if series.n_chunks() != 1:
            series = series.rechunk()
        array = series.to_arrow()
        validity, data = array.buffers()
        dtype = np.dtype(array.type.to_pandas_dtype())
    except Exception:  # no pyarrow, or a layout other than one plain buffer of numbers
        return None
    if validity is None or data is None or dtype.kind not in "iu":
        return None
    start, stop = array.offset, array.offset + len(array)
    values = np.frombuffer(data, dtype=dtype)[start:stop]
    bits = np.unpackbits(np.frombuffer(validity, dtype=np.uint8), bitorder="little")[start:stop]
    return values, bits == 0


def _pandas_series(pd: Any, series: Any) -> NDArray[Any]:
    dtype = series.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "iuf":
        return series.to_numpy()  # type: ignore[no-any-return]
    types = pd.api.types
    if types.is_bool_dtype(dtype):
        if series.hasnans:
            return series.to_numpy(dtype=object, na_value=None)  # type: ignore[no-any-return]
        return series.to_numpy(dtype=bool)  # type: ignore[no-any-return]
    if types.is_numeric_dtype(dtype):
        if isinstance(dtype, np.dtype):
            return series.to_numpy()  # type: ignore[no-any-return]
        return series.to_numpy(dtype="float64", na_value=np.nan)  # type: ignore[no-any-return]
    if types.is_datetime64_any_dtype(dtype) or types.is_timedelta64_dtype(dtype):
        return series.to_numpy()  # type: ignore[no-any-return]
    return series.to_numpy(dtype=object)  # type: ignore[no-any-return]


def _coded(series: Any) -> Coded | None:
    """A narwhals Series of text (or objects) coded by its own library's hashing; else None."""
    nw = _narwhals()
    implementation = series.implementation
    if implementation.is_pandas():
        kind = series.to_native().dtype
        if isinstance(kind, np.dtype) and kind.kind != "O":
            return None  # numbers, bools, dates: read as they are
    dtype = series.dtype
    if not (
        dtype == nw.String or dtype == nw.Categorical or dtype == nw.Enum or dtype == nw.Object
    ):
        return None
    if implementation.is_pandas_like():
        native = series.to_native() if implementation.is_pandas() else series.to_pandas()
        # plain objects (pandas would infer a dtype first), or a short column, hashed in a dict
        # (quicker than pandas' factorize below a few thousand rows)
        if native.dtype == object or len(native) <= _SHORT:
            try:
                return code_objects(native.to_numpy(dtype=object))
            except TypeError:
                return None
        codes, uniques = sys.modules["pandas"].factorize(native)
        values = uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)
        return Coded(codes.astype(np.intp, copy=False), values)
    if implementation.is_polars() and dtype != nw.Object:
        if len(series) <= _SHORT:
            cells = np.empty(len(series), dtype=object)
            cells[:] = series.to_list()
            return code_objects(cells)
        pl = sys.modules["polars"]
        physical = series.to_native().cast(pl.Categorical).to_physical()
        if physical.null_count():
            physical = physical.cast(pl.Int64).fill_null(-1)
        return _from_physical(physical.to_numpy(), series)
    if implementation.is_pyarrow():
        pa = sys.modules["pyarrow"]
        encoded = series.to_native().combine_chunks().dictionary_encode()
        indices = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)
        if not isinstance(encoded, pa.DictionaryArray):  # pragma: no cover - defensive
            return None
        return Coded(indices.astype(np.intp), encoded.dictionary.to_pylist())
    try:
        return code_objects(series.to_numpy())
    except TypeError:
        return None


_SHORT = 2048
"""Text columns of at most this many rows are coded in a dict, longer ones by the dataframe's own
hashing."""


def _from_physical(physical: NDArray[np.integer[Any]], series: Any) -> Coded:
    """Dense codes from a categorical's physical ids (-1 null), labels from each id's first row."""
    if len(physical) == 0:
        return Coded(np.zeros(0, dtype=np.intp), [])
    low, high = int(physical.min()), int(physical.max())
    span = high - low + 1
    if span <= 2 * len(physical) + 65536:
        first = np.full(span, len(physical), dtype=np.intp)
        rows = np.arange(len(physical), dtype=np.intp)
        first[(physical - low)[::-1]] = rows[::-1]
        present = np.flatnonzero(first < len(physical))
        rank = np.full(span, -1, dtype=np.intp)
        rank[present] = np.arange(len(present), dtype=np.intp)
        codes = rank[physical - low]
        firsts = first[present]
    else:
        _, index, inverse = np.unique(physical, return_index=True, return_inverse=True)
        codes, firsts = inverse.astype(np.intp), index
    uniques = series.to_native().gather(firsts).to_list()
    return Coded(codes, uniques)


def _check_names(names: list[str], what: str) -> tuple[str, ...]:
    if len(set(names)) == len(names):
        return tuple(names)
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
    if type(values) is list or (type(values) is np.ndarray and values.ndim):
        return len(values)
    if (
        isinstance(values, str | bytes)
        or not hasattr(values, "__len__")
        or getattr(values, "ndim", 1) == 0
    ):
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
    keys = list(table)
    names = _check_names([k if type(k) is str else _column_name(k) for k in keys], "the table")
    by_name = dict(zip(names, keys, strict=True))
    columns = list(table.values())
    if all(type(c) is np.ndarray and c.ndim == 1 for c in columns):  # the common case, at once
        lengths = dict(zip(names, (len(c) for c in columns), strict=True))
    else:
        lengths = {name: _length(table[key], name) for name, key in by_name.items()}
    if len(set(lengths.values())) > 1:
        described = ", ".join(f"{name}: {n}" for name, n in lengths.items())
        raise ScoringError(
            f"every column must have the same length (got {described})", value=lengths
        )
    length = next(iter(lengths.values()), 0)

    def block(wanted: Sequence[str]) -> NDArray[np.float64] | None:
        return _plain_numbers([table[by_name[name]] for name in wanted], length)

    return Table(names, length, lambda name: _array(table[by_name[name]], name), block=block)


_PLAIN = frozenset({int, float, type(None)})
"""The cell types of a list that is read as numbers at once (a bool is no number here)."""


def _plain(column: object) -> bool:
    """Whether a column of a dict holds plain numbers: a 1-D NumPy array of numbers, or a list
    of ints, floats and Nones."""
    if type(column) is np.ndarray:
        return column.ndim == 1 and column.dtype.kind in "iuf"
    return type(column) is list and _PLAIN.issuperset(map(type, column))


def _plain_numbers(columns: list[object], length: int) -> NDArray[np.float64] | None:
    """Columns of a dict as one float matrix (a row per column), if each is a 1-D array of
    numbers or a list of ints, floats and Nones; else None."""
    if not all(map(_plain, columns)):
        return None
    try:
        return np.array(columns, dtype=np.float64).reshape(len(columns), length)
    except (ValueError, OverflowError, TypeError):  # an int past the floats
        return None


def _from_frame(table: object) -> Table | None:
    nw = _narwhals()
    frame = nw.from_native(table, pass_through=True)
    if frame is table or isinstance(frame, nw.Series):
        return None
    backend = str(frame.implementation)
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect()
    by_name = {_column_name(key): key for key in frame.columns}
    names = _check_names([_column_name(key) for key in frame.columns], "the DataFrame")
    columns: dict[str, Any] = {}

    def series(name: str) -> Any:
        found = columns.get(name)
        if found is None:
            found = columns[name] = frame.get_column(by_name[name])
        return found

    native = frame.to_native()
    implementation = frame.implementation
    position = {name: p for p, name in enumerate(names)}

    def block(wanted: Sequence[str]) -> NDArray[np.float64] | None:
        if implementation.is_pandas():
            return _pandas_numbers(native, [position[name] for name in wanted])
        if implementation.is_polars():
            return _polars_numbers(native, [by_name[name] for name in wanted], len(frame))
        return None

    return Table(
        names,
        len(frame),
        lambda name: _numpy(series(name)),
        lambda name: _coded(series(name)),
        backend=backend,
        block=block,
        native=lambda name: series(name).to_native(),
    )


def run_slice(positions: Sequence[int]) -> slice | None:
    """*positions* as a slice if they follow one another (indexing by it makes no copy), else
    None.

    >>> run_slice([3, 4, 5]), run_slice([1, 3]), run_slice([])
    (slice(3, 6, None), None, None)
    """
    if positions and list(positions) == list(range(positions[0], positions[-1] + 1)):
        return slice(positions[0], positions[-1] + 1)
    return None


def _pandas_numbers(frame: Any, positions: list[int]) -> NDArray[np.float64] | None:
    """Columns of a pandas DataFrame as one float matrix (a row per column), if all are NumPy
    numbers."""
    side_by_side = run_slice(positions)  # as exports have them: one slice, not a take
    try:
        matrix = frame.iloc[:, positions if side_by_side is None else side_by_side].to_numpy()
    except Exception:  # an extension dtype that will not convert: read column by column
        return None
    if matrix.dtype.kind not in "iuf":
        return None  # text, bools, nullable dtypes: read column by column
    return matrix.T.astype(np.float64, copy=False)  # type: ignore[no-any-return]


def _polars_numbers(frame: Any, keys: list[Any], length: int) -> NDArray[np.float64] | None:
    """Columns of a polars DataFrame as one float matrix (a row per column), if all are numbers
    (nulls NaN)."""
    arrays = []
    for key in keys:
        try:
            array = frame.get_column(key).to_numpy()
        except Exception:  # a dtype NumPy cannot hold (Int128): read column by column
            return None
        if array.dtype.kind not in "iuf":
            return None
        arrays.append(array)
    return np.array(arrays, dtype=np.float64).reshape(len(arrays), length)


def read_table(table: object) -> Table:
    """The columns of a dict of 1-D columns or of a dataframe (pandas, polars, pyarrow …)."""
    if isinstance(table, Mapping):
        return _from_mapping(table)
    if table_kind(table) is not None:
        found = _from_frame(table)
        if found is not None:
            return found
    raise InputTypeError(
        "expected a table: a dict of columns ({'agency': [...], 'i1': [...]}) or a dataframe"
        f" (pandas, polars, pyarrow, DuckDB …; got {type(table).__name__})",
        value=table,
    )
