"""Scoring: one agency exactly, a whole nation fast.

- :func:`score_indicators`: one agency from its indicator scores → :class:`ScoreCard`;
- :func:`score_oit`: one agency's OIT checklist → indicator scores (:class:`OITScores`);
- :func:`score_responses`: respondents' raw answers, many agencies → :class:`ScoreTable`;
- :func:`score_indicator_table`, :func:`score_oit_table`: the same, many agencies at once.

The one-agency path is exact (fractions until the published rounding); the
many-agency path is vectorised NumPy whose published numbers equal the exact
path's.

>>> import itakit
>>> itakit.score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), 85)).total
Decimal('85.00')
"""

from __future__ import annotations

from itakit.scoring.card import ScoreCard
from itakit.scoring.indicator_table import score_indicator_table
from itakit.scoring.indicators import score_indicators
from itakit.scoring.oit import OITScores, score_oit
from itakit.scoring.oit_table import OITTable, score_oit_table
from itakit.scoring.responses import score_responses
from itakit.scoring.table import ScoreTable

__all__ = [
    "OITScores",
    "OITTable",
    "ScoreCard",
    "ScoreTable",
    "score_indicator_table",
    "score_indicators",
    "score_oit",
    "score_oit_table",
    "score_responses",
]
