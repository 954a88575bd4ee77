"""The HTML documents carry their Thai font: drawn in headless Chromium on a machine with no fonts at all.

Chromium runs with a fontconfig that lists no font directory, so any Thai it
draws comes from the page itself.  The page as itakit writes it is compared
with the same page with its ``@font-face`` rules taken out: the second draws
boxes (or nothing) where the first draws Sarabun.  Skipped where Chromium is
not installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from itakit.measures import parse_report, sample_report_text

PIL = pytest.importorskip("PIL.Image")
PIL_CHOPS = pytest.importorskip("PIL.ImageChops")
CHROMIUM = next(
    (
        shutil.which(name)
        for name in ("chromium", "chromium-browser", "google-chrome")
        if shutil.which(name)
    ),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")

_FONT_FACE = re.compile(r"@font-face \{[^}]*\}")


def _screenshot(html: str, tmp_path: Path, name: str) -> object:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    shot = tmp_path / f"{name}.png"
    fonts = tmp_path / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--run-all-compositor-stages-before-draw",
            "--virtual-time-budget=10000",  # let the inlined font load before the picture is taken
            f"--screenshot={shot}",
            "--window-size=1200,700",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"FONTCONFIG_FILE": str(fonts), "HOME": str(tmp_path)},
    )
    return PIL.open(io.BytesIO(shot.read_bytes())).convert("L")


def _ink(image: object) -> int:
    """How many pixels are dark: the amount of text drawn."""
    histogram = image.histogram()  # type: ignore[attr-defined]
    return sum(histogram[:128])


def test_the_report_page_embeds_sarabun_as_woff2() -> None:
    page = parse_report(sample_report_text()).to_html()
    faces = _FONT_FACE.findall(page)
    assert len(faces) == 2
    assert all("data:font/woff2;base64," in face for face in faces)
    assert len(page) < 200_000  # subset: the full two faces would be about 180 kB of base64 alone


def test_thai_is_drawn_without_any_system_font(tmp_path: Path) -> None:
    page = parse_report(sample_report_text()).to_html()
    bare = _FONT_FACE.sub("", page)
    with_font = _screenshot(page, tmp_path, "with")
    without_font = _screenshot(bare, tmp_path, "without")
    drawn, boxes = _ink(with_font), _ink(without_font)
    assert drawn > 5_000  # the title block and the first rows are drawn
    # Without the page's font the Thai is boxes at best: far from the same picture.
    changed = PIL_CHOPS.difference(with_font, without_font).point(lambda v: 255 if v > 64 else 0)
    difference = changed.histogram()[255]  # type: ignore[attr-defined]
    assert difference > drawn // 4, (drawn, boxes, difference)
