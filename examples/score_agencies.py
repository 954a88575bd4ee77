"""Score a small synthetic province from its respondents' answers and print one line per agency.

Every agency, answer and score here is invented (seeded, so every run prints the same table).
The answers are NumPy columns, one row per respondent, with NaN for a blank; the OIT scores
are given per agency as indicator scores, as FY 2567 lists no OIT items.

Run: ``python examples/score_agencies.py``
"""

from __future__ import annotations

import numpy as np

import itakit

AGENCIES = [
    "เทศบาลเมืองตัวอย่าง",
    "เทศบาลตำบลหนองสมมติ",
    "เทศบาลตำบลบ้านทดลอง",
    "อบต. คลองสมมติ",
    "อบต. ดอนตัวอย่าง",
    "อบต. ท่าทดลอง",
    "อบต. นาสมมติ",
    "อบต. บางตัวอย่าง",
    "อบต. โพธิ์ทดลอง",
    "อบต. วังสมมติ",
]


def province(seed: int = 2567) -> tuple[dict[str, object], dict[str, dict[int, float]]]:
    """Answers (one row per respondent) and OIT indicator scores of every agency."""
    rng = np.random.default_rng(seed)
    fw = itakit.framework(2567)
    codes = [item.code for item in fw.items()]
    quality = rng.normal(2.65, 0.2, len(AGENCIES))  # each agency's mean answer (0–3)
    agency: list[str] = []
    blocks: dict[str, list[np.ndarray]] = {code: [] for code in codes}
    for name, mean in zip(AGENCIES, quality, strict=True):
        for tool, count in (("i", int(rng.integers(15, 40))), ("e", int(rng.integers(30, 70)))):
            agency += [name] * count
            for code in codes:
                answer = np.clip(np.rint(rng.normal(mean, 0.6, count)), 0, 3)
                blank = rng.random(count) < 0.02 if code.startswith(tool) else np.ones(count, bool)
                blocks[code].append(np.where(blank, np.nan, answer))
    columns = {code: np.concatenate(parts) for code, parts in blocks.items()}
    answers: dict[str, object] = {"agency": agency, **columns}
    oit = {
        name: {9: round(float(rng.uniform(80, 100)), 2), 10: round(float(rng.uniform(75, 100)), 2)}
        for name in AGENCIES
    }
    return answers, oit


def main() -> None:
    answers, oit = province()
    table = itakit.framework(2567).score_responses(answers, oit=oit)
    print(table.format(lang="th", digits="arabic"))
    passed = sum(card.passed for card in table)
    print(f"\n{passed} of {len(table)} agencies reach the pass mark of 85")


if __name__ == "__main__":
    main()
