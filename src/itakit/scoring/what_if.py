"""What if some indicators scored otherwise? A new card, scored again exactly; the first is unchanged."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from itakit.errors import InputTypeError
from itakit.scoring.card import ScoreCard
from itakit.scoring.route import Route

__all__ = ["what_if"]


def what_if(card: ScoreCard, changes: Mapping[Any, object] | Route) -> ScoreCard:
    """A NEW card with the indicator scores in *changes* (number → score), or a route's targets.

    The card is scored again exactly under its own framework; *card* itself is
    never changed.  *changes* may name questions too (``{"i10": 95}``, any
    spelling ``fw.score_questions`` reads): their indicators are scored again
    from the card's question scores (see
    :func:`~itakit.scoring.questions_input.what_if_questions`).  A score outside
    0–100, or an indicator the edition does not have, is a
    :class:`~itakit.errors.ScoringError` naming it.

    >>> import itakit
    >>> card = itakit.framework(2564).score_indicators(dict.fromkeys(range(1, 11), 80))
    >>> better = what_if(card, {9: 90})
    >>> better.total, card.total
    (Decimal('82.00'), Decimal('80.00'))
    >>> what_if(card, {11: 90})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    itakit.errors.ScoringError: cannot score FY 2564: unknown indicator 11 (FY 2564 has indicators 1–10) ...
    """
    if isinstance(changes, Route):
        changes = changes.changes
    if not isinstance(changes, Mapping):
        raise InputTypeError(
            f"what_if() needs a mapping of indicator number to score, such as {{9: 90}},"
            f" or a Route (got {changes!r})",
            value=changes,
        )
    if not isinstance(card, ScoreCard):
        raise InputTypeError(f"what_if() needs a ScoreCard (got {card!r})", value=card)
    from itakit.scoring.questions_input import names_a_question, what_if_questions

    if any(names_a_question(key) for key in changes):
        return what_if_questions(card, changes)
    scores: dict[Any, object] = dict(card.indicator_scores_exact)
    scores.update(changes)
    return ScoreCard(
        framework=card.framework,
        indicator_scores_exact=scores,  # type: ignore[arg-type]
        agency=card.agency,
        respondents=card.respondents,
    )
