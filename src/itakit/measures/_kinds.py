"""What kind of document a title names: a plan of measures, a report on them, an analysis, or another kind.

Agencies word the same documents in many ways.  A title that names measures
(มาตรการ), integrity and transparency (คุณธรรม, ความโปร่งใส) or the ITA is one of
ours; among those:

- a report on measures: ``รายงานผลการดำเนินการ…``, ``สรุปรายงานผล…``,
  ``สรุปผลการดำเนินการ…``, ``การดำเนินการตามมาตรการ…``, ``ผลการดำเนินการตามมาตรการ…``;
- the analysis of the result with its plan (O25 from FY 2569):
  ``การวิเคราะห์ผลการประเมิน…`` (often ``… และมาตรการ…``), ``รายงานการวิเคราะห์…``,
  ``การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร``;
- a plan: ``มาตรการ…``, ``แนวทาง…``, ``แผน…`` (only when it names the measures).

Documents that look alike but are not ours are refused by name: the ITA's own
results report (``รายงานผลการประเมิน…``), the anti-corruption action plan and its
report (``แผนปฏิบัติการป้องกันการทุจริต``), and any other ``แผน…`` (a local
development plan, a risk plan).
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Refusal", "TitleKind", "classify_title", "looks_like_title"]

_TOPIC = re.compile(r"คุณธรรม|โปร่งใส|มาตรการ|ITA|ไอทีเอ", re.IGNORECASE)
_ANALYSIS = re.compile(
    r"^(?:รายงาน)?(?:การ|ผลการ)?วิเคราะห์ผลการประเมิน|^การนำผลการประเมิน", re.IGNORECASE
)
_RESULTS = re.compile(
    r"^(?:สรุป)?(?:รายงาน)?ผลการดำเนิน(?:การ|งาน)|^สรุปรายงานผล|^รายงานผล(?!การประเมิน)"
    r"|^(?:การ|ผลการ)ดำเนิน(?:การ|งาน)ตามมาตรการ|^รายงานการดำเนิน(?:การ|งาน)"
)
_PLAN = re.compile(r"^(?:มาตรการ|แนวทาง|แผน)")
_ITA_RESULTS = re.compile(r"^(?:สรุป)?(?:รายงาน|ประกาศ)?ผลการประเมิน(?:คุณธรรม|ITA|ไอทีเอ)", re.I)
_ANTI_CORRUPTION = re.compile(
    r"(?:แผน|รายงานผล)[^\n]{0,40}?(?:ป้องกัน|ปราบปราม)[^\n]{0,20}?การทุจริต|แผนบริหาร(?:จัดการ)?ความเสี่ยง"
)
_OTHER_PLAN = re.compile(r"^แผน\S*")


@attrs.frozen
class TitleKind:
    """A title of one of the documents itakit reads: ``"plan"``, ``"results"`` or ``"analysis"``."""

    kind: str


@attrs.frozen
class Refusal:
    """A title of a document of another kind, and what it looks like (in English, with the Thai)."""

    looks_like: str


def looks_like_title(text: str) -> bool:
    """Whether *text* starts as a title might (of our documents or of the ones refused)."""
    head = text.lstrip("#*<>bu/ ")
    return bool(
        _ANALYSIS.match(head)
        or _RESULTS.match(head)
        or _PLAN.match(head)
        or _ITA_RESULTS.match(head)
        or head.startswith("การดำเนินการตามมาตรการ")
    )


def classify_title(text: str) -> TitleKind | Refusal | None:
    """The kind of document *text* (a whole title, its lines joined) names; None if it is no title.

    >>> classify_title("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    TitleKind(kind='results')
    >>> classify_title("การวิเคราะห์ผลการประเมิน ITA และมาตรการส่งเสริมคุณธรรม")
    TitleKind(kind='analysis')
    >>> classify_title("แนวทางการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
    TitleKind(kind='plan')
    >>> classify_title("รายงานผลการประเมินคุณธรรมและความโปร่งใส (ITA)").looks_like
    'an ITA results report (รายงานผลการประเมิน…), which states scores, not measures'
    >>> classify_title("แผนปฏิบัติการป้องกันการทุจริต").looks_like
    'an anti-corruption action plan or its report (แผนปฏิบัติการป้องกันการทุจริต…, O23–O24 of ITA 2569), not a plan of ITA measures'
    >>> classify_title("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐)").looks_like
    "a plan of another kind ('แผนพัฒนาท้องถิ่น'), not a plan of ITA measures"
    >>> classify_title("ประกาศรับสมัคร") is None
    True
    """
    head = text.lstrip("#*<>bu/ ")
    if _ITA_RESULTS.match(head):
        return Refusal(
            "an ITA results report (รายงานผลการประเมิน…), which states scores, not measures"
        )
    if _ANTI_CORRUPTION.search(head) and not _ANALYSIS.match(head):
        return Refusal(
            "an anti-corruption action plan or its report (แผนปฏิบัติการป้องกันการทุจริต…,"
            " O23–O24 of ITA 2569), not a plan of ITA measures"
        )
    if _ANALYSIS.match(head):
        return TitleKind("analysis")
    topical = _TOPIC.search(head) is not None
    if _RESULTS.match(head) or head.startswith("การดำเนินการตามมาตรการ"):
        if topical or len(head.split()[0]) <= 25:  # a bare 'รายงานผลการดำเนินการ' is ours
            return TitleKind("results")
        return Refusal(f"a report of another kind ({head[:40]!r}), not a report on ITA measures")
    if _PLAN.match(head):
        if topical:
            return TitleKind("plan")
        other = _OTHER_PLAN.match(head)
        name = other[0] if other else head[:30]
        return Refusal(f"a plan of another kind ({name!r}), not a plan of ITA measures")
    return None
