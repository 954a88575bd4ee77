"""Which column of a table of answers is which, for :func:`~itakit.scoring.score_responses`.

A wide table (one row per respondent) or a long one (one row per answer) is
turned into what scoring reads: the table, the agency column, each answer
code's column, and the columns left out.  Every problem with the columns is
raised at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from itakit.errors import InputTypeError, ItakitError, ScoringError, ValidationError
from itakit.rules.framework import Rules
from itakit.scoring._answer_plan import AnswerPlan
from itakit.scoring._columns import Table, read_table
from itakit.scoring._headers import (
    AGENCY_NAMES,
    ANSWER_NAMES,
    QUESTION_NAMES,
    RESPONDENT_NAMES,
    find_column,
    header_key,
    indicator_header,
    question_texts,
    recognise,
)
from itakit.scoring._long import widen
from itakit.scoring._memo import PerFramework
from itakit.scoring._read import code_runs, span

__all__ = [
    "Extra",
    "Recognised",
    "answer_columns",
    "check_extra",
    "check_ignore",
    "indicator_columns",
    "oit_agency_column",
]

Extra = Literal["ignore", "error"]
"""What to do with columns that are not questions: leave them out (listed), or refuse them."""


def check_extra(extra: object) -> Extra:
    """*extra* if it is ``"ignore"`` or ``"error"``.

    >>> check_extra("error")
    'error'
    """
    if extra == "ignore" or extra == "error":
        return extra
    raise ValidationError(f"extra must be 'ignore' or 'error' (got {extra!r})", value=extra)


def check_ignore(ignore: object) -> tuple[str, ...]:
    """The column names of *ignore*: a list of names (one name alone is taken as one).

    >>> check_ignore(["Timestamp", "Email"]), check_ignore("Timestamp")
    (('Timestamp', 'Email'), ('Timestamp',))
    """
    if isinstance(ignore, str):
        return (ignore,)
    if not isinstance(ignore, Iterable) or isinstance(ignore, bytes):
        raise InputTypeError(
            f"ignore must be a list of column names (got {ignore!r})", value=ignore
        )
    names = tuple(ignore)
    bad = [name for name in names if not isinstance(name, str)]
    if bad:
        raise InputTypeError(
            f"ignore must be a list of column names (got {bad[0]!r} among them)", value=bad[0]
        )
    return names


@attrs.frozen
class Recognised:
    """What scoring reads of a table of answers."""

    table: Table
    agency: str
    by_code: dict[str, str]
    ignored: tuple[str, ...]


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(map(repr, names))


def answer_columns(
    framework: Rules,
    plan: AnswerPlan,
    responses: object,
    *,
    agency_column: str | None,
    extra: object,
    ignore: object,
    respondent_column: str | None = None,
    question_column: str | None = None,
    answer_column: str | None = None,
    what: str,
) -> Recognised:
    """Recognise the columns of *responses* (see :func:`~itakit.scoring.score_responses`)."""
    extra = check_extra(extra)
    skip = check_ignore(ignore)
    table = read_table(responses)
    key = (
        table.names,
        agency_column,
        extra,
        skip,
        respondent_column,
        question_column,
        answer_column,
    )
    seen = _seen(framework)
    known = seen.get(key)
    if known is not None:
        return Recognised(table, *known)
    names = list(table.names)
    agency = find_column(names, agency_column, AGENCY_NAMES, what="agency", option="agency_column")
    assert agency is not None
    texts = question_texts(framework)
    question = find_column(
        names,
        question_column,
        QUESTION_NAMES,
        what="question",
        option="question_column",
        required=question_column is not None,
    )
    answer = find_column(
        names,
        answer_column,
        ANSWER_NAMES,
        what="answer",
        option="answer_column",
        required=answer_column is not None,
    )
    if question is not None and answer is not None:
        respondent = find_column(
            names,
            respondent_column,
            RESPONDENT_NAMES,
            what="respondent",
            option="respondent_column",
        )
        assert respondent is not None
        used = {agency, respondent, question, answer}
        wide = widen(
            table,
            agency=agency,
            respondent=respondent,
            question=question,
            answer=answer,
            codes=plan.position,
            texts=texts,
            what=what,
        )
        skipped = {header_key(name) for name in skip}
        rest = tuple(name for name in names if name not in used)
        unexpected = tuple(name for name in rest if header_key(name) not in skipped)
        return _checked(plan, read_table(wide), agency, rest, unexpected, extra, what)
    found = recognise(names, codes=plan.position, texts=texts, agency=agency, skip=skip)
    problems = list(found.ambiguous)
    if found.foreign:
        problems.append(
            f"columns for questions FY {framework.fiscal_year} does not ask:"
            f" {_quoted(found.foreign)} (is it the edition of these answers? leave them out"
            " with ignore=[...])"
        )
    if found.oit:
        problems.append(
            f"OIT columns {_quoted(found.oit)} belong in oit=, not with the answers (or leave"
            " them out with ignore=[...])"
        )
    if found.unknown and extra == "error":
        problems.append(
            f"columns that are not questions: {_quoted(found.unknown)} (leave them out with"
            ' extra="ignore", or name them with ignore=[...])'
        )
    if found.twice:
        problems.append(f"columns {_quoted(found.twice)} repeat an answer code")
    ignored = found.ignored + found.unknown if extra == "ignore" else found.ignored
    ignored = tuple(name for name in names if name in ignored)
    missing = [code for code in plan.codes if code not in found.by_code]
    if missing:
        left_out = f" (left out: {_quoted(ignored)})" if ignored else ""
        problems.append(f"no column for {code_runs(missing)}{left_out}")
    if problems:
        raise ScoringError(
            f"cannot score {what}: {'; '.join(problems)}",
            value=(
                found.foreign or found.oit or found.unknown or found.twice or missing or [agency]
            )[0],
        )
    if len(seen) >= _SEEN:
        seen.clear()
    seen[key] = (agency, found.by_code, ignored)
    return Recognised(table=table, agency=agency, by_code=found.by_code, ignored=ignored)


_SEEN = 256
"""How many tables' headers (with the options that read them) each framework remembers."""

_seen: PerFramework[dict[tuple[object, ...], tuple[str, dict[str, str], tuple[str, ...]]]]
_seen = PerFramework(lambda framework: {})
"""Per framework, the columns recognised in wide tables already scored, by their headers and the
options that read them (scoring the same export again reads its headers once)."""


def _checked(
    plan: AnswerPlan,
    table: Table,
    agency: str,
    ignored: tuple[str, ...],
    unexpected: tuple[str, ...],
    extra: str,
    what: str,
) -> Recognised:
    """The recognised columns of a widened long table."""
    if unexpected and extra == "error":
        raise ScoringError(
            f"cannot score {what}: columns that are not agency, respondent, question or answer:"
            f' {_quoted(unexpected)} (leave them out with extra="ignore", or name them with'
            " ignore=[...])",
            value=unexpected[0],
        )
    by_code = {code: code for code in table.names if code != agency}
    missing = [code for code in plan.codes if code not in by_code]
    if missing:
        raise ScoringError(
            f"cannot score {what}: no answers to {code_runs(missing)}", value=missing
        )
    return Recognised(table=table, agency=agency, by_code=by_code, ignored=ignored)


def oit_agency_column(oit: object, agency: str) -> str:
    """The agency column of an OIT table given beside the answers: *agency*, or its common name.

    >>> oit_agency_column({"หน่วยงาน": ["ก"], "9": [90], "10": [80]}, "agency")
    'หน่วยงาน'
    >>> oit_agency_column({"ก": {9: 90, 10: 80}}, "agency")
    'agency'
    """
    from itakit.scoring.oit_table import OITTable, is_checklists

    if oit is None or isinstance(oit, OITTable) or is_checklists(oit, agency):
        return agency
    try:
        names = list(read_table(oit).names)
    except ItakitError:
        return agency  # reading the OIT again reports what is wrong with it
    if agency in names:
        return agency
    found = find_column(
        names, None, AGENCY_NAMES, what="OIT agency", option="agency_column", required=False
    )
    return found or agency


@attrs.frozen
class IndicatorColumns:
    """What scoring reads of a table of indicator scores."""

    agency: str
    by_number: dict[int, str]
    ignored: tuple[str, ...]


def indicator_columns(
    framework: Rules,
    names: Sequence[str],
    *,
    agency_column: str | None,
    extra: object,
    ignore: object,
    what: str,
) -> IndicatorColumns:
    """The agency column, each indicator's column and the columns left out of a table of scores.

    >>> import itakit
    >>> found = indicator_columns(itakit.framework(2564),
    ...     ["หน่วยงาน", *[f"ตัวชี้วัดที่ {n}" for n in range(1, 11)], "หมายเหตุ"],
    ...     agency_column=None, extra="ignore", ignore=(), what="the scores")
    >>> found.agency, found.by_number[10], found.ignored
    ('หน่วยงาน', 'ตัวชี้วัดที่ 10', ('หมายเหตุ',))
    """
    extra = check_extra(extra)
    skipped = {header_key(name) for name in check_ignore(ignore)}
    numbers = [indicator.number for indicator in framework.indicators]
    agency = find_column(
        list(names), agency_column, AGENCY_NAMES, what="agency", option="agency_column"
    )
    assert agency is not None
    by_number: dict[int, str] = {}
    ignored: list[str] = []
    unknown: list[str] = []
    foreign: list[str] = []
    twice: list[str] = []
    for name in names:
        if name == agency:
            continue
        if header_key(name) in skipped:
            ignored.append(name)
            continue
        number = indicator_header(name)
        if number is None:
            unknown.append(name)
        elif number not in numbers:
            foreign.append(name)
        elif number in by_number:
            twice.append(name)
        else:
            by_number[number] = name
    problems = []
    if foreign:
        problems.append(
            f"columns for indicators FY {framework.fiscal_year} does not have: {_quoted(foreign)}"
            " (leave them out with ignore=[...])"
        )
    if unknown and extra == "error":
        problems.append(
            f"columns that are not indicators: {_quoted(unknown)} (leave them out with"
            ' extra="ignore", or name them with ignore=[...])'
        )
    if twice:
        problems.append(f"columns {_quoted(twice)} repeat an indicator")
    if extra == "ignore":
        ignored += unknown
    left = tuple(name for name in names if name in ignored)
    missing = tuple(n for n in numbers if n not in by_number)
    if missing:
        left_out = f" (left out: {_quoted(left)})" if left else ""
        problems.append(f"no column for indicators {span(missing)}{left_out}")
    if problems:
        raise ScoringError(
            f"cannot score {what}: {'; '.join(problems)} (expected an agency column and one"
            f" column per indicator {span(tuple(numbers))})",
            value=(foreign or unknown or twice or [span(missing)])[0],
        )
    return IndicatorColumns(agency=agency, by_number=by_number, ignored=left)
