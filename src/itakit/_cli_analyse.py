"""``itakit analyse``: the yearly analysis document of one agency's result, from the command line.

``itakit analyse results-2567.csv --previous results-2566.csv --to docx -o analysis.docx``
scores both files (as ``itakit score`` reads them), takes the agency's card from
each, and writes :func:`itakit.measures.analysis_document` as Markdown, HTML or
Word.  ``--measures`` adds last year's plan or report, whose measures' effect
the document then shows; ``--plan`` gives the plan instead of a draft.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Any

from itakit.errors import ItakitError, ItakitWarning, ValidationError

__all__ = ["add_analyse"]

_FORMATS = ("md", "html", "docx")


def _card(path: Path, year: str | None, agency: str | None) -> Any:
    from itakit.scoring.files import score_file

    table = score_file(path, year=year)
    if agency is None:
        if len(table.agencies) != 1:
            names = ", ".join(str(a) for a in table.agencies[:5])
            raise ValidationError(
                f"{path} scores {len(table.agencies)} agencies ({names}…): name one with --agency",
                value=str(path),
            )
        return table.card(table.agencies[0])
    return table.card(agency)


def _report(path: Path) -> Any:
    from itakit import measures

    if path.suffix.lower() == ".docx":
        return measures.read_docx(path)
    if path.suffix.lower() in (".json", ".toml"):
        return measures.load_report(path)
    return measures.parse_report(path.read_bytes())


def _analyse(args: argparse.Namespace) -> int:
    from itakit import framework
    from itakit.measures import analysis_document

    if args.to == "docx" and args.output is None:
        print("itakit: error: --to docx writes a Word file: give --output PATH", file=sys.stderr)
        return 1
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ItakitWarning)
            card = _card(args.file, args.year, args.agency)
            previous = (
                None
                if args.previous is None
                else _card(args.previous, args.previous_year, args.agency or str(card.agency))
            )
            plan = None if args.plan is None else _report(args.plan)
            measures = None if args.measures is None else _report(args.measures)
            try:
                edition = framework(int(card.framework.fiscal_year) + 1)
            except ItakitError:
                edition = None
            document = analysis_document(
                card,
                previous=previous,
                plan=plan,
                last_measures=measures,
                agency=None if card.agency is None else str(card.agency),
                district=args.district,
                province=args.province,
                framework=edition,
            )
            if args.to == "docx":
                document.to_docx(args.output, digits=args.digits)
            else:
                text = (
                    document.to_markdown(digits=args.digits)
                    if args.to == "md"
                    else document.to_html(digits=args.digits)
                )
                if args.output is None:
                    sys.stdout.write(text)
                else:
                    from itakit._files import atomic_write

                    atomic_write(args.output, text)
        for warning in caught:
            print(f"itakit: warning: {warning.message}", file=sys.stderr)
    except ItakitError as error:
        print(f"itakit: error: {error}", file=sys.stderr)
        return 1
    return 0


def add_analyse(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``itakit analyse`` to the command's subcommands."""
    analyse = commands.add_parser(
        "analyse",
        aliases=["analyze"],
        help="write the yearly analysis document (O25) of an agency's result, with its plan",
        description=(
            "Score FILE (and --previous, last year's) as 'itakit score' reads them, and write the"
            " analysis document: the result beside last year's, where the points were lost, what"
            " changed in the rules, strengths and weaknesses, last year's measures and their"
            " effect (--measures), and the plan (--plan, or a draft)."
        ),
    )
    analyse.add_argument("file", type=Path, help="this year's scores or answers (CSV, TOML, JSON)")
    analyse.add_argument("--previous", type=Path, help="last year's scores or answers")
    analyse.add_argument("--year", help="FILE's fiscal year, if the file does not say")
    analyse.add_argument(
        "--previous-year", help="--previous's fiscal year, if the file does not say"
    )
    analyse.add_argument("--agency", help="the agency, when a file scores several")
    analyse.add_argument("--district", help="the agency's district (อำเภอ)")
    analyse.add_argument("--province", help="the agency's province (จังหวัด)")
    analyse.add_argument(
        "--measures", type=Path, help="last year's plan or report of measures (text, .docx, .json)"
    )
    analyse.add_argument("--plan", type=Path, help="the plan for the coming year (else a draft)")
    analyse.add_argument("--to", choices=_FORMATS, required=True, help="what to write")
    analyse.add_argument(
        "--digits", choices=("thai", "arabic"), default="thai", help="Thai or Arabic digits (thai)"
    )
    analyse.add_argument("--output", "-o", help="the file to write (standard output if left out)")
    analyse.set_defaults(run=_analyse)
