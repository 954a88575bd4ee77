"""Read the report of measures itakit ships, print it as Markdown and write it as an HTML page.

Run it from anywhere:  python examples/measures_report.py [OUTPUT.html]
(the page goes to measures-report.html in the current folder unless you name another file).
"""

from __future__ import annotations

import sys
from pathlib import Path

import itakit
from itakit.measures import parse_report, sample_report_text


def main(output: Path) -> None:
    """Parse the sample, show what it says, and write the page."""
    report = parse_report(sample_report_text())
    print(report.to_markdown())

    # Which indicators of the FY 2567 framework do the measures address?
    links = report.indicators(itakit.framework(2567))
    addressed = ", ".join(str(indicator.number) for indicator in links.resolved)
    print(f"indicators addressed under FY 2567: {addressed}")

    output.write_text(report.to_html(), encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("measures-report.html"))
