"""What a user does after scoring: where the points are, what-ifs, comparisons and plots.

>>> from itakit.analysis import thai_font
>>> thai_font()
'Sarabun'
"""

from __future__ import annotations

from itakit.analysis.fonts import thai_font

__all__ = ["thai_font"]
