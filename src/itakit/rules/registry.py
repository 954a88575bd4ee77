"""The framework editions itakit ships, one per fiscal year: :func:`shipped` and :func:`frameworks`.

Each edition is a data file (``editions/fy2567.toml``) read by
:func:`~itakit.rules.loader.loads_rules`, once, when first asked for.  Users
call :func:`itakit.framework`, which wraps these rules in a
:class:`~itakit.Framework`.

>>> [str(edition.fiscal_year) for edition in frameworks()]
['2563', '2564', '2565', '2566', '2567', '2568', '2569', '2570']
>>> shipped("๒๕๖๗") is shipped(2567)
True
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import attrs

from itakit.errors import InputTypeError, ParseError, UnknownEditionError, ValidationError
from itakit.fiscal_year import BE_OFFSET, FiscalYear
from itakit.rules.framework import Rules
from itakit.rules.loader import loads_rules
from itakit.rules.provenance import Confidence

__all__ = ["Edition", "edition_years", "frameworks", "shipped"]

_EDITIONS = files("itakit.rules") / "editions"


@attrs.frozen
class Edition:
    """What one shipped edition is and how far to trust it.

    ``confidence`` is the weakest confidence of anything the edition scores
    with; ``weights_confidence`` and ``levels_confidence`` tell the two parts
    apart that move a total most.

    >>> edition = frameworks()[1]
    >>> edition.fiscal_year, edition.weights_confidence.value
    (FiscalYear(2564), 'verified')
    """

    fiscal_year: FiscalYear
    title_th: str
    title_en: str
    confidence: Confidence
    weights_confidence: Confidence
    levels_confidence: Confidence

    @classmethod
    def of(cls, fw: Rules) -> Edition:
        """The record of a framework.

        >>> Edition.of(shipped(2566)).levels_confidence
        <Confidence.INFERRED: 'inferred'>
        """
        return cls(
            fiscal_year=fw.fiscal_year,
            title_th=fw.title_th,
            title_en=fw.title_en,
            confidence=fw.confidence,
            weights_confidence=Confidence.weakest(i.confidence for i in fw.indicators),
            levels_confidence=fw.levels.confidence,
        )


@cache
def _years() -> tuple[int, ...]:
    names = (entry.name for entry in _EDITIONS.iterdir())
    return tuple(
        sorted(
            int(name[2:-5]) for name in names if name.startswith("fy") and name.endswith(".toml")
        )
    )


@cache
def _load(year: int) -> Rules:
    file = _EDITIONS / f"fy{year}.toml"
    fw = loads_rules(file.read_text(encoding="utf-8"), format="toml", name=str(file))
    if fw.fiscal_year.year != year:  # pragma: no cover - guarded by the tests
        raise ValidationError(f"editions/fy{year}.toml holds FY {fw.fiscal_year}", value=year)
    return fw


def _available() -> str:
    years = _years()
    return f"itakit ships FY {', '.join(map(str, years))}"


def edition_years() -> tuple[int, ...]:
    """The fiscal years itakit ships an edition of, oldest first.

    >>> edition_years()[:2]
    (2563, 2564)
    """
    return _years()


def shipped(year: int | str | FiscalYear) -> Rules:
    """The rules of fiscal *year*: an int, text with Thai or Arabic digits, or a FiscalYear.

    The same (frozen) object is returned every time.  A year itakit has no
    edition for is an :class:`~itakit.errors.UnknownEditionError` naming the
    years it has; load your own with :func:`itakit.load_framework`.

    >>> shipped(2567).fiscal_year
    FiscalYear(2567)
    >>> shipped(2024)
    Traceback (most recent call last):
    ...
    itakit.errors.UnknownEditionError: 2024 looks like a C.E. year; ITA fiscal years are B.E. (did you mean 2567?); itakit ships FY 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570
    >>> shipped(2580)
    Traceback (most recent call last):
    ...
    itakit.errors.UnknownEditionError: no framework edition for FY 2580: itakit ships FY 2563, 2564, 2565, 2566, 2567, 2568, 2569, 2570 (load your own with load_framework())
    """
    if isinstance(year, bool) or not isinstance(year, int | str | FiscalYear):
        raise InputTypeError(
            f"framework() needs a B.E. fiscal year such as 2567 (got {year!r})", value=year
        )
    try:
        fiscal_year = FiscalYear.parse(year)
    except ParseError:
        raise
    except ValidationError as error:
        number = error.value
        if isinstance(number, int) and number + BE_OFFSET in _years():
            raise UnknownEditionError(
                f"{number} looks like a C.E. year; ITA fiscal years are B.E."
                f" (did you mean {number + BE_OFFSET}?); {_available()}",
                value=year,
            ) from None
        raise UnknownEditionError(
            f"no framework edition for {year!r}: {_available()}", value=year
        ) from None
    if fiscal_year.year not in _years():
        raise UnknownEditionError(
            f"no framework edition for FY {fiscal_year}: {_available()}"
            " (load your own with load_framework())",
            value=year,
        )
    return _load(fiscal_year.year)


def frameworks() -> tuple[Edition, ...]:
    """Every shipped edition, oldest first, with how far to trust it.

    >>> [(str(e.fiscal_year), e.levels_confidence.value) for e in frameworks()][-2:]
    [('2569', 'provisional'), ('2570', 'provisional')]
    """
    return tuple(Edition.of(shipped(year)) for year in _years())
