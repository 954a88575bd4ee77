"""A blank matplotlib figure set up for Thai text, without pyplot and without touching the backend."""

from __future__ import annotations

from typing import Any

from itakit.fonts import thai_font

__all__ = ["TOOL_COLOURS", "new_figure", "use_font"]

TOOL_COLOURS = {"IIT": "#0072B2", "EIT": "#E69F00", "OIT": "#009E73"}
"""One colour per tool, by the tool's name (Okabe–Ito, readable by colour-blind readers)."""


def new_figure(width: float, height: float) -> Any:
    """A :class:`matplotlib.figure.Figure` of *width* × *height* inches with constrained layout.

    A ``Figure`` built directly needs no pyplot, so it neither picks nor changes
    the user's backend; it draws to PNG or PDF with ``savefig`` and shows itself
    in Jupyter.
    """
    thai_font()  # raises MissingExtraError without the plot extra
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def use_font(axes: Any, family: str) -> None:
    """Write every tick label of *axes*, now and later, in *family*.

    matplotlib copies the first tick's text properties to the ticks it makes
    later, so setting the current labels is enough.
    """
    for label in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
        label.set_fontfamily(family)
