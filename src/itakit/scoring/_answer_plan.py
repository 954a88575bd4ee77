"""What a framework asks of a table of answers: its columns, their points, and how they average.

Built once per framework.  Points are held as integers over one common
denominator (``3`` for thirds of 100), so per-agency sums of points are exact
integers on the fast path too.

Order of the means (**inferred**; the reference calls the official order
unknown): an answer column's score is the mean of the points of the
respondents who answered it (a blank is left out, never scored 0); a question
with sub-items scores the plain mean of its sub-items' scores; an indicator
scores the plain mean of its questions' scores.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import attrs
import numpy as np
from numpy.typing import NDArray

from itakit._limits import DIGITS
from itakit.rules.framework import Rules
from itakit.rules.tools import Tool
from itakit.scoring._choices import choice_labels
from itakit.scoring._columns import run_slice
from itakit.scoring._memo import PerFramework
from itakit.text import normalize
from itakit.thai import to_arabic_digits

__all__ = ["AnswerPlan", "answer_plan_of", "column_code"]

SURVEYS = (Tool.IIT, Tool.EIT)
"""The tools whose scores come from respondents' answers."""

_COLUMN = re.compile(rf"([ieo])\s*0*({DIGITS})(?:\.0*({DIGITS}))?")


def column_code(name: str) -> str | None:
    """The canonical code of an answer column's name (``"I๗"`` → ``"i7"``), or None.

    >>> column_code("I๗"), column_code("i11.2"), column_code("agency")
    ('i7', 'i11.2', None)
    """
    match = _COLUMN.fullmatch(to_arabic_digits(normalize(name)).lower())
    if match is None or int(match[2]) == 0:
        return None
    code = f"{match[1]}{int(match[2])}"
    return code if match[3] is None else f"{code}.{int(match[3])}"


@attrs.frozen(eq=False)
class AnswerPlan:
    """The answer columns of one framework's survey tools, and how they roll up into indicators."""

    codes: tuple[str, ...]
    """Answer columns (questions, or their sub-items), in the framework's order."""
    position: Mapping[str, int]
    tools: tuple[Tool, ...]
    """Each column's tool."""
    choices: tuple[int, ...]
    """Each column's number of choices."""
    lookups: tuple[Mapping[object, int], ...]
    """Each column's cell values → offsets (see :mod:`itakit.scoring._choices`)."""
    denominator: int
    questions: tuple[tuple[int, ...], ...]
    """Per question, its columns."""
    indicators: tuple[tuple[int, ...], ...]
    """Per indicator scored from answers, its questions."""
    indicator_numbers: tuple[int, ...]
    unscorable: tuple[int, ...]
    """Survey indicators this edition lists no questions for."""
    oit_codes: frozenset[str]
    column_to_indicator: NDArray[np.float64]
    """(columns, indicators): column scores @ it = indicator scores."""

    parts: tuple[tuple[tuple[int, int], ...], ...]
    """Per indicator, its columns and each one's share divisor (questions × the question's items)."""
    question_codes: tuple[str, ...]
    """The survey questions, in the framework's order; :attr:`questions` gives their columns."""
    column_to_question: NDArray[np.float64]
    """(columns, questions): column scores @ it = question scores (the mean of its sub-items)."""
    points: NDArray[np.int64]
    """(columns, most choices + 1): each column's points by choice offset (offset 0, a blank, is
    0), times :attr:`denominator`: a tally by offset @ it = the sum of points."""
    choice_counts: NDArray[np.unsignedinteger[Any]]
    """(columns, 1): each column's number of choices, unsigned (a negative choice, read
    unsigned, is past every count), of the width of :attr:`offset_type`."""
    offset_type: type[np.signedinteger[Any]]
    """The narrowest integer type that holds every choice offset (int8 for scales of up to 126
    choices): the answers are read into it."""
    key_base: NDArray[np.intp]
    """(columns, 1): where each column's counts start in a tally of one agency (column ×
    (most choices + 1))."""
    tool_index: NDArray[np.intp]
    """Each column's tool, as its index in :data:`SURVEYS`."""
    single: NDArray[np.intp]
    """The questions of one column each (their respondents are that column's answer count)."""
    single_columns: NDArray[np.intp]
    """The column of each of :attr:`single`."""
    multiple: tuple[tuple[int, list[int]], ...]
    """The questions of more than one column (sub-items), each with its columns."""
    tool_columns: tuple[slice | NDArray[np.intp], ...]
    """Per tool of :data:`SURVEYS`, its columns (a slice when they follow one another)."""

    def exact(self, sums: NDArray[np.int64], counts: NDArray[np.int64]) -> dict[int, Fraction]:
        """One agency's exact indicator scores from its per-column point sums and answer counts.

        An indicator is ``Σ sum_c / (denominator × count_c × divisor_c)`` over its
        columns: the means of means above, in integers over one common denominator.
        """
        found: dict[int, Fraction] = {}
        point_sums, answer_counts = sums.tolist(), counts.tolist()
        for number, parts in zip(self.indicator_numbers, self.parts, strict=True):
            divisors = [divisor * answer_counts[c] for c, divisor in parts]
            common = math.lcm(*divisors)
            numerator = sum(
                point_sums[c] * (common // d) for (c, _), d in zip(parts, divisors, strict=True)
            )
            found[number] = Fraction(numerator, common * self.denominator)
        return found

    def question_exact(
        self, sums: NDArray[np.int64], counts: NDArray[np.int64]
    ) -> dict[str, Fraction]:
        """One agency's exact question scores: each the mean of its columns' means.

        A column nobody answered adds nothing (its agency has a problem and is not scored).
        """
        point_sums, answer_counts = sums.tolist(), counts.tolist()
        found: dict[str, Fraction] = {}
        for code, columns in zip(self.question_codes, self.questions, strict=True):
            if len(columns) == 1:
                c = columns[0]
                found[code] = Fraction(point_sums[c], (answer_counts[c] or 1) * self.denominator)
                continue
            # the mean of the columns' means, in integers over their common denominator
            common = math.lcm(*(answer_counts[c] or 1 for c in columns))
            numerator = sum(point_sums[c] * (common // (answer_counts[c] or 1)) for c in columns)
            found[code] = Fraction(numerator, common * len(columns) * self.denominator)
        return found


def _build(framework: Rules) -> AnswerPlan:
    survey = [q for q in framework.questions if q.tool in SURVEYS]
    items = [(question, item) for question in survey for item in question.items]
    denominator = math.lcm(*(p.denominator for _, item in items for p in item.points))
    narrow = all(len(item.points) < 127 for _, item in items)  # offsets (choice + 1) fit int8
    numbers = tuple(
        i.number for i in framework.indicators if i.tool in SURVEYS and framework.questions_of(i)
    )
    unscorable = tuple(
        i.number
        for i in framework.indicators
        if i.tool in SURVEYS and not framework.questions_of(i)
    )
    codes = tuple(item.code for _, item in items)
    question_codes = [q.code for q in survey]
    questions = tuple(
        tuple(c for c, (q, _) in enumerate(items) if q.code == code) for code in question_codes
    )
    indicators = tuple(
        tuple(k for k, q in enumerate(survey) if q.indicator.number == number) for number in numbers
    )
    matrix = np.zeros((len(codes), len(numbers)))
    for i, qs in enumerate(indicators):
        for q in qs:
            for c in questions[q]:
                matrix[c, i] += 1 / (len(qs) * len(questions[q]))
    by_question = np.zeros((len(codes), len(questions)))
    for q, columns in enumerate(questions):
        by_question[list(columns), q] = 1 / len(columns)
    numerators = tuple(tuple(int(p * denominator) for p in item.points) for _, item in items)
    points = np.zeros((len(codes), max(map(len, numerators), default=0) + 1), dtype=np.int64)
    for c, row in enumerate(numerators):
        points[c, 1 : 1 + len(row)] = row
    single = [q for q, columns in enumerate(questions) if len(columns) == 1]
    return AnswerPlan(
        codes=codes,
        position={code: c for c, code in enumerate(codes)},
        tools=tuple(q.tool for q, _ in items),
        choices=tuple(len(item.points) for _, item in items),
        lookups=tuple(choice_labels(q.scale) for q, _ in items),
        denominator=denominator,
        questions=questions,
        indicators=indicators,
        indicator_numbers=numbers,
        unscorable=unscorable,
        oit_codes=frozenset(
            item.code for q in framework.questions if q.tool is Tool.OIT for item in q.items
        ),
        column_to_indicator=matrix,
        parts=tuple(
            tuple((c, len(qs) * len(questions[q])) for q in qs for c in questions[q])
            for qs in indicators
        ),
        question_codes=tuple(question_codes),
        column_to_question=by_question,
        points=points,
        choice_counts=np.array(
            [[len(item.points)] for _, item in items],
            dtype=np.uint8 if narrow else np.uintp,
        ),
        offset_type=np.int8 if narrow else np.intp,
        key_base=np.arange(len(items), dtype=np.intp)[:, None] * points.shape[1],
        tool_index=np.array([SURVEYS.index(q.tool) for q, _ in items], dtype=np.intp),
        single=np.array(single, dtype=np.intp),
        single_columns=np.array([questions[q][0] for q in single], dtype=np.intp),
        multiple=tuple(
            (q, list(columns)) for q, columns in enumerate(questions) if len(columns) > 1
        ),
        tool_columns=tuple(
            _run([c for c, (q, _) in enumerate(items) if q.tool is tool]) for tool in SURVEYS
        ),
    )


def _run(columns: list[int]) -> slice | NDArray[np.intp]:
    """*columns* as a slice if they follow one another, else as an index array."""
    found = run_slice(columns)
    return np.array(columns, dtype=np.intp) if found is None else found


answer_plan_of = PerFramework(_build)
"""The :class:`AnswerPlan` of a framework, built on first use."""
