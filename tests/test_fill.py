"""The arithmetic of the cheapest route, on plain numbers."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from itakit.scoring._fill import cheapest_raise, water_fill

HUNDRED = Fraction(100)

scores = st.integers(min_value=0, max_value=10_000).map(lambda n: Fraction(n, 100))


@st.composite
def problems(draw: st.DrawFn) -> tuple[dict[int, Fraction], dict[int, Fraction], dict[int, str]]:
    """Scores, weights summing to 100, and a tool for each of 2–10 indicators."""
    count = draw(st.integers(min_value=2, max_value=10))
    cuts = sorted(draw(st.lists(st.integers(0, 100), min_size=count - 1, max_size=count - 1)))
    bounds = [0, *cuts, 100]
    weights = {n + 1: Fraction(bounds[n + 1] - bounds[n]) for n in range(count)}
    tools = {n + 1: draw(st.sampled_from("IEO")) for n in range(count)}
    return {n + 1: draw(scores) for n in range(count)}, weights, tools


def total(new: dict[int, Fraction], weights: dict[int, Fraction]) -> Fraction:
    return sum((weights[n] * new[n] for n in new), Fraction(0)) / HUNDRED


def tool_sums(
    new: dict[int, Fraction], weights: dict[int, Fraction], tools: dict[int, str]
) -> dict[str, tuple[Fraction, Fraction]]:
    """Each tool's Σ weight × score and Σ weight (weights 1 in a tool whose weights are all 0)."""
    sums: dict[str, tuple[Fraction, Fraction]] = {}
    for tool in set(tools.values()):
        members = [n for n in tools if tools[n] == tool]
        own = {n: weights[n] for n in members}
        if not any(own.values()):
            own = dict.fromkeys(members, Fraction(1))
        sums[tool] = (sum(own[n] * new[n] for n in members), sum(own.values()))
    return sums


def test_water_fill_lifts_the_lowest_first() -> None:
    assert water_fill({1: Fraction(60), 2: Fraction(70), 3: Fraction(90)}, Fraction(5)) == {
        1: Fraction(65),
        2: Fraction(70),
        3: Fraction(90),
    }
    assert water_fill({1: Fraction(60), 2: Fraction(70)}, Fraction(40)) == {
        1: Fraction(85),
        2: Fraction(85),
    }


@given(st.dictionaries(st.integers(1, 10), scores, min_size=1), st.fractions(0, 1))
def test_water_fill_spends_exactly_the_points(before: dict[int, Fraction], share: Fraction) -> None:
    room = sum((HUNDRED - score for score in before.values()), Fraction(0))
    after = water_fill(before, share * room)
    assert sum(after.values()) - sum(before.values()) == share * room
    assert all(before[n] <= after[n] <= HUNDRED for n in before)
    levels = {after[n] for n in before if after[n] > before[n]}
    assert len(levels) <= 1  # every raised score ends at one level ...
    for level in levels:  # ... which no score left alone is below
        assert all(after[n] >= level for n in before if after[n] == before[n])


@given(problems(), st.integers(0, 100).map(Fraction))
def test_the_total_is_reached_with_the_heaviest_indicators(
    problem: tuple[dict[int, Fraction], dict[int, Fraction], dict[int, str]], target: Fraction
) -> None:
    before, weights, tools = problem
    after = cheapest_raise(before, weights, tools, min_total=target)
    assert all(after[n] >= before[n] for n in before)
    assert total(after, weights) >= target
    if total(before, weights) < target:
        assert total(after, weights) == target  # no point more than needed
    # No cheaper exchange: nothing lighter is raised while something heavier has room.
    raised = [n for n in before if after[n] > before[n]]
    with_room = [n for n in before if after[n] < HUNDRED]
    assert not any(weights[k] > weights[j] for j in raised for k in with_room)


@given(problems(), st.integers(0, 100).map(Fraction), st.integers(0, 100).map(Fraction))
def test_every_tool_and_the_total_are_reached_at_least_cost(
    problem: tuple[dict[int, Fraction], dict[int, Fraction], dict[int, str]],
    target: Fraction,
    tool_target: Fraction,
) -> None:
    before, weights, tools = problem
    after = cheapest_raise(before, weights, tools, min_total=target, min_tool_score=tool_target)
    assert all(after[n] >= before[n] for n in before)
    assert total(after, weights) >= target
    sums = tool_sums(after, weights, tools)
    for points, weight in sums.values():
        assert points >= tool_target * weight
    # Local optimality, which for this linear programme is global: no raised indicator j
    # could give its points to a heavier k with room, unless j's tool needs every point
    # it has and k is in another tool.
    for j in before:
        if after[j] == before[j]:
            continue
        points, weight = sums[tools[j]]
        tool_tight = points == tool_target * weight
        for k in before:
            if after[k] < HUNDRED and weights[k] > weights[j]:
                assert tool_tight
                assert tools[k] != tools[j]
        # nor could j simply be raised less
        assert tool_tight or total(after, weights) == target
