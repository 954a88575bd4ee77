"""The contract every public entry point keeps on hostile input, checked one call at a time.

:func:`call` runs one call of an entry point and fails the test, naming the
input, unless the call returns a result or raises an :class:`ItakitError`
(a ``TypeError`` that is an ``InputTypeError`` is an ItakitError too).  It
also fails a call that takes more than :data:`TIME_LIMIT` seconds of CPU
time: an interval timer interrupts it where Python can be interrupted, and the
CPU time is checked again afterwards for a call that blocked inside C.  CPU
time, not wall time, so that a busy machine does not fail a fast call.

Budget: :data:`EXAMPLES` scales every fuzz test's number of examples; the
default keeps the whole suite to a few seconds, ``FUZZ_EXAMPLES=5000`` runs
a long search.  ``FUZZ_SECONDS`` changes the time limit (default ``1``).
The number of calls checked is in :data:`counts` (printed at the end of a run
with ``FUZZ_EXAMPLES`` set).
"""

from __future__ import annotations

import atexit
import collections
import functools
import json
import os
import pickle
import signal
import sys
import time
import traceback
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from itakit.errors import ItakitError, ItakitWarning

TIME_LIMIT = float(os.environ.get("FUZZ_SECONDS", "1"))
"""The most CPU seconds one call may take on an input under 10 KB."""

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0"))
"""Examples per fuzz test when set (a long run); 0 means each test's own small default."""

counts: collections.Counter[str] = collections.Counter()
"""Calls checked, by entry point."""

CATALOGUE = os.environ.get("FUZZ_CATALOGUE")
"""A file to append escapes to instead of failing (to list them all in one run)."""


def _summary() -> None:
    if not (EXAMPLES or os.environ.get("FUZZ_STATS")) or not counts:
        return
    total = sum(counts.values())
    lines = [f"fuzz: {total:,} calls checked, {len(counts)} entry points, limit {TIME_LIMIT} s"]
    lines += [f"  {count:>9,}  {name}" for name, count in counts.most_common()]
    print("\n".join(lines), file=sys.__stderr__)
    if os.environ.get("FUZZ_STATS"):
        with open(os.environ["FUZZ_STATS"], "w", encoding="utf-8") as stats:
            json.dump({"calls": total, "by_entry_point": dict(counts)}, stats, indent=1)


atexit.register(_summary)


_DEFAULT_DIGITS = sys.int_info.default_max_str_digits


class SlowCall(BaseException):
    """Raised inside a call that ran past the time limit (BaseException: nothing swallows it)."""


def _interrupt(signum: int, frame: object) -> None:
    raise SlowCall


def _short(value: object, limit: int = 600) -> str:
    try:
        text = repr(value)
    except Exception as error:  # a repr that fails is itself worth seeing
        text = f"<repr failed: {error!r}>"
    return text if len(text) <= limit else f"{text[: limit // 2]} … {text[-limit // 2 :]}"


def _fail(label: str, kind: str, message: str) -> ItakitError:
    """Fail the test; in a catalogue run, log the escape and stand in an ItakitError for it."""
    if CATALOGUE is None:
        pytest.fail(message, pytrace=False)
    with open(CATALOGUE, "a", encoding="utf-8") as log:
        log.write(f"{label}\t{kind}\t{message[:2000]!r}\n")
    return ItakitError(f"logged: {message}")


def _snapshot(value: object) -> bytes | None:
    """The pickled bytes of a mutable input (a dict, list or table), to see it left as it was."""
    if isinstance(value, str | bytes | int | float | tuple | os.PathLike) or value is None:
        return None
    if not (isinstance(value, dict | list | bytearray) or hasattr(value, "__array__")):
        return None
    try:
        return pickle.dumps(value)
    except Exception:
        return None


def call(
    function: Callable[..., Any],
    /,
    *args: Any,
    name: str | None = None,
    allowed: tuple[type[Exception], ...] = (),
    **kwargs: Any,
) -> Any:
    """``function(*args, **kwargs)``: its result, or the ItakitError it raised (returned).

    Anything else it raises (but the *allowed* exceptions, returned too), a call
    over the time limit, or a call that changes a dict, list or table it was
    given, fails the test with the input.
    """
    inputs = [*args, *kwargs.values()]
    before = [_snapshot(value) for value in inputs]
    label = name or getattr(function, "__qualname__", repr(function))
    counts[label] += 1
    previous = signal.signal(signal.SIGPROF, _interrupt)
    digits = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(_DEFAULT_DIGITS)
    start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, TIME_LIMIT)
    try:
        try:
            with warnings.catch_warnings():
                # itakit's own warnings are part of a result; any other warning stays an error
                warnings.simplefilter("ignore", ItakitWarning)
                result = function(*args, **kwargs)
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
            sys.set_int_max_str_digits(digits)
            signal.signal(signal.SIGPROF, previous)
    except SlowCall:
        return _fail(
            label, "slow", f"{label} ran over {TIME_LIMIT} s on {_short(args)} {_short(kwargs)}"
        )
    except ItakitError as error:
        result = error
    except allowed as error:
        result = error
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # the contract: nothing else escapes (a polars panic too)
        kind = f"{type(error).__module__}.{type(error).__qualname__}"
        where = "; ".join(
            f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}"
            for frame in traceback.extract_tb(error.__traceback__)[-3:]
        )
        return _fail(
            label,
            kind,
            f"{label} let {kind} escape: {_short(str(error), 300)} (at {where})\n"
            f"  on {_short(args)} {_short(kwargs)}",
        )
    spent = time.process_time() - start
    for value, snapshot in zip(inputs, before, strict=True):
        if snapshot is not None and _snapshot(value) != snapshot:
            return _fail(label, "changed", f"{label} changed its input {_short(value)}")
    if spent > TIME_LIMIT:
        return _fail(
            label, "slow", f"{label} took {spent:.2f} s on {_short(args)} {_short(kwargs)}"
        )
    return result


def fuzz_settings(examples: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Decorate a ``@given`` test: *examples* examples by default, ``FUZZ_EXAMPLES`` when set.

    While the test runs, ints of any size print (hypothesis shows its inputs);
    :func:`call` puts Python's default limit back for the call itself, so the
    code under test meets the limit an app meets.
    """

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        limited = settings(
            max_examples=EXAMPLES or examples,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
            deadline=None,
        )(test)

        @functools.wraps(limited)
        def run(*args: Any, **kwargs: Any) -> None:
            previous = sys.get_int_max_str_digits()
            sys.set_int_max_str_digits(0)
            try:
                limited(*args, **kwargs)
            finally:
                sys.set_int_max_str_digits(previous)

        # hypothesis warns of its own when an example's repr is large: not the code under test
        marked: Callable[..., None] = pytest.mark.filterwarnings(
            "ignore::hypothesis.errors.HypothesisWarning"
        )(run)
        return marked

    return decorate
