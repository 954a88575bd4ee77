"""A few rows as mappings, from whatever table a user holds.

For inputs of a few rows each scored exactly (published results, question
scores of some agencies): a list of mappings, a dict of columns, or a pandas
or polars DataFrame (recognised by type, nothing imported).

>>> records({"agency": ["ก", "ข"], "total": [80, 90]})
[{'agency': 'ก', 'total': 80}, {'agency': 'ข', 'total': 90}]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from itakit.errors import InputTypeError, ValidationError
from itakit.scoring._columns import table_kind

__all__ = ["records"]


def _is_column(values: object) -> bool:
    return isinstance(values, Sequence | np.ndarray) and not isinstance(values, str | bytes)


def records(rows: object) -> list[Mapping[Any, object]]:
    """Rows as mappings: from a list of mappings, a dict of columns, or a pandas/polars table.

    >>> records([{"total": 80}]), records({"total": []})
    ([{'total': 80}], [])
    >>> records({"total": [1, 2], "1": [3]})
    Traceback (most recent call last):
    ...
    itakit.errors.ValidationError: the columns have different lengths ([1, 2]): every column needs one value per row
    """
    kind = table_kind(rows)
    frame: Any = rows
    if kind == "pandas":
        pandas_records: list[Mapping[Any, object]] = frame.to_dict(orient="records")
        return pandas_records
    if kind == "polars":
        if type(rows).__name__ == "LazyFrame":
            frame = frame.collect()
        polars_records: list[Mapping[Any, object]] = frame.to_dicts()
        return polars_records
    if isinstance(rows, Mapping):
        columns = {key: list(values) for key, values in rows.items() if _is_column(values)}
        if len(columns) != len(rows):
            raise InputTypeError(
                "a table of rows must map each column name to a list of values"
                " (such as {'agency': ['ตราด'], 'total': [81.45], …}), or be a list of rows",
                value=rows,
            )
        lengths = {len(values) for values in columns.values()}
        if len(lengths) > 1:
            raise ValidationError(
                f"the columns have different lengths ({sorted(lengths)}): every column needs"
                " one value per row",
                value=sorted(lengths),
            )
        count = lengths.pop() if lengths else 0
        return [{key: values[k] for key, values in columns.items()} for k in range(count)]
    if isinstance(rows, Iterable) and not isinstance(rows, str | bytes):
        listed = list(rows)
        for position, row in enumerate(listed, start=1):
            if not isinstance(row, Mapping):
                raise InputTypeError(
                    f"row {position} is a {type(row).__name__}, not a mapping of column to value",
                    value=row,
                )
        return listed
    raise InputTypeError(
        "rows must be a list of mappings, a dict of columns, or a pandas or polars DataFrame"
        f" (got {type(rows).__name__})",
        value=rows,
    )
