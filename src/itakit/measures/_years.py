"""The years a document states: the fiscal year of its measures, the ITA it is filed under, the result it answers.

Titles write the year many ways: ``ปีงบประมาณ พ.ศ. ๒๕๖๗``, ``ประจำปี ๒๕๖๗``,
``พ.ศ.. ๒๕๖๗`` (a typo), a range ``(พ.ศ. ๒๕๖๖ – ๒๕๖๗)`` (the result of the first
year, measures in the second), or ``ITA พ.ศ. ๒๕๖๘`` (the assessment the document is
filed under, not the year of its measures).  When the title block states none,
the text after it may (``… ในปีงบประมาณ พ.ศ. ๒๕๖๗``), and so may the measures'
periods.

Which assessment holds which document (``ita-2565-2570.md``): until ITA 2568 a
plan and the report on it are filed under the assessment of their own year
(o42 and o43 in FY 2564's list); from ITA 2569, O25 (the analysis with its plan)
is filed in the year of its measures, and O26 (the report on last year's
measures) in the year after them.
"""

from __future__ import annotations

import re

import attrs

from itakit.thai import to_arabic_digits

__all__ = ["O26_FROM", "StatedYears", "filed_under", "read_years", "year_in_text"]

O26_FROM = 2569
"""The first assessment whose report on measures (O26) covers the year before."""

_ERA = r"(?:พ\s*\.\s*ศ\s*\.*|พ\.?ศ\.?)"
_YEAR = r"(2[4-7][0-9]{2})"
_RANGE = re.compile(rf"{_ERA}?\s*{_YEAR}\s*[-–—]\s*(?:{_ERA}\s*)?{_YEAR}")
_ITA = re.compile(rf"ITA\s*(?:ประจำปี(?:งบประมาณ)?\s*)?(?:{_ERA}\s*)?{_YEAR}", re.IGNORECASE)
_FISCAL = re.compile(rf"(?:ประจำ)?\s*ปี(?:งบประมาณ)?\s*(?:{_ERA}\s*)?{_YEAR}")
_ERA_ONLY = re.compile(rf"{_ERA}\s*{_YEAR}")
_MEASURES_IN = re.compile(
    rf"(?:ดำเนินการ|มาตรการ|กิจกรรม)[^\n]{{0,200}}?(?:ใน)?ปี(?:งบประมาณ)?\s*(?:{_ERA}\s*)?{_YEAR}"
)


@attrs.frozen
class StatedYears:
    """What a title block states: the span of its text holding years, and the years."""

    start: int
    """Where in the text the first year phrase starts (the title ends before it)."""
    end: int
    fiscal_year: int | None
    assessment: int | None
    answers: int | None


def read_years(text: str) -> StatedYears | None:
    """The year phrases of a title block's *text* (Thai or Arabic digits), or None if it has none.

    >>> read_years("รายงานผล ปีงบประมาณ พ.ศ. ๒๕๖๗").fiscal_year
    2567
    >>> years = read_years("มาตรการ (พ.ศ. ๒๕๖๖ – ๒๕๖๗)")
    >>> years.answers, years.fiscal_year, years.assessment
    (2566, 2567, None)
    >>> years = read_years("มาตรการส่งเสริมคุณธรรม ITA พ.ศ. 2568")
    >>> years.fiscal_year, years.assessment
    (None, 2568)
    >>> read_years("ปีงบประมาณ พ.ศ.. ๒๕๖๗").fiscal_year, read_years("ประจำปี 2564").fiscal_year
    (2567, 2564)
    """
    plain = to_arabic_digits(text)
    spans: list[tuple[int, int]] = []
    fiscal = assessment = answers = None
    ita = _ITA.search(plain)
    if ita is not None:
        assessment = int(ita[1])
        spans.append(ita.span())
    rest = (
        plain
        if ita is None
        else plain[: ita.start()] + " " * (ita.end() - ita.start()) + plain[ita.end() :]
    )
    ranged = _RANGE.search(rest)
    if ranged is not None and int(ranged[2]) == int(ranged[1]) + 1:
        answers, fiscal = int(ranged[1]), int(ranged[2])
        spans.append(_widen(rest, ranged.span()))
    else:
        found = _FISCAL.search(rest) or _ERA_ONLY.search(rest)
        if found is not None:
            fiscal = int(found[1])
            spans.append(found.span())
    if not spans:
        return None
    start = min(span[0] for span in spans)
    end = max(span[1] for span in spans)
    return StatedYears(start, end, fiscal, assessment, answers)


def _widen(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """*span* with the parentheses around it, if any."""
    start, end = span
    while start > 0 and text[start - 1] in " (":
        start -= 1
    while end < len(text) and text[end] in " )":
        end += 1
    return start, end


def year_in_text(paragraphs: tuple[str, ...] | list[str]) -> int | None:
    """The fiscal year the measures run in, from a sentence such as ``… มาตรการ … ในปีงบประมาณ พ.ศ. ๒๕๖๗``.

    >>> year_in_text(["ได้กำหนดมาตรการ ในปีงบประมาณ พ.ศ. ๒๕๖๗ ดังนี้"])
    2567
    """
    for paragraph in paragraphs:
        found = _MEASURES_IN.search(to_arabic_digits(paragraph))
        if found is not None:
            return int(found[1])
    return None


def filed_under(kind: str, fiscal_year: int) -> int:
    """The assessment a document of *kind* for measures of *fiscal_year* is filed under, by the usual rule.

    >>> filed_under("results", 2567), filed_under("results", 2568), filed_under("plan", 2568)
    (2567, 2569, 2568)
    """
    if kind == "results" and fiscal_year + 1 >= O26_FROM:
        return fiscal_year + 1
    return fiscal_year
