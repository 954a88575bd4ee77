"""Pictures: Figures with Thai labels in Sarabun, no missing glyphs, and a clear error without the extra."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings

import matplotlib
import pytest
from matplotlib.figure import Figure

import itakit
from itakit import MissingExtraError, ScoreCard, ScoreTable, fonts

TRAT_2564 = {
    1: "93.55", 2: "87.72", 3: "91.01", 4: "87.93", 5: "89.52",
    6: "90.55", 7: "88.68", 8: "88.58", 9: "72.89", 10: "65.56",
}  # fmt: skip


@pytest.fixture
def card() -> ScoreCard:
    return itakit.framework(2564).score_indicators(TRAT_2564, agency="ตราด")


@pytest.fixture
def table() -> ScoreTable:
    return itakit.score_indicator_table(
        itakit.framework(2567),
        {"agency": ["ก", "ข", "ค"], **{str(n): [97, 90, 70] for n in range(1, 11)}},
    )


def rendered_without_glyph_warnings(figure: Figure) -> list[str]:
    """Draw *figure* to PNG; return the warnings about missing glyphs (there should be none)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(io.BytesIO(), format="png")
    return [str(w.message) for w in caught if "Glyph" in str(w.message)]


def shown_texts(figure: Figure) -> list[matplotlib.text.Text]:
    """Every piece of text the figure shows."""
    return [
        text
        for text in figure.findobj(matplotlib.text.Text)
        if text.get_text() and text.get_visible()
    ]


def test_card_plot_has_thai_indicator_names_in_sarabun(card: ScoreCard) -> None:
    figure = card.plot()  # Thai names with Thai digits, as lang="th" reads
    assert isinstance(figure, Figure)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[0] == "๑. การปฏิบัติหน้าที่"
    assert labels[-1] == "๑๐. การป้องกันการทุจริต"
    assert "ตราด" in figure.get_suptitle()
    assert "๘๑.๔๕" in figure.get_suptitle()
    arabic = card.plot(digits="arabic")
    assert arabic.axes[0].get_yticklabels()[0].get_text() == "1. การปฏิบัติหน้าที่"
    assert "81.45" in arabic.get_suptitle()
    assert rendered_without_glyph_warnings(figure) == []
    assert {text.get_fontfamily()[0] for text in shown_texts(figure)} == {"Sarabun"}


def test_card_plot_in_english_with_thai_digits(card: ScoreCard) -> None:
    figure = card.plot(lang="en", digits="thai")
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[8] == "๙. information disclosure"
    assert "๘๑.๔๕" in figure.get_suptitle()


def test_bars_are_coloured_by_tool(card: ScoreCard) -> None:
    bars = card.plot().axes[0].patches[:10]
    colours = [bar.get_facecolor() for bar in bars]
    assert len(set(colours[:5])) == len(set(colours[5:8])) == len(set(colours[8:])) == 1
    assert len({colours[0], colours[5], colours[8]}) == 3


def test_comparison_plot(card: ScoreCard) -> None:
    before = itakit.framework(2563).score_indicators(dict.fromkeys(range(1, 11), 75), agency="ตราด")
    figure = itakit.compare(before, card).plot(digits="arabic")
    assert isinstance(figure, Figure)
    assert "ตราด 2563 → ตราด 2564" in figure.get_suptitle()
    assert figure.axes[0].get_yticklabels()[9].get_text() == "10. การป้องกันการทุจริต"
    assert "ตราด ๒๕๖๓ → ตราด ๒๕๖๔" in itakit.compare(before, card).plot().get_suptitle()
    assert rendered_without_glyph_warnings(figure) == []
    assert {text.get_fontfamily()[0] for text in shown_texts(figure)} == {"Sarabun"}


def test_level_plot(table: ScoreTable) -> None:
    figure = table.plot_levels()
    labels = [label.get_text() for label in figure.axes[0].get_xticklabels()]
    assert labels == ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"]
    heights = [bar.get_height() for bar in figure.axes[0].patches]
    assert heights == [1, 1, 0, 1, 0]
    assert rendered_without_glyph_warnings(figure) == []
    assert {text.get_fontfamily()[0] for text in shown_texts(figure)} == {"Sarabun"}
    english = table.plot_levels(lang="en").axes[0].get_xticklabels()
    assert english[0].get_text() == "excellent pass"


def test_plots_leave_the_backend_and_pyplot_alone(card: ScoreCard) -> None:
    backend = matplotlib.get_backend()
    card.plot()
    assert matplotlib.get_backend() == backend


def test_a_bad_language_is_refused(card: ScoreCard) -> None:
    with pytest.raises(itakit.ValidationError, match="lang must be 'th' or 'en'"):
        card.plot(lang="fr")


@pytest.mark.parametrize("missing", ["matplotlib", "fontpkg_sarabun"])
def test_without_the_plot_extra_the_error_says_what_to_install(
    card: ScoreCard, monkeypatch: pytest.MonkeyPatch, missing: str
) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import fails as if not installed
    fonts.thai_font.cache_clear()
    try:
        with pytest.raises(MissingExtraError, match=r'pip install "itakit\[plot\]"') as caught:
            card.plot()
        assert isinstance(caught.value, ImportError)
        assert caught.value.value == "plot"
    finally:
        fonts.thai_font.cache_clear()


def test_importing_itakit_loads_no_matplotlib() -> None:
    """Plotting is optional: matplotlib is imported only when a plot is drawn."""
    done = subprocess.run(
        [sys.executable, "-c", "import itakit, sys; print('matplotlib' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"
