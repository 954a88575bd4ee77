"""Confidence on every output: a card under a provisional edition says what is provisional."""

from __future__ import annotations

import json
from typing import Any

import pytest

import itakit
from itakit.scoring.provisional import PART_NAMES, provisional_note, provisional_parts

SCORES = dict.fromkeys(range(1, 11), 90)


def card_data(card: itakit.ScoreCard) -> dict[str, Any]:
    """The card's JSON (``to_json`` where it exists, else ``to_dict`` through json)."""
    to_json = getattr(card, "to_json", None)
    text = to_json() if to_json is not None else json.dumps(card.to_dict())
    data: dict[str, Any] = json.loads(text)
    return data


@pytest.mark.parametrize("year", [2565, 2566, 2567, 2568])
def test_a_card_under_a_provisional_edition_says_so_everywhere(year: int) -> None:
    card = itakit.framework(year).score_indicators(SCORES)
    thai, english = provisional_note(card), provisional_note(card, lang="en")
    assert thai is not None
    assert english is not None
    assert thai in card.format()
    assert english in card.format(lang="en")
    assert english.replace("&", "&amp;") in card._repr_html_() or thai in card._repr_html_()
    data = card_data(card)
    assert data["provisional"] == list(provisional_parts(card))
    assert "weights" in data["provisional"]


def test_a_verified_card_has_no_provisional_line() -> None:
    card = itakit.framework(2564).score_indicators(SCORES)
    assert provisional_note(card) is None
    assert "Provisional" not in card.format(lang="en")
    assert "ที่ยังเป็นสมมติฐานชั่วคราว:" not in card.format()
    assert card_data(card)["provisional"] == []


def test_the_note_names_what_is_provisional_from_the_editions_data() -> None:
    fw = itakit.framework(2564)
    assert provisional_parts(fw.replace(weights={9: 22, 10: 18})) == ("weights", "questions")
    levels = fw.levels
    import attrs

    loose = fw.replace(levels=attrs.evolve(levels, confidence=itakit.Confidence.PROVISIONAL))
    assert "levels" in provisional_parts(loose)
    note = provisional_note(loose.score_indicators(SCORES), lang="en")
    assert note is not None
    assert "levels" in note


def test_the_note_follows_lang_and_digits() -> None:
    card = itakit.framework(2567).score_indicators(SCORES)
    assert "๒๕๖๗" in (provisional_note(card) or "")
    assert "2567" in (provisional_note(card, digits="arabic") or "")
    assert "FY ๒๕๖๗" in (provisional_note(card, lang="en", digits="thai") or "")
    with pytest.raises(itakit.ValidationError):
        provisional_note(card, lang="fr")


def test_every_part_has_a_thai_and_an_english_name() -> None:
    for thai, english in PART_NAMES.values():
        assert thai
        assert english


def test_a_plan_drafted_from_a_provisional_card_says_so() -> None:
    card = itakit.framework(2567).score_indicators({**SCORES, 4: 70})
    plan = itakit.measures.draft_plan(card, framework=itakit.framework(2568))
    note = provisional_note(card)
    assert note is not None
    assert note in plan.to_markdown()
