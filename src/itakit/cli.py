"""The ``itakit`` command line.

``itakit demo`` scores the built-in (fictional) example agency; ``itakit score
FILE`` scores a CSV, TOML or JSON file of indicator scores or answers.
``itakit frameworks`` lists the shipped editions; ``itakit show 2567`` prints one
(or a framework file of your own); ``itakit diff 2564 2566`` shows what changed;
``itakit report FILE --to html`` turns a plan or report of measures into another form.

Every command that prints results takes ``--format table|csv|json`` (``table``,
for a reader, follows ``--lang`` and ``--digits``; CSV and JSON, for programs,
always use English keys and Arabic digits).  The exit status is 0 when all
went well, 1 for bad input (one line ``itakit: error: …`` on standard error)
and 2 for a command line that is not understood.

>>> main(["score", "--help"]) == 0  # doctest: +ELLIPSIS
usage: itakit score [-h] ...
True
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import itakit
from itakit import _cli_output as output
from itakit._cli_edition import add_edition_commands
from itakit._cli_progress import stages_for
from itakit.errors import ItakitError, ItakitWarning
from itakit.rules.describe import describe_editions, describe_framework
from itakit.rules.diff import diff_frameworks
from itakit.rules.registry import frameworks
from itakit.scoring.framework import Framework, dump_framework, framework, load_framework
from itakit.scoring.table import ScoreTable
from itakit.thai import Digits

__all__ = ["main"]

Command = Callable[[argparse.Namespace], int]


def _digits(args: argparse.Namespace) -> Digits:
    digits: Digits = args.digits or ("thai" if args.lang == "th" else "arabic")
    return digits


def _print_scores(table: ScoreTable, args: argparse.Namespace) -> None:
    if args.format == "json":
        sys.stdout.write(output.json_text(table._records()))
    elif args.format == "csv":
        sys.stdout.write(output.csv_text(*output.score_rows(table), bom=args.bom))
    elif not len(table):
        return
    elif args.table:
        print(table.format(lang=args.lang, digits=_digits(args)))
    else:
        print("\n\n".join(card.format(lang=args.lang, digits=_digits(args)) for card in table))


def _demo(args: argparse.Namespace) -> int:
    from importlib.resources import files

    from itakit.fiscal_year import FiscalYear
    from itakit.scoring.files import score_file

    data = files("itakit.data")
    table = score_file(data / "example_answers.csv", oit=data / "example_oit.toml")
    if args.format == "table":
        fy = FiscalYear(2567)
        print(
            f"{fy.format(lang=args.lang, digits=_digits(args))}:"
            f" {fy.start.isoformat()} – {fy.end.isoformat()}"
        )
        if args.lang == "th":
            print("หน่วยงานตัวอย่าง (สมมติทั้งหมด): ผู้ตอบ IIT และ EIT ๓๐ คน, คะแนน OIT ตัวชี้วัด ๙–๑๐\n")
        else:
            print("An invented example agency: 30 IIT and EIT respondents, OIT indicators 9–10\n")
    _print_scores(table, args)
    return 0


def _score(args: argparse.Namespace) -> int:
    from itakit.scoring.files import score_file

    stages = stages_for(sys.stderr)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ItakitWarning)
            table = score_file(
                args.file,
                year=args.year,
                oit=args.oit,
                sheet=args.sheet,
                agency_column=args.agency_column,
                extra=args.extra,
                ignore=args.ignore or (),
                on_error="skip" if args.skip else "raise",
                progress=stages,
                questions=args.questions,
            )
    except ItakitError as error:
        _as_options(error)
        raise
    finally:
        if stages is not None:
            stages.close()
    for warning in caught:
        print(f"itakit: warning: {warning.message}", file=sys.stderr)
    if table.ignored_columns:
        count = len(table.ignored_columns)
        what = "questions" if table.question_codes else "indicators"
        print(
            f"itakit: ignored {count} column{'' if count == 1 else 's'} that"
            f" {'is' if count == 1 else 'are'} not {what}:"
            f" {', '.join(map(repr, table.ignored_columns))}",
            file=sys.stderr,
        )
    _print_scores(table, args)
    if args.format == "table" and args.table and len(table):
        from itakit.scoring.provisional import provisional_note

        note = provisional_note(next(iter(table)), lang=args.lang, digits=_digits(args))
        if note is not None:
            print(note)
    return 0


_OPTIONS = (
    ("agency_column=", "--agency-column NAME"),
    ('extra="ignore"', "--extra ignore"),
    ("ignore=[...]", "--ignore NAME"),
    ("sheet=", "--sheet NAME"),
)


def _as_options(error: ItakitError) -> None:
    """Name the command's options in *error*'s message, where it names Python keywords."""
    message = error.message
    for keyword, option in _OPTIONS:
        message = message.replace(keyword, option)
    error.message = message
    error.args = (message, *error.args[1:])


def _verify(args: argparse.Namespace) -> int:
    """Check a file of published rows against an edition (``itakit verify FILE --year N``)."""
    from itakit.errors import ValidationError
    from itakit.scoring.verification import load_rows

    rows, found = load_rows(args.file)
    if args.edition is not None:
        fw = _framework(args.edition)
    elif args.year is not None or found is not None:
        fw = framework(args.year if args.year is not None else found)
    else:
        raise ValidationError(
            f"{args.file.name} does not say its fiscal year: give --year (or a fiscal_year"
            " column with one year)",
            value=str(args.file),
        )
    checked = fw.verify(rows)
    if args.format == "json":
        sys.stdout.write(checked.to_json() + "\n")
    elif args.format == "csv":
        data = [row.to_dict() for row in checked]
        sys.stdout.write(
            output.csv_text(list(data[0]), [list(row.values()) for row in data], bom=args.bom)
        )
    else:
        print(checked.format(lang=args.lang, digits=_digits(args)))
    return 0


def _add_verify(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    verify = commands.add_parser(
        "verify",
        parents=parents,
        help="check published results (total, level, scores) against an edition",
        description=(
            "Score every row of a file of published results again (CSV: agency, 1…10 or question"
            " codes, total, level; TOML/JSON: a list 'rows') and say which rows the edition"
            " reproduces: the total within 0.01 and the same level."
        ),
    )
    verify.add_argument("file", type=Path, help="the published rows")
    verify.add_argument(
        "--year", help="the fiscal year (2567, ๒๕๖๗); default: the file's fiscal_year"
    )
    verify.add_argument(
        "--edition", help="a framework file of your own to check instead of a shipped edition"
    )
    verify.set_defaults(run=_verify)


def _framework(edition: str) -> Framework:
    """A shipped edition by its year, or a framework file by its path."""
    if Path(edition).suffix.lower() in (".toml", ".json") or Path(edition).is_file():
        return load_framework(Path(edition))
    return framework(edition)


def _frameworks(args: argparse.Namespace) -> int:
    editions = frameworks()
    if args.format == "table":
        text = describe_editions(editions, lang=args.lang, digits=args.digits)
    elif args.format == "csv":
        text = output.csv_text(*output.edition_rows(editions), bom=args.bom)
    else:
        header, rows = output.edition_rows(editions)
        text = output.json_text([dict(zip(header, row, strict=True)) for row in rows])
    sys.stdout.write(text)
    return 0


def _show(args: argparse.Namespace) -> int:
    fw = _framework(args.edition)
    if args.format == "table":
        text = describe_framework(fw, lang=args.lang, digits=args.digits)
    elif args.format == "csv":
        text = output.csv_text(*output.indicator_rows(fw), bom=args.bom)
    else:
        text = dump_framework(fw, format="json")
    sys.stdout.write(text)
    return 0


def _diff(args: argparse.Namespace) -> int:
    diff = diff_frameworks(_framework(args.before), _framework(args.after))
    if args.format == "table":
        text = str(diff)
    elif args.format == "csv":
        text = output.csv_text(*output.diff_rows(diff), bom=args.bom)
    else:
        text = output.json_text(output.diff_data(diff))
    sys.stdout.write(text)
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
                    measures.loads_report(data, format="json")
                    if suffix == ".json"
                    else measures.loads_report(data, format="toml")
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


def _language_options() -> argparse.ArgumentParser:
    """--lang and --digits, as every command that writes Thai or English text reads them."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--lang", choices=("th", "en"), default="th", help="words in Thai or English (th)"
    )
    parent.add_argument(
        "--digits",
        choices=("thai", "arabic"),
        help="Thai or Arabic digits in a table (Thai for --lang th, Arabic for --lang en)",
    )
    return parent


def _format_option() -> argparse.ArgumentParser:
    """--format, as every command that prints results reads it."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="a table to read (table), or CSV or JSON for programs: English keys, Arabic digits",
    )
    parent.add_argument(
        "--bom",
        action="store_true",
        help="with --format csv: start with a byte-order mark, so that Excel reads the Thai",
    )
    return parent


_EXIT_STATUS = """\
exit status:
  0  done
  1  bad input: a file that cannot be read or scored, a year without an edition, …;
     one line on standard error: "itakit: error: …"
  2  a command line that is not understood (an unknown command or option)

Give COMMAND --help for the options of one command.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``itakit`` command.

    >>> build_parser().parse_args(["show", "2567", "--format", "json"]).format
    'json'
    """
    parser = argparse.ArgumentParser(
        prog="itakit",
        description="Thailand's Integrity and Transparency Assessment (ITA) toolkit.",
        epilog=_EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"itakit {itakit.__version__}")
    language, formats = _language_options(), _format_option()
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    demo = commands.add_parser(
        "demo",
        parents=[language, formats],
        help="score the built-in example agency (fictional) and print its score card",
    )
    demo.add_argument("--table", action="store_true", help=argparse.SUPPRESS)
    demo.set_defaults(run=_demo)
    score = commands.add_parser(
        "score",
        parents=[language, formats],
        help="score a file of indicator scores or answers (CSV, Excel, TOML or JSON)",
        description=(
            "Score a CSV or Excel file of indicator scores (agency,1,…,10) or of answers"
            " (agency,i1,…,e15, as a survey tool exports them), or a TOML/JSON file of"
            " indicator scores, and print the score cards. Columns that are not questions"
            " (timestamp, e-mail, comments) are left out, and named on stderr."
            " CSV: one row per agency (agency, indicators, tools, total, level);"
            " JSON: every agency's record, tool points and pass included."
        ),
    )
    score.add_argument("file", type=Path, help="the scores or answers")
    score.add_argument(
        "--year", help="the fiscal year (2567, ๒๕๖๗); default: the file's fiscal_year"
    )
    score.add_argument(
        "--oit",
        type=Path,
        help="for answers: the OIT, a CSV (agency,9,10 or agency,o1,…) or TOML/JSON file",
    )
    score.add_argument(
        "--table", action="store_true", help="one line per agency instead of score cards"
    )
    score.add_argument(
        "--sheet", help="of an Excel workbook: the sheet to read (default: the first)"
    )
    score.add_argument(
        "--agency-column",
        metavar="NAME",
        help="the column of agencies (default: the one called agency, หน่วยงาน or ชื่อหน่วยงาน)",
    )
    score.add_argument(
        "--ignore",
        action="append",
        metavar="NAME",
        help="a column to leave out whatever it holds (repeat for more)",
    )
    score.add_argument(
        "--extra",
        choices=("ignore", "error"),
        default="ignore",
        help="columns that are not questions or indicators: leave them out and say which"
        " (ignore, the default), or refuse the file (error)",
    )
    score.add_argument(
        "--skip",
        action="store_true",
        help="leave out agencies whose input has problems (reported on stderr) and score the rest",
    )
    score.add_argument(
        "--questions",
        action="store_true",
        help="the CSV holds question scores, one row per agency (agency,i1,…,e15,9,10), as ITAS shows them",
    )
    score.set_defaults(run=_score)
    listing = commands.add_parser(
        "frameworks",
        parents=[language, formats],
        help="list the framework editions itakit ships, with their confidence",
    )
    listing.set_defaults(run=_frameworks)
    show = commands.add_parser(
        "show",
        parents=[language, formats],
        help="print one edition: indicators, weights, questions, levels, sources",
        description=(
            "Print one edition. CSV: its indicators; JSON: the whole framework file"
            " (as itakit.dump_framework writes it)."
        ),
    )
    show.add_argument("edition", help="a fiscal year (2567, ๒๕๖๗) or a framework file")
    show.set_defaults(run=_show)
    diff = commands.add_parser(
        "diff", parents=[formats], help="what changed between two editions or files"
    )
    diff.add_argument("before", help="a fiscal year or a framework file")
    diff.add_argument("after", help="a fiscal year or a framework file")
    diff.set_defaults(run=_diff)
    _add_report(commands)
    add_edition_commands(commands, language)
    _add_verify(commands, [language, formats])
    from itakit._cli_analyse import add_analyse

    add_analyse(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``itakit`` command; return its exit status (0 ok, 1 bad input, 2 usage).

    *argv* defaults to the command line.  Results go to standard output;
    errors, warnings and progress to standard error.

    >>> main(["diff", "2569", "2570", "--format", "csv"])  # doctest: +ELLIPSIS
    kind,subject,before,after
    question_confidence,o1,inferred,provisional
    ...
    0
    """
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help (0) or a command line not understood (2)
        return 0 if stop.code is None else stop.code if isinstance(stop.code, int) else 2
    run: Command = args.run
    try:
        return run(args)
    except ItakitError as error:
        print(f"itakit: error: {_one_line(error)}", file=sys.stderr)
    except BrokenPipeError:  # the reader stopped early (`itakit ... | head`): end quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError as error:
        where = f": {error.filename}" if error.filename else ""
        print(f"itakit: error: {error.strerror or error}{where}", file=sys.stderr)
    return 1


def _one_line(error: ItakitError) -> str:
    """An error's message on one line; for problems in a table, the first few of them."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    problems = getattr(error, "problems", ())
    if len(lines) > 1 and problems:
        shown = "; ".join(problems[:3])
        more = f"; … and {len(problems) - 3} more" if len(problems) > 3 else ""
        return f"{lines[0]}: {shown}{more} (--skip scores the other agencies)"
    return " ".join(lines)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
