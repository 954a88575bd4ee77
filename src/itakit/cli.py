"""The ``itakit`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from itakit.errors import ItakitError

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _demo(args: argparse.Namespace) -> int:
    from itakit.fiscal_year import FiscalYear

    fy = FiscalYear(2567)
    print(f"{fy.format()}  =  {fy.format(lang='en', digits='arabic')}")
    print(f"เริ่ม {fy.start.isoformat()}  สิ้นสุด {fy.end.isoformat()}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``itakit`` command."""
    parser = argparse.ArgumentParser(
        prog="itakit",
        description="Thailand's Integrity and Transparency Assessment (ITA) toolkit.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="run itakit's main job on its built-in example data")
    demo.set_defaults(run=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``itakit`` command; return its exit status (0 ok, 1 bad input, 2 usage)."""
    args = build_parser().parse_args(argv)
    run: Command = args.run
    try:
        return run(args)
    except ItakitError as error:
        print(f"itakit: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
