"""Thai text in matplotlib figures: the Sarabun font of the ``plot`` extra.

matplotlib's default font has no Thai glyphs, so Thai labels would print as
boxes.  :func:`thai_font` registers Sarabun (shipped by the ``fontpkg-sarabun``
package) with matplotlib once and returns its family name; every itakit plot
sets that family on each piece of text it draws, and leaves the user's global
``rcParams`` and backend alone.

>>> thai_font()
'Sarabun'
"""

from __future__ import annotations

import functools
import importlib.resources

from itakit._optional import require

__all__ = ["thai_font"]


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
