"""Machine instructions a call, counted by Valgrind: a figure that noise on a shared host does not move.

Timings on a shared machine move by a third from one minute to the next, which hides any change
of less than that.  This counts the instructions the process runs (``valgrind --tool=cachegrind
--cache-sim=no``) for 100 and for 500 calls of one operation, after 50 calls to warm up, with the
cyclic garbage collector off, one OpenBLAS thread and a fixed hash seed; the difference over 400
is the count a call (the same to within a few in a million from one run to the next).  It counts
work, not time: memory stalls and the cores of a dataframe library do not show.

Operations (the one agency of ``one_agency.py``: 200 respondents as a dict of NumPy arrays, OIT as
indicator scores):

- ``score``: ``score_responses``;
- ``card``: ``.card(name)`` of the table it gives;
- ``oit``: ``score_oit`` on the 43-item checklist of FY 2564.

Run: ``python benchmarks/instructions.py [operation ...]`` (about half a minute an operation;
needs ``valgrind`` on the PATH: ``apt-get install valgrind``; not in CI).
"""

from __future__ import annotations

import gc
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from typing import Any

OPERATIONS = ("score", "card", "oit")
NAME = "เทศบาลตำบลทรงคนอง"


def operation(which: str) -> Callable[[], Any]:
    from one_agency import one_agency

    import itakit

    if which == "oit":
        fw64 = itakit.framework(2564)
        checklist = {f"o{k}": k % 7 != 0 for k in range(1, 44)}
        return lambda: itakit.score_oit(fw64, checklist)
    fw = itakit.framework(2567)
    arrays = one_agency()
    oit = {NAME: {9: 88.5, 10: 71.25}}
    if which == "score":
        return lambda: itakit.score_responses(fw, arrays, oit=oit)
    table = itakit.score_responses(fw, arrays, oit=oit)
    return lambda: table.card(NAME)


def child(which: str, calls: int) -> None:
    """Run inside Valgrind: warm up, then *calls* calls."""
    run = operation(which)
    for _ in range(50):
        run()
    gc.collect()
    gc.disable()
    for _ in range(calls):
        run()


def instructions(which: str, calls: int) -> int:
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "PYTHONHASHSEED": "0"}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    command += [sys.executable, __file__, "--child", which, str(calls)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"no instruction count in Valgrind's output:\n{done.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], int(sys.argv[3]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("this benchmark needs valgrind on the PATH (apt-get install valgrind)")
    chosen = sys.argv[1:] or list(OPERATIONS)
    unknown = [name for name in chosen if name not in OPERATIONS]
    if unknown:
        raise SystemExit(f"unknown operations {unknown}: choose from {', '.join(OPERATIONS)}")
    for which in chosen:
        few, many = instructions(which, 100), instructions(which, 500)
        print(f"{which}: {(many - few) / 400:,.0f} instructions a call")


if __name__ == "__main__":
    main()
