"""A plan or report of measures as a standalone HTML page: :func:`render_html`.

The page follows the Thai original: a centred title block, the foreword, a
heading naming the document, then the table with its five columns, each group
a row of its own above its measures, the completion phrase underlined.  The
header row repeats on every printed page (A4 landscape).  Fonts: Sarabun,
TH Sarabun New, Noto Sans Thai, then any sans-serif.  All text is escaped.
"""

from __future__ import annotations

from html import escape

from itakit.measures._layout import (
    FONT_FAMILY,
    cell_lines,
    columns,
    find_completion,
    group_heading,
    measure_cells,
    section_title,
    title_lines,
)
from itakit.measures.model import MeasureReport
from itakit.thai import Digits, check_digits, with_digits

__all__ = ["render_html"]

_WIDTHS = ("27%", "26%", "11%", "10%", "26%")
_FONTS = ", ".join(f'"{font}"' if " " in font else font for font in FONT_FAMILY) + ", sans-serif"
_STYLE = f"""
  @page {{ size: A4 landscape; margin: 1.5cm; }}
  body {{ font-family: {_FONTS}; font-size: 14pt; line-height: 1.5; color: #111;
         margin: 0 auto; max-width: 1240px; padding: 1.5rem; }}
  header {{ text-align: center; margin-bottom: 2rem; }}
  header h1 {{ font-size: 1.5em; margin: 0 0 .4em; }}
  header p {{ margin: .15em 0; font-weight: bold; }}
  h2 {{ font-size: 1.2em; text-align: center; margin: 1.5em 0 .8em; }}
  section p {{ text-indent: 2.5em; margin: 0 0 .6em; }}
  table {{ border-collapse: collapse; width: 100%; margin: 1em 0; }}
  th, td {{ border: 1px solid #222; padding: .35em .5em; vertical-align: top; text-align: left; }}
  thead th {{ background: #eceff3; text-align: center; vertical-align: middle; }}
  tbody th {{ background: #f7f7f7; font-weight: bold; }}
  td.period, td.responsible {{ text-align: center; }}
  td p {{ margin: 0 0 .25em; text-indent: 0; text-align: left; }}
  thead {{ display: table-header-group; }}
  tr {{ break-inside: avoid; }}
"""


def _lines(text: str, *, underline: bool = False) -> str:
    """A cell's text as paragraphs, one per ``- `` bullet; the completion phrase underlined."""
    paragraphs = []
    for line in cell_lines(text):
        found = find_completion(line) if underline else None
        if found is None:
            paragraphs.append(f"<p>{escape(line)}</p>")
        else:
            paragraphs.append(
                f"<p>{escape(line[: found.start])}<u>{escape(line[found.start : found.end])}</u>"
                f"{escape(line[found.end :])}</p>"
            )
    return "".join(paragraphs)


def render_html(report: MeasureReport, *, digits: Digits = "thai") -> str:
    """*report* as a standalone HTML page, digits written as *digits* asks.

    >>> from itakit.measures import parse_report, sample_report_text
    >>> page = render_html(parse_report(sample_report_text()))
    >>> page.startswith("<!DOCTYPE html>"), '<html lang="th">' in page
    (True, True)
    >>> "<u>ดำเนินการครบถ้วน ๑๐๐ %</u>" in page, page.count('<tbody>')
    (True, 7)
    """
    check_digits(digits)
    title, *block = title_lines(report, digits)
    out = [
        "<!DOCTYPE html>",
        '<html lang="th">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)} — {escape(report.agency)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        *(f"<p>{escape(line)}</p>" for line in block),
        "</header>",
    ]
    if report.foreword:
        out.append('<section class="foreword">')
        out.append("<h2>คำนำ</h2>")
        out.extend(f"<p>{escape(with_digits(p, digits))}</p>" for p in report.foreword)
        out.append("</section>")
    out.append('<section class="measures">')
    out.append(f"<h2>{escape(section_title(report, digits))}</h2>")
    out.extend(f"<p>{escape(with_digits(p, digits))}</p>" for p in report.introduction)
    out.append("<table>")
    out.append("<colgroup>" + "".join(f'<col style="width: {w}">' for w in _WIDTHS) + "</colgroup>")
    out.append(
        "<thead><tr>"
        + "".join(f'<th scope="col">{escape(label)}</th>' for label in columns(report.kind))
        + "</tr></thead>"
    )
    for group in report.groups:
        out.append("<tbody>")
        out.append(
            f'<tr><th colspan="5" scope="rowgroup">{escape(group_heading(group, digits))}</th></tr>'
        )
        for measure in group.measures:
            title_cell, actions, period, responsible, outcome = measure_cells(measure, digits)
            out.append(
                "<tr>"
                f'<td class="measure"><p>{escape(title_cell)}</p></td>'
                f'<td class="actions">{_lines(actions)}</td>'
                f'<td class="period">{escape(period)}</td>'
                f'<td class="responsible">{escape(responsible)}</td>'
                f'<td class="outcome">{_lines(outcome, underline=True)}</td>'
                "</tr>"
            )
        out.append("</tbody>")
    out.append("</table>")
    out.extend(f"<p>{escape(with_digits(p, digits))}</p>" for p in report.closing)
    out.extend(["</section>", "</body>", "</html>"])
    return "\n".join(out) + "\n"
