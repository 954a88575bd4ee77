"""Thai fonts that travel: Sarabun in matplotlib figures, and inlined in web pages.

**Figures.**
matplotlib's default font has no Thai glyphs, so Thai labels would print as
boxes.  :func:`thai_font` registers Sarabun (shipped by the ``fontpkg-sarabun``
package) with matplotlib once and returns its family name; every itakit plot
sets that family on each piece of text it draws, and leaves the user's global
``rcParams`` and backend alone.

**Web pages.** An HTML page that only names Thai fonts shows boxes on a machine
that has none (a stock Debian with Chromium, for one).  :func:`font_face_css`
subsets Sarabun to the characters of the page with fontTools, compresses it
as WOFF2 (brotli) and returns ``@font-face`` rules with the font inlined as a
``data:`` URL, regular and bold (the ``html`` extra): the page then draws its
Thai the same everywhere, and stays one file.

>>> thai_font()
'Sarabun'
"""

from __future__ import annotations

import base64
import functools
import importlib
import importlib.resources
import io

from itakit._optional import require

__all__ = ["WEB_FAMILY", "font_face_css", "has_web_font", "subset_woff2", "thai_font"]


@functools.cache
def thai_font() -> str:
    """Register the Sarabun font files with matplotlib (once) and return the family name.

    Use the name for your own figures: ``ax.set_title("ผลการประเมิน", fontfamily=thai_font())``.
    Without the ``plot`` extra this raises :class:`~itakit.errors.MissingExtraError`.

    >>> from matplotlib import font_manager
    >>> font_manager.findfont(thai_font()).endswith("Sarabun-Regular.ttf")
    True
    """
    require("matplotlib", extra="plot")
    package = require("fontpkg_sarabun", extra="plot", package="fontpkg-sarabun")
    from matplotlib import font_manager

    files = importlib.resources.files(package.__name__).joinpath("files")
    for entry in sorted(files.iterdir(), key=lambda entry: entry.name):
        if entry.name.endswith(".ttf"):
            with importlib.resources.as_file(entry) as path:
                font_manager.fontManager.addfont(str(path))
    family: str = getattr(package, "FAMILY", "Sarabun")
    return family


WEB_FAMILY = "Sarabun"
"""The family name the inlined font is declared under."""

_EXTRA = "html"


def has_web_font() -> bool:
    """Whether fontTools, brotli and Sarabun are installed (the ``html`` extra).

    >>> has_web_font()
    True
    """
    try:
        for module in ("fontTools.subset", "brotli", "fontpkg_sarabun"):
            importlib.import_module(module)
    except ImportError:
        return False
    return True


@functools.cache
def _font_bytes(weight: str) -> bytes:
    package = require("fontpkg_sarabun", extra=_EXTRA, package="fontpkg-sarabun")
    entry = importlib.resources.files(package.__name__).joinpath("files", f"Sarabun-{weight}.ttf")
    return entry.read_bytes()


def subset_woff2(text: str, *, weight: str = "Regular") -> bytes:
    """Sarabun *weight* cut down to the characters of *text* (and basic Latin and Thai), as WOFF2 bytes.

    >>> data = subset_woff2("ผลการประเมิน")
    >>> data[:4], len(data) < 40_000
    (b'wOF2', True)
    """
    subset = require("fontTools.subset", extra=_EXTRA, package="fonttools")
    require("brotli", extra=_EXTRA, package="brotli")
    ttlib = require("fontTools.ttLib", extra=_EXTRA, package="fonttools")
    font = ttlib.TTFont(io.BytesIO(_font_bytes(weight)))
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Thai needs its mark positioning (mark, mkmk) and ligatures
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options=options)
    # The whole Thai block: shapers rewrite some letters into others (the sara am into a nikhahit
    # and a sara aa), which must be in the font though the text does not hold them.
    characters = set(text) | {chr(code) for code in (*range(0x20, 0x7F), *range(0x0E01, 0x0E5C))}
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def font_face_css(text: str) -> str:
    """``@font-face`` rules for Sarabun regular and bold, subset to *text*, inlined as WOFF2.

    Needs the ``html`` extra (fontTools, brotli, fontpkg-sarabun).

    >>> css = font_face_css("ตัวชี้วัด")
    >>> css.count("@font-face"), "font/woff2" in css, "font-weight: 700" in css
    (2, True, True)
    """
    rules = []
    for weight, number in (("Regular", 400), ("Bold", 700)):
        data = base64.b64encode(subset_woff2(text, weight=weight)).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{WEB_FAMILY}"; font-style: normal; font-weight: {number};'
            f' src: url(data:font/woff2;base64,{data}) format("woff2"); }}'
        )
    return "\n".join(rules)
