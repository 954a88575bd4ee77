"""Column headers as survey tools export them: the agency column, question columns, the rest.

A Google Forms, Microsoft Forms or KoboToolbox export, or a sheet typed by
staff, names its columns however it likes.  This module says which column is
which:

- the agency column by a name given (``agency_column=``) or by its common
  names (``agency``, ``หน่วยงาน``, ``ชื่อหน่วยงาน``), case and spacing ignored;
- a question column by its code in any form (``i1``, ``I๑``, ``ข้อ i1``,
  ``i1. ท่านรู้…``, ``… [i1]``) or, where the edition has the question's text,
  by that text;
- every other column (a timestamp, an e-mail, comments) as not a question.

>>> header_key(" ชื่อ หน่วยงาน "), header_key("AGENCY")
('ชื่อหน่วยงาน', 'agency')
>>> header_code("i1. ท่านรู้เกี่ยวกับการปฏิบัติงาน"), header_code("ข้อ I๑๒"), header_code("Timestamp")
('i1', 'i12', None)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import attrs

from itakit._limits import DIGITS, as_text, fits
from itakit.errors import ScoringError
from itakit.rules.framework import Rules
from itakit.scoring._memo import PerFramework
from itakit.text import normalize
from itakit.thai import to_arabic_digits

__all__ = [
    "AGENCY_NAMES",
    "ANSWER_NAMES",
    "QUESTION_NAMES",
    "RESPONDENT_NAMES",
    "Columns",
    "find_column",
    "header_code",
    "header_key",
    "indicator_header",
    "question_texts",
    "recognise",
    "text_key",
]

AGENCY_NAMES = ("agency", "หน่วยงาน", "ชื่อหน่วยงาน", "agency_name", "ชื่อส่วนราชการ")
"""Names of the agency column recognised without ``agency_column=`` (case and spacing ignored)."""
RESPONDENT_NAMES = ("respondent", "respondent_id", "ผู้ตอบ", "รหัสผู้ตอบ", "ผู้ตอบแบบสำรวจ")
"""Names of a long table's respondent column."""
QUESTION_NAMES = ("question", "question_code", "คำถาม", "ข้อคำถาม", "รหัสคำถาม")
"""Names of a long table's question column."""
ANSWER_NAMES = ("answer", "คำตอบ", "response", "choice")
"""Names of a long table's answer column."""

_SPACING = re.compile(r"[\s_]+")
_PREFIX = r"(?:ข้อ(?:ที่)?|คำถาม(?:ข้อ)?|question|q)?[\s.:#]*"
_CODE = rf"([ieo])\s*0*({DIGITS})(?:\.0*({DIGITS})(?!\d))?"
_LEADING_CODE = re.compile(rf"{_PREFIX}{_CODE}(?![0-9a-z])", re.IGNORECASE)
_TRAILING_CODE = re.compile(rf"[\[(]\s*{_PREFIX}{_CODE}\s*[\])]\s*\*?$", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s.,:;?!*\"'“”‘’()\[\]…\-–—/]+")
_NUMBERING = re.compile(r"^(?:ข้อ(?:ที่)?)?\s*\d+\s*[.)]\s*")


_HEADERS = 4096
"""How many distinct headers each header function remembers (a table's headers are read on every
call that scores it; they are few, and the same from call to call)."""


def header_key(name: object) -> str:
    """A header as compared with a name: normalised, case folded, spaces and ``_`` removed.

    >>> header_key("Agency  Name") == header_key("agency_name")
    True
    """
    return _key(as_text(name))


@lru_cache(maxsize=_HEADERS)
def _key(text: str) -> str:
    return _SPACING.sub("", normalize(text).casefold())


_INDICATOR = re.compile(
    rf"(?:ตัวชี้วัด(?:ที่)?|indicator|ind\.?)?\s*0*({DIGITS})(?:\s*$|\s*[.):](?!\d)|\s+)",
    re.IGNORECASE,
)


def indicator_header(name: object) -> int | None:
    """The indicator number a header names (``1``, ``๑``, ``ตัวชี้วัดที่ 1``, ``1. การปฏิบัติหน้าที่``), or None.

    >>> indicator_header("ตัวชี้วัดที่ ๙"), indicator_header("10. การป้องกันการทุจริต")
    (9, 10)
    >>> indicator_header("Indicator 3"), indicator_header("10.1 การเปิดเผยข้อมูล"), indicator_header("IIT")
    (3, None, None)
    """
    if isinstance(name, bool):
        return None
    if isinstance(name, int):
        return name if fits(name) else None
    text = to_arabic_digits(normalize(as_text(name)))
    match = _INDICATOR.match(text)
    return None if match is None or int(match[1]) == 0 else int(match[1])


def _code(match: re.Match[str]) -> str | None:
    if int(match[2]) == 0:
        return None
    code = f"{match[1].lower()}{int(match[2])}"
    return code if match[3] is None else f"{code}.{int(match[3])}"


def header_code(name: object) -> str | None:
    """The question code a header names, in any form, or None.

    The code may stand alone (``i1``, ``I๑``), after ``ข้อ`` or ``question``,
    at the start of a longer header (``i1. ท่านรู้…``, ``e5) …``), or in
    brackets at its end (``ท่านรู้… [i1]``, as Google Forms writes a grid).

    >>> header_code("e๕) การให้บริการ"), header_code("ท่านรู้ [i11.2]"), header_code("email")
    ('e5', 'i11.2', None)
    >>> header_code("i10x"), header_code("o365 account")
    (None, 'o365')
    """
    return _header_code(as_text(name))


@lru_cache(maxsize=_HEADERS)
def _header_code(text: str) -> str | None:
    text = to_arabic_digits(normalize(text))
    match = _LEADING_CODE.match(text) or _TRAILING_CODE.search(text)
    return None if match is None else _code(match)


@lru_cache(maxsize=_HEADERS)
def text_key(text: str) -> str:
    """Question text as compared: numbering, punctuation and spaces gone, case folded."""
    plain = to_arabic_digits(normalize(text)).casefold()
    return _PUNCTUATION.sub("", _NUMBERING.sub("", plain))


def question_texts(framework: Rules) -> dict[str, tuple[str, ...]]:
    """Each question text the edition has (Thai and English, of questions and sub-items), as
    compared, → the codes that have it (more than one where two questions share a text).

    >>> import itakit
    >>> question_texts(itakit.framework(2567))
    {}
    """
    return _question_texts(framework)


def _texts(framework: Rules) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}

    def add(text: str | None, code: str) -> None:
        if text:
            codes = found.setdefault(text_key(text), [])
            if code not in codes:
                codes.append(code)

    for question in framework.questions:
        add(question.text_th, question.code)
        add(question.text_en, question.code)
        for item in question.subitems:
            add(item.text_th, item.code)
    found.pop("", None)
    return {key: tuple(codes) for key, codes in found.items()}


_question_texts = PerFramework(_texts)


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(map(repr, names))


def find_column(
    names: Sequence[str],
    given: str | None,
    common: Sequence[str],
    *,
    what: str,
    option: str,
    required: bool = True,
) -> str | None:
    """The column called *given* (case and spacing ignored), or the one with a *common* name.

    Two candidates, or none when *required*, are a :class:`ScoringError` that
    names *option*.

    >>> find_column(["Timestamp", "หน่วยงาน", "i1"], None, AGENCY_NAMES,
    ...     what="agency", option="agency_column")
    'หน่วยงาน'
    >>> find_column(["agency", "AGENCY"], None, AGENCY_NAMES, what="agency", option="agency_column")
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: two agency columns, 'agency' and 'AGENCY': name the one to use with agency_column=
    """
    if given is not None:
        if given in names:
            return given
        wanted = {header_key(given)}
    else:
        wanted = {header_key(name) for name in common}
    found = [name for name in names if header_key(name) in wanted]
    if len(found) > 1:
        listed = f"{_quoted(found[:-1])} and {found[-1]!r}"
        raise ScoringError(
            f"{'two' if len(found) == 2 else len(found)} {what} columns, {listed}: name the one"
            f" to use with {option}=",
            value=found,
        )
    if found:
        return found[0]
    if given is None and not required:
        return None
    expected = (
        f"a column called {given!r}"
        if given is not None
        else f"a column called {' or '.join(map(repr, common[:3]))}"
    )
    raise ScoringError(
        f"no {what} column: expected {expected} among {_quoted(names)} (name it with {option}=)",
        value=given,
    )


@attrs.frozen
class Columns:
    """What each column of a table of answers is."""

    agency: str
    by_code: dict[str, str]
    """Each answer code's column."""
    ignored: tuple[str, ...]
    """Columns that are not questions of the edition (left out)."""
    unknown: tuple[str, ...]
    """Columns that are not questions (an error unless ignored)."""
    foreign: tuple[str, ...]
    """Columns named by a survey code the edition does not ask (``i99``): always a problem."""
    oit: tuple[str, ...]
    """Columns named by an OIT code (they belong in ``oit=``)."""
    twice: tuple[str, ...]
    """Columns whose code another column already has."""
    ambiguous: tuple[str, ...]
    """Problems: headers whose text is that of more than one question."""


def recognise(
    names: Sequence[str],
    *,
    codes: Mapping[str, object],
    texts: Mapping[str, tuple[str, ...]],
    agency: str,
    skip: Iterable[str] = (),
) -> Columns:
    """Sort *names* into the agency column, answer columns by code, and the rest.

    *codes* are the answer codes the edition asks for, *texts* what
    :func:`question_texts` gives; *skip* names columns to leave out whatever
    they hold (case and spacing ignored).

    >>> found = recognise(["Timestamp", "หน่วยงาน", "i1. ท่านรู้…", "I๒", "ความคิดเห็น", "e9"],
    ...     codes={"i1": 0, "i2": 1}, texts={}, agency="หน่วยงาน")
    >>> found.by_code, found.unknown, found.foreign
    ({'i1': 'i1. ท่านรู้…', 'i2': 'I๒'}, ('Timestamp', 'ความคิดเห็น'), ('e9',))
    """
    skipped = {header_key(name) for name in skip}
    by_code: dict[str, str] = {}
    ignored: list[str] = []
    unknown: list[str] = []
    foreign: list[str] = []
    oit: list[str] = []
    twice: list[str] = []
    ambiguous: list[str] = []
    for name in names:
        if name == agency:
            continue
        if header_key(name) in skipped:
            ignored.append(name)
            continue
        code = header_code(name)
        if code is None or code not in codes:
            matches = texts.get(text_key(name), ())
            if len(matches) > 1:
                ambiguous.append(
                    f"column {name!r} has the text of {len(matches)} questions,"
                    f" {', '.join(matches)}: put the code in its header (such as"
                    f" '{matches[0]}. …')"
                )
                continue
            if matches:
                code = matches[0]
        if code is not None and code in codes:
            if code in by_code:
                twice.append(name)
            else:
                by_code[code] = name
        elif code is not None and code.startswith("o"):
            oit.append(name)
        elif code is not None:
            foreign.append(name)
        else:
            unknown.append(name)
    return Columns(
        agency=agency,
        by_code=by_code,
        ignored=tuple(ignored),
        unknown=tuple(unknown),
        foreign=tuple(foreign),
        oit=tuple(oit),
        twice=tuple(twice),
        ambiguous=tuple(ambiguous),
    )
