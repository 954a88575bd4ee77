"""All or nothing: a writer that fails midway leaves the target as it was; a failed load leaves nothing.

Every writer of a file goes through ``itakit._files.atomic_write`` (a temporary
file beside the target, renamed over it once complete).  Each writer here is
made to fail in three places: in its serializer before anything is written,
in the middle of writing (the disk fills after part of the bytes), and at the
rename.  Each time the old file's bytes must be intact and no temporary file
left in the folder.
"""

from __future__ import annotations

import copy
import errno
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import itakit
from itakit import _files
from itakit.errors import FileAccessError, FrameworkFileError, ItakitError, ScoringError
from itakit.measures import loads_report
from strategies import sample_report

OLD = b"the old file, which must survive\n"

Writer = Callable[[Path], object]


def _writers() -> dict[str, tuple[str, Writer, str]]:
    """Each writer: (file suffix, how to write the file, the serializer to break)."""
    fw = itakit.framework(2564)
    report = sample_report()
    writers: dict[str, tuple[str, Writer, str]] = {
        "framework TOML": (
            ".toml",
            lambda path: itakit.dump_framework(fw, path),
            "itakit.rules.loader._toml_dumps",
        ),
        "framework JSON": (
            ".json",
            lambda path: itakit.dump_framework(fw, path, format="json"),
            "itakit.rules.loader.json.dumps",
        ),
        "report DOCX": (
            ".docx",
            lambda path: report.to_docx(path),
            "docx.document.Document.save",
        ),
    }
    card = fw.score_indicators(dict.fromkeys(range(1, 11), 80), agency="ก")
    table = fw.score_indicator_table({"agency": ["ก"], **{str(n): [80] for n in range(1, 11)}})
    writers.update(
        {
            "card JSON": (
                ".json",
                lambda path: itakit.dump_card(card, path),
                "itakit.scoring._json.json.dumps",
            ),
            "table JSON": (
                ".json",
                lambda path: itakit.dump_table(table, path),
                "itakit.scoring._json.json.dumps",
            ),
            "table CSV": (".csv", lambda path: table.to_csv(path), "itakit.scoring._csv.csv_text"),
            "card Excel": (
                ".xlsx",
                lambda path: card.to_excel(path),
                "xlsxwriter.workbook.Workbook.close",
            ),
            "table Excel": (
                ".xlsx",
                lambda path: table.to_excel(path),
                "xlsxwriter.workbook.Workbook.close",
            ),
        }
    )
    return writers


WRITERS = _writers()


class _Broken(Exception):
    """What a broken serializer raises."""


def _fail(*args: object, **kwargs: object) -> None:
    raise _Broken("the serializer failed")


def _left(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture(params=sorted(WRITERS))
def writer(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Writer, str]:
    suffix, write, serializer = WRITERS[request.param]
    target = tmp_path / f"target{suffix}"
    target.write_bytes(OLD)
    return target, write, serializer


def test_each_writer_writes_a_whole_file(writer: tuple[Path, Writer, str]) -> None:
    target, write, _ = writer
    write(target)
    assert target.read_bytes() != OLD
    assert _left(target.parent) == [target.name]


def test_a_serializer_that_fails_leaves_the_old_file(
    writer: tuple[Path, Writer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, write, serializer = writer
    monkeypatch.setattr(serializer, _fail)
    with pytest.raises(_Broken):
        write(target)
    assert target.read_bytes() == OLD
    assert _left(target.parent) == [target.name]


class _FillingHandle:
    """A file handle whose disk fills up after *room* bytes: part of the output is written."""

    def __init__(self, handle: Any, room: int) -> None:
        self.handle = handle
        self.room = room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            self.handle.write(bytes(data[: self.room]))
            self.room = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return int(self.handle.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)

    def __enter__(self) -> _FillingHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def test_a_disk_that_fills_midway_leaves_the_old_file(
    writer: tuple[Path, Writer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, write, _ = writer
    real = os.fdopen

    def filling(descriptor: int, *args: Any, **kwargs: Any) -> _FillingHandle:
        return _FillingHandle(real(descriptor, *args, **kwargs), room=100)

    monkeypatch.setattr(_files.os, "fdopen", filling)
    with pytest.raises(FileAccessError, match=r"No space left|cannot write|no space"):
        write(target)
    assert target.read_bytes() == OLD
    assert _left(target.parent) == [target.name]


def test_a_rename_that_fails_leaves_the_old_file(
    writer: tuple[Path, Writer, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target, write, _ = writer

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(_files.os, "replace", refuse)
    with pytest.raises(FileAccessError, match="permission denied"):
        write(target)
    assert target.read_bytes() == OLD
    assert _left(target.parent) == [target.name]


def test_a_writer_into_a_missing_folder_is_a_file_error(
    writer: tuple[Path, Writer, str],
) -> None:
    target, write, _ = writer
    with pytest.raises(FileAccessError):
        write(target.parent / "no such folder" / target.name)
    assert _left(target.parent) == [target.name]


# -- loads ---------------------------------------------------------------------------------------


def test_a_failed_framework_load_changes_nothing(tmp_path: Path) -> None:
    """The shipped edition, the file and the folder are as they were after a failed load."""
    before = itakit.framework(2564)
    text = itakit.dump_framework(before).replace("weight = 20", "weight = 19", 1)
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FrameworkFileError):
        itakit.load_framework(path)
    with pytest.raises(FrameworkFileError):
        itakit.loads_framework(text)
    assert itakit.framework(2564) is before
    assert itakit.dump_framework(itakit.framework(2564)) == itakit.dump_framework(before)
    assert path.read_text(encoding="utf-8") == text
    assert _left(tmp_path) == ["mine.toml"]


def test_failed_scoring_leaves_its_input_as_it_was() -> None:
    fw = itakit.framework(2567)
    scores: dict[object, object] = {**dict.fromkeys(range(1, 11), 80), 3: "x", "11": 5}
    table = {"agency": ["ก", "ข"], **{str(n): [80, 101] for n in range(1, 11)}}
    checklist: dict[object, object] = {9: 90, 10: [1, 2]}
    kept = copy.deepcopy((scores, table, checklist))
    with pytest.raises(ScoringError):
        itakit.score_indicators(fw, scores)
    with pytest.raises(ScoringError):
        itakit.score_indicator_table(fw, table)
    with pytest.raises(ScoringError):
        itakit.score_oit(fw, checklist)
    assert (scores, table, checklist) == kept


def test_a_failed_report_load_leaves_no_report_behind() -> None:
    data = json.loads(sample_report().to_json())
    data["groups"][0]["measures"][0]["completion"] = "150"
    text = json.dumps(data, ensure_ascii=False)
    with pytest.raises(ItakitError):
        loads_report(text)
    assert json.loads(text) == data  # the text read is not what changed
