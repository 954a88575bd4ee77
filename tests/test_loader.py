"""Framework files: loading, dumping, and the place of every problem."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from itakit import (
    Framework,
    FrameworkFileError,
    InputTypeError,
    ValidationError,
    dump_framework,
    framework,
    frameworks,
    load_framework,
    loads_framework,
)
from strategies import frameworks as any_framework

YEARS = [int(edition.fiscal_year) for edition in frameworks()]
FY2564 = dump_framework(framework(2564))


@pytest.mark.parametrize("year", YEARS)
@pytest.mark.parametrize("file_format", ["toml", "json"])
def test_every_edition_survives_dump_and_load(year: int, file_format: str) -> None:
    fw = framework(year)
    text = dump_framework(fw, format=file_format)  # type: ignore[arg-type]
    assert loads_framework(text) == fw
    assert dump_framework(loads_framework(text), format=file_format) == text  # type: ignore[arg-type]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(any_framework())
def test_any_framework_survives_toml_and_json(fw: Framework) -> None:
    assert loads_framework(dump_framework(fw), format="toml") == fw
    assert loads_framework(dump_framework(fw, format="json"), format="json") == fw


def test_files_are_read_by_suffix(tmp_path: Path) -> None:
    toml_file = tmp_path / "mine.toml"
    json_file = tmp_path / "mine.json"
    toml_file.write_text(FY2564, encoding="utf-8")
    json_file.write_text(dump_framework(framework(2564), format="json"), encoding="utf-8")
    assert load_framework(toml_file) == framework(2564)
    assert load_framework(str(json_file)) == framework(2564)


def test_a_problem_in_a_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(FY2564.replace("weight = 20\n", "weight = 19\n", 1), encoding="utf-8")
    with pytest.raises(FrameworkFileError) as info:
        load_framework(path)
    assert info.value.source == str(path)
    assert str(info.value).startswith(f"{path}: indicators: indicator weights must sum to 100")


def test_a_missing_file_is_a_framework_file_error(tmp_path: Path) -> None:
    with pytest.raises(FrameworkFileError, match="cannot read the file"):
        load_framework(tmp_path / "none.toml")


def test_text_is_named_as_asked() -> None:
    with pytest.raises(FrameworkFileError, match=r"^downloaded: not valid TOML"):
        loads_framework("x = = 1", name="downloaded")


def test_wrong_arguments_are_refused() -> None:
    with pytest.raises(InputTypeError):
        load_framework(2564)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="format must be"):
        loads_framework(FY2564, format="yaml")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="format must be"):
        dump_framework(framework(2564), format="yaml")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        dump_framework("fy2564")  # type: ignore[arg-type]


def _first(key: str, value: str) -> str:
    """The FY 2564 file with the first ``key = …`` line given *value*."""
    text, count = re.subn(rf"^{key} = .*$", f"{key} = {value}", FY2564, count=1, flags=re.M)
    assert count == 1
    return text


BAD_FILES = [
    # (what is wrong, the text, the path, words of the message)
    (
        "weight is not a number",
        _first("weight", '"six"'),
        "indicators[0].weight",
        "expected a number",
    ),
    ("weight out of range", _first("weight", "120"), "indicators[0].weight", "between 0 and 100"),
    (
        "weights sum to 99",
        FY2564.replace("weight = 20\n", "weight = 19\n", 1),
        "indicators",
        "must sum to 100 (got 99",
    ),
    (
        "duplicated question code",
        FY2564.replace('code = "i2"', 'code = "i1"', 1),
        "questions[1].code",
        "'i1' appears twice",
    ),
    (
        "duplicated indicator number",
        _first("number", "2"),
        "indicators[1].number",
        "2 appears twice",
    ),
    (
        "duplicated source key",
        FY2564.replace('key = "nacc-2564-g6"', 'key = "nacc-2564-g2"'),
        "sources[1].key",
        "appears twice",
    ),
    (
        "unknown key",
        FY2564.replace("weight = 6\n", "weight = 6\ncolour = 1\n", 1),
        "indicators[0].colour",
        "unknown key 'colour'",
    ),
    (
        "misspelt key",
        FY2564.replace("weight = 6\n", "wieght = 6\n", 1),
        "indicators[0].weight",
        "required but missing",
    ),
    (
        "a gap below the last level",
        FY2564.replace('label_en = "F", min_total = 0', 'label_en = "F", min_total = 10'),
        "levels.levels",
        "must start at 0",
    ),
    (
        "levels out of order",
        FY2564.replace("min_total = 75", "min_total = 99"),
        "levels.levels",
        "best first",
    ),
    (
        "question in an unknown indicator",
        _first("indicator", "11"),
        "questions[0].indicator",
        "no indicator 11",
    ),
    (
        "question on an unknown scale",
        FY2564.replace('scale = "yes_no"', 'scale = "yesno"', 1),
        "questions[3].scale",
        "no scale 'yesno'",
    ),
    (
        "item in an unknown sub-indicator",
        FY2564.replace('sub_indicator = "9.1"', 'sub_indicator = "9.9"', 1),
        "questions[45].sub_indicator",
        "no sub-indicator '9.9'",
    ),
    (
        "unknown confidence",
        _first("confidence", '"certain"'),
        "scales[0].confidence",
        "expected one of 'provisional'",
    ),
    (
        "sources not a list",
        FY2564.replace('sources = ["nacc-2564-g2"]', 'sources = "nacc-2564-g2"', 1),
        "indicators[0].sources",
        "expected a list",
    ),
    (
        "cites an unlisted source",
        FY2564.replace('sources = ["nacc-2564-g2"]', 'sources = ["nacc"]', 1),
        "indicators[0].sources[0]",
        "cites source 'nacc'",
    ),
    (
        "points not a number",
        FY2564.replace('points = "100/3"', 'points = "1/0"', 1),
        "scales[0].choices[1].points",
        "exact number",
    ),
    (
        "points above 100",
        FY2564.replace('points = "100/3"', 'points = "300"', 1),
        "scales[0].choices[1].points",
        "between 0 and 100",
    ),
    (
        "question of another tool",
        FY2564.replace('code = "i2"', 'code = "e99"', 1),
        "questions[1]",
        "an IIT indicator",
    ),
    (
        "empty name",
        FY2564.replace('name_th = "การใช้งบประมาณ"', 'name_th = " "', 1),
        "indicators[1].name_th",
        "must not be empty",
    ),
    (
        "number written as a float",
        _first("number", "1.0"),
        "indicators[0].number",
        "expected a whole number",
    ),
    ("C.E. fiscal year", _first("fiscal_year", "2021"), "fiscal_year", "did you mean 2564"),
    (
        "unknown tool",
        _first("tool", '"XIT"'),
        "indicators[0].tool",
        "expected one of 'IIT', 'EIT', 'OIT'",
    ),
    (
        "levels not a table",
        'fiscal_year = 2564\ntitle_th = "x"\ntitle_en = "x"\nlevels = 3\n',
        "levels",
        "expected a table",
    ),
]


@pytest.mark.parametrize(
    ("text", "path", "words"), [case[1:] for case in BAD_FILES], ids=[case[0] for case in BAD_FILES]
)
def test_every_problem_is_named_with_its_place(text: str, path: str, words: str) -> None:
    with pytest.raises(FrameworkFileError) as info:
        loads_framework(text)
    assert info.value.path == path
    assert info.value.source == "<text>"
    message = str(info.value)
    assert message.startswith(f"<text>: {path}: ")
    assert words in message
    assert "\n" not in message


def test_malformed_toml_names_the_line() -> None:
    text = FY2564.replace("number = 2\n", "number = = 2\n", 1)
    line = text.splitlines().index("number = = 2") + 1
    with pytest.raises(FrameworkFileError, match=rf"not valid TOML: .*line {line}, column"):
        loads_framework(text)


def test_malformed_json_names_the_line() -> None:
    text = dump_framework(framework(2564), format="json").replace('"number": 2', '"number": 2,,', 1)
    with pytest.raises(FrameworkFileError, match=r"not valid JSON: .*\(at line \d+, column \d+\)"):
        loads_framework(text)


def test_json_refuses_a_repeated_key() -> None:
    with pytest.raises(FrameworkFileError, match="key 'fiscal_year' appears twice"):
        loads_framework('{"fiscal_year": 2564, "fiscal_year": 2565}')


def test_a_framework_file_error_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not valid TOML"):
        loads_framework("= 1")


def test_dump_writes_whole_numbers_as_numbers_and_points_as_text() -> None:
    assert "weight = 20\n" in FY2564
    assert 'points = "200/3"' in FY2564
    custom = framework(2564).replace(weights={9: "20.5", 10: "19.5"})
    assert 'weight = "20.5"' in dump_framework(custom)


FY2567 = dump_framework(framework(2567))

BAD_FILES_OF_NEW_KEYS = [
    (
        "unknown OIT rule",
        FY2564.replace("[[indicators]]", '[oit_rule]\nkind = "median"\n\n[[indicators]]', 1),
        "oit_rule.kind",
        "expected one of 'sub_indicator_means', 'item_share'",
    ),
    (
        "OIT rule citing an unlisted source",
        FY2564.replace(
            "[[indicators]]",
            '[oit_rule]\nkind = "item_share"\nsources = ["x"]\n\n[[indicators]]',
            1,
        ),
        "oit_rule.sources[0]",
        "cites source 'x'",
    ),
    (
        "an alternative to a scale the file does not list",
        FY2567.replace('replaces = "four_level"', 'replaces = "five_level"', 1),
        "scales",
        "alternative to scale 'five_level'",
    ),
    (
        "points for some choices only",
        FY2567.replace(
            '{ label_th = "ไม่เห็นด้วยอย่างยิ่ง", label_en = "strongly disagree" }',
            '{ label_th = "ไม่เห็นด้วยอย่างยิ่ง", label_en = "strongly disagree", points = "0" }',
        ),
        "scales[3].choices",
        "points for some choices only",
    ),
    (
        "a question on a scale whose points are unknown",
        FY2567.replace(
            'code = "e1"\nindicator = 6\nscale = "four_level"',
            'code = "e1"\nindicator = 6\nscale = "eit_six_level"',
        ),
        "questions[15]",
        "whose points are unknown",
    ),
    (
        "an empty note",
        FY2567.replace(
            'confidence = "inferred"\nsources = ["upoit-six-level"]\nnote = "',
            'confidence = "inferred"\nsources = ["upoit-six-level"]\nnote = "" #',
            1,
        ),
        "scales[2].note",
        "must not be empty",
    ),
]


@pytest.mark.parametrize(
    ("text", "path", "words"),
    [case[1:] for case in BAD_FILES_OF_NEW_KEYS],
    ids=[case[0] for case in BAD_FILES_OF_NEW_KEYS],
)
def test_problems_in_the_new_keys_are_named_with_their_place(
    text: str, path: str, words: str
) -> None:
    with pytest.raises(FrameworkFileError) as info:
        loads_framework(text)
    assert info.value.path == path
    assert words in str(info.value)


def test_problems_side_by_side_are_reported_together() -> None:
    text = _first("weight", '"six"').replace('name_th = "การใช้งบประมาณ"', 'name_th = " "', 1)
    with pytest.raises(FrameworkFileError) as info:
        loads_framework(text)
    message = str(info.value)
    assert "indicators[0].weight: expected a number" in message
    assert "indicators[1].name_th: 'name_th' must not be empty" in message


def test_the_oit_rule_is_written_only_when_an_edition_states_one() -> None:
    assert "[oit_rule]" not in FY2564
    fy2569 = dump_framework(framework(2569))
    assert '[oit_rule]\nkind = "item_share"\nconfidence = "provisional"' in fy2569


def test_a_scale_without_points_round_trips_without_points() -> None:
    assert '{ label_th = "เห็นด้วย", label_en = "agree" }' in FY2567
    assert loads_framework(FY2567) == framework(2567)
