"""A seeded synthetic nation as users have it, and the plain baselines it is scored against.

Shared by ``national.py`` and ``scale.py`` (not a test; nothing here is timed).

The nation: about 8,300 agencies named in Thai (``องค์การบริหารส่วนตำบลบางนา
จังหวัดสงขลา``), each with a lognormal number of respondents around 160, rows
shuffled; each respondent answers the 15 IIT or the 15 EIT questions of FY 2567
on the four-level scale (0–3, about 2 % blanks), the other tool's columns
blank; and an OIT table of indicators 9 and 10 per agency (two decimals, as the
ITA system publishes them; FY 2567 lists no OIT items).
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
from numpy.typing import NDArray

import itakit

AGENCIES = 8_300
PER_AGENCY = 160
BLANKS = 0.02
SEED = 2567
YEAR = 2567
LABELS = ("น้อยที่สุดหรือไม่มีเลย", "น้อย", "มาก", "มากที่สุด")
"""The four-level scale's choices, lowest first (choice 0 … 3)."""
QUESTIONS = (*(f"i{k}" for k in range(1, 16)), *(f"e{k}" for k in range(1, 16)))

_KINDS = (
    ("องค์การบริหารส่วนตำบล", 0.64),
    ("เทศบาลตำบล", 0.27),
    ("เทศบาลเมือง", 0.025),
    ("เทศบาลนคร", 0.004),
    ("องค์การบริหารส่วนจังหวัด", 0.009),
    ("สำนักงานสาธารณสุขอำเภอ", 0.052),
)
_SYLLABLES = [
    "บาง",
    "นา",
    "หนอง",
    "โพธิ์",
    "ทุ่ง",
    "ดอน",
    "คลอง",
    "ท่า",
    "วัง",
    "ห้วย",
    "เขา",
    "สระ",
    "ศรี",
    "ไผ่",
    "แก้ว",
    "ทอง",
    "ใหม่",
    "เหนือ",
    "ใต้",
    "กลาง",
    "หลวง",
    "น้อย",
    "ใหญ่",
    "ช้าง",
    "ม่วง",
    "ขาม",
    "แดง",
    "เขียว",
    "ยาง",
    "สาม",
    "สอง",
    "โคก",
    "บึง",
    "หัว",
    "ป่า",
    "ไร่",
    "สวน",
    "เมือง",
    "ชัย",
    "พระ",
    "ลำ",
    "น้ำ",
    "ปาก",
    "แม่",
    "บ้าน",
    "ตาล",
    "มะขาม",
    "กุด",
    "โนน",
    "นาง",
    "เกาะ",
    "แหลม",
    "ทราย",
    "ขุน",
]
_PROVINCES = [
    "สงขลา",
    "ชลบุรี",
    "เชียงใหม่",
    "ขอนแก่น",
    "นครราชสีมา",
    "อุบลราชธานี",
    "ราชบุรี",
    "ตราด",
    "นครนายก",
    "ลำปาง",
    "พัทลุง",
    "สุรินทร์",
    "บุรีรัมย์",
    "ศรีสะเกษ",
    "ร้อยเอ็ด",
    "มหาสารคาม",
    "กาฬสินธุ์",
    "สกลนคร",
    "นครพนม",
    "เลย",
    "หนองคาย",
    "อุดรธานี",
    "พิษณุโลก",
    "สุโขทัย",
    "ตาก",
    "น่าน",
    "แพร่",
    "พะเยา",
    "เชียงราย",
    "ลำพูน",
    "กำแพงเพชร",
    "นครสวรรค์",
    "ชัยนาท",
    "ลพบุรี",
    "สระบุรี",
    "อยุธยา",
    "ปทุมธานี",
    "นนทบุรี",
    "สมุทรปราการ",
    "ฉะเชิงเทรา",
    "ปราจีนบุรี",
    "จันทบุรี",
    "ระยอง",
    "เพชรบุรี",
    "ประจวบคีรีขันธ์",
    "ชุมพร",
    "ระนอง",
    "สุราษฎร์ธานี",
    "พังงา",
    "ภูเก็ต",
    "กระบี่",
    "ตรัง",
    "สตูล",
    "ปัตตานี",
    "ยะลา",
    "นราธิวาส",
]


def agency_names(count: int, rng: np.random.Generator) -> list[str]:
    """*count* distinct Thai agency names, in random order."""
    kinds = [kind for kind, _ in _KINDS]
    weights = np.array([w for _, w in _KINDS])
    names: set[str] = set()
    while len(names) < count:
        need = count - len(names)
        kind = rng.choice(len(kinds), size=need, p=weights / weights.sum())
        parts = rng.integers(0, len(_SYLLABLES), size=(need, 3))
        three = rng.random(need) < 0.3
        province = rng.integers(0, len(_PROVINCES), size=need)
        for k, (a, b, c), long, p in zip(kind, parts, three, province, strict=True):
            place = _SYLLABLES[a] + _SYLLABLES[b] + (_SYLLABLES[c] if long else "")
            names.add(f"{kinds[k]}{place} จังหวัด{_PROVINCES[p]}")
    ordered = sorted(names)[:count]
    return [ordered[i] for i in rng.permutation(count)]


def nation_arrays(
    scale: float = 1.0, seed: int = SEED
) -> tuple[NDArray[np.object_], NDArray[np.intp], dict[str, NDArray[np.float64]], NDArray[Any]]:
    """Agency names, each row's agency, the answer columns (float64, NaN blank), OIT (9, 10).

    *scale* multiplies the agencies (a nation of several fiscal years, say),
    keeping about 160 respondents each.
    """
    rng = np.random.default_rng(seed)
    agencies = round(AGENCIES * scale)
    names = np.array(agency_names(agencies, rng), dtype=object)
    size = rng.lognormal(np.log(PER_AGENCY), 0.45, agencies)
    counts = np.maximum(np.rint(size * PER_AGENCY * agencies / size.sum()), 12).astype(np.intp)
    owner = np.repeat(np.arange(agencies, dtype=np.intp), counts)
    owner = owner[rng.permutation(len(owner))]  # respondents shuffled, as a survey export has them
    internal = rng.random(len(owner)) < 0.35  # about a third are staff (IIT), the rest EIT
    quality = rng.normal(2.35, 0.3, agencies)  # each agency's mean answer
    mean = quality[owner]
    columns: dict[str, NDArray[np.float64]] = {}
    for code in QUESTIONS:
        own = internal if code[0] == "i" else ~internal
        column = np.clip(np.rint(mean + rng.normal(0, 0.7, len(owner))), 0, 3)
        column[~own | (rng.random(len(owner)) < BLANKS)] = np.nan
        columns[code] = column
    oit = np.round(np.clip(rng.normal(80, 12, (agencies, 2)), 0, 100), 2)
    return names, owner, columns, oit


def write_csv(
    folder: Path, names: NDArray[np.object_], owner: NDArray[np.intp], columns: dict[str, Any]
) -> tuple[Path, Path]:
    """The answers written once as CSV, with the choice numbers and with the Thai labels."""
    frame = pl.DataFrame({"agency": pl.Series(names[owner].tolist(), dtype=pl.String)})
    numbers = frame.with_columns(
        pl.Series(code, values).fill_nan(None).cast(pl.Int8) for code, values in columns.items()
    )
    numbers_path, labels_path = folder / "answers.csv", folder / "answers-labels.csv"
    numbers.write_csv(numbers_path)
    mapping = dict(enumerate(LABELS))
    numbers.with_columns(
        pl.col(code).replace_strict(mapping, return_dtype=pl.String) for code in columns
    ).write_csv(labels_path)
    return numbers_path, labels_path


def write_oit(folder: Path, names: NDArray[np.object_], oit: NDArray[Any]) -> Path:
    path = folder / "oit.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["agency", "9", "10"])
        writer.writerows(
            (name, f"{a:.2f}", f"{b:.2f}") for name, (a, b) in zip(names, oit, strict=True)
        )
    return path


def score(framework: Any, frame: Any, oit: Any) -> Any:
    """itakit as a user calls it: the ScoreTable, then a pandas DataFrame of it."""
    method = getattr(framework, "score_responses", None)
    if method is not None:
        table = method(frame, oit=oit)
    else:  # before the Framework methods
        table = itakit.score_responses(framework, frame, oit=oit)
    return table, table.to_pandas()


# -- baselines: what an analyst would write by hand ------------------------------------


class Rules:
    """FY 2567's arithmetic written out by hand (weights, questions per indicator, levels)."""

    def __init__(self, framework: Any) -> None:
        self.groups = [range(0, 15, 3), range(15, 30, 5)]  # 5 IIT of 3, 3 EIT of 5 questions
        self.weights = np.array([6] * 5 + [10] * 3 + [20] * 2, dtype=np.float64)
        self.tools = [slice(0, 5), slice(5, 8), slice(8, 10)]
        levels = framework.levels.levels
        self.labels = np.array([str(level) for level in levels], dtype=object)
        self.min_total = [float(level.min_total) for level in levels]
        self.min_tool = [
            None if level.min_tool_score is None else float(level.min_tool_score)
            for level in levels
        ]


def _round(values: NDArray[np.float64]) -> NDArray[np.float64]:
    return np.floor(values * 100 + 0.5) / 100


def finish(
    rules: Rules, names: Any, means: NDArray[np.float64], oit: NDArray[np.float64]
) -> pd.DataFrame:
    """Question means (agencies × 30, 0–100) and OIT (agencies × 2) → published table."""
    indicators = [means[:, s : s + 3].mean(axis=1) for s in range(0, 15, 3)]
    indicators += [means[:, s : s + 5].mean(axis=1) for s in range(15, 30, 5)]
    scores = np.column_stack([*indicators, oit])
    tools = np.column_stack([scores[:, t].mean(axis=1) for t in rules.tools])
    total = _round(scores @ rules.weights / 100)
    tool_scores = _round(tools)
    lowest = tool_scores.min(axis=1)
    level = np.full(len(total), len(rules.labels) - 1)
    for j in range(len(rules.labels) - 1, -1, -1):
        admitted = total >= rules.min_total[j]
        if rules.min_tool[j] is not None:
            admitted &= lowest >= rules.min_tool[j]
        level[admitted] = j
    out = {"agency": names}
    out.update({str(n + 1): _round(scores[:, n]) for n in range(10)})
    out.update({"IIT": tool_scores[:, 0], "EIT": tool_scores[:, 1], "OIT": tool_scores[:, 2]})
    out.update({"total": total, "level": rules.labels[level]})
    return pd.DataFrame(out)


def _oit_rows(names: Any, oit: pd.DataFrame) -> NDArray[np.float64]:
    at = pd.Index(oit["agency"]).get_indexer(names)
    assert (at >= 0).all()
    return oit[["9", "10"]].to_numpy(dtype=np.float64)[at]


def numpy_baseline(rules: Rules, frame: pd.DataFrame, oit: pd.DataFrame) -> pd.DataFrame:
    """``pd.factorize`` the agency, then one ``np.bincount`` per column of choice offsets."""
    codes, names = pd.factorize(frame["agency"], sort=True)
    n = len(names)
    points = np.array([0, 0, 100 / 3, 200 / 3, 100])
    means = np.empty((n, len(QUESTIONS)))
    base = codes.astype(np.intp) * 5
    for q, code in enumerate(QUESTIONS):
        values = frame[code].to_numpy()
        offsets = np.nan_to_num(values + 1, nan=0).astype(np.intp)  # 0 blank, 1 + choice
        tally = np.bincount(base + offsets, minlength=5 * n).reshape(n, 5)
        means[:, q] = tally @ points / tally[:, 1:].sum(axis=1)
    return finish(rules, np.asarray(names), means, _oit_rows(names, oit))


def weights_baseline(rules: Rules, frame: pd.DataFrame, oit: pd.DataFrame) -> pd.DataFrame:
    """``pd.factorize`` the agency, then two weighted ``np.bincount`` s per column."""
    codes, names = pd.factorize(frame["agency"], sort=True)
    n = len(names)
    means = np.empty((n, len(QUESTIONS)))
    for q, code in enumerate(QUESTIONS):
        values = frame[code].to_numpy()
        given = ~np.isnan(values)
        sums = np.bincount(codes, weights=np.where(given, values, 0.0), minlength=n)
        means[:, q] = sums / np.bincount(codes, weights=given, minlength=n) * (100 / 3)
    return finish(rules, np.asarray(names), means, _oit_rows(names, oit))


def groupby_baseline(rules: Rules, frame: pd.DataFrame, oit: pd.DataFrame) -> pd.DataFrame:
    """``groupby().mean()`` of every question column."""
    grouped = frame.groupby("agency", sort=True)[list(QUESTIONS)].mean()
    names = grouped.index
    return finish(rules, np.asarray(names), grouped.to_numpy() * (100 / 3), _oit_rows(names, oit))


def labels_baseline(rules: Rules, frame: pd.DataFrame, oit: pd.DataFrame) -> pd.DataFrame:
    """Thai labels: ``pd.factorize`` each column, look each distinct label up once, bincount."""
    codes, names = pd.factorize(frame["agency"], sort=True)
    n = len(names)
    offset_of = {label: c + 1 for c, label in enumerate(LABELS)}
    points = np.array([0, 0, 100 / 3, 200 / 3, 100])
    means = np.empty((n, len(QUESTIONS)))
    base = codes.astype(np.intp) * 5
    for q, code in enumerate(QUESTIONS):
        cells, distinct = pd.factorize(frame[code])  # -1 for a blank
        table = np.array([*(offset_of[label] for label in distinct), 0], dtype=np.intp)
        tally = np.bincount(base + table[cells], minlength=5 * n).reshape(n, 5)
        means[:, q] = tally @ points / tally[:, 1:].sum(axis=1)
    return finish(rules, np.asarray(names), means, _oit_rows(names, oit))


def polars_baseline(rules: Rules, frame: pl.DataFrame, oit: pl.DataFrame) -> pd.DataFrame:
    """polars ``group_by().agg(mean)`` of every question column."""
    grouped = frame.group_by("agency").agg(pl.col(QUESTIONS).mean()).sort("agency")
    names = grouped["agency"].to_numpy()
    means = grouped.select(QUESTIONS).to_numpy() * (100 / 3)
    joined = grouped.select("agency").join(oit, on="agency", how="left", maintain_order="left")
    return finish(rules, names, means, joined.select("9", "10").to_numpy())


def polars_labels_baseline(rules: Rules, frame: pl.DataFrame, oit: pl.DataFrame) -> pd.DataFrame:
    """polars: labels replaced by their choice (a lookup of the few labels), then the mean."""
    mapping = {label: float(c) for c, label in enumerate(LABELS)}
    grouped = (
        frame.group_by("agency")
        .agg(pl.col(QUESTIONS).replace_strict(mapping, return_dtype=pl.Float64).mean())
        .sort("agency")
    )
    names = grouped["agency"].to_numpy()
    means = grouped.select(QUESTIONS).to_numpy() * (100 / 3)
    joined = grouped.select("agency").join(oit, on="agency", how="left", maintain_order="left")
    return finish(rules, names, means, joined.select("9", "10").to_numpy())


# -- checking and timing ------------------------------------------------------------------


def same_results(table: Any, frame: pd.DataFrame, baseline: pd.DataFrame, what: str) -> None:
    """itakit's table and a baseline's agree on every agency, total and level."""
    assert list(frame["agency"]) == list(baseline["agency"]), f"{what}: agencies differ"
    ours = np.rint(frame["total"].to_numpy() * 100).astype(np.int64)
    theirs = np.rint(baseline["total"].to_numpy() * 100).astype(np.int64)
    differ = np.flatnonzero(ours != theirs)
    assert not len(differ), (
        f"{what}: {len(differ)} totals differ, first {frame['agency'][differ[0]]}"
    )
    assert (frame["level"].to_numpy() == baseline["level"].to_numpy()).all(), f"{what}: levels"
    assert len(table) == len(baseline)


def alternate(methods: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[float]]:
    """Each method once a round, in an order that rotates, timed with perf_counter."""
    times: dict[str, list[float]] = {name: [] for name in methods}
    names = list(methods)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:
            start = time.perf_counter()
            methods[name]()
            times[name].append(time.perf_counter() - start)
    return times


def rss_kib(field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (peak) of this process, in KiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(field)


def reset_peak() -> bool:
    """Reset this process's peak RSS (Linux ``clear_refs``); False where that is not possible."""
    try:
        with open(f"/proc/{os.getpid()}/clear_refs", "w") as file:
            file.write("5")
    except OSError:
        return False
    return True
