"""The HTML documents carry their Thai font: drawn in headless Chromium on a machine with no fonts at all.

Chromium runs with a fontconfig that lists no font directory, so any Thai it
draws comes from the page itself.  It prints the page to PDF (printing waits
for the page's fonts, a screenshot does not): the PDF uses Sarabun and reads
back as Thai.  The control is the same page with its ``@font-face`` rules
taken out: no font at all, nothing drawn.  Skipped where Chromium (or
poppler's tools) is not installed.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
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


def _print(html: str, folder: Path, name: str) -> Path:
    """*html* printed to PDF by headless Chromium with no font installed (printing waits for the page's fonts)."""
    page = folder / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    pdf = folder / f"{name}.pdf"
    fonts = folder / "fonts.conf"
    fonts.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--virtual-time-budget=10000",  # let the inlined font load before printing
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
        env={"FONTCONFIG_FILE": str(fonts), "HOME": str(folder)},
    )
    return pdf


def _poppler(tool: str, *args: str) -> str:
    return subprocess.run(
        [tool, *args], check=True, capture_output=True, text=True, timeout=60
    ).stdout


def _first_page(pdf: Path) -> object:
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
        check=True,
        capture_output=True,
        timeout=60,
    )
    (png,) = pdf.parent.glob(f"{pdf.stem}-*1.png")
    return PIL.open(io.BytesIO(png.read_bytes())).convert("L")


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


@pytest.fixture
def folder() -> Iterator[Path]:
    """A folder of its own (not pytest's shared temporary root, which other runs may prune)."""
    path = Path(tempfile.mkdtemp(prefix="itakit-font-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdffonts", "pdftotext", "pdftoppm")),
    reason="poppler's pdffonts, pdftotext and pdftoppm are not installed",
)
def test_thai_is_drawn_without_any_system_font(folder: Path) -> None:
    page = parse_report(sample_report_text()).to_html()
    # Headless Chromium on a machine without fonts prints the page's own font only part of the time
    # (measured here: about half the prints, in runs of up to nine failures in a row, whether or not
    # it waits for document.fonts.ready). Twenty tries tell that race apart from a page whose font
    # never draws.
    for attempt in range(20):
        with_font = _print(page, folder, f"with{attempt}")
        used = _poppler("pdffonts", str(with_font))
        if "Sarabun-Regular" in used and "Sarabun-Bold" in used:
            break
        time.sleep(0.5)
    without_font = _print(_FONT_FACE.sub("", page), folder, "without")
    # The page's own Sarabun drew the text, which reads back as the Thai it is.
    assert "Sarabun-Regular" in used
    assert "Sarabun-Bold" in used
    assert "สำนักปลัด" in _poppler("pdftotext", str(with_font), "-")
    # The control: without the page's font, no font draws anything.
    assert "Sarabun" not in _poppler("pdffonts", str(without_font))
    drawn, bare = _ink(_first_page(with_font)), _ink(_first_page(without_font))
    assert drawn > 2 * bare + 1_000, (drawn, bare)
