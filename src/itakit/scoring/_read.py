"""Reading one agency's indicator scores: every problem found at once, each naming its indicator."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

from itakit.errors import InputTypeError, ItakitError, ScoringError
from itakit.rules.framework import Rules
from itakit.scoring._exact import read_score
from itakit.scoring.weighting import plan_of
from itakit.thai import to_arabic_digits

__all__ = ["code_runs", "indicator_number", "read_indicator_scores", "span"]


def span(numbers: tuple[int, ...]) -> str:
    """``1–10`` for a run of numbers, else ``1, 2, 4``.

    >>> span((1, 2, 3)), span((9, 10)), span((1, 3))
    ('1–3', '9–10', '1, 3')
    """
    if len(numbers) > 1 and numbers == tuple(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(map(str, numbers))


def code_runs(codes: list[str] | tuple[str, ...]) -> str:
    """Codes with runs written as ranges, for messages.

    >>> code_runs(["o2", "o3", "o4", "o7", "i11.2"])
    'o2–o4, o7, i11.2'
    """
    runs: list[list[str]] = []
    for code in codes:
        if runs and _follows(runs[-1][-1], code):
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _follows(before: str, code: str) -> bool:
    if "." in before or "." in code or before[:1] != code[:1]:
        return False
    return before[1:].isdigit() and code[1:].isdigit() and int(code[1:]) == int(before[1:]) + 1


def indicator_number(key: object) -> int | None:
    """An indicator number from an int or digits as text (``"10"``, ``"๑๐"``); else None.

    >>> indicator_number("๑๐"), indicator_number(9), indicator_number("9.1"), indicator_number(True)
    (10, 9, None, None)
    """
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key
    if isinstance(key, str):
        text = to_arabic_digits(key.strip())
        if text.isascii() and text.isdigit():
            return int(text)
    return None


def read_indicator_scores(framework: Rules, scores: Mapping[Any, object]) -> tuple[Fraction, ...]:
    """Every indicator's exact score, in the framework's order, or one error listing every problem.

    Keys are indicator numbers (ints, or digits as text); values are numbers
    from 0 to 100 that :func:`~itakit.scoring._exact.read_score` reads.
    """
    if not isinstance(scores, Mapping):
        raise InputTypeError(
            "indicator scores must be a mapping of indicator number to score, such as"
            f" {{1: 93.55, 2: 87.72}} (got {type(scores).__name__})",
            value=scores,
        )
    plan = plan_of(framework)
    found: dict[int, Fraction] = {}
    problems: list[str] = []
    values: list[object] = []
    for key, value in scores.items():
        number = key if type(key) is int else indicator_number(key)
        if number is None or number not in plan.position:
            problems.append(
                f"unknown indicator {key!r} (FY {framework.fiscal_year} has indicators"
                f" {span(plan.numbers)})"
            )
            values.append(key)
            continue
        if number in found:
            problems.append(f"indicator {number} is given twice")
            values.append(key)
            continue
        try:
            found[number] = read_score(value)
        except ItakitError as error:
            problems.append(f"indicator {number}: {error}")
            values.append(value)
            found[number] = Fraction(0)
    missing = tuple(number for number in plan.numbers if number not in found)
    if missing:
        plural = "s" if len(missing) > 1 else ""
        problems.append(f"indicator{plural} {span(missing)} missing")
        values.append(missing)
    if problems:
        raise ScoringError(
            f"cannot score FY {framework.fiscal_year}: {'; '.join(problems)}"
            f" (expected a score from 0 to 100 for each of indicators {span(plan.numbers)})",
            value=values[0],
            problems=tuple(problems),
        )
    return tuple(found[number] for number in plan.numbers)
