"""Survey exports as they come: agency and question columns by any name, other columns ignored, long tables."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import attrs
import pandas as pd
import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import itakit
from itakit import ScoringError
from itakit.scoring._headers import header_code, header_key, recognise

FY2567 = itakit.framework(2567)
DATA = Path(__file__).parent / "data"
FORMS = DATA / "google-forms-fy2567.csv"
OIT = {"อบต. ตัวอย่างเหนือ (สมมติ)": {9: 91.5, 10: 88}, "เทศบาลตำบลตัวอย่างใต้ (สมมติ)": {9: 75, 10: 80.25}}


def clean(rows: int = 3) -> dict[str, list[Any]]:
    """A table of answers with the plain column names."""
    return {
        "agency": ["ก"] * rows,
        **{f"i{k}": [3, 2, None][:rows] for k in range(1, 16)},
        **{f"e{k}": [None, None, 1][:rows] for k in range(1, 16)},
    }


def totals(table: itakit.ScoreTable) -> dict[Any, Any]:
    return {card.agency: (card.total, dict(card.indicator_scores_exact)) for card in table}


OIT_KA = {"ก": {9: 90, 10: 80}}


def test_agency_column_by_its_common_names() -> None:
    expected = totals(FY2567.score_responses(clean(), oit=OIT_KA))
    for name in ("agency", "AGENCY", "หน่วยงาน", "ชื่อหน่วยงาน", " ชื่อ หน่วยงาน ", "Agency"):
        table = clean()
        table[name] = table.pop("agency")
        assert totals(FY2567.score_responses(table, oit=OIT_KA)) == expected, name


def test_agency_column_by_any_name_given() -> None:
    table = clean()
    table["สังกัด"] = table.pop("agency")
    expected = totals(FY2567.score_responses(clean(), oit=OIT_KA))
    assert totals(FY2567.score_responses(table, oit=OIT_KA, agency_column="สังกัด")) == expected
    assert totals(FY2567.score_responses(table, oit=OIT_KA, agency_column=" สังกัด")) == expected


def test_no_agency_column_says_how_to_name_it() -> None:
    table = clean()
    table["office"] = table.pop("agency")
    with pytest.raises(ScoringError, match="agency_column="):
        FY2567.score_responses(table, oit=OIT_KA)


def test_two_agency_columns_are_an_error() -> None:
    table = clean()
    table["หน่วยงาน"] = table["agency"]
    with pytest.raises(ScoringError, match=r"two agency columns.*agency_column="):
        FY2567.score_responses(table, oit=OIT_KA)


@pytest.mark.parametrize(
    "rename",
    [
        lambda code: code.upper(),
        lambda code: itakit.thai.to_thai_digits(code),
        lambda code: f"ข้อ {code}",
        lambda code: f"{code}. ท่านรู้เกี่ยวกับการปฏิบัติงานของหน่วยงาน",
        lambda code: f"{code.upper()}) คำถาม",
        lambda code: f"คำถามของแบบสำรวจ [{code}]",
    ],
)
def test_question_columns_by_code_in_any_form(rename: Any) -> None:
    expected = totals(FY2567.score_responses(clean(), oit=OIT_KA))
    table = {name if name == "agency" else rename(name): values for name, values in clean().items()}
    assert totals(FY2567.score_responses(table, oit=OIT_KA)) == expected


def test_columns_that_are_not_questions_are_ignored_and_listed() -> None:
    table = {
        "Timestamp": ["2024/06/11 9:01:00", "2024/06/12 9:02:00", "2024/06/13 9:03:00"],
        "Email Address": ["a@example.org", "b@example.org", "c@example.org"],
        **clean(),
        "ความคิดเห็น": ["ดี", None, "ควรปรับปรุง"],
    }
    scored = FY2567.score_responses(table, oit=OIT_KA)
    assert scored.ignored_columns == ("Timestamp", "Email Address", "ความคิดเห็น")
    assert totals(scored) == totals(FY2567.score_responses(clean(), oit=OIT_KA))


def test_extra_error_lists_every_column_and_names_the_option() -> None:
    table = {"Timestamp": [1, 2, 3], **clean(), "ความคิดเห็น": ["ดี", None, "x"]}
    with pytest.raises(ScoringError) as caught:
        FY2567.score_responses(table, oit=OIT_KA, extra="error")
    message = str(caught.value)
    assert "'Timestamp'" in message
    assert "'ความคิดเห็น'" in message
    assert 'extra="ignore"' in message or "extra='ignore'" in message
    assert "ignore=" in message


def test_ignore_names_columns_to_leave_out() -> None:
    table = {"Timestamp": [1, 2, 3], **clean(), "e99": [1, 2, 3]}
    scored = FY2567.score_responses(table, oit=OIT_KA, extra="error", ignore=["timestamp", "E99"])
    assert scored.ignored_columns == ("Timestamp", "e99")


def test_ignore_can_leave_out_a_question_column_too() -> None:
    table = clean()
    with pytest.raises(ScoringError, match="no column for i1"):
        FY2567.score_responses(table, oit=OIT_KA, ignore=["i1"])


def test_bad_extra_is_an_error() -> None:
    with pytest.raises(itakit.ValidationError, match="extra"):
        FY2567.score_responses(clean(), oit=OIT_KA, extra="keep")


def test_a_missing_question_mentions_the_ignored_columns() -> None:
    table = clean()
    table["i1O"] = table.pop("i10")  # a typo: the letter O for zero
    with pytest.raises(ScoringError, match=r"no column for i10.*'i1O'"):
        FY2567.score_responses(table, oit=OIT_KA)


def with_texts(fw: itakit.Framework, texts: dict[str, str]) -> itakit.Framework:
    questions = tuple(
        attrs.evolve(q, text_th=texts[q.code]) if q.code in texts else q for q in fw.questions
    )
    return fw.replace(questions=questions)


def test_question_columns_by_the_editions_text() -> None:
    fw = with_texts(FY2567, {"i1": "ท่านรู้เกี่ยวกับการปฏิบัติงานของหน่วยงาน มากน้อยเพียงใด"})
    table = clean()
    table["ท่านรู้เกี่ยวกับการปฏิบัติงานของหน่วยงาน มากน้อยเพียงใด *"] = table.pop("i1")
    expected = totals(fw.score_responses(clean(), oit=OIT_KA))
    assert totals(fw.score_responses(table, oit=OIT_KA)) == expected
    table["1.  ท่านรู้เกี่ยวกับการปฏิบัติงานของหน่วยงาน  มากน้อยเพียงใด?"] = table.pop(
        "ท่านรู้เกี่ยวกับการปฏิบัติงานของหน่วยงาน มากน้อยเพียงใด *"
    )
    assert totals(fw.score_responses(table, oit=OIT_KA)) == expected


def test_a_header_with_the_text_of_two_questions_is_an_error() -> None:
    shared = "ท่านพึงพอใจการให้บริการ"
    fw = with_texts(FY2567, {"i1": shared, "e1": shared})
    table = clean()
    table[shared] = table.pop("i1")
    with pytest.raises(ScoringError, match=r"text of 2 questions, i1, e1"):
        fw.score_responses(table, oit=OIT_KA)


def test_two_columns_for_one_question_are_an_error() -> None:
    table = clean()
    table["i1. ท่านรู้…"] = table["i1"]
    with pytest.raises(ScoringError, match="repeat an answer code"):
        FY2567.score_responses(table, oit=OIT_KA)


def long_table(wide: dict[str, list[Any]]) -> dict[str, list[Any]]:
    rows: dict[str, list[Any]] = {"agency": [], "respondent": [], "question": [], "answer": []}
    for r, agency in enumerate(wide["agency"]):
        for name, values in wide.items():
            if name != "agency" and values[r] is not None:
                rows["agency"].append(agency)
                rows["respondent"].append(f"r{r}")
                rows["question"].append(name)
                rows["answer"].append(values[r])
    return rows


def test_a_long_table_scores_as_the_wide_one() -> None:
    wide: dict[str, list[Any]] = {"agency": ["ก", "ข", "ก", "ข"]}
    for k in range(1, 16):
        wide[f"i{k}"] = [3, (k + 1) % 4, None, None]
    for k in range(1, 16):
        wide[f"e{k}"] = [None, None, k % 4, (2 * k) % 4]
    oit = {"ก": {9: 90, 10: 80}, "ข": {9: 50, 10: 60}}
    expected = totals(FY2567.score_responses(wide, oit=oit))
    long = long_table(wide)
    assert totals(FY2567.score_responses(long, oit=oit)) == expected
    thai = {"หน่วยงาน": long["agency"], "ผู้ตอบ": long["respondent"], "คำถาม": long["question"]}
    thai["คำตอบ"] = long["answer"]
    assert totals(FY2567.score_responses(pd.DataFrame(thai), oit=oit)) == expected


def test_a_long_table_with_questions_in_any_form() -> None:
    long = long_table(clean())
    long["question"] = [f"ข้อ {code.upper()}" for code in long["question"]]
    expected = totals(FY2567.score_responses(clean(), oit=OIT_KA))
    assert totals(FY2567.score_responses(pl.DataFrame(long), oit=OIT_KA)) == expected


def test_a_long_table_answering_one_question_twice_is_an_error() -> None:
    long = long_table(clean())
    for column in long.values():
        column.append(column[0])
    with pytest.raises(ScoringError, match="more than once"):
        FY2567.score_responses(long, oit=OIT_KA)


def test_a_long_table_with_unknown_questions_lists_them() -> None:
    long = long_table(clean())
    long["question"][0] = "x1"
    long["question"][1] = "e99"
    with pytest.raises(ScoringError, match=r"'x1'.*'e99'|'e99'.*'x1'"):
        FY2567.score_responses(long, oit=OIT_KA)


def test_the_google_forms_export_scores_from_python() -> None:
    with FORMS.open(encoding="utf-8") as file:
        rows = list(csv.reader(file))
    table = {name: [row[c] or None for row in rows[1:]] for c, name in enumerate(rows[0])}
    scored = FY2567.score_responses(table, oit=OIT)
    assert scored.ignored_columns == ("ประทับเวลา", "ที่อยู่อีเมล", "ข้อเสนอแนะเพิ่มเติม")
    assert set(scored.agencies) == set(OIT)
    plain = {
        ("agency" if name == "หน่วยงาน" else header_code(name) or name): v
        for name, v in table.items()
    }
    for name in ("ประทับเวลา", "ที่อยู่อีเมล", "ข้อเสนอแนะเพิ่มเติม"):
        del plain[name]
    plain = {name: [itakit.text.normalize(v) if v else v for v in vs] for name, vs in plain.items()}
    assert totals(scored) == totals(FY2567.score_responses(plain, oit=OIT))
    assert all(card.respondents == {itakit.Tool.IIT: 4, itakit.Tool.EIT: 4} for card in scored)


def test_the_google_forms_export_scores_with_score_file(tmp_path: Path) -> None:
    oit = tmp_path / "oit.toml"
    oit.write_text(
        'fiscal_year = 2567\n[agencies."อบต. ตัวอย่างเหนือ (สมมติ)"]\n9 = 91.5\n10 = 88\n'
        '[agencies."เทศบาลตำบลตัวอย่างใต้ (สมมติ)"]\n9 = 75\n10 = 80.25\n',
        encoding="utf-8",
    )
    from_file = FY2567.score_file(FORMS, oit=oit)
    assert from_file.ignored_columns == ("ประทับเวลา", "ที่อยู่อีเมล", "ข้อเสนอแนะเพิ่มเติม")
    with FORMS.open(encoding="utf-8") as file:
        rows = list(csv.reader(file))
    table = {name: [row[c] or None for row in rows[1:]] for c, name in enumerate(rows[0])}
    assert totals(from_file) == totals(FY2567.score_responses(table, oit=OIT))


# -- the recogniser itself --------------------------------------------------------------


def test_header_key_ignores_case_and_spacing() -> None:
    assert header_key("Agency Name") == header_key("agency_name") == header_key("AGENCY  NAME")
    assert header_key("ชื่อ หน่วยงาน") == "ชื่อหน่วยงาน"


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("i1", "i1"),
        ("I๑", "i1"),
        ("ข้อ i1", "i1"),
        ("ข้อที่ e๑๕", "e15"),
        ("i1. ท่านรู้…", "i1"),
        ("i11.2 ข้อย่อย", "i11.2"),
        ("E5)การให้บริการ", "e5"),
        ("Question i3: …", "i3"),
        ("ท่านรู้… [i7]", "i7"),
        ("Timestamp", None),
        ("Email Address", None),
        ("e-mail", None),
        ("id", None),
        ("i10x", None),
        ("i0", None),
    ],
)
def test_header_code(header: str, code: str | None) -> None:
    assert header_code(header) == code


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from("ieoIEO"),
    st.integers(1, 99),
    st.sampled_from(["", ". ", ") ", " ", ": "]),
    st.text(st.sampled_from("กขคงท่านรู้ abc"), max_size=10),
    st.booleans(),
)
def test_any_header_that_starts_with_a_code_names_it(
    letter: str, number: int, separator: str, rest: str, thai: bool
) -> None:
    digits = itakit.thai.to_thai_digits(str(number)) if thai else str(number)
    header = f"{letter}{digits}{separator}{rest}" if separator else f"{letter}{digits}"
    assert header_code(header) == f"{letter.lower()}{number}"


def test_recognise_sorts_columns() -> None:
    found = recognise(
        ["Timestamp", "หน่วยงาน", "i1. ท่านรู้…", "I๒", "o3", "i2", "ความคิดเห็น"],
        codes={"i1": 0, "i2": 1},
        texts={},
        agency="หน่วยงาน",
        skip=["time stamp"],
    )
    assert found.by_code == {"i1": "i1. ท่านรู้…", "i2": "I๒"}
    assert found.ignored == ("Timestamp",)
    assert found.unknown == ("ความคิดเห็น",)
    assert found.oit == ("o3",)
    assert found.twice == ("i2",)


def test_an_oit_table_with_a_thai_agency_column() -> None:
    table = clean()
    table["หน่วยงาน"] = table.pop("agency")
    oit = {"หน่วยงาน": ["ก"], "9": [90], "10": [80]}
    assert totals(FY2567.score_responses(table, oit=oit)) == totals(
        FY2567.score_responses(clean(), oit=OIT_KA)
    )


def test_sheet_is_for_workbooks_only() -> None:
    with pytest.raises(itakit.InputTypeError, match="sheet= is for Excel"):
        FY2567.score_file(FORMS, sheet="Sheet1")


def test_ignore_must_be_names() -> None:
    with pytest.raises(itakit.InputTypeError, match="ignore must be a list of column names"):
        FY2567.score_responses(clean(), oit=OIT_KA, ignore=[1])
