"""Every problem in a table, found at once: reported, or skipped agency by agency.

A problem belongs to an agency (or to a row without one).  Problems with the
table itself (a missing ``agency`` column, an unknown column) cannot be
skipped and are raised at once.  The error lists the first
:data:`SHOWN` problems and says how many more there are; ``.problems`` holds
them all.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Hashable, Sequence
from typing import Any, Literal

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._limits import shown
from itakit.errors import InputTypeError, ScoringError, SkippedAgenciesWarning, ValidationError
from itakit.rules.framework import Rules

__all__ = ["SHOWN", "OnError", "Problem", "Problems", "check_on_error", "check_rules", "plain"]

SHOWN = 20
"""How many problems an error message lists."""

OnError = Literal["raise", "skip"]


def check_on_error(on_error: object) -> OnError:
    """*on_error* if it is ``"raise"`` or ``"skip"``, else a clear error."""
    if isinstance(on_error, str) and on_error in ("raise", "skip"):
        return on_error  # type: ignore[return-value]
    raise ValidationError(
        f"on_error must be 'raise' or 'skip' (got {shown(on_error)})", value=on_error
    )


def check_rules(framework: object, function: str) -> None:
    """Refuse a *framework* argument that is not a framework (``score_oit(2564, {})``).

    >>> check_rules(2564, "score_oit")
    Traceback (most recent call last):
    ...
    itakit.errors.InputTypeError: score_oit(): the framework must be a Framework, such as itakit.framework(2564) (got 2564)
    """
    if not isinstance(framework, Rules):
        example = framework if isinstance(framework, int) and 2563 <= framework <= 2599 else 2567
        raise InputTypeError(
            f"{function}(): the framework must be a Framework, such as"
            f" itakit.framework({example}) (got {shown(framework)})",
            value=framework,
        )


def plain(value: Any) -> Any:
    """A NumPy scalar as the Python value it holds, for messages."""
    return value.item() if isinstance(value, np.generic) else value


@attrs.frozen
class Problem:
    """One thing wrong with one agency's input (``agency`` None: rows without an agency)."""

    agency: Hashable | None
    message: str
    value: object = None

    def __str__(self) -> str:
        if self.agency is None:
            return self.message
        return f"agency {shown(self.agency)}: {self.message}"


def _rows(rows: Sequence[int], count: int) -> str:
    shown = ", ".join(map(str, rows[:3]))
    if count == 1:
        return f"row {shown}"
    more = ", …" if count > 3 else ""
    return f"{count} rows ({shown}{more})"


@attrs.define
class Problems:
    """The problems found so far in one input."""

    what: str
    """What was being scored, for messages (``"the answers of FY 2567"``)."""
    found: list[Problem] = attrs.Factory(list)

    def add(self, agency: Hashable | None, message: str, value: object = None) -> None:
        """Record one problem."""
        self.found.append(Problem(agency, message, plain(value)))

    def cells(
        self,
        bad: NDArray[np.bool_],
        inverse: NDArray[np.intp],
        labels: Sequence[Hashable | None],
        values: NDArray[Any],
        describe: Callable[[Any], str],
    ) -> None:
        """Record bad cells of one column, one problem per agency with its first rows."""
        rows = np.flatnonzero(bad)
        owners = inverse[rows]
        order = np.argsort(owners, kind="stable")
        rows, owners = rows[order], owners[order]
        agencies, firsts, counts = np.unique(owners, return_index=True, return_counts=True)
        for agency, first, count in zip(agencies, firsts, counts, strict=True):
            value = plain(values[rows[first]])
            where = _rows(rows[first : first + count].tolist(), int(count))
            self.add(labels[agency], f"{describe(value)} ({where})", value)

    def agencies(self) -> set[Hashable | None]:
        """The agencies with at least one problem."""
        return {problem.agency for problem in self.found}

    def error(self) -> ScoringError:
        """One error listing the first problems, with all of them in ``.problems``."""
        found = self.found
        agencies = self.agencies()
        lines = [f"  - {problem}" for problem in found[:SHOWN]]
        if len(found) > SHOWN:
            lines.append(f"  … and {len(found) - SHOWN} more (all in .problems)")
        plural = "s" if len(found) > 1 else ""
        in_agencies = f" in {len(agencies)} agencies" if len(agencies) > 1 else ""
        return ScoringError(
            f"cannot score {self.what}: {len(found)} problem{plural}{in_agencies}\n"
            + "\n".join(lines)
            + "\nfix them, or pass on_error='skip' to score the other agencies",
            value=found[0].value,
            problems=tuple(map(str, found)),
        )

    def settle(self, on_error: OnError) -> dict[Hashable | None, tuple[str, ...]]:
        """Raise the problems, or (``"skip"``) warn and return them by agency."""
        if not self.found:
            return {}
        if on_error == "raise":
            raise self.error()
        skipped: dict[Hashable | None, list[str]] = {}
        for problem in self.found:
            skipped.setdefault(problem.agency, []).append(problem.message)
        named = [agency for agency in skipped if agency is not None]
        message = f"skipped {len(named)} agenc{'y' if len(named) == 1 else 'ies'} with problems"
        if None in skipped:
            message += " and rows without an agency"
        first = self.found[0]
        warnings.warn(
            f"{message} while scoring {self.what} (see .skipped); first: {first}",
            SkippedAgenciesWarning,
            stacklevel=3,
        )
        return {agency: tuple(messages) for agency, messages in skipped.items()}
