"""Drawing on plain numbers: the pictures behind ``card.plot()``, ``Comparison.plot()`` and ``table.plot_levels()``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from itakit._words import Lang, word
from itakit.fonts import thai_font
from itakit.rules.indicators import Indicator
from itakit.thai import Digits, format_number, with_digits

__all__ = [
    "TOOL_COLOURS",
    "draw_comparison",
    "draw_indicators",
    "draw_level_counts",
    "new_figure",
    "use_font",
]

_PASS_COLOUR = "#CC3311"
_GRID = "#DDDDDD"


def _name(indicator: Indicator, lang: Lang, digits: Digits) -> str:
    name = indicator.name_th if lang == "th" else indicator.name_en
    return with_digits(f"{indicator.number}. {name}", digits)


def _number(value: Decimal, digits: Digits) -> str:
    return format_number(value, decimals=2, digits=digits)


def _score_axis(axes: Any, family: str, digits: Digits, lang: Lang) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.set_xlim(0, 110)  # room for the values written after the bars
    axes.set_xticks(range(0, 101, 20))
    axes.xaxis.set_major_formatter(
        FuncFormatter(lambda value, _: with_digits(f"{value:g}", digits))
    )
    axes.set_xlabel(word("score", lang), fontfamily=family)
    axes.grid(axis="x", color=_GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _pass_line(axes: Any, pass_mark: Decimal, family: str, lang: Lang, digits: Digits) -> None:
    axes.axvline(float(pass_mark), color=_PASS_COLOUR, linestyle="--", linewidth=1.2)
    axes.annotate(
        f"{word('pass_mark', lang)} {with_digits(f'{pass_mark:g}', digits)}",
        xy=(float(pass_mark), 1.0),
        xycoords=("data", "axes fraction"),
        xytext=(0, 2),
        textcoords="offset points",
        ha="center",
        va="bottom",
        color=_PASS_COLOUR,
        fontfamily=family,
        fontsize=9,
    )


def _legend(figure: Any, handles: Sequence[Any], family: str) -> None:
    from matplotlib.font_manager import FontProperties

    figure.legend(
        handles=handles,
        prop=FontProperties(family=family, size=9),
        loc="outside lower center",
        ncols=len(handles),
        frameon=False,
    )


def _tool_handles(tools: Sequence[str], lang: Lang, alpha: float = 1.0) -> list[Any]:
    from matplotlib.patches import Patch

    return [Patch(color=TOOL_COLOURS[tool], alpha=alpha, label=word(tool, lang)) for tool in tools]


def draw_indicators(
    indicators: Sequence[Indicator],
    scores: Mapping[int, Decimal],
    *,
    pass_mark: Decimal,
    title: str,
    lang: Lang,
    digits: Digits,
) -> Any:
    """One bar per indicator against the pass mark, coloured by tool, best read top to bottom."""
    family = thai_font()
    figure = new_figure(8, 0.42 * len(indicators) + 1.6)
    axes = figure.add_subplot()
    positions = range(len(indicators))
    values = [float(scores[indicator.number]) for indicator in indicators]
    colours = [TOOL_COLOURS[indicator.tool.value] for indicator in indicators]
    bars = axes.barh(positions, values, color=colours, height=0.7)
    axes.bar_label(
        bars,
        labels=[_number(scores[indicator.number], digits) for indicator in indicators],
        padding=3,
        fontfamily=family,
        fontsize=9,
    )
    axes.set_yticks(list(positions), [_name(indicator, lang, digits) for indicator in indicators])
    axes.invert_yaxis()
    _score_axis(axes, family, digits, lang)
    _pass_line(axes, pass_mark, family, lang, digits)
    tools = list(dict.fromkeys(indicator.tool.value for indicator in indicators))
    _legend(figure, _tool_handles(tools, lang), family)
    figure.suptitle(title, fontfamily=family, fontsize=13)
    use_font(axes, family)
    return figure


def draw_comparison(
    indicators: Sequence[Indicator],
    before: Mapping[int, Decimal],
    after: Mapping[int, Decimal],
    *,
    labels: tuple[str, str],
    pass_mark: Decimal,
    title: str,
    lang: Lang,
    digits: Digits,
) -> Any:
    """Paired bars per indicator, before (light) and after (dark), with the change written beside."""
    family = thai_font()
    from matplotlib.patches import Patch

    figure = new_figure(8, 0.6 * len(indicators) + 1.8)
    axes = figure.add_subplot()
    height = 0.38
    for side, (scores, alpha) in enumerate(((before, 0.45), (after, 1.0))):
        shown = [
            (position, indicator)
            for position, indicator in enumerate(indicators)
            if indicator.number in scores
        ]
        axes.barh(
            [position + (side - 0.5) * height for position, _ in shown],
            [float(scores[indicator.number]) for _, indicator in shown],
            height=height,
            color=[TOOL_COLOURS[indicator.tool.value] for _, indicator in shown],
            alpha=alpha,
        )
    for position, indicator in enumerate(indicators):
        if indicator.number in before and indicator.number in after:
            change = after[indicator.number] - before[indicator.number]
            sign = "+" if change > 0 else ""
            axes.annotate(
                f"{sign}{_number(change, digits)}",
                xy=(float(max(before[indicator.number], after[indicator.number])), position),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontfamily=family,
                fontsize=9,
                color="#117733" if change > 0 else _PASS_COLOUR if change < 0 else "#555555",
            )
    axes.set_yticks(
        list(range(len(indicators))), [_name(indicator, lang, digits) for indicator in indicators]
    )
    axes.invert_yaxis()
    _score_axis(axes, family, digits, lang)
    _pass_line(axes, pass_mark, family, lang, digits)
    sides = [
        Patch(color="#555555", alpha=0.45, label=labels[0]),
        Patch(color="#555555", label=labels[1]),
    ]
    tools = list(dict.fromkeys(indicator.tool.value for indicator in indicators))
    _legend(figure, [*sides, *_tool_handles(tools, lang)], family)
    figure.suptitle(title, fontfamily=family, fontsize=13)
    use_font(axes, family)
    return figure


def draw_level_counts(counts: Mapping[str, int], *, title: str, lang: Lang, digits: Digits) -> Any:
    """One bar per level, best first, with each count written on top."""
    family = thai_font()
    from matplotlib.ticker import MaxNLocator

    figure = new_figure(8, 4.2)
    axes = figure.add_subplot()
    labels = list(counts)
    bars = axes.bar(range(len(labels)), list(counts.values()), color="#4477AA", width=0.65)
    axes.bar_label(
        bars,
        labels=[with_digits(f"{count:,}", digits) for count in counts.values()],
        padding=3,
        fontfamily=family,
        fontsize=10,
    )
    axes.set_xticks(list(range(len(labels))), labels)
    axes.set_ylabel(word("agencies", lang), fontfamily=family)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_formatter(_integer_formatter(digits))
    axes.margins(y=0.15)
    axes.grid(axis="y", color=_GRID, linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    figure.suptitle(title, fontfamily=family, fontsize=13)
    use_font(axes, family)
    return figure


def _integer_formatter(digits: Digits) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _: with_digits(f"{value:,.0f}", digits))


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
