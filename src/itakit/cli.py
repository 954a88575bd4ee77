"""The ``itakit`` command line.

``itakit frameworks`` lists the shipped editions; ``itakit show 2567`` prints one
(or a framework file of your own); ``itakit diff 2564 2566`` shows what changed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from itakit.errors import ItakitError
from itakit.rules.describe import describe_editions, describe_framework
from itakit.rules.diff import diff_frameworks
from itakit.rules.framework import Framework
from itakit.rules.loader import load_framework
from itakit.rules.registry import framework, frameworks

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _demo(args: argparse.Namespace) -> int:
    from itakit.fiscal_year import FiscalYear

    fy = FiscalYear(2567)
    print(f"{fy.format()}  =  {fy.format(lang='en', digits='arabic')}")
    print(f"เริ่ม {fy.start.isoformat()}  สิ้นสุด {fy.end.isoformat()}")
    return 0


def _framework(edition: str) -> Framework:
    """A shipped edition by its year, or a framework file by its path."""
    if Path(edition).suffix.lower() in (".toml", ".json") or Path(edition).is_file():
        return load_framework(Path(edition))
    return framework(edition)


def _frameworks(args: argparse.Namespace) -> int:
    print(describe_editions(frameworks(), lang=args.lang, digits=args.digits), end="")
    return 0


def _show(args: argparse.Namespace) -> int:
    fw = _framework(args.edition)
    print(describe_framework(fw, lang=args.lang, digits=args.digits), end="")
    return 0


def _diff(args: argparse.Namespace) -> int:
    print(diff_frameworks(_framework(args.before), _framework(args.after)), end="")
    return 0


def _add_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("th", "en"), default="th", help="words in Thai or English (th)"
    )
    parser.add_argument(
        "--digits",
        choices=("thai", "arabic"),
        help="Thai or Arabic digits (Thai for --lang th, Arabic for --lang en)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``itakit`` command."""
    parser = argparse.ArgumentParser(
        prog="itakit",
        description="Thailand's Integrity and Transparency Assessment (ITA) toolkit.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser("demo", help="run itakit's main job on its built-in example data")
    demo.set_defaults(run=_demo)
    listing = commands.add_parser(
        "frameworks", help="list the framework editions itakit ships, with their confidence"
    )
    _add_language(listing)
    listing.set_defaults(run=_frameworks)
    show = commands.add_parser(
        "show", help="print one edition: indicators, weights, questions, levels, sources"
    )
    show.add_argument("edition", help="a fiscal year (2567, ๒๕๖๗) or a framework file")
    _add_language(show)
    show.set_defaults(run=_show)
    diff = commands.add_parser("diff", help="what changed between two editions or files")
    diff.add_argument("before", help="a fiscal year or a framework file")
    diff.add_argument("after", help="a fiscal year or a framework file")
    diff.set_defaults(run=_diff)
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
