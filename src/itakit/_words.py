"""The words itakit's plots and summaries write, in Thai and in English."""

from __future__ import annotations

from itakit._locale import Lang, check_lang

__all__ = ["Lang", "check_lang", "word"]

_WORDS: dict[str, tuple[str, str]] = {
    "total": ("คะแนนรวม", "total"),
    "level": ("ระดับ", "level"),
    "pass_mark": ("เกณฑ์ผ่าน", "pass mark"),
    "score": ("คะแนน", "score"),
    "indicator": ("ตัวชี้วัด", "indicator"),
    "agencies": ("จำนวนหน่วยงาน", "agencies"),
    "levels_title": ("จำนวนหน่วยงานตามระดับผลการประเมิน", "Agencies by level"),
    "fiscal_year": ("ปีงบประมาณ พ.ศ.", "FY"),
    "IIT": ("IIT ภายใน", "IIT internal"),
    "EIT": ("EIT ภายนอก", "EIT external"),
    "OIT": ("OIT เปิดเผยข้อมูล", "OIT disclosure"),
}


def word(key: str, lang: Lang) -> str:
    """The word for *key* in *lang*.

    >>> word("pass_mark", "th"), word("pass_mark", "en")
    ('เกณฑ์ผ่าน', 'pass mark')
    """
    thai, english = _WORDS[key]
    return thai if check_lang(lang) == "th" else english
