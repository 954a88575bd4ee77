"""Where a rule comes from and how sure itakit is of it.

Every value in an edition that a source could get wrong carries a
:class:`Confidence` and the keys of the :class:`Source` records behind it.

>>> Confidence.VERIFIED > Confidence.PROVISIONAL
True
>>> Confidence.weakest([Confidence.SOURCED, Confidence.INFERRED])
<Confidence.INFERRED: 'inferred'>
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from itakit.rules._validate import non_empty_text

__all__ = ["Confidence", "Source"]

_RANK = {"provisional": 0, "inferred": 1, "sourced": 2, "verified": 3}


@enum.unique
class Confidence(enum.StrEnum):
    """How sure itakit is of a value, strongest last.

    - ``verified``: recomputed from published numbers;
    - ``sourced``: stated by a public source, not recomputed;
    - ``inferred``: derived from evidence;
    - ``provisional``: an assumption to ship with; check it and override it.

    >>> Confidence("sourced").label_th
    'มีแหล่งอ้างอิง'
    """

    PROVISIONAL = "provisional"
    INFERRED = "inferred"
    SOURCED = "sourced"
    VERIFIED = "verified"

    @property
    def label_th(self) -> str:
        """The Thai label shown to a Thai reader."""
        return _LABELS_TH[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return _RANK[self.value] < _RANK[other.value]

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return _RANK[self.value] <= _RANK[other.value]

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return _RANK[self.value] > _RANK[other.value]

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Confidence):
            return NotImplemented
        return _RANK[self.value] >= _RANK[other.value]

    @classmethod
    def weakest(cls, confidences: Iterable[Confidence]) -> Confidence:
        """The least sure of *confidences* (``verified`` when there are none).

        >>> Confidence.weakest([])
        <Confidence.VERIFIED: 'verified'>
        """
        return min(confidences, default=cls.VERIFIED)


_LABELS_TH = {
    Confidence.PROVISIONAL: "สมมติฐานชั่วคราว",
    Confidence.INFERRED: "อนุมานจากหลักฐาน",
    Confidence.SOURCED: "มีแหล่งอ้างอิง",
    Confidence.VERIFIED: "ตรวจสอบกับผลที่เผยแพร่แล้ว",
}


@attrs.frozen
class Source:
    """A public source of rules: a report, a manual, a form, a news item.

    ``key`` is how the edition's values refer to it.

    >>> Source(key="nacc-2564-g2", title="NACC regional report on ITA 2564, group 2", page="168").citation
    'NACC regional report on ITA 2564, group 2, p. 168'
    """

    key: str = attrs.field(validator=non_empty_text)
    title: str = attrs.field(validator=non_empty_text)
    url: str | None = None
    page: str | None = None
    note: str | None = None

    @property
    def citation(self) -> str:
        """The title and page, as a reader would cite it."""
        return self.title if self.page is None else f"{self.title}, p. {self.page}"
