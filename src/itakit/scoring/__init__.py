"""Scoring: one agency exactly, a whole nation fast.

- :func:`score_indicators`: one agency from its indicator scores → :class:`ScoreCard`.

The one-agency path is exact (fractions until the published rounding).

>>> import itakit
>>> itakit.score_indicators(itakit.framework(2564), dict.fromkeys(range(1, 11), 85)).total
Decimal('85.00')
"""

from __future__ import annotations

from itakit.scoring.card import ScoreCard
from itakit.scoring.indicators import score_indicators

__all__ = ["ScoreCard", "score_indicators"]
