"""Answer scales: the choices a respondent picks from and the exact points of each.

Points are exact fractions of 100 (a four-level answer ``มาก`` is 200/3, not
66.67) so that nothing is rounded before the published total.

>>> scale = AnswerScale.four_level()
>>> [str(choice.points) for choice in scale.choices]
['0', '100/3', '200/3', '100']
>>> [str(points) for points in scale.points(reversed=True)]
['100', '200/3', '100/3', '0']
"""

from __future__ import annotations

from fractions import Fraction

import attrs

from itakit.errors import InputTypeError, ScoringError, ValidationError
from itakit.rules._validate import non_empty_text, optional_text
from itakit.rules.provenance import Confidence
from itakit.rules.tools import Tool
from itakit.text import normalize

__all__ = ["AnswerScale", "Choice", "to_points"]


def to_points(value: object) -> Fraction:
    """Exact points from a Fraction, an int, or text such as ``"100/3"`` or ``"66.5"``.

    >>> to_points("200/3")
    Fraction(200, 3)
    """
    if isinstance(value, bool) or not isinstance(value, Fraction | int | str):
        raise InputTypeError(
            f"points must be a fraction, an int or text such as '100/3' (got {value!r})",
            value=value,
        )
    try:
        points = Fraction(value)
    except (ValueError, ZeroDivisionError):
        raise ValidationError(
            f"points must read as a number such as '100/3' (got {value!r})", value=value
        ) from None
    if not 0 <= points <= 100:
        raise ValidationError(f"points must be between 0 and 100 (got {value!r})", value=value)
    return points


def _optional_points(value: object) -> Fraction | None:
    return None if value is None else to_points(value)


def _optional_tool(value: object) -> Tool | None:
    return None if value is None else Tool.parse(value)  # type: ignore[arg-type]


@attrs.frozen
class Choice:
    """One answer a respondent can give, with its Thai label and its points.

    ``points`` is ``None`` where the label is known and the points are not
    (the six-level scales of FY 2567 on): such a choice cannot be scored.

    >>> Choice(label_th="มี", label_en="yes", points=100).points
    Fraction(100, 1)
    >>> Choice(label_th="เห็นด้วย", label_en="agree").points is None
    True
    """

    label_th: str = attrs.field(validator=non_empty_text)
    label_en: str = attrs.field(validator=non_empty_text)
    points: Fraction | None = attrs.field(default=None, converter=_optional_points)


def _check_choices(scale: AnswerScale, attribute: object, choices: tuple[Choice, ...]) -> None:
    if len(choices) < 2:
        raise ValidationError(
            f"scale {scale.key!r} must have at least two choices (got {len(choices)})",
            value=choices,
        )
    labels = [choice.label_th for choice in choices]
    if len(set(labels)) != len(labels):
        raise ValidationError(f"scale {scale.key!r} repeats a Thai label: {labels}", value=labels)
    known = {choice.points is not None for choice in choices}
    if len(known) > 1:
        raise ValidationError(
            f"scale {scale.key!r} gives points for some choices only: give every choice its"
            " points, or none (points unknown)",
            value=choices,
        )


@attrs.frozen
class AnswerScale:
    """The ordered choices of a question, lowest first (choice 0 is the lowest).

    A *reversed* question (where "yes, a lot" is bad) scores the same choices
    in the opposite order.  A scale may know its labels and not its points
    (:attr:`points_known` is False): it is listed as an alternative to the
    scale named by ``replaces`` for the questions of ``tool``, and can be
    scored only once its points are given (:meth:`with_points`).
    """

    key: str = attrs.field(validator=non_empty_text)
    name_th: str = attrs.field(validator=non_empty_text)
    name_en: str = attrs.field(validator=non_empty_text)
    choices: tuple[Choice, ...] = attrs.field(validator=_check_choices)
    confidence: Confidence = Confidence.PROVISIONAL
    sources: tuple[str, ...] = ()
    note: str | None = attrs.field(default=None, validator=optional_text)
    replaces: str | None = attrs.field(default=None, validator=optional_text)
    """The key of the scale this one is an alternative to (``"four_level"``), if any."""
    tool: Tool | None = attrs.field(default=None, converter=_optional_tool)
    """The tool whose questions may switch to this scale, if it is an alternative."""

    @property
    def points_known(self) -> bool:
        """Whether the points of its choices are known (so that it can score).

        >>> AnswerScale.four_level().points_known
        True
        """
        return all(choice.points is not None for choice in self.choices)

    def points(self, *, reversed: bool = False) -> tuple[Fraction, ...]:
        """The points of each choice, choice 0 first, reversed if asked.

        >>> AnswerScale.yes_no().points(reversed=True)
        (Fraction(100, 1), Fraction(0, 1))
        """
        if not self.points_known:
            raise ScoringError(self.unknown_points_message(), value=self.key)
        points = tuple(choice.points for choice in self.choices if choice.points is not None)
        return points[::-1] if reversed else points

    def unknown_points_message(self) -> str:
        """What to do about a scale whose points are unknown."""
        count = len(self.choices)
        example = ", ".join(str(Fraction(100 * k, count - 1)) for k in range(count))
        return (
            f"the points of scale {self.key!r} are unknown: give the {count} points your forms"
            f" use, lowest choice first, e.g. with_scale({self.key!r}, points=[{example}])"
        )

    def with_points(self, points: object) -> AnswerScale:
        """This scale with *points* for its choices (lowest first), marked provisional.

        >>> scale = AnswerScale.yes_no().with_points([0, 50])
        >>> scale.points(), scale.confidence.value
        ((Fraction(0, 1), Fraction(50, 1)), 'provisional')
        """
        if isinstance(points, str | bytes) or not hasattr(points, "__iter__"):
            raise InputTypeError(
                f"points must be a list of numbers, one a choice (got {points!r})", value=points
            )
        given = list(points)
        if len(given) != len(self.choices):
            raise ValidationError(
                f"scale {self.key!r} has {len(self.choices)} choices: give {len(self.choices)}"
                f" points, lowest choice first (got {len(given)})",
                value=points,
            )
        choices = tuple(
            attrs.evolve(choice, points=to_points(value))
            for choice, value in zip(self.choices, given, strict=True)
        )
        note = "points given by the user" + (f"; {self.note}" if self.note else "")
        return attrs.evolve(self, choices=choices, confidence=Confidence.PROVISIONAL, note=note)

    def index_of(self, label: str) -> int:
        """The choice number of a Thai or English label.

        >>> AnswerScale.four_level().index_of("มากที่สุด")
        3
        """
        wanted = normalize(label)
        for index, choice in enumerate(self.choices):
            if wanted in (normalize(choice.label_th), normalize(choice.label_en)):
                return index
        known = ", ".join(choice.label_th for choice in self.choices)
        raise ValidationError(
            f"{label!r} is not a choice of scale {self.key!r}: expected one of {known}",
            value=label,
        )

    @classmethod
    def four_level(cls) -> AnswerScale:
        """The ITA's four-level scale: 0, 100/3, 200/3, 100 (sourced; exact points inferred)."""
        return cls(
            key="four_level",
            name_th="มาตรวัด ๔ ระดับ",
            name_en="four-level scale",
            choices=(
                Choice(label_th="น้อยที่สุดหรือไม่มีเลย", label_en="least or none", points=0),
                Choice(label_th="น้อย", label_en="little", points=Fraction(100, 3)),
                Choice(label_th="มาก", label_en="much", points=Fraction(200, 3)),
                Choice(label_th="มากที่สุด", label_en="most", points=100),
            ),
            confidence=Confidence.SOURCED,
        )

    @classmethod
    def yes_no(cls) -> AnswerScale:
        """ไม่มี (0) / มี (100): the IIT's yes/no questions and every OIT item."""
        return cls(
            key="yes_no",
            name_th="มี / ไม่มี",
            name_en="yes / no",
            choices=(
                Choice(label_th="ไม่มี", label_en="no", points=0),
                Choice(label_th="มี", label_en="yes", points=100),
            ),
            confidence=Confidence.SOURCED,
        )
