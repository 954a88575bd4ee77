"""What a user does after scoring: where the points are, what-ifs, comparisons and plots.

Everything here works on :class:`~itakit.scoring.ScoreCard` and
:class:`~itakit.scoring.ScoreTable` values and returns new values; nothing is
changed in place.  The same functions are reachable as methods:
``card.gaps()``, ``card.costly_questions()``, ``card.what_if({9: 90})``, ``card.plot()``, ``table.rank()``,
``table.percentile(group=...)``, ``table.level_counts()``, ``table.summary()``,
``table.plot_levels()``, and :func:`itakit.compare`.

>>> import itakit
>>> trat = itakit.framework(2564).score_indicators({1: 93.55, 2: 87.72, 3: 91.01, 4: 87.93,
...     5: 89.52, 6: 90.55, 7: 88.68, 8: 88.58, 9: 72.89, 10: 65.56}, agency="ตราด")
>>> [gap.indicator.number for gap in trat.gaps().largest(2)]
[10, 9]
>>> trat.what_if(trat.gaps().to_pass).level.label_th
'A'
"""

from __future__ import annotations

from itakit.analysis.compare import Comparison, IndicatorChange, compare
from itakit.analysis.plots import plot_comparison
from itakit.fonts import thai_font
from itakit.rules.level_search import find_level, level_above, pass_level
from itakit.scoring.costly import CostlyQuestion, CostlyQuestions, costly_questions
from itakit.scoring.distribution import Summary, level_counts, summary
from itakit.scoring.gaps import Gaps, IndicatorGap, gaps
from itakit.scoring.plots import plot_card, plot_levels
from itakit.scoring.ranking import Ranked, percentiles, rank
from itakit.scoring.route import Route, Step, cheapest_route
from itakit.scoring.what_if import what_if

__all__ = [
    "Comparison",
    "CostlyQuestion",
    "CostlyQuestions",
    "Gaps",
    "IndicatorChange",
    "IndicatorGap",
    "Ranked",
    "Route",
    "Step",
    "Summary",
    "cheapest_route",
    "compare",
    "costly_questions",
    "find_level",
    "gaps",
    "level_above",
    "level_counts",
    "pass_level",
    "percentiles",
    "plot_card",
    "plot_comparison",
    "plot_levels",
    "rank",
    "summary",
    "thai_font",
    "what_if",
]
