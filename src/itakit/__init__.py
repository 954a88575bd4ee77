"""itakit: Thailand's Integrity and Transparency Assessment (ITA) as a typed library.

>>> import itakit
>>> itakit.FiscalYear(2567).format()
'ปีงบประมาณ พ.ศ. ๒๕๖๗'
>>> itakit.parse_codes("(i๑๐/i๑๑/i๑๒)")
('i10', 'i11', 'i12')
"""

from __future__ import annotations

from itakit.codes import canonical_code, format_code, parse_codes
from itakit.errors import (
    FrameworkFileError,
    InputTypeError,
    ItakitError,
    MissingExtraError,
    ParseError,
    ScoringError,
    UnknownCodeError,
    UnknownEditionError,
    ValidationError,
)
from itakit.fiscal_year import FiscalYear
from itakit.text import normalize
from itakit.thai import (
    format_number,
    format_percent,
    parse_number,
    to_arabic_digits,
    to_thai_digits,
)

__all__ = [
    "FiscalYear",
    "FrameworkFileError",
    "InputTypeError",
    "ItakitError",
    "MissingExtraError",
    "ParseError",
    "ScoringError",
    "UnknownCodeError",
    "UnknownEditionError",
    "ValidationError",
    "canonical_code",
    "format_code",
    "format_number",
    "format_percent",
    "normalize",
    "parse_codes",
    "parse_number",
    "to_arabic_digits",
    "to_thai_digits",
]
