"""A picture of a comparison, behind the ``plot`` extra: :func:`plot_comparison`.

Cards and tables draw themselves (:mod:`itakit.scoring.plots` says how the
figures are built and which font they use); this is the comparison's figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from itakit._words import Lang, check_lang
from itakit.scoring._draw import draw_comparison
from itakit.thai import Digits, resolve_digits

if TYPE_CHECKING:
    from itakit.analysis.compare import Comparison

__all__ = ["plot_comparison"]


def plot_comparison(
    comparison: Comparison, *, lang: Lang = "th", digits: Digits | None = None
) -> Any:
    """Paired bars per indicator, before (light) and after (dark), with each change beside them.

    >>> import itakit
    >>> a = itakit.framework(2566).score_indicators(dict.fromkeys(range(1, 11), 84), agency="ก")
    >>> b = itakit.framework(2567).score_indicators(dict.fromkeys(range(1, 11), 88), agency="ก")
    >>> plot_comparison(itakit.compare(a, b), lang="en").get_suptitle().splitlines()[0]
    'ก 2566 → ก 2567'
    """
    check_lang(lang)
    digits = resolve_digits(lang, digits)
    before = {c.number: c.before for c in comparison.indicators if c.before is not None}
    after = {c.number: c.after for c in comparison.indicators if c.after is not None}
    return draw_comparison(
        [change.indicator for change in comparison.indicators],
        before,
        after,
        labels=comparison.labels,
        pass_mark=comparison.after.framework.levels.pass_mark,
        title=comparison.title(lang=lang, digits=digits).replace(": ", "\n", 1),
        lang=lang,
        digits=digits,
    )
