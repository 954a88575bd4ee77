"""Names that changed: the old spelling keeps working for one release, with a warning naming the new.

>>> import warnings
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     renamed_keyword("score_responses", "agency", "agency_column", "ก", "agency")
'ก'
>>> str(caught[0].message)
"score_responses(agency=...) is deprecated; use agency_column=... (agency= now means an agency's name)"
"""

from __future__ import annotations

import warnings
from typing import TypeVar

__all__ = ["deprecated", "renamed_keyword"]

T = TypeVar("T")

_NOTES = {"agency": " (agency= now means an agency's name)"}


def deprecated(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that *old* is deprecated in favour of *new* (removed in the next minor release)."""
    warnings.warn(
        f"{old} is deprecated; use {new} (it will be removed in itakit 0.3)",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def renamed_keyword(function: str, old: str, new: str, old_value: T | None, new_value: T) -> T:
    """*new_value*, or *old_value* with a DeprecationWarning when the caller used the old keyword."""
    if old_value is None:
        return new_value
    warnings.warn(
        f"{function}({old}=...) is deprecated; use {new}=...{_NOTES.get(old, '')}",
        DeprecationWarning,
        stacklevel=3,
    )
    return old_value
