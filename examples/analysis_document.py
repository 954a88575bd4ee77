"""The yearly analysis document (O25) of อบต.ทรงคนอง: FY 2566 → FY 2567, and whether last year's measures worked.

The question scores below are MADE UP for this example (no per-question result of
the agency is published): IIT i1–i15 and EIT e1–e15 for both years, the OIT
indicators as values.  Each indicator's score is the mean of its questions', as
the ITA computes it.  The measures of FY 2567 are the agency's real report
(shipped with itakit), which answered the FY 2566 result.

The script writes analysis.md, analysis.html (its Thai font inlined) and
analysis.docx (TH Sarabun New, in the complex-script slot) to the current folder.

# expect: FY 2566 → FY 2567: 80.54 → 87.18
# expect: questions targeted by last year's measures: mean change 5.67
# expect: analysis.docx
"""

from __future__ import annotations

from fractions import Fraction

import itakit
from itakit.measures import analysis_document, effect, parse_report, sample_report_text

AGENCY = "องค์การบริหารส่วนตำบลทรงคนอง"

# Made-up question scores (0–100), three IIT questions per indicator, five EIT.
QUESTIONS_2566 = {
    **dict(
        zip(
            [f"i{n}" for n in range(1, 16)],
            [92, 90, 94, 86, 84, 88, 89, 90, 91, 70, 74, 72, 88, 86, 90],
            strict=False,
        )
    ),
    **dict(
        zip(
            [f"e{n}" for n in range(1, 16)],
            [80, 84, 86, 88, 78, 82, 80, 85, 84, 86, 88, 86, 84, 90, 87],
            strict=False,
        )
    ),
}
QUESTIONS_2567 = {
    **dict(
        zip(
            [f"i{n}" for n in range(1, 16)],
            [93, 91, 94, 88, 86, 89, 92, 93, 92, 84, 86, 85, 89, 87, 90],
            strict=False,
        )
    ),
    **dict(
        zip(
            [f"e{n}" for n in range(1, 16)],
            [88, 85, 87, 90, 86, 83, 82, 86, 84, 86, 88, 87, 85, 90, 88],
            strict=False,
        )
    ),
}
OIT = {2566: {9: 72.50, 10: 75.00}, 2567: {9: 85.00, 10: 87.50}}


def card(year: int, questions: dict[str, int]) -> itakit.ScoreCard:
    """A card from question scores: each survey indicator the mean of its questions."""
    fw = itakit.framework(year)
    scores: dict[int, Fraction] = {}
    for indicator in fw.indicators:
        codes = [q.code for q in fw.questions_of(indicator)]
        if codes:
            scores[indicator.number] = sum(Fraction(questions[c]) for c in codes) / len(codes)
        else:
            scores[indicator.number] = Fraction(str(OIT[year][indicator.number]))
    return itakit.ScoreCard(
        framework=fw,
        indicator_scores_exact=scores,
        agency=AGENCY,
        question_scores={code: Fraction(value) for code, value in questions.items()},
    )


before, after = card(2566, QUESTIONS_2566), card(2567, QUESTIONS_2567)
print(f"FY 2566 → FY 2567: {before.total} → {after.total} ({before.level} → {after.level})")

measures_fy2567 = parse_report(sample_report_text())
result = effect(measures_fy2567, before=before, after=after)
print(f"{result.level} targeted by last year's measures: mean change {result.targeted_change}")
print(f"{result.level} no measure targeted: mean change {result.untargeted_change}")
print(f"indicators targeted: {sorted({t.indicator for t in result.targeted})}")

document = analysis_document(
    after,
    previous=before,
    last_measures=measures_fy2567,
    agency=AGENCY,
    district="สามพราน",
    province="นครปฐม",
    framework=itakit.framework(2568),
)
print(repr(document))
with open("analysis.md", "w", encoding="utf-8") as out:
    out.write(document.to_markdown())
with open("analysis.html", "w", encoding="utf-8") as out:
    out.write(document.to_html())
document.to_docx("analysis.docx")
print("wrote analysis.md, analysis.html, analysis.docx")
