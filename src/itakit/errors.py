"""The one family of errors itakit raises.

Every error is an :class:`ItakitError`.  Each subclass also derives from the
built-in exception that fits it, so callers that already catch ``ValueError``,
``LookupError`` or ``TypeError`` keep working, and every error carries the
offending input as ``.value``.

>>> from itakit import FiscalYear, ItakitError
>>> try:
...     FiscalYear(2024)
... except ValueError as error:
...     print(isinstance(error, ItakitError), error.value)
True 2024
"""

from __future__ import annotations

__all__ = [
    "DocumentKindError",
    "FileAccessError",
    "FrameworkFileError",
    "InputTypeError",
    "ItakitError",
    "ItakitWarning",
    "MissingExtraError",
    "ParseError",
    "ScoringError",
    "SkippedAgenciesWarning",
    "UnknownCodeError",
    "UnknownEditionError",
    "ValidationError",
]


class ItakitError(Exception):
    """Base of every error itakit raises; ``.value`` is the input that caused it.

    >>> str(ItakitError("bad", value=3)), ItakitError("bad", value=3).value
    ('bad', 3)
    """

    def __init__(self, message: str, *, value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


class ValidationError(ItakitError, ValueError):
    """A value of the right type that breaks a rule (a score of 101, weights summing to 99).

    >>> isinstance(ValidationError("x"), ValueError)
    True
    """


class ParseError(ValidationError):
    """Text that could not be read; ``.text`` is the text and ``.line`` its line number if known.

    >>> error = ParseError("no year in 'ปีงบ'", value="ปีงบ", line=3)
    >>> error.line, isinstance(error, ValueError)
    (3, True)
    """

    def __init__(self, message: str, *, value: object = None, line: int | None = None) -> None:
        super().__init__(message, value=value)
        self.line = line


class DocumentKindError(ParseError):
    """A document of another kind than itakit reads, named by what it looks like.

    >>> from itakit.measures import parse_report
    >>> parse_report("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    Traceback (most recent call last):
    ...
    itakit.errors.DocumentKindError: line 1: this looks like an anti-corruption action plan or its report (แผนปฏิบัติการป้องกันการทุจริต…, O23–O24 of ITA 2569), not a plan of ITA measures; itakit reads plans of measures (มาตรการ…), reports on them (รายงานผลการดำเนินการ…) and analyses of an ITA result (การวิเคราะห์ผลการประเมิน…)
    """


class FrameworkFileError(ValidationError):
    """A framework file (TOML or JSON) that is malformed or breaks a rule.

    ``.source`` names the file, ``.path`` the place inside it (``indicators[3].weight``).

    >>> error = FrameworkFileError("must sum to 100", source="my.toml", path="indicators")
    >>> error.source, error.path
    ('my.toml', 'indicators')
    """

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        path: str | None = None,
        value: object = None,
    ) -> None:
        super().__init__(message, value=value)
        self.source = source
        self.path = path


class ScoringError(ValidationError):
    """Scores or answers that cannot be scored; ``.problems`` lists every offending row.

    >>> ScoringError("2 bad rows", problems=("row 1", "row 7")).problems
    ('row 1', 'row 7')
    """

    def __init__(
        self, message: str, *, value: object = None, problems: tuple[str, ...] = ()
    ) -> None:
        super().__init__(message, value=value)
        self.problems = problems


class FileAccessError(ItakitError, OSError):
    """A file could not be read or written: missing, a folder, not allowed, too large, or a bad path.

    ``.path`` is the path as given.

    >>> from itakit._files import read_bytes
    >>> read_bytes("/no/such/file.toml")
    Traceback (most recent call last):
    ...
    itakit.errors.FileAccessError: /no/such/file.toml: no such file
    """

    def __init__(self, message: str, *, path: object = None, value: object = None) -> None:
        super().__init__(message, value=path if value is None else value)
        self.path = path


class UnknownEditionError(ItakitError, LookupError):
    """A fiscal year for which itakit ships no framework edition.

    >>> isinstance(UnknownEditionError("no 2570"), LookupError)
    True
    """


class UnknownCodeError(ItakitError, LookupError):
    """A question, indicator or tool that the framework does not have.

    >>> isinstance(UnknownCodeError("no i99"), LookupError)
    True
    """


class InputTypeError(ItakitError, TypeError):
    """An input of the wrong type (``None`` where text was expected).

    >>> isinstance(InputTypeError("need str"), TypeError)
    True
    """


class MissingExtraError(ItakitError, ImportError):
    """An optional dependency is missing; the message names the extra to install.

    >>> print(MissingExtraError.for_extra("plot", "matplotlib"))
    this feature needs matplotlib: pip install "itakit[plot]"
    """

    @classmethod
    def for_extra(cls, extra: str, package: str) -> MissingExtraError:
        """The error for a missing optional *package*, installed with *extra*."""
        return cls(f'this feature needs {package}: pip install "itakit[{extra}]"', value=extra)


class ItakitWarning(UserWarning):
    """Base of every warning itakit gives; filter it to silence or escalate them all.

    >>> issubclass(SkippedAgenciesWarning, ItakitWarning)
    True
    """


class SkippedAgenciesWarning(ItakitWarning):
    """Some agencies were left out of a result because their input had problems.

    The result's ``.skipped`` says which, and why.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warnings.warn("skipped 1 agency", SkippedAgenciesWarning)
    >>> caught[0].category.__name__
    'SkippedAgenciesWarning'
    """
