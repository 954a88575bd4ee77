"""A long table of answers (agency, respondent, question, answer) as the wide table it stands for.

One row per answer, as a database or KoboToolbox's long export has them,
becomes one row per respondent with one column per answer code.  Respondents
are told apart by agency and respondent id together; the question column
holds codes in any form (or, where the edition has them, the questions'
texts).  Vectorised: the rows are factorised once, each code's answers put in
place with one fancy assignment.

>>> import numpy as np
>>> from itakit.scoring._columns import read_table
>>> table = read_table({"agency": ["ก", "ก", "ก"], "respondent": [1, 1, 2],
...                     "question": ["i1", "ข้อ i2", "I1"], "answer": [3, 2, 1]})
>>> wide = widen(table, agency="agency", respondent="respondent", question="question",
...              answer="answer", codes={"i1": 0, "i2": 1}, texts={}, what="the answers")
>>> {name: column.tolist() for name, column in wide.items()}
{'agency': ['ก', 'ก'], 'i1': [3, 1], 'i2': [2, None]}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import NDArray

from itakit.errors import ScoringError
from itakit.scoring._columns import Table
from itakit.scoring._factorize import factorize
from itakit.scoring._headers import header_code, text_key

__all__ = ["widen"]

_SHOWN = 10


def _ids(table: Table, name: str, what: str) -> tuple[list[Any], NDArray[np.intp], Any]:
    values, blank = table.column(name)
    try:
        return factorize(values, blank)
    except TypeError as error:
        raise ScoringError(f"cannot score {what}: column {name!r}: {error}", value=name) from None


def widen(
    table: Table,
    *,
    agency: str,
    respondent: str,
    question: str,
    answer: str,
    codes: Mapping[str, int],
    texts: Mapping[str, tuple[str, ...]],
    what: str,
) -> dict[str, NDArray[Any]]:
    """The wide columns (*agency* and one per code of *codes* that is answered) of a long table."""
    labels, inverse, no_agency = _ids(table, agency, what)
    people, person, no_person = _ids(table, respondent, what)
    if no_person is not None and no_person.any():
        rows = (np.flatnonzero(no_person) + 1).tolist()
        raise ScoringError(
            f"cannot score {what}: {len(rows)} rows without a respondent in column"
            f" {respondent!r} (rows {', '.join(map(str, rows[:_SHOWN]))})",
            value=rows,
        )
    if no_agency is not None:
        inverse = np.where(no_agency, len(labels), inverse)
    keys = inverse.astype(np.int64) * (len(people) + 1) + person
    _, first, row_of = np.unique(keys, return_index=True, return_inverse=True)
    ids, _ = table.column(agency)
    agencies = np.asarray(ids, dtype=object)[first]
    if no_agency is not None:
        agencies[no_agency[first]] = None

    names, which, blank_question = _ids(table, question, what)
    found: list[str | None] = []
    unknown: list[str] = []
    for name in names:
        code = header_code(name)
        if code is None or code not in codes:
            matches = texts.get(text_key(str(name)), ())
            code = matches[0] if len(matches) == 1 else code
        if code is None or code not in codes:
            unknown.append(repr(name))
            found.append(None)
        else:
            found.append(code)
    if unknown:
        raise ScoringError(
            f"cannot score {what}: column {question!r} names questions the edition does not"
            f" ask: {', '.join(unknown[:_SHOWN])}{' …' if len(unknown) > _SHOWN else ''}",
            value=unknown,
        )
    if blank_question is not None and blank_question.any():
        rows = (np.flatnonzero(blank_question) + 1).tolist()
        raise ScoringError(
            f"cannot score {what}: {len(rows)} rows without a question in column {question!r}"
            f" (rows {', '.join(map(str, rows[:_SHOWN]))})",
            value=rows,
        )
    values, blank = table.column(answer)
    cells = np.asarray(values, dtype=object)
    if blank is not None:
        cells = cells.copy()
        cells[blank] = None
    wide: dict[str, NDArray[Any]] = {agency: agencies}
    code_of = np.array([codes[code] if code is not None else -1 for code in found], dtype=np.intp)
    position = code_of[which]
    twice: list[str] = []
    for code in sorted({code for code in found if code is not None}, key=codes.__getitem__):
        at = np.flatnonzero(position == codes[code])
        targets = row_of[at]
        counts = np.bincount(targets, minlength=len(first))
        if (counts > 1).any():
            twice.append(code)
            continue
        column = np.full(len(first), None, dtype=object)
        column[targets] = cells[at]
        wide[code] = column
    if twice:
        raise ScoringError(
            f"cannot score {what}: a respondent answers {', '.join(twice[:_SHOWN])} more than"
            f" once (one row per respondent and question; column {respondent!r} tells"
            " respondents apart)",
            value=twice,
        )
    return wide
