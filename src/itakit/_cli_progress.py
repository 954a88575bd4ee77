"""Stage messages of long work on a terminal: ``itakit: scoring 250,000 rows… (1.2 s)``.

The ``itakit`` command shows them on standard error only when standard error
is a terminal, each over the last (a carriage return, no escape codes), and
wipes the line when the work is done, so that nothing is left among the
results and nothing ever reaches a pipe or a file.

>>> import io
>>> stream = io.StringIO()
>>> ticks = iter([0.0, 0.5, 2.25])
>>> stages = Stages(stream, clock=lambda: next(ticks))
>>> stages("reading answers.csv")
>>> stages.close()
>>> stream.getvalue().split("\\r")
['', 'itakit: reading answers.csv… (0.5 s)', '                                    ', '']
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from itakit._text_table import pad, width

__all__ = ["Stages", "stages_for"]


class Stages:
    """A progress callback: each call shows its message, with the seconds since the start.

    >>> import io
    >>> stream = io.StringIO()
    >>> Stages(stream, clock=iter([1.0, 3.0]).__next__)("scoring")
    >>> stream.getvalue()
    '\\ritakit: scoring… (2.0 s)'
    """

    def __init__(self, stream: TextIO, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._clock = clock
        self._start = clock()
        self._shown = 0

    def __call__(self, message: str) -> None:
        line = f"itakit: {message}… ({self._clock() - self._start:.1f} s)"
        self._stream.write("\r" + pad(line, self._shown))
        self._stream.flush()
        self._shown = width(line)

    def close(self) -> None:
        """Wipe the last message, if one was shown."""
        if self._shown:
            self._stream.write("\r" + " " * self._shown + "\r")
            self._stream.flush()
            self._shown = 0


def stages_for(stream: TextIO) -> Stages | None:
    """Stage messages on *stream* if it is a terminal; else ``None`` (nothing shown).

    >>> import io
    >>> stages_for(io.StringIO()) is None
    True
    """
    return Stages(stream) if stream.isatty() else None
