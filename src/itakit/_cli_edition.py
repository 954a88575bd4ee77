"""``itakit edition new`` and ``itakit edition check``: a new year's edition in minutes.

``itakit edition new 2571 --from 2570 -o fy2571.toml`` writes the FY 2570
edition carried forward to FY 2571, every value marked provisional, as a file
to edit; ``itakit edition check fy2571.toml`` reads it back (every problem
named with its place) and prints how sure it is, part by part.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from itakit.errors import UnknownEditionError
from itakit.fiscal_year import FiscalYear
from itakit.rules.carry import carry_forward
from itakit.rules.describe import describe_confidence
from itakit.rules.loader import FileFormat, dump_rules, load_rules
from itakit.rules.registry import edition_years, shipped

__all__ = ["add_edition_commands"]


def _edition_new(args: argparse.Namespace) -> int:
    year = FiscalYear.parse(args.year)
    if args.source is None:
        earlier = [y for y in edition_years() if y < int(year)]
        if not earlier:
            raise UnknownEditionError(
                f"no shipped edition before FY {year} to carry forward: give --from YEAR or FILE",
                value=args.year,
            )
        base = shipped(earlier[-1])
    elif Path(args.source).suffix.lower() in (".toml", ".json") or Path(args.source).is_file():
        base = load_rules(Path(args.source))
    else:
        base = shipped(args.source)
    new = carry_forward(base, year)
    if args.output is None:
        sys.stdout.write(dump_rules(new, format=args.file_format or "toml") or "")
        return 0
    output = Path(args.output)
    file_format: FileFormat = args.file_format or (
        "json" if output.suffix.lower() == ".json" else "toml"
    )
    dump_rules(new, output, format=file_format)
    print(
        f"wrote {output}: FY {year} carried forward from FY {base.fiscal_year},"
        " every value provisional; edit it, then: itakit edition check " + str(output),
        file=sys.stderr,
    )
    return 0


def _edition_check(args: argparse.Namespace) -> int:
    rules = load_rules(Path(args.file))
    sys.stdout.write(describe_confidence(rules, lang=args.lang, digits=args.digits))
    return 0


def add_edition_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> None:
    """Add ``edition new`` and ``edition check`` to the ``itakit`` command."""
    edition = commands.add_parser(
        "edition",
        help="start a new year's edition file, or check one",
        description=(
            "Start a new fiscal year's edition from an earlier one (every value marked"
            " provisional), or check an edition file and print its confidence table."
        ),
    )
    actions = edition.add_subparsers(dest="action", required=True, metavar="ACTION")
    new = actions.add_parser(
        "new",
        help="write an editable edition file for YEAR, carried forward from an earlier edition",
    )
    new.add_argument("year", help="the new fiscal year (2571, ๒๕๗๑)")
    new.add_argument(
        "--from",
        dest="source",
        help="the edition to carry forward: a fiscal year or a framework file"
        " (default: the latest shipped edition before YEAR)",
    )
    new.add_argument("-o", "--output", help="the file to write (default: standard output)")
    new.add_argument(
        "--format",
        dest="file_format",
        choices=("toml", "json"),
        help="the file's format (default: from the output's suffix, else toml)",
    )
    new.set_defaults(run=_edition_new)
    check = actions.add_parser(
        "check",
        parents=[language],
        help="read an edition file, name every problem, and print its confidence table",
    )
    check.add_argument("file", help="a framework file (.toml or .json)")
    check.set_defaults(run=_edition_check)
