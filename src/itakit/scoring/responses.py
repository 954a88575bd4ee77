"""Many agencies from raw answers: :func:`score_responses`, vectorised over rows.

Agencies are factorised once; each answer column is read into choice offsets
(see :mod:`itakit.scoring._choices`) and counted per agency and choice with one
``np.bincount``.  Per-agency sums of points are then exact integers (points
over a common denominator), the float indicator scores come from one matrix
product, and :mod:`itakit.scoring._batch` publishes them exactly.  No Python
loop runs over rows or agencies, except to describe problems.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from itakit._deprecation import renamed_keyword
from itakit._limits import shown
from itakit.errors import ScoringError
from itakit.rules.framework import Rules
from itakit.scoring._answer_columns import Extra, answer_columns, oit_agency_column
from itakit.scoring._answer_plan import SURVEYS, AnswerPlan, answer_plan_of
from itakit.scoring._batch import Ratios, publish
from itakit.scoring._choices import ColumnTypeError, choice_offsets, series_offsets
from itakit.scoring._columns import Table
from itakit.scoring._factorize import factorize
from itakit.scoring._memo import PerFramework
from itakit.scoring._problems import OnError, Problems, check_on_error, check_rules
from itakit.scoring._read import code_runs, span
from itakit.scoring._shares import question_shares
from itakit.scoring.oit_table import OITTable, read_oit
from itakit.scoring.table import ScoreTable
from itakit.scoring.weighting import Plan, plan_of

__all__ = ["score_responses"]


def _describe(code: str, choices: int) -> Any:
    labels = "'มี' or 'ไม่มี'" if choices == 2 else "a label such as 'มาก'"

    def describe(value: object) -> str:
        return f"column {code}: {shown(value)} is not an answer (expected 0–{choices - 1}, {labels}, or a blank)"

    return describe


def score_responses(
    framework: Rules,
    responses: Any,
    *,
    oit: Any = None,
    agency_column: str | None = None,
    extra: Extra = "ignore",
    ignore: Sequence[str] = (),
    respondent_column: str | None = None,
    question_column: str | None = None,
    answer_column: str | None = None,
    on_error: OnError = "raise",
    agency: str | None = None,
) -> ScoreTable:
    """Score every agency in a table of respondents' answers, in one vectorised pass.

    *responses* is a dict of 1-D columns, a pandas DataFrame or a polars
    DataFrame: one row per respondent, an *agency_column* column (``agency`` unless named), and one column per
    answer item of the framework's IIT and EIT (``i1``, ``i11.2``, ``e5``; any
    case, Thai or Arabic digits).  A row answers one tool's columns; the other
    tool's are blank.  A cell holds the choice number counted from the lowest
    (``น้อยที่สุดหรือไม่มีเลย`` = 0 … ``มากที่สุด`` = 3; ``ไม่มี`` = 0, ``มี`` = 1),
    or the choice's label itself; a blank is None, NaN, NA, null, empty text
    or a masked entry, and is left out of the means (never scored 0).

    *oit* gives indicators 9 and 10: a :class:`OITTable`, a mapping of
    agency → checklist (or → ``{9: x, 10: y}``), or a table as
    :func:`score_oit_table` takes it.

    Every problem is reported at once in one
    :class:`~itakit.errors.ScoringError` (``.problems`` lists them all); with
    ``on_error="skip"`` the agencies that have one are left out, listed in
    ``.skipped`` and announced by a
    :class:`~itakit.errors.SkippedAgenciesWarning`.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> answers = {"agency": ["ก", "ก", "ก"],
    ...            **{f"i{k}": [3, 2, None] for k in range(1, 16)},
    ...            **{f"e{k}": [None, None, "มาก"] for k in range(1, 16)}}
    >>> table = score_responses(fw, answers, oit={"ก": {9: 90, 10: 80}})
    >>> card = table.card("ก")
    >>> card.tool_scores[itakit.rules.Tool.IIT], card.total, str(card.level), dict(card.respondents)
    (Decimal('83.33'), Decimal('79.00'), 'ต้องปรับปรุง', {<Tool.IIT: 'IIT'>: 2, <Tool.EIT: 'EIT'>: 1})
    """
    check_rules(framework, "score_responses")
    agency = renamed_keyword("score_responses", "agency", "agency_column", agency, agency_column)
    on_error = check_on_error(on_error)
    plan = plan_of(framework)
    answers = answer_plan_of(framework)
    what = f"the answers of FY {framework.fiscal_year}"
    if answers.unscorable:
        raise ScoringError(
            f"FY {framework.fiscal_year} lists no questions for indicators"
            f" {span(answers.unscorable)}, so they cannot be scored from answers; score them"
            " from indicator values with score_indicator_table()",
            value=answers.unscorable,
        )
    oit_numbers = tuple(n for n in plan.numbers if n not in answers.indicator_numbers)
    if oit_numbers and oit is None:
        raise ScoringError(
            f"indicators {span(oit_numbers)} (OIT) do not come from answers: pass oit= (a"
            " mapping of agency → checklist or → {9: …, 10: …}, or a table)",
            value=oit_numbers,
        )
    found = answer_columns(
        framework,
        answers,
        responses,
        agency_column=agency,
        extra=extra,
        ignore=ignore,
        respondent_column=respondent_column,
        question_column=question_column,
        answer_column=answer_column,
        what=what,
    )
    table, by_code, agency = found.table, found.by_code, found.agency

    ids: Any = table.cells(agency)
    known: dict[str, str] = {}  # agency names normalised, shared with the OIT table
    try:
        labels, inverse, no_agency = factorize(ids.values, ids.blank, ids.coded, known)
    except TypeError as error:
        raise ScoringError(f"cannot score {what}: {error}", value=agency) from None
    size = len(labels)
    owners: list[Hashable | None] = [*labels, None]
    problems = Problems(what)
    if no_agency is not None:
        inverse = inverse.copy()
        inverse[no_agency] = size  # an extra bin that no agency reads
        problems.cells(
            no_agency, inverse, owners, ids, lambda v: f"row without an agency ({shown(v)})"
        )

    sums, counts, spoilt, answered, per_question = _tally(
        answers, table, by_code, inverse, size + 1, owners, problems, what
    )
    # 1: answers IIT columns, 2: EIT columns, 3: both (a problem); one count per agency and kind
    kind = answered[0].view(np.int8) + 2 * answered[1].view(np.int8)
    per_kind = np.bincount(inverse * 4 + kind, minlength=4 * (size + 1)).reshape(size + 1, 4)
    respondents = (per_kind[:size, 1:3] + per_kind[:size, 3:4]).astype(np.int64)
    if per_kind[:, 3].any():
        problems.cells(
            kind == 3,
            inverse,
            owners,
            ids,
            lambda v: (
                "a row answers both IIT and EIT columns (one row is one respondent of one tool)"
            ),
        )
    _check_agencies(answers, labels, respondents, counts[:size] + spoilt[:size], problems)
    oit_agency = oit_agency_column(oit, agency)
    oit_table = read_oit(framework, oit, oit_agency, problems, known) if oit_numbers else None
    oit_rows = _align_oit(oit_table, labels, problems)

    skipped = problems.settle(on_error)
    kept: slice | NDArray[np.intp] = slice(0, size)  # every agency: views, no copies
    agencies = tuple(labels)
    if skipped:
        rows = [a for a, label in enumerate(labels) if label not in skipped]
        kept, agencies = np.array(rows, dtype=np.intp), tuple(labels[a] for a in rows)
    sums, counts, respondents = sums[kept], counts[kept], respondents[kept]
    per_question = per_question[kept]
    kept_oit = np.asarray(oit_rows, dtype=np.intp)[kept]
    with np.errstate(divide="ignore", invalid="ignore"):
        means = sums / (answers.denominator * counts.astype(np.float64))
    survey = means @ answers.column_to_indicator
    question_scores = means @ answers.column_to_question
    scores = np.zeros((len(agencies), len(plan.numbers)))
    survey_at = [plan.position[n] for n in answers.indicator_numbers]
    scores[:, survey_at] = survey
    oit_at = [plan.position[n] for n in oit_numbers]
    if oit_table is not None:
        scores[:, oit_at] = oit_table.floats[kept_oit]

    def exact(row: int) -> tuple[Fraction, ...]:
        found = answers.exact(sums[row], counts[row])
        if oit_table is not None:
            found.update(zip(oit_numbers, oit_table.exact[int(kept_oit[row])], strict=True))
        return tuple(found[n] for n in plan.numbers)

    oit_items = _oit_items(framework)
    item_scores = None if oit_table is None else oit_table.item_scores

    def exact_questions(row: int) -> dict[str, Fraction]:
        found = answers.question_exact(sums[row], counts[row])
        if item_scores is not None:  # OIT items count where the checklist gave them all
            given = item_scores(int(kept_oit[row]))
            for codes in oit_items:
                if codes and all(code in given for code in codes):
                    found.update((code, given[code]) for code in codes)
        return found

    return ScoreTable(
        framework=framework,
        agencies=agencies,
        scores=scores,
        published_values=publish(
            plan, scores, exact, _fixed(plan, oit_numbers, oit_table, kept_oit)
        ),
        respondents=respondents,
        skipped=skipped,
        exact=exact,
        question_codes=answers.question_codes,
        question_scores=question_scores,
        question_respondents=per_question,
        exact_questions=exact_questions,
        backend=table.backend,
        ignored_columns=found.ignored,
    )


def _items_by_indicator(framework: Rules) -> tuple[tuple[str, ...], ...]:
    """Per OIT indicator (those not scored from answers), the question codes whose shares it
    holds."""
    answers = answer_plan_of(framework)
    shares = question_shares(framework)
    numbers = [n for n in plan_of(framework).numbers if n not in answers.indicator_numbers]
    return tuple(
        tuple(code for code, (number, _) in shares.items() if number == n) for n in numbers
    )


_oit_items = PerFramework(_items_by_indicator)


def _tally(
    answers: AnswerPlan,
    table: Table,
    by_code: Mapping[str, str],
    inverse: NDArray[np.intp],
    bins: int,
    owners: list[Hashable | None],
    problems: Problems,
    what: str,
) -> tuple[
    NDArray[np.int64],
    NDArray[np.int64],
    NDArray[np.int64],
    list[NDArray[np.bool_]],
    NDArray[np.int64],
]:
    """Per agency and column: the sum of points (× the plan's denominator), the answers counted,
    and the bad cells (already reported); which rows answered each survey tool; and per agency
    and question, the respondents who answered it (any of its sub-items)."""
    if len(inverse) * len(answers.codes) <= _SMALL:
        matrix = table.numbers([by_code[code] for code in answers.codes])
        if matrix is not None:
            return _tally_matrix(answers, matrix, table, by_code, inverse, bins, owners, problems)
    sums = np.zeros((bins, len(answers.codes)), dtype=np.int64)
    counts = np.zeros((bins, len(answers.codes)), dtype=np.int64)
    spoilt = np.zeros((bins, len(answers.codes)), dtype=np.int64)
    touched = [np.zeros(len(inverse), dtype=np.int8) for _ in SURVEYS]  # non-zero: answered
    bases: dict[int, NDArray[np.intp]] = {}
    keys = np.empty(len(inverse), dtype=np.intp)
    question_of = {c: q for q, columns in enumerate(answers.questions) for c in columns}
    any_item: dict[int, NDArray[np.bool_]] = {}  # questions with sub-items: who answered any
    wrong_types: list[str] = []
    for c, code in enumerate(answers.codes):
        choices = answers.choices[c]
        native = table.native(by_code[code])
        found = None if native is None else series_offsets(native, answers.lookups[c], choices)
        if found is not None:
            offsets, bad = found
        else:
            cells: Any = table.cells(by_code[code])
            try:
                offsets, bad = choice_offsets(
                    cells.values, answers.lookups[c], choices, cells.blank, cells.coded
                )
            except ColumnTypeError:
                wrong_types.append(f"column {shown(by_code[code])} has dtype {cells.values.dtype}")
                continue
        if bad is not None:
            cells = table.cells(by_code[code]) if found is not None else cells
            problems.cells(bad, inverse, owners, cells, _describe(code, choices))
            spoilt[:, c] = np.bincount(inverse[bad], minlength=bins)
        base = bases.get(choices)
        if base is None:
            base = bases[choices] = inverse * (choices + 1)
        tally = np.bincount(np.add(base, offsets, out=keys), minlength=bins * (choices + 1))
        per_choice = tally.reshape(bins, choices + 1)[:, 1:]
        counts[:, c] = per_choice.sum(axis=1)
        sums[:, c] = per_choice @ answers.points[c, 1 : choices + 1]
        tool = touched[SURVEYS.index(answers.tools[c])]
        np.bitwise_or(tool, offsets, out=tool)
        if bad is not None:
            tool |= bad.view(np.int8)
        q = question_of[c]
        if len(answers.questions[q]) > 1:
            given = offsets > 0
            any_item[q] = given | any_item[q] if q in any_item else given
    if wrong_types:
        raise ScoringError(
            f"cannot score {what}: {'; '.join(wrong_types)} (expected choice numbers, labels"
            " or blanks)",
            value=wrong_types[0],
        )
    per_question = np.zeros((bins, len(answers.questions)), dtype=np.int64)
    for q, columns in enumerate(answers.questions):
        if q in any_item:
            per_question[:, q] = np.bincount(inverse[any_item[q]], minlength=bins)
        else:
            per_question[:, q] = counts[:, columns[0]]
    answered = [tool.astype(np.bool_) for tool in touched]
    return sums, counts, spoilt, answered, per_question


_SMALL = 1 << 18
"""Tables of at most this many answer cells are tallied as one matrix, not column by column."""


def _tally_matrix(
    answers: AnswerPlan,
    matrix: NDArray[np.float64],
    table: Table,
    by_code: Mapping[str, str],
    inverse: NDArray[np.intp],
    bins: int,
    owners: list[Hashable | None],
    problems: Problems,
) -> tuple[
    NDArray[np.int64],
    NDArray[np.int64],
    NDArray[np.int64],
    list[NDArray[np.bool_]],
    NDArray[np.int64],
]:
    """:func:`_tally` of a small table of numbers (a row per answer column, as
    :meth:`~itakit.scoring._columns.Table.numbers` reads it), every column at once (the same
    results)."""
    width, most = answers.points.shape
    narrow = answers.offset_type
    with np.errstate(invalid="ignore", over="ignore"):
        whole = matrix.astype(narrow)  # a blank, or a number past the type: no match below
    ok = whole == matrix
    ok &= whole.view(answers.choice_counts.dtype) < answers.choice_counts
    offsets = whole + narrow(1)
    offsets *= ok
    bad = ~ok
    bad &= matrix == matrix  # not a blank (NaN)
    given = offsets > 0
    keys = offsets + answers.key_base  # wide: one bin per agency, column and offset
    if bins > 2 or inverse.any():
        keys += inverse * (width * most)
    tally = np.bincount(keys.ravel(), minlength=bins * width * most).reshape(bins, width, most)
    counts = tally[:, :, 1:].sum(axis=2)
    sums = (tally * answers.points).sum(axis=2)
    spoilt = np.zeros((bins, width), dtype=np.int64)
    if bad.any():
        for c in np.flatnonzero(bad.any(axis=1)).tolist():
            code = answers.codes[c]
            cells: Any = table.cells(by_code[code])
            problems.cells(bad[c], inverse, owners, cells, _describe(code, answers.choices[c]))
            spoilt[:, c] = np.bincount(inverse[bad[c]], minlength=bins)
    touched = given | bad
    answered = [touched[columns].any(axis=0) for columns in answers.tool_columns]
    if not answers.multiple:  # a column per question, in order: its respondents are its answers
        return sums, counts, spoilt, answered, counts
    per_question = np.zeros((bins, len(answers.questions)), dtype=np.int64)
    per_question[:, answers.single] = counts[:, answers.single_columns]
    for q, columns in answers.multiple:
        who = given[columns].any(axis=0)
        per_question[:, q] = np.bincount(inverse[who], minlength=bins)
    return sums, counts, spoilt, answered, per_question


def _check_agencies(
    answers: AnswerPlan,
    labels: list[Any],
    respondents: NDArray[np.int64],
    counts: NDArray[np.int64],
    problems: Problems,
) -> None:
    """Every agency needs respondents for each survey tool, and an answer to every column.

    *counts* include cells already reported as bad, so that one problem is not reported twice.
    """
    if not respondents.all():
        for t, tool in enumerate(SURVEYS):
            if tool not in answers.tools:
                continue  # an edition without questions for this tool asks for no respondents
            for a in np.flatnonzero(respondents[:, t] == 0).tolist():
                problems.add(labels[a], f"no {tool.value} respondents", 0)
    if counts.all():
        return
    empty = (counts == 0) & (respondents[:, answers.tool_index] > 0)
    for a in np.flatnonzero(empty.any(axis=1)).tolist():
        codes = [answers.codes[c] for c in np.flatnonzero(empty[a]).tolist()]
        problems.add(labels[a], f"no answers to {code_runs(codes)}", codes)


def _fixed(
    plan: Plan, numbers: tuple[int, ...], oit: OITTable | None, rows: NDArray[np.intp]
) -> dict[int, Ratios]:
    """The OIT indicators whose exact scores are integers over one denominator, by position."""
    if oit is None or not oit.fixed:
        return {}
    return {
        plan.position[number]: (found[0][rows], found[1])
        for number, found in zip(numbers, oit.fixed, strict=True)
        if found is not None
    }


def _align_oit(oit: OITTable | None, labels: list[Any], problems: Problems) -> list[int]:
    """For each agency of the answers, its row in the OIT table (a problem where it has none)."""
    if oit is None:
        return [0] * len(labels)
    rows = []
    for label in labels:
        row = oit.row(label)
        if row is None:
            problems.add(label, "no OIT scores (oit= has no entry for this agency)")
            row = 0
        rows.append(row)
    return rows  # OIT scores of agencies without answers are not used (a national table is fine)
