"""The hostile inputs that once escaped as other exceptions or hung, each now an ItakitError naming what is wrong.

One test per cause (the fuzz tests in ``tests/test_fuzz*.py`` search for new ones).
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import itakit
from itakit import FiscalYear, ScoreCard
from itakit.errors import (
    FileAccessError,
    FrameworkFileError,
    InputTypeError,
    ItakitError,
    ItakitWarning,
    ParseError,
    ScoringError,
    ValidationError,
)
from itakit.measures import loads_report, parse_report, read_docx, sample_report_text
from strategies import sample_docx

FW = itakit.framework(2564)
EIGHTIES: dict[Any, object] = dict.fromkeys(range(1, 11), 80)


def test_messages_never_fail_on_a_huge_int() -> None:
    """Cause 1: an error message that printed a 5,000-digit int raised ValueError itself."""
    with pytest.raises(ValidationError, match="an int of 5,001 digits"):
        FiscalYear(10**5000)
    with pytest.raises(ScoringError, match="an int of 5,001 digits is outside 0–100"):
        itakit.score_indicators(FW, {**EIGHTIES, 4: -(10**5000)})
    with pytest.raises(ValidationError, match="MAX_DIGITS"):
        itakit.format_percent(Decimal("1E+5000"), decimals=10)
    with pytest.raises(InputTypeError, match="an int of 5,001 digits"):
        itakit.to_thai_digits(10**5000)  # type: ignore[arg-type]


def test_digit_strings_past_python_s_limit_are_refused_by_name() -> None:
    """Cause 2: digit strings of over 4,300 digits went to int()."""
    with pytest.raises(ParseError, match=r"4,400 digits.*MAX_DIGITS"):
        itakit.parse_codes("i" + "1" * 4400)
    with pytest.raises(FrameworkFileError, match=r"4,302 digits.*MAX_DIGITS"):
        itakit.loads_framework("fiscal_year = " + "1" * 4302)
    with pytest.raises(ScoringError, match="unknown indicator"):
        itakit.score_indicators(FW, {**EIGHTIES, "1" * 4400: 80})


def test_digits_that_are_not_decimal_digits_are_not_read() -> None:
    """Cause 3: int('²') on a digit that isdigit() but int() refuses."""
    with pytest.raises(ScoringError, match="not a score"):
        itakit.score_indicators(FW, {**EIGHTIES, 1: "1/²"})


@pytest.mark.parametrize("exponent", ["1E+99999999", "1E-99999999"])
def test_huge_exponents_are_refused_not_computed(exponent: str) -> None:
    """Cause 4: an enormous exact Fraction was built (the call hung)."""
    huge = Decimal(exponent)
    with pytest.raises(ScoringError, match="MAX_DIGITS"):
        itakit.score_indicators(FW, {**EIGHTIES, 6: huge})
    with pytest.raises(ScoringError, match="MAX_DIGITS"):
        itakit.score_oit(FW, {9: huge, 10: 80})
    card = FW.score_indicators(EIGHTIES)
    with pytest.raises(ScoringError, match="MAX_DIGITS"):
        card.what_if({6: huge})
    data = card.to_dict()
    data["indicator_scores"]["3"] = exponent
    with pytest.raises(ValidationError, match="not a score"):
        ScoreCard.from_dict(data, FW)
    text = itakit.dump_framework(FW).replace('points = "100/3"', f'points = "{exponent}"', 1)
    with pytest.raises(FrameworkFileError, match="points"):
        itakit.loads_framework(text)


def test_deep_nesting_is_refused_before_parsing(tmp_path: Path) -> None:
    """Cause 5: RecursionError on deeply nested TOML or JSON."""
    with pytest.raises(FrameworkFileError, match="MAX_DEPTH"):
        itakit.loads_framework("a=" + "[" * 496)
    with pytest.raises(FrameworkFileError, match="MAX_DEPTH"):
        itakit.loads_framework('{"a": ' + "[" * 999)
    with pytest.raises(ParseError, match="MAX_DEPTH"):
        loads_report("[" * 1004)
    for name, text in (("deep.toml", "a = " + "[" * 900), ("deep.json", '{"a": ' + "[" * 900)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(ParseError, match="MAX_DEPTH"):
            itakit.score_file(tmp_path / name)


def test_a_ragged_column_is_a_clear_error() -> None:
    """Cause 6: numpy's "inhomogeneous shape" ValueError."""
    ragged = {"agency": ["ก", "ข"], **{str(n): [80, 80] for n in range(1, 11)}, "3": [[1, 2], [3]]}
    with pytest.raises(InputTypeError, match="one value a cell"):
        itakit.score_indicator_table(FW, ragged)
    codes = [f"{tool}{n}" for tool in "ie" for n in range(1, 16)]
    answers = {"agency": ["ก", "ข"], **{code: [1, 2] for code in codes}, "i1": [[1, 2], [3]]}
    with pytest.raises(InputTypeError, match="one value a cell"):
        itakit.score_responses(itakit.framework(2567), answers, oit={"ก": {9: 1, 10: 1}})


def test_arguments_of_the_wrong_type_are_input_type_errors() -> None:
    """Cause 7: AttributeError for an argument of the wrong type."""
    card = FW.score_indicators(EIGHTIES)
    calls = [
        lambda: itakit.score_responses("x", None),  # type: ignore[arg-type]
        lambda: itakit.score_oit(2564, {}),  # type: ignore[arg-type]
        lambda: ScoreCard.from_dict(card.to_dict(), 2564),  # type: ignore[arg-type]
        lambda: itakit.framework(2563).replace(weights=[]),  # type: ignore[arg-type]
        lambda: itakit.framework(2563).replace(indicators=None),
        lambda: itakit.framework(2563).replace(colour="red"),
        lambda: itakit.score_file(5),  # type: ignore[arg-type]
        lambda: itakit.rules.Tool.from_code(5),  # type: ignore[arg-type]
    ]
    for function in calls:
        with pytest.raises(InputTypeError):
            function()


def test_agency_labels_of_mixed_types_sort() -> None:
    """Cause 8: sorting agency labels of mixed types raised TypeError."""
    checklists = {1: {9: 90, 10: 80}, "ก": {9: 70, 10: 60}, Decimal("2.5"): {9: 1, 10: 2}}
    table = itakit.score_oit_table(FW, checklists)
    assert list(table.agencies) == [1, Decimal("2.5"), "ก"]


def test_an_item_too_large_for_a_float_is_not_an_answer() -> None:
    """Cause 9: OverflowError converting 10**5000 to float."""
    with pytest.raises(ScoringError, match="not an answer"):
        itakit.score_oit(FW, {"o3": 10**5000})


def test_a_polars_column_of_128_bit_ints_is_read() -> None:
    """Cause 10: polars' InvalidOperationError for a cell of 2**64 (an Int128 column)."""
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame({"agency": ["ก"], **{str(n): [80] for n in range(1, 10)}, "10": [2**64]})
    with pytest.raises(ScoringError, match="18446744073709551616 is outside 0–100"):
        itakit.score_indicator_table(FW, frame)


@pytest.mark.parametrize("kind", ["nul", "empty", "missing", "folder", "device"])
def test_every_loader_refuses_a_path_that_is_no_file(kind: str, tmp_path: Path) -> None:
    """Cause 11: a NUL byte raised ValueError; read_docx let OSErrors through."""
    for function, suffix in (
        (itakit.load_framework, ".toml"),
        (itakit.score_file, ".csv"),
        (read_docx, ".docx"),
    ):
        path = tmp_path / f"{kind}{suffix}"
        if kind == "folder":
            path.mkdir()
        elif kind == "device":
            path.symlink_to("/dev/null")
        given: object = {"nul": f"a\x00b{suffix}", "empty": ""}.get(kind, path)
        if function is itakit.load_framework and isinstance(given, str):
            given = Path(given)  # load_framework(text) is the deprecated loads_framework
        with pytest.raises((FileAccessError, FrameworkFileError)):
            function(given)


def test_a_file_that_cannot_be_read_is_a_file_access_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (simulated: tests may run as root, whom chmod does not stop)."""
    path = tmp_path / "report.docx"
    path.write_bytes(sample_docx())
    real = open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied")
        return real(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(FileAccessError, match="permission denied"):
        read_docx(path)


def _rezipped(member: str, content: bytes | None) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(sample_docx())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
            elif content is not None:
                target.writestr(info, content)
    return out.getvalue()


def _flipped() -> bytes:
    data = bytearray(sample_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for offset in range(start + 10, start + 20):
        data[offset] ^= 0xFF
    return bytes(data)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(
            lambda: _rezipped("word/styles.xml", b"<?xml version='1.0'?><w:st"), id="cut XML"
        ),
        pytest.param(lambda: _rezipped("word/document.xml", None), id="no document"),
        pytest.param(_flipped, id="flipped bytes"),
        pytest.param(lambda: sample_docx()[:5000], id="cut short"),
        pytest.param(lambda: b"not a zip", id="not a zip"),
    ],
)
def test_a_damaged_word_file_is_reported_as_damaged(tmp_path: Path, content: Any) -> None:
    """Cause 12: lxml's XMLSyntaxError, zlib.error on a corrupted .docx."""
    path = tmp_path / "damaged.docx"
    path.write_bytes(content())
    with pytest.raises(ParseError, match=r"Word document.*(corrupted|not a zip)"):
        read_docx(path)


def test_parse_report_fails_with_a_line() -> None:
    """parse_report promised a ParseError with a line; a year at the start of the range gave none."""
    text = sample_report_text().replace("ปีงบประมาณ พ.ศ. ๒๕๖๗", "ปีงบประมาณ พ.ศ. ๒๔๐๐", 1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ItakitWarning)
        with pytest.raises(ParseError) as caught:
            parse_report(text)
    assert caught.value.line is not None


def test_the_report_model_raises_itakit_errors() -> None:
    """measures/model.py raised attrs' bare TypeErrors."""
    from itakit.measures import Measure, MeasureGroup, MeasureReport

    with pytest.raises(InputTypeError):
        MeasureGroup(number=1, title="x", measures=5)  # type: ignore[arg-type]
    report = parse_report(sample_report_text())
    with pytest.raises(InputTypeError):
        MeasureReport(
            kind=report.kind,
            title="x",
            agency="y",
            fiscal_year=2567,  # type: ignore[arg-type]
            answers_fiscal_year=2566,  # type: ignore[arg-type]
            groups=5,  # type: ignore[arg-type]
        )
    with pytest.raises(ItakitError):
        Measure(title="x", codes=5)  # type: ignore[arg-type]


def test_numpy_scalars_are_read_as_the_numbers_they_hold() -> None:
    assert itakit.format_number(np.float64(0.5), decimals=1) == "๐.๕"
    with pytest.raises(ScoringError, match="not a score"):
        itakit.score_indicators(FW, {**EIGHTIES, 1: np.float64("inf")})
