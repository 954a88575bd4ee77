"""Text as it comes out of PDFs and web pages, and question codes as agencies write them.

- PDF extraction loses the sara am: ``กำหนด`` comes out ``ก าหนด`` (the nikhahit is
  dropped and a space left before the sara aa).  A sara aa never starts a Thai
  word, so a space before it after a Thai letter is always this damage:
  :func:`repair` puts the sara am back.
- PDF extraction also writes table cells apart with runs of spaces instead of
  tabs: :func:`space_cells` splits such a line.
- Codes are written ``(i๑๐/i๑๑/i๑๒)``, ``IIT ข้อ ๑๐-๑๒``, ``แบบวัด IIT ข้อ ๔``,
  ``EIT ข้อ ๑``, ``O๒๖``, or ``ข้อ ๔`` with the tool named nearby (a heading, the
  column): :func:`read_codes` turns each into canonical codes.
"""

from __future__ import annotations

import re

from itakit.codes import parse_codes
from itakit.errors import ParseError
from itakit.thai import to_arabic_digits

__all__ = ["read_codes", "repair", "space_cells", "tool_named", "trailing_codes"]

_LOST_SARA_AM = re.compile("([\u0e01-\u0e2e])([\u0e48-\u0e4b]?) +([\u0e48-\u0e4b]?)\u0e32")
_SPACE_RUN = re.compile(r"\S(?: {3,}|\u00a0{2,})(?=\S)")
_TOOL = re.compile(r"\b(IIT|EIT|OIT)\b", re.IGNORECASE)
_KHO = re.compile(
    r"(?:(?:แบบวัด|แบบ)?\s*(IIT|EIT|OIT)\s*)?ข้อ(?:ที่)?\s*([0-9]+(?:\s*(?:[-–—,/]|ถึง|และ)\s*[0-9]+)*)",
    re.IGNORECASE,
)
_PARENS = re.compile(r"\(([^()]*)\)\s*$")
_LOOKS_LIKE_CODES = re.compile(
    r"\s*(?:[ieo]\s*[0-9]|(?:แบบวัด\s*)?(?:IIT|EIT|OIT)\b|ข้อ(?:ที่)?\s*[0-9])", re.IGNORECASE
)
_PREFIX = {"IIT": "i", "EIT": "e", "OIT": "o"}


def repair(text: str) -> tuple[str, int]:
    """*text* with the sara am a PDF lost put back, and how many were repaired.

    >>> repair("ก าหนด ส านักปลัด")
    ('กำหนด สำนักปลัด', 2)
    >>> repair("การดำเนินการ")
    ('การดำเนินการ', 0)
    """
    return _LOST_SARA_AM.subn(lambda m: m[1] + (m[2] or m[3]) + "\u0e33", text)


def space_cells(text: str) -> list[str] | None:
    """The cells of a line whose cells a PDF wrote apart with runs of three or more spaces, else None.

    >>> space_cells("จัดทำคู่มือ (i10)     - จัดทำ     ต.ค. 67     สำนักปลัด")
    ['จัดทำคู่มือ (i10)', '- จัดทำ', 'ต.ค. 67', 'สำนักปลัด']
    >>> space_cells("ข้อความธรรมดา  สองช่อง") is None
    True
    """
    stripped = text.strip()
    if "\t" in stripped or stripped.startswith("|") or _SPACE_RUN.search(stripped) is None:
        return None
    return [cell.strip() for cell in re.split(r" {3,}|\u00a0{2,}", stripped) if cell.strip()]


def tool_named(text: str) -> str | None:
    """The prefix (``i``, ``e``, ``o``) of the one tool *text* names, or None (none, or several).

    >>> tool_named("ตัวชี้วัดตามแบบวัด IIT"), tool_named("IIT และ EIT")
    ('i', None)
    """
    tools = {match[1].upper() for match in _TOOL.finditer(text)}
    if len(tools) != 1:
        return None
    return _PREFIX[tools.pop()]


def read_codes(text: str, *, tool: str | None = None) -> tuple[str, ...]:
    """The canonical codes in *text*, in any form agencies write them.

    ``ข้อ N`` takes its tool from the words before it (``IIT ข้อ ๑๐-๑๒``) or,
    failing that, from *tool* (the prefix of a tool named nearby); without
    either it is an error, since ``ข้อ ๔`` alone could be any tool's.

    >>> read_codes("i๑๐/i๑๑/i๑๒"), read_codes("IIT ข้อ ๑๐-๑๒"), read_codes("แบบวัด IIT ข้อ ๔")
    (('i10', 'i11', 'i12'), ('i10', 'i11', 'i12'), ('i4',))
    >>> read_codes("e๔ , e๕, e๖, O๒๖"), read_codes("ข้อ ๔", tool="e")
    (('e4', 'e5', 'e6', 'o26'), ('e4',))
    >>> read_codes("ข้อ ๔")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: cannot tell which tool's question 'ข้อ 4' is: write 'IIT ข้อ 4' (or EIT, OIT), or name the tool in the group heading
    """
    plain = to_arabic_digits(text)
    problem: list[str] = []

    def expand(match: re.Match[str]) -> str:
        prefix = _PREFIX[match[1].upper()] if match[1] else tool
        numbers = match[2]
        if prefix is None:
            problem.append(match[0].strip())
            return " "
        pieces = re.split(r"\s*(?:,|/|และ)\s*", numbers)
        return (
            " "
            + " ".join(
                re.sub(r"\s*(?:[-–—]|ถึง)\s*", f"-{prefix}", f"{prefix}{piece}") for piece in pieces
            )
            + " "
        )

    rewritten = _KHO.sub(expand, plain)
    if problem:
        raise ParseError(
            f"cannot tell which tool's question {problem[0]!r} is: write 'IIT {problem[0]}'"
            " (or EIT, OIT), or name the tool in the group heading",
            value=text,
        )
    rewritten = re.sub(r"(?:แบบวัด\s*)?\b(?:IIT|EIT|OIT)\b", " ", rewritten, flags=re.IGNORECASE)
    return parse_codes(rewritten)


def trailing_codes(title: str, *, tool: str | None = None) -> tuple[str, tuple[str, ...]]:
    """A measure's title without the codes in parentheses at its end, and those codes.

    >>> trailing_codes("จัดทำคู่มือ (IIT ข้อ ๑๐-๑๒)")
    ('จัดทำคู่มือ', ('i10', 'i11', 'i12'))
    >>> trailing_codes("การให้บริการ (E-Service)")
    ('การให้บริการ (E-Service)', ())
    """
    codes: tuple[str, ...] = ()
    while (match := _PARENS.search(title)) is not None and _LOOKS_LIKE_CODES.match(
        to_arabic_digits(match[1])
    ):
        codes = read_codes(match[1], tool=tool) + codes
        title = title[: match.start()].rstrip()
    return title, codes
