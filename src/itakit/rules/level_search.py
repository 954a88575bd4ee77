"""Finding levels by name, and the level above another, in an edition's level scheme.

>>> from itakit.rules import LevelScheme
>>> scheme = LevelScheme.rating_fy2566()
>>> str(find_level(scheme, "good pass")), str(level_above(scheme, find_level(scheme, "ผ่าน")))
('ผ่านดี', 'ผ่านดี')
>>> str(pass_level(LevelScheme.letter_bands()))
'A'
"""

from __future__ import annotations

from itakit.errors import InputTypeError, UnknownCodeError
from itakit.rules.levels import Level, LevelScheme
from itakit.text import normalize

__all__ = ["find_level", "level_above", "pass_level"]


def find_level(scheme: LevelScheme, level: Level | str) -> Level:
    """The level of *scheme* given as a :class:`~itakit.rules.Level` or by its Thai or English label.

    A level of *scheme*'s own is returned as it is, as is the level
    :func:`pass_level` makes up for a scheme that has no plain passing level.

    >>> from itakit.rules import LevelScheme
    >>> find_level(LevelScheme.letter_bands(), "aa").label_th
    'AA'
    >>> find_level(LevelScheme.letter_bands(), "ผ่านดี")
    Traceback (most recent call last):
    ...
    itakit.errors.UnknownCodeError: no level 'ผ่านดี' in this edition (it has AA, A, B, C, D, E, F)
    """
    if isinstance(level, Level):
        if level in scheme.levels or level == pass_level(scheme):
            return level
        wanted = level.label_th
    elif isinstance(level, str):
        wanted = normalize(level)
    else:
        raise InputTypeError(
            f"a level is a Level or its label, such as 'ผ่านดี' or 'A' (got {level!r})", value=level
        )
    for candidate in scheme.levels:
        if wanted == normalize(candidate.label_th) or (
            wanted.casefold() == normalize(candidate.label_en).casefold()
        ):
            return candidate
    labels = ", ".join(candidate.label_th for candidate in scheme.levels)
    raise UnknownCodeError(f"no level {wanted!r} in this edition (it has {labels})", value=level)


def level_above(scheme: LevelScheme, level: Level) -> Level | None:
    """The next better level than *level*, or ``None`` at the top.

    >>> from itakit.rules import LevelScheme
    >>> scheme = LevelScheme.letter_bands()
    >>> str(level_above(scheme, scheme.levels[2])), level_above(scheme, scheme.levels[0])
    ('A', None)
    """
    position = scheme.levels.index(find_level(scheme, level))
    return scheme.levels[position - 1] if position > 0 else None


def pass_level(scheme: LevelScheme) -> Level:
    """What passing asks: the scheme's lowest passing level (``A``, ``ผ่าน``).

    Passing means a published total at or above the pass mark, whatever each
    tool scores.  In every edition one level asks exactly that; a scheme of
    your own that has none gets a level of its own, ``ผ่านเกณฑ์`` (pass mark).

    >>> from itakit.rules import Level, LevelScheme
    >>> str(pass_level(LevelScheme.rating_fy2566()))
    'ผ่าน'
    >>> odd = LevelScheme(levels=(Level(label_th="ดี", label_en="good", min_total=90),
    ...     Level(label_th="อื่น", label_en="other", min_total=0)), pass_mark=80)
    >>> level = pass_level(odd)
    >>> level.label_en, level.min_total, level in odd.levels
    ('pass mark', Decimal('80'), False)
    """
    for level in reversed(scheme.levels):
        if level.min_total == scheme.pass_mark and level.min_tool_score is None:
            return level
    return Level(label_th="ผ่านเกณฑ์", label_en="pass mark", min_total=scheme.pass_mark)
