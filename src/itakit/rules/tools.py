"""The three assessment tools: IIT, EIT and OIT.

>>> Tool.parse("oit"), Tool.OIT.name_th
(<Tool.OIT: 'OIT'>, 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ')
>>> Tool.from_code("e8")
<Tool.EIT: 'EIT'>
"""

from __future__ import annotations

import enum

from itakit.errors import InputTypeError, UnknownCodeError

__all__ = ["Tool"]


@enum.unique
class Tool(enum.StrEnum):
    """One of the ITA's three tools; its question codes start with :attr:`prefix`."""

    IIT = "IIT"
    EIT = "EIT"
    OIT = "OIT"

    @property
    def prefix(self) -> str:
        """The letter its question codes start with (``i``, ``e``, ``o``)."""
        return self.value[0].lower()

    @property
    def name_th(self) -> str:
        """Its Thai name."""
        return _NAMES[self][0]

    @property
    def name_en(self) -> str:
        """Its English name."""
        return _NAMES[self][1]

    @classmethod
    def parse(cls, value: str | Tool) -> Tool:
        """The tool named *value*, in any case.

        >>> Tool.parse("xit")
        Traceback (most recent call last):
        ...
        itakit.errors.UnknownCodeError: unknown tool 'xit': expected IIT, EIT or OIT
        """
        if isinstance(value, Tool):
            return value
        if not isinstance(value, str):
            raise InputTypeError(f"a tool must be text such as 'IIT' (got {value!r})", value=value)
        try:
            return cls(value.strip().upper())
        except ValueError:
            raise UnknownCodeError(
                f"unknown tool {value!r}: expected IIT, EIT or OIT", value=value
            ) from None

    @classmethod
    def from_code(cls, code: str) -> Tool:
        """The tool a canonical question code belongs to, by its first letter."""
        for tool in cls:
            if code[:1] == tool.prefix:
                return tool
        raise UnknownCodeError(f"{code!r} is not a question code of IIT, EIT or OIT", value=code)


_NAMES = {
    Tool.IIT: (
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
        "Internal Integrity and Transparency Assessment",
    ),
    Tool.EIT: (
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
        "External Integrity and Transparency Assessment",
    ),
    Tool.OIT: ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "Open Data Integrity and Transparency Assessment"),
}
