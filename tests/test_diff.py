"""diff_frameworks: what changed between two frameworks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from itakit import (
    Change,
    ChangeKind,
    Framework,
    InputTypeError,
    diff_frameworks,
    framework,
)
from strategies import frameworks


def _kinds(before: int, after: int) -> dict[ChangeKind, list[str]]:
    diff = diff_frameworks(framework(before), framework(after))
    return {kind: [str(c) for c in diff.of(kind)] for kind in ChangeKind if diff.of(kind)}


def test_2564_to_2566() -> None:
    diff = diff_frameworks(framework(2564), framework(2566))
    assert diff.before == "FY 2564"
    assert diff.after == "FY 2566"
    kinds = _kinds(2564, 2566)
    assert kinds[ChangeKind.QUESTION_REMOVED] == [f"i{n}" for n in range(16, 31)] + [
        f"o{n}" for n in range(1, 44)
    ]
    assert ChangeKind.QUESTION_ADDED not in kinds
    assert diff.of(ChangeKind.QUESTION_MOVED)[6] == Change(
        ChangeKind.QUESTION_MOVED, "i10", "indicator 2", "indicator 4"
    )
    assert len(diff.of(ChangeKind.QUESTION_MOVED)) == 12
    assert kinds[ChangeKind.QUESTION_SCALE] == [f"i{n}: yes_no → four_level" for n in (4, 5, 6)]
    assert kinds[ChangeKind.QUESTION_POLARITY] == [
        "i4: reversed → plain",
        "i5: reversed → plain",
        "i6: reversed → plain",
        "i9: reversed → plain",
        "i10: reversed → plain",
        "i11: reversed: i11.2 → plain",
    ]
    assert kinds[ChangeKind.QUESTION_SUB_ITEMS] == ["i1: 2 → 0", "i3: 3 → 0", "i11: 2 → 0"]
    assert kinds[ChangeKind.WEIGHT_CONFIDENCE] == [
        f"{n}: verified → provisional" for n in range(1, 11)
    ]
    assert ChangeKind.WEIGHT not in kinds
    assert kinds[ChangeKind.SUB_INDICATOR_REMOVED] == [
        "9.1",
        "9.2",
        "9.3",
        "9.4",
        "9.5",
        "10.1",
        "10.2",
    ]
    assert len(kinds[ChangeKind.LEVELS]) == 1
    assert kinds[ChangeKind.LEVELS_CONFIDENCE] == ["levels: sourced → inferred"]
    assert ChangeKind.PASS_MARK not in kinds


def test_str_groups_runs_of_codes() -> None:
    text = str(diff_frameworks(framework(2564), framework(2566)))
    assert text.startswith("FY 2564 → FY 2566: ")
    assert "questions removed\n  i16–i30\n  o1–o43\n" in text
    assert "  i10–i12: indicator 2 → indicator 4\n" in text
    assert "confidence of weights changed\n  1–10: verified → provisional\n" in text


def test_2566_to_2567_adds_the_six_level_scales_and_sources_the_levels() -> None:
    kinds = _kinds(2566, 2567)
    assert set(kinds) == {ChangeKind.SCALE, ChangeKind.LEVELS_CONFIDENCE}
    assert kinds[ChangeKind.LEVELS_CONFIDENCE] == ["levels: inferred → sourced"]
    assert [change.split(":")[0] for change in kinds[ChangeKind.SCALE]] == [
        "iit_six_level",
        "eit_six_level",
    ]
    assert all(" ? / " in change for change in kinds[ChangeKind.SCALE])


def test_2568_to_2569_carries_every_value_forward() -> None:
    kinds = _kinds(2568, 2569)
    assert ChangeKind.WEIGHT not in kinds
    assert ChangeKind.QUESTION_ADDED not in kinds
    assert kinds[ChangeKind.LEVELS_CONFIDENCE] == ["levels: sourced → provisional"]
    assert kinds[ChangeKind.QUESTION_TEXT][0].startswith("o1: โครงสร้างและอำนาจหน้าที่ → ")


def test_a_variant_shows_its_weights() -> None:
    fw = framework(2564)
    variant = fw.replace(weights={6: 12, 7: 9, 8: 9}, title_en="my what-if")
    diff = diff_frameworks(fw, variant)
    assert diff.after == "my what-if"
    assert [str(c) for c in diff.of(ChangeKind.WEIGHT)] == ["6: 10 → 12", "7: 10 → 9", "8: 10 → 9"]
    assert len(diff) == 6


def test_the_diff_of_a_framework_with_itself_is_empty() -> None:
    diff = diff_frameworks(framework(2567), framework(2567))
    assert not diff
    assert str(diff) == "FY 2567 → FY 2567: no changes\n"


@settings(max_examples=30)
@given(frameworks(), frameworks())
def test_a_diff_is_empty_exactly_when_nothing_it_compares_differs(
    a: Framework, b: Framework
) -> None:
    assert not diff_frameworks(a, a)
    diff = diff_frameworks(a, b)
    if not diff:
        assert a.levels == b.levels
        assert [(i.number, i.weight) for i in a.indicators] == [
            (i.number, i.weight) for i in b.indicators
        ]
        assert sorted(q.code for q in a.questions) == sorted(q.code for q in b.questions)


def test_only_frameworks_are_compared() -> None:
    with pytest.raises(InputTypeError):
        diff_frameworks(framework(2567), 2568)  # type: ignore[arg-type]
