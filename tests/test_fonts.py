"""Thai text in plots: the Sarabun font of the plot extra."""

from __future__ import annotations

import io
import sys
import warnings

import pytest
from matplotlib import font_manager
from matplotlib.figure import Figure

from itakit import MissingExtraError, fonts
from itakit.fonts import thai_font

THAI = "การป้องกันการทุจริต ผ่านดีเยี่ยม ๘๑.๔๕"


def _glyph_warnings(family: str) -> list[str]:
    figure = Figure()
    figure.text(0.1, 0.5, THAI, fontfamily=family)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure.savefig(io.BytesIO(), format="png")
    return [str(warning.message) for warning in caught if "Glyph" in str(warning.message)]


def test_thai_font_registers_sarabun() -> None:
    assert thai_font() == "Sarabun"
    assert font_manager.findfont(thai_font(), fallback_to_default=False).endswith(
        "Sarabun-Regular.ttf"
    )


def test_thai_text_in_sarabun_has_every_glyph() -> None:
    assert _glyph_warnings(thai_font()) == []


def test_thai_text_in_the_default_font_would_miss_glyphs() -> None:
    """The control: without Sarabun, matplotlib warns, so the test above can fail."""
    assert _glyph_warnings("DejaVu Sans") != []


def test_without_the_plot_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "fontpkg_sarabun", None)
    fonts.thai_font.cache_clear()
    try:
        with pytest.raises(MissingExtraError, match=r'pip install "itakit\[plot\]"') as caught:
            thai_font()
        assert caught.value.value == "plot"
    finally:
        fonts.thai_font.cache_clear()
