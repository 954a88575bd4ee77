"""The ``itakit`` command line.

``itakit frameworks`` lists the shipped editions; ``itakit show 2567`` prints one
(or a framework file of your own); ``itakit diff 2564 2566`` shows what changed;
``itakit report FILE --to html`` turns a plan or report of measures into another form.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from itakit.errors import ItakitError, ItakitWarning
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


_REPORT_FORMATS = ("md", "html", "docx", "toml", "json")


def _report(args: argparse.Namespace) -> int:
    """Read a plan or report of measures (text, .docx, .json, .toml) and write it as --to asks."""
    from itakit import measures

    source = Path(args.file)
    if args.to == "docx" and args.output is None:
        print("itakit: error: --to docx writes a Word file: give --output PATH", file=sys.stderr)
        return 1
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ItakitWarning)
            suffix = source.suffix.lower()
            if suffix == ".docx":
                report = measures.read_docx(source, lenient=args.lenient)
            elif suffix in (".json", ".toml"):
                data = source.read_bytes()
                report = (
                    measures.load_report(data, format="json")
                    if suffix == ".json"
                    else measures.load_report(data, format="toml")
                )
            else:
                report = measures.parse_report(source.read_bytes(), lenient=args.lenient)
        for warning in caught:
            print(f"itakit: warning: {source}: {warning.message}", file=sys.stderr)
        if args.to == "docx":
            report.to_docx(args.output, digits=args.digits)
            return 0
        text = {
            "md": lambda: report.to_markdown(digits=args.digits),
            "html": lambda: report.to_html(digits=args.digits),
            "toml": report.to_toml,
            "json": report.to_json,
        }[args.to]()
        if args.output is None:
            sys.stdout.write(text)
        else:
            Path(args.output).write_text(text, encoding="utf-8")
    except ItakitError as error:
        print(f"itakit: error: {source}: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(
            f"itakit: error: {error.strerror or error}: {error.filename or source}", file=sys.stderr
        )
        return 1
    return 0


def _add_report(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = commands.add_parser(
        "report",
        help="read a plan or report of measures and write it as Markdown, HTML, Word, TOML or JSON",
    )
    report.add_argument(
        "file", help="the report: its text (.txt, .md), a Word file, or .json/.toml"
    )
    report.add_argument("--to", choices=_REPORT_FORMATS, required=True, help="what to write")
    report.add_argument(
        "--digits", choices=("thai", "arabic"), default="thai", help="Thai or Arabic digits (thai)"
    )
    report.add_argument("--output", "-o", help="the file to write (standard output if left out)")
    report.add_argument(
        "--lenient",
        action="store_true",
        help="skip what cannot be read, with a warning, instead of stopping",
    )
    report.set_defaults(run=_report)


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
    _add_report(commands)
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
