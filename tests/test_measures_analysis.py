"""The yearly analysis document and the effect of measures."""

from __future__ import annotations

import warnings
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import itakit
from itakit import ItakitWarning, ValidationError
from itakit.cli import main
from itakit.measures import (
    AnalysisDocument,
    ReportKind,
    analysis_document,
    effect,
    parse_report,
    read_docx,
    sample_report_text,
)

AGENCY = "องค์การบริหารส่วนตำบลทรงคนอง"


def _card(year: int, questions: dict[str, float], oit: tuple[float, float]) -> itakit.ScoreCard:
    fw = itakit.framework(year)
    scores: dict[int, Fraction] = {}
    for indicator in fw.indicators:
        codes = [q.code for q in fw.questions_of(indicator)]
        if codes:
            scores[indicator.number] = sum(Fraction(str(questions[c])) for c in codes) / len(codes)
        else:
            scores[indicator.number] = Fraction(str(oit[indicator.number - 9]))
    return itakit.ScoreCard(
        framework=fw,
        indicator_scores_exact=scores,
        agency=AGENCY,
        question_scores={c: Fraction(str(v)) for c, v in questions.items()},
    )


BEFORE = {**{f"i{n}": 80 for n in range(1, 16)}, **{f"e{n}": 80 for n in range(1, 16)}, "i10": 60}
AFTER = {**{f"i{n}": 82 for n in range(1, 16)}, **{f"e{n}": 81 for n in range(1, 16)}, "i10": 90}


@pytest.fixture(scope="module")
def cards() -> tuple[itakit.ScoreCard, itakit.ScoreCard]:
    return _card(2566, BEFORE, (70, 75)), _card(2567, AFTER, (85, 90))


def test_effect_sets_each_targeted_question_beside_the_untargeted(cards) -> None:  # type: ignore[no-untyped-def]
    before, after = cards
    result = effect(parse_report(sample_report_text()), before=before, after=after)
    assert result.level == "questions"
    property_measure = result[3]
    assert [t.subject for t in property_measure.targets] == ["i10", "i11", "i12"]
    assert [t.change for t in property_measure.targets] == [
        Decimal("30.00"),
        Decimal(2),
        Decimal(2),
    ]
    assert property_measure.change == Decimal("11.33")
    targeted = {t.subject for t in result.targeted}
    assert targeted.isdisjoint(t.subject for t in result.untargeted)
    assert len(targeted) + len(result.untargeted) == 30  # every survey question, once
    assert result.untargeted_change == Decimal("1.44")  # (8 IIT × 2 + 10 EIT × 1) / 18
    assert len(result) == 7
    assert next(iter(result)).group == 1


def test_effect_on_indicators_when_a_card_has_no_question_scores(cards) -> None:  # type: ignore[no-untyped-def]
    before, _ = cards
    after = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 90))
    result = effect(parse_report(sample_report_text()), before=before, after=after)
    assert result.level == "indicators"
    assert [t.subject for t in result[3].targets] == ["4"]


def test_effect_refuses_results_out_of_order_and_warns_on_other_years(cards) -> None:  # type: ignore[no-untyped-def]
    before, after = cards
    plan = parse_report(sample_report_text())
    with pytest.raises(ValidationError, match="later result"):
        effect(plan, before=after, after=before)
    later = itakit.framework(2568).score_indicators(dict.fromkeys(range(1, 11), 90))
    with pytest.warns(ItakitWarning, match="runs in FY 2567"):
        effect(plan, before=before, after=later)


def test_the_analysis_document_reads_back_as_its_report(cards) -> None:  # type: ignore[no-untyped-def]
    before, after = cards
    document = analysis_document(
        after,
        previous=before,
        last_measures=parse_report(sample_report_text()),
        district="สามพราน",
        province="นครปฐม",
    )
    assert isinstance(document, AnalysisDocument)
    assert (document.result_year, document.fiscal_year, document.item) == (2567, 2568, "o42")
    report = document.to_report()
    assert report.kind is ReportKind.ANALYSIS
    again = parse_report(document.to_markdown())
    assert again == report
    assert parse_report(again.to_markdown()) == again  # a fixed point
    arabic = parse_report(document.to_markdown(digits="arabic"))
    assert parse_report(arabic.to_markdown(digits="arabic")) == arabic
    assert arabic.analysis == document.to_report(digits="arabic").analysis
    text = "\n".join(report.analysis)
    for part in ("คะแนนที่เสียไป", "จุดแข็ง", "ผลของมาตรการ", "ข้อคำถามที่เสียคะแนนมากที่สุด", "i๑๐"):
        assert part in text, part


def test_the_analysis_document_in_word_and_html(cards, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before, after = cards
    document = analysis_document(after, previous=before)
    path = tmp_path / "analysis.docx"
    document.to_docx(path)
    assert read_docx(path) == document.to_report()
    page = document.to_html()
    assert "font/woff2" in page
    assert "คะแนนการประเมิน ITA" in page


def test_a_plan_for_another_result_is_refused(cards) -> None:  # type: ignore[no-untyped-def]
    before, after = cards
    with pytest.raises(ValidationError, match="answers the FY 2566 result"):
        analysis_document(after, plan=parse_report(sample_report_text()))
    with pytest.raises(ValidationError, match="earlier result"):
        analysis_document(before, previous=after)


def test_itakit_analyse_writes_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "r2566.csv").write_text(
        f"agency,1,2,3,4,5,6,7,8,9,10\n{AGENCY},92,88,90,72,88,83.2,83.4,87,72.5,75\n",
        encoding="utf-8",
    )
    (tmp_path / "r2567.csv").write_text(
        f"agency,1,2,3,4,5,6,7,8,9,10\n{AGENCY},92.67,87.67,92.33,85,88.67,87.2,84.2,87.6,85,87.5\n",
        encoding="utf-8",
    )
    (tmp_path / "m.txt").write_text(sample_report_text(), encoding="utf-8")
    out = tmp_path / "analysis.docx"
    argv = [
        str(tmp_path / "r2567.csv"),
        "--year",
        "2567",
        "--previous",
        str(tmp_path / "r2566.csv"),
    ]
    argv += ["--previous-year", "2566", "--measures", str(tmp_path / "m.txt")]
    assert main(["analyse", *argv, "--to", "docx", "-o", str(out)]) == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ItakitWarning)
        report = read_docx(out)
    assert (report.kind, report.agency, int(report.fiscal_year)) == (
        ReportKind.ANALYSIS,
        AGENCY,
        2568,
    )
    assert main(["analyse", *argv, "--to", "md"]) == 0
    assert capsys.readouterr().out.startswith("# การวิเคราะห์ผลการประเมิน")
    assert main(["analyse", *argv, "--to", "docx"]) == 1
