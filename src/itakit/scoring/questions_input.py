"""One agency scored from its question scores, as the ITAS result page shows them.

:func:`score_questions` takes what an official holds: each question's score
(``"i1": 92.41``, ``"e15": 88.10``), each OIT item found or not
(``"o1": True``), and, where the edition lists no OIT items, indicator 9 and
10 themselves (``9: 92.5``) or their sub-indicators (``"9.1": 100``).  An
indicator scores exactly the mean its edition makes of its questions: the
plain mean for a survey indicator, the mean of the sub-indicators' shares of
items present for OIT (see :mod:`itakit.scoring._shares`).  The card keeps
the question scores, so that :meth:`~itakit.scoring.ScoreCard.costly_questions`,
gaps and question-level what-ifs (:func:`what_if_questions`) work from them.

Codes may be written as reports write them (``I๑๐``, ``ข้อ i10``, ``i๑๐``).
Every problem (a missing question, an unknown code, a code of another
edition, a score outside 0–100) is reported at once, in one
:class:`~itakit.errors.ScoringError` whose ``.problems`` lists them.

>>> import itakit
>>> fw = itakit.framework(2567)
>>> scores = {f"i{k}": 90 for k in range(1, 16) if k != 10} | {f"e{k}": 80 for k in range(1, 16)}
>>> card = score_questions(fw, {**scores, "ข้อ i๑๐": 60, 9: 95, 10: 90})
>>> card.indicator_scores[4], card.total
(Decimal('80.00'), Decimal('87.40'))
>>> card.what_if({"i10": 90}).indicator_scores[4]
Decimal('90.00')
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping
from fractions import Fraction
from typing import Any

import numpy as np

from itakit.codes import canonical_code
from itakit.errors import InputTypeError, ItakitError, ScoringError
from itakit.rules.framework import Rules
from itakit.rules.indicators import Question
from itakit.rules.tools import Tool
from itakit.scoring._batch import publish
from itakit.scoring._choices import choice_labels, is_blank
from itakit.scoring._exact import exact_text, read_score
from itakit.scoring._problems import OnError, Problems, check_on_error
from itakit.scoring._read import code_runs, indicator_number, span
from itakit.scoring._rows import records
from itakit.scoring._shares import question_shares
from itakit.scoring.card import ScoreCard
from itakit.scoring.table import ScoreTable
from itakit.scoring.weighting import plan_of
from itakit.text import normalize
from itakit.thai import to_arabic_digits

__all__ = [
    "names_a_question",
    "read_key",
    "score_question_table",
    "score_questions",
    "what_if_questions",
]

_PREFIX = re.compile(
    r"^(?:ข้อที่|ข้อ|คำถามที่|คำถาม|ตัวชี้วัดที่|ตัวชี้วัด|ตัวชี้วัดย่อยที่|question|indicator|item|no\.?)\s*",
    re.IGNORECASE,
)
_SUB = re.compile(r"(\d+)\.(\d+)")
_SUB_ITEM = re.compile(r"([ieo])\s*(\d+)\.(\d+)", re.IGNORECASE)


def read_key(key: object) -> tuple[str, str | int] | None:
    """What one key of a question-score mapping names, or None if it names nothing.

    Kinds: ``"question"`` (canonical code), ``"indicator"`` (its number),
    ``"sub"`` (a sub-indicator such as ``"9.1"``) and ``"subitem"``
    (``"i1.2"``, which this input does not take).

    >>> read_key("ข้อ I๑๐"), read_key(9), read_key("ตัวชี้วัดที่ ๙"), read_key("9.1")
    (('question', 'i10'), ('indicator', 9), ('indicator', 9), ('sub', '9.1'))
    >>> read_key("i1.2"), read_key("agency")
    (('subitem', 'i1.2'), None)
    """
    number = indicator_number(key)
    if number is not None:
        return ("indicator", number)
    if not isinstance(key, str):
        return None
    text = _PREFIX.sub("", to_arabic_digits(normalize(key)).strip()).strip()
    number = indicator_number(text)
    if number is not None:
        return ("indicator", number)
    sub = _SUB.fullmatch(text)
    if sub is not None:
        return ("sub", f"{int(sub[1])}.{int(sub[2])}")
    item = _SUB_ITEM.fullmatch(text)
    if item is not None:
        return ("subitem", f"{item[1].lower()}{int(item[2])}.{int(item[3])}")
    try:
        return ("question", canonical_code(text))
    except ItakitError:
        return None


def names_a_question(key: object) -> bool:
    """Whether *key* names a question (or a sub-item) rather than an indicator.

    >>> names_a_question("ข้อ i๑๐"), names_a_question(9), names_a_question("9")
    (True, False, False)
    """
    kind = read_key(key)
    return kind is not None and kind[0] in ("question", "subitem")


def _other_editions(framework: Rules, code: str) -> str:
    """Where a code the framework lacks is found: the shipped editions that list it."""
    from itakit.rules.registry import edition_years, shipped

    years = [
        year
        for year in edition_years()
        if year != framework.fiscal_year.year and shipped(year).has_question(code)
    ]
    codes = [q.code for q in framework.questions if q.code[0] == code[0]]
    tool = Tool.from_code(code)
    kind = "items" if tool is Tool.OIT else "questions"
    own = (
        f"its {tool.value} {kind} are {code_runs(codes)}"
        if codes
        else f"it lists no {tool.value} {kind}"
    )
    if years:
        where = span(tuple(years)).replace(", ", ", FY ")
        return (
            f"{code} is a code of FY {where}, not of FY {framework.fiscal_year}"
            f" ({own}): score it with itakit.framework({years[-1]}), or check the code"
        )
    return f"FY {framework.fiscal_year} has no question {code} ({own})"


def _item_score(question: Question, value: object) -> Fraction:
    """An OIT item's points: True/False, มี/ไม่มี, or one of its points as a number (0 or 100)."""
    item = question.items[0]
    points = item.points
    if isinstance(value, bool):
        if len(points) == 2:
            return points[int(value)]
    elif isinstance(value, str) and not to_arabic_digits(value.strip()).replace(".", "").isdigit():
        offset = choice_labels(question.scale).get(normalize(value))
        if offset:
            return points[offset - 1]
    else:
        try:
            score = read_score(value)
        except ItakitError:
            score = None
        if score in points:
            return score
    labels = " or ".join(c.label_th for c in reversed(question.scale.choices))
    allowed = " or ".join(exact_text(p) for p in sorted(set(points), reverse=True))
    raise ScoringError(
        f"{question.code} is {value!r}: an OIT item is {labels} (True/False, or {allowed})",
        value=value,
    )


class _Reading:
    """The problems found while reading one agency's scores, reported together."""

    def __init__(self, framework: Rules) -> None:
        self.framework = framework
        self.problems: list[str] = []
        self.values: list[object] = []
        self.bad: set[str] = set()
        """Codes given with a value that could not be read (reported, so not missing)."""

    def add(self, message: str, value: object) -> None:
        self.problems.append(message)
        self.values.append(value)

    def check(self, what: str) -> None:
        if self.problems:
            raise ScoringError(
                f"cannot score FY {self.framework.fiscal_year} from {what}: "
                + "; ".join(self.problems),
                value=self.values[0],
                problems=tuple(self.problems),
            )


def _read(
    framework: Rules, scores: Mapping[Any, object], *, any_indicator: bool, what: str
) -> tuple[dict[int, Fraction], dict[str, Fraction]]:
    """Indicator scores and question scores from one mapping, or one error listing every problem.

    *any_indicator* lets any indicator be given by its own score; otherwise
    only an OIT indicator, or one whose edition lists no questions, may be.
    """
    if not isinstance(scores, Mapping):
        raise InputTypeError(
            "question scores must be a mapping of question code to score, such as"
            f" {{'i1': 92.41, 'o1': True}} (got {type(scores).__name__})",
            value=scores,
        )
    shares = question_shares(framework)
    by_number = {indicator.number: indicator for indicator in framework.indicators}
    reading = _Reading(framework)
    questions: dict[str, Fraction] = {}
    direct: dict[int, Fraction] = {}
    subs: dict[str, Fraction] = {}
    seen: dict[str, object] = {}
    for key, value in scores.items():
        kind = read_key(key)
        if kind is None:
            reading.add(
                f"{key!r} is not a question code (expected codes such as 'i10', 'e๘', 'ข้อ o33',"
                " or an indicator number)",
                key,
            )
            continue
        what_kind, name = kind
        label = str(name)
        if label in seen:
            reading.add(f"{label} is given twice (as {seen[label]!r} and {key!r})", key)
            continue
        seen[label] = key
        if what_kind == "subitem":
            question = label.split(".")[0]
            reading.add(
                f"{key!r} is a sub-item: give the score of question {question} (the mean of its"
                " sub-items, as the result page shows it)",
                key,
            )
        elif what_kind == "question":
            _question(framework, reading, questions, label, value, shares)
        elif what_kind == "indicator":
            assert isinstance(name, int)
            _indicator(framework, reading, direct, name, value, any_indicator, shares)
        else:
            number = int(label.split(".")[0])
            indicator = by_number.get(number)
            if indicator is None or label not in {s.code for s in indicator.sub_indicators}:
                reading.add(f"FY {framework.fiscal_year} has no sub-indicator {label}", key)
                continue
            try:
                subs[label] = read_score(value)
            except ItakitError as error:
                reading.add(f"{label}: {error}", value)
    indicators = _combine(framework, reading, questions, direct, subs, shares)
    reading.check(what)
    return indicators, questions


def _question(
    framework: Rules,
    reading: _Reading,
    questions: dict[str, Fraction],
    code: str,
    value: object,
    shares: Mapping[str, tuple[int, Fraction]],
) -> None:
    if not framework.has_question(code):
        reading.add(_other_editions(framework, code), code)
        return
    question = framework.question(code)
    if code not in shares:
        reading.add(
            f"{code}: FY {framework.fiscal_year} does not list every item of indicator"
            f" {question.indicator.number}, so it is scored from its own score"
            f" ({question.indicator.number}: 0–100), not from items",
            code,
        )
        return
    try:
        if question.tool is Tool.OIT:
            questions[code] = _item_score(question, value)
        else:
            questions[code] = read_score(value)
    except ItakitError as error:
        reading.bad.add(code)
        reading.add(error.message if question.tool is Tool.OIT else f"{code}: {error}", value)


def _indicator(
    framework: Rules,
    reading: _Reading,
    direct: dict[int, Fraction],
    number: int,
    value: object,
    any_indicator: bool,
    shares: Mapping[str, tuple[int, Fraction]],
) -> None:
    numbers = [indicator.number for indicator in framework.indicators]
    if number not in numbers:
        reading.add(
            f"unknown indicator {number} (FY {framework.fiscal_year} has indicators"
            f" {span(tuple(numbers))})",
            number,
        )
        return
    indicator = framework.indicator(number)
    own = [code for code, (n, _) in shares.items() if n == number]
    if own and not any_indicator and indicator.tool is not Tool.OIT:
        reading.add(
            f"indicator {number} is scored from its questions {code_runs(own)}: give those"
            " (or score indicator values with fw.score_indicators)",
            number,
        )
        return
    try:
        direct[number] = read_score(value)
    except ItakitError as error:
        reading.add(f"indicator {number}: {error}", value)


def _combine(
    framework: Rules,
    reading: _Reading,
    questions: Mapping[str, Fraction],
    direct: Mapping[int, Fraction],
    subs: Mapping[str, Fraction],
    shares: Mapping[str, tuple[int, Fraction]],
) -> dict[int, Fraction]:
    """Each indicator's exact score from the one way it was given; missing questions all at once."""
    indicators: dict[int, Fraction] = {}
    missing: list[str] = []
    for indicator in framework.indicators:
        number = indicator.number
        own = [code for code, (n, _) in shares.items() if n == number]
        given_questions = [code for code in own if code in questions]
        own_subs = [sub.code for sub in indicator.sub_indicators]
        given_subs = [code for code in own_subs if code in subs]
        ways = [
            way
            for way, present in (
                ("its questions", given_questions),
                ("its sub-indicators", given_subs),
                ("its own score", number in direct),
            )
            if present
        ]
        if len(ways) > 1:
            reading.add(
                f"indicator {number} is given more than one way ({' and '.join(ways)}): give one",
                number,
            )
            continue
        if given_questions or (not ways and own):
            lacking = [code for code in own if code not in questions and code not in reading.bad]
            if lacking or any(code in reading.bad for code in own):
                missing.extend(lacking)
                continue
            indicators[number] = sum(
                (shares[code][1] * questions[code] for code in own), Fraction(0)
            )
        elif given_subs:
            lacking = [code for code in own_subs if code not in subs]
            if lacking:
                reading.add(
                    f"indicator {number}: sub-indicators {', '.join(lacking)} missing", lacking
                )
                continue
            indicators[number] = sum((subs[code] for code in own_subs), Fraction(0)) / len(own_subs)
        elif number in direct:
            indicators[number] = direct[number]
        else:
            ways_in = f"{number}: 0–100" + (
                f", or its sub-indicators {own_subs[0]}–{own_subs[-1]}" if own_subs else ""
            )
            reading.add(
                f"indicator {number} is missing: FY {framework.fiscal_year} lists no questions"
                f" for it, so give its score ({ways_in})",
                number,
            )
    if missing:
        plural = "s" if len(missing) > 1 else ""
        reading.add(
            f"question{plural} {code_runs(missing)} missing (an indicator is the mean of all"
            " its questions: give every one of them)",
            missing,
        )
    return indicators


def score_questions(
    framework: Rules,
    scores: Mapping[Any, object],
    *,
    agency: str | int | None = None,
    respondents: Mapping[Tool, int] | Mapping[str, int] | None = None,
) -> ScoreCard:
    """Score one agency from its question scores (0–100) and OIT items, exactly.

    *scores* maps each question code of *framework* to its score (a number
    0–100, read as :func:`~itakit.score_indicators` reads numbers) and each
    OIT item it lists to ``True``/``False``, ``"มี"``/``"ไม่มี"`` or its
    points (``100``/``0``).  An OIT indicator may instead be given by its
    score (``9: 92.5``) or its sub-indicators (``"9.1": 100``): the only way
    where an edition lists no OIT items.  Codes are read in any form
    (``"I๑๐"``, ``"ข้อ i10"``).

    >>> import itakit
    >>> fw = itakit.framework(2564)
    >>> scores = {f"i{k}": 90 for k in range(1, 31)} | {f"e{k}": 85 for k in range(1, 16)}
    >>> items = {f"o{k}": k != 1 for k in range(1, 44)}
    >>> card = score_questions(fw, scores | items, agency="ก")
    >>> card.indicator_scores[9], card.total
    (Decimal('97.78'), Decimal('92.06'))
    >>> score_questions(fw, {**scores, **items, "i30": 101, "i25": None, "i40": 1, "o2": 50})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score FY 2564 from question scores: i25: None is not a score (expected a number from 0 to 100); i30: 101 is outside 0–100; o2 is 50: an OIT item is มี or ไม่มี (True/False, or 100 or 0); FY 2564 has no question i40 (its IIT questions are i1–i30)
    """
    indicators, questions = _read(framework, scores, any_indicator=False, what="question scores")
    return ScoreCard(
        framework=framework,
        indicator_scores_exact=indicators,
        agency=agency,
        respondents=respondents,
        question_scores=questions or None,
    )


def _state(card: ScoreCard) -> dict[Any, object]:
    """A card's inputs as one mapping: its question scores, and the indicators it has none for."""
    shares = question_shares(card.framework)
    state: dict[Any, object] = dict(card.question_scores or {})
    covered = {shares[code][0] for code in state}
    for number, score in card.indicator_scores_exact.items():
        if number not in covered:
            state[number] = score
    return state


def what_if_questions(card: ScoreCard, changes: Mapping[Any, object]) -> ScoreCard:
    """A NEW card with some question scores (or indicator scores) changed; *card* is unchanged.

    A question's indicator is scored again from all its questions, so the
    card must hold that indicator's question scores (a card from
    :func:`score_questions` or from raw answers).  An indicator given by its
    own number replaces its questions (they no longer hold).

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> scores = {f"i{k}": 90 for k in range(1, 16)} | {f"e{k}": 80 for k in range(1, 16)}
    >>> card = score_questions(fw, {**scores, 9: 95, 10: 90})
    >>> better = what_if_questions(card, {"i10": 99, "i๑๑": 99, "ข้อ i12": 99})
    >>> better.indicator_scores[4], better.total, card.total
    (Decimal('99.00'), Decimal('88.54'), Decimal('88.00'))
    >>> what_if_questions(itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 80)), {"i10": 95})
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot change i10: this card has no question scores for indicator 4 (it was scored from indicator values); score it with fw.score_questions to ask question-level what-ifs
    """
    if not isinstance(changes, Mapping):
        raise InputTypeError(
            "what-if changes must be a mapping such as {'i10': 95} or {9: 90}"
            f" (got {type(changes).__name__})",
            value=changes,
        )
    framework = card.framework
    shares = question_shares(framework)
    state = _state(card)
    for key, value in changes.items():
        kind = read_key(key)
        if kind is not None and kind[0] == "question" and kind[1] in shares:
            code = str(kind[1])
            number = shares[code][0]
            if number in state:
                raise ScoringError(
                    f"cannot change {code}: this card has no question scores for indicator"
                    f" {number} (it was scored from indicator values); score it with"
                    " fw.score_questions to ask question-level what-ifs",
                    value=key,
                )
            state[code] = value
        elif kind is not None and kind[0] == "indicator" and isinstance(kind[1], int):
            number = kind[1]
            for code in [c for c in state if isinstance(c, str) and shares[c][0] == number]:
                del state[code]
            state[number] = value
        else:
            state[key] = value  # reported by the reading below
    indicators, questions = _read(framework, state, any_indicator=True, what="these changes")
    return ScoreCard(
        framework=framework,
        indicator_scores_exact=indicators,
        agency=card.agency,
        respondents=card.respondents,
        question_scores=questions or None,
        question_respondents=card.question_respondents,
    )


def score_question_table(
    framework: Rules,
    table: object,
    *,
    agency_column: str = "agency",
    on_error: OnError = "raise",
) -> ScoreTable:
    """Score many agencies from their question scores, one row per agency.

    *table* is a list of mappings, a dict of columns, or a pandas or polars
    DataFrame, with an *agency_column* and the columns
    :func:`score_questions` takes (``i1`` …, ``e1`` …, ``o1`` … or ``9``,
    ``10``); blank cells are left out.  Each card is exact and keeps its
    question scores.  Every problem is reported at once; with
    ``on_error="skip"`` the agencies that have one are left out and listed in
    ``.skipped``.

    >>> import itakit
    >>> fw = itakit.framework(2567)
    >>> row = {f"i{k}": 90 for k in range(1, 16)} | {f"e{k}": 80 for k in range(1, 16)}
    >>> table = score_question_table(fw, [{"agency": "ข", **row, 9: 95, 10: 90},
    ...                                   {"agency": "ก", **row, 9: 85, 10: 90}])
    >>> [(card.agency, card.total) for card in table]
    [('ก', Decimal('86.00')), ('ข', Decimal('88.00'))]
    >>> table.card("ก").question_scores["i1"]
    Fraction(90, 1)
    """
    on_error = check_on_error(on_error)
    what = f"the question scores of FY {framework.fiscal_year}"
    problems = Problems(what)
    cards: dict[Hashable, ScoreCard] = {}
    for position, record in enumerate(records(table), start=1):
        name = record.get(agency_column)
        if is_blank(name):
            problems.add(None, f"row {position} has no {agency_column!r}", position)
            continue
        label: Hashable = name if isinstance(name, str | int) else str(name)
        if label in cards:
            problems.add(label, f"appears in more than one row (row {position} again)", position)
            continue
        scores = {
            key: value
            for key, value in record.items()
            if key != agency_column and not is_blank(value)
        }
        try:
            cards[label] = score_questions(framework, scores, agency=label)  # type: ignore[arg-type]
        except ScoringError as error:
            for problem in error.problems or (error.message,):
                problems.add(label, f"{problem} (row {position})", error.value)
    skipped = problems.settle(on_error)
    kept = sorted((a for a in cards if a not in skipped), key=str)
    plan = plan_of(framework)
    exact = [tuple(cards[a].indicator_scores_exact[n] for n in plan.numbers) for a in kept]
    questions = [cards[a].question_scores or {} for a in kept]
    matrix = np.array([[float(s) for s in row] for row in exact], dtype=np.float64)
    matrix = matrix.reshape(len(kept), len(plan.numbers))
    return ScoreTable(
        framework=framework,
        agencies=tuple(kept),
        scores=matrix,
        published_values=publish(plan, matrix, exact.__getitem__),
        respondents=None,
        skipped=skipped,
        exact=exact.__getitem__,
        exact_questions=questions.__getitem__,
    )
