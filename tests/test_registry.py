"""The shipped editions behind itakit.framework(year)."""

from __future__ import annotations

from importlib.resources import files

import pytest

from itakit import (
    Confidence,
    FiscalYear,
    InputTypeError,
    ParseError,
    UnknownEditionError,
    framework,
    frameworks,
)

P, S, V = Confidence.PROVISIONAL, Confidence.SOURCED, Confidence.VERIFIED
INF = Confidence.INFERRED


def test_a_year_is_accepted_however_it_is_written() -> None:
    fw = framework(2567)
    assert framework("๒๕๖๗") is fw
    assert framework("ปีงบประมาณ พ.ศ. ๒๕๖๗") is fw
    assert framework(FiscalYear(2567)) is fw
    assert fw.fiscal_year == FiscalYear(2567)


def test_a_ce_year_is_refused_with_the_be_year_suggested() -> None:
    with pytest.raises(UnknownEditionError) as info:
        framework(2024)
    message = str(info.value)
    assert "2024 looks like a C.E. year" in message
    assert "did you mean 2567?" in message
    assert "2563, 2564, 2565, 2566, 2567, 2568" in message
    assert info.value.value == 2024
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("year", [2580, 2562, "2580", 1])
def test_a_year_without_an_edition_names_the_years_there_are(year: int | str) -> None:
    with pytest.raises(
        UnknownEditionError, match="itakit ships FY 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570"
    ):
        framework(year)


def test_text_that_is_no_year_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        framework("next year")
    with pytest.raises(InputTypeError):
        framework(True)


def test_frameworks_lists_every_edition_with_its_confidence() -> None:
    summary = [
        (int(e.fiscal_year), e.confidence, e.weights_confidence, e.levels_confidence)
        for e in frameworks()
    ]
    # Every edition lists EIT questions, which are provisional in every year.
    assert summary == [
        (2563, P, V, S),
        (2564, P, V, S),
        (2565, P, P, S),
        (2566, P, P, INF),
        (2567, P, P, S),
        (2568, P, P, S),
        (2569, P, P, P),
        (2570, P, P, P),
    ]
    for edition in frameworks():
        assert edition.title_en == framework(edition.fiscal_year).title_en
        assert edition.title_th.endswith(f"พ.ศ. {edition.fiscal_year}")


def test_every_data_file_is_an_edition_of_its_own_year() -> None:
    names = sorted(
        e.name for e in (files("itakit.rules") / "editions").iterdir() if e.name.endswith(".toml")
    )
    assert names == [f"fy{e.fiscal_year}.toml" for e in frameworks()]


def test_no_year_means_the_current_fiscal_year() -> None:
    import datetime as dt

    from itakit import FiscalYear

    current = FiscalYear.from_date(dt.date.today())
    if current.year in [int(e.fiscal_year) for e in frameworks()]:
        assert framework() is framework(current)
    else:
        with pytest.raises(UnknownEditionError, match=str(current.year)):
            framework()
