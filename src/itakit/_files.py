"""Reading and writing files, the one way every itakit loader and writer does it.

Reading: :func:`read_bytes` and :func:`read_text` take a path (text or
:class:`os.PathLike`), refuse what is not a readable regular file, or is
larger than a limit, before reading it, and turn every :class:`OSError` into a
:class:`~itakit.errors.FileAccessError` naming the path.

Writing: :func:`atomic_write` writes a temporary file beside the target and
renames it over the target only once everything is written, so a writer that
fails midway leaves the target as it was and no temporary file behind.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write(folder / "a.txt", "ก ข")
>>> read_text(folder / "a.txt")
'ก ข'
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from itakit._limits import MAX_FILE_BYTES, MAX_UNZIPPED_BYTES, check_size, shown
from itakit.errors import FileAccessError, InputTypeError, ItakitError, ParseError

__all__ = [
    "DEFAULT_LIMIT",
    "as_path",
    "atomic_write",
    "check_archive",
    "read_bytes",
    "read_text",
]

DEFAULT_LIMIT = MAX_FILE_BYTES
"""The largest file itakit reads unless a caller sets its own limit (see :mod:`itakit._limits`)."""


def as_path(path: object, *, what: str = "path") -> Path:
    """*path* as a :class:`~pathlib.Path`, or an error that says what a path is.

    >>> as_path("x.toml")
    PosixPath('x.toml')
    >>> as_path(5)
    Traceback (most recent call last):
    ...
    itakit.errors.InputTypeError: a path must be text or os.PathLike (got 5)
    """
    if isinstance(path, bytes) or not isinstance(path, str | os.PathLike):
        raise InputTypeError(
            f"a {what} must be text or os.PathLike (got {shown(path)})", value=path
        )
    text = os.fspath(path)
    if not isinstance(text, str):
        raise InputTypeError(
            f"a {what} must be text or os.PathLike (got {shown(path)})", value=path
        )
    if "\x00" in text:
        raise FileAccessError(
            f"{shown(text)}: a path cannot contain a NUL character", path=path, value=path
        )
    if not text.strip():
        raise FileAccessError("an empty path names no file", path=path, value=path)
    return Path(text)


def _why(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "a folder, not a file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or type(error).__name__


def read_bytes(path: object, *, limit: int = DEFAULT_LIMIT) -> bytes:
    """The bytes of the file at *path*, at most *limit* of them.

    >>> read_bytes("/")
    Traceback (most recent call last):
    ...
    itakit.errors.FileAccessError: /: a folder, not a file
    """
    file = as_path(path)
    try:
        found = os.stat(file)
        if stat.S_ISDIR(found.st_mode):
            raise FileAccessError(f"{file}: a folder, not a file", path=path)
        if not stat.S_ISREG(found.st_mode):  # a pipe would block, /dev/zero never end
            raise FileAccessError(f"{file}: not a regular file (a device or a pipe)", path=path)
        check_size(found.st_size, limit, what=str(file))
        with open(file, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        if isinstance(error, FileAccessError):
            raise
        raise FileAccessError(f"{file}: {_why(error)}", path=path) from None
    except ItakitError as error:  # over the size limit
        raise FileAccessError(error.message, path=path) from None
    check_size(len(data), limit, what=str(file))  # a file that grew while it was read
    return data


def read_text(path: object, *, limit: int = DEFAULT_LIMIT) -> str:
    """The UTF-8 text of the file at *path* (a byte-order mark is dropped).

    >>> import pathlib, tempfile
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "bad.csv"
    >>> _ = bad.write_bytes(b"\\xff\\xfe\\x00")
    >>> read_text(bad)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    itakit.errors.FileAccessError: .../bad.csv: not UTF-8 text (byte 0)
    """
    data = read_bytes(path, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileAccessError(
            f"{as_path(path)}: not UTF-8 text (byte {error.start})", path=path
        ) from None


def check_archive(data: bytes, *, what: str, kind: str) -> None:
    """Refuse the bytes of a zip archive (a .docx or .xlsx file) that is damaged or too large.

    Every member must be whole (its checksum is checked) and all of them must
    unzip to at most :data:`~itakit._limits.MAX_UNZIPPED_BYTES` together, so a
    reader never meets a truncated member or a zip bomb halfway.  *what* names
    the file, *kind* what it should be (``"a Word document (.docx)"``).

    >>> check_archive(b"PK\x03\x04 cut short", what="report.docx", kind="a Word document (.docx)")
    Traceback (most recent call last):
    ...
    itakit.errors.ParseError: report.docx is not a Word document (.docx) itakit can read: it is corrupted or not a zip archive (File is not a zip file)
    """
    damaged = f"{what} is not {kind} itakit can read"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            unzipped = sum(member.file_size for member in members)
            if unzipped > MAX_UNZIPPED_BYTES:
                raise ParseError(
                    f"{damaged}: its members unzip to {unzipped:,} bytes, more than itakit reads:"
                    f" at most {MAX_UNZIPPED_BYTES:,} (MAX_UNZIPPED_BYTES)",
                    value=what,
                )
            broken = archive.testzip()
    except ParseError:
        raise
    except Exception as error:
        raise ParseError(
            f"{damaged}: it is corrupted or not a zip archive ({error})", value=what
        ) from None
    if broken is not None:
        raise ParseError(f"{damaged}: it is corrupted ({broken} does not unzip whole)", value=what)


def atomic_write(
    path: object,
    content: str | bytes | Callable[[BinaryIO], object],
    *,
    encoding: str = "utf-8",
) -> None:
    """Write *content* to *path* all at once: the old file stays until the new one is complete.

    *content* is text, bytes, or a function that writes to a binary file
    handle (for writers such as python-docx or XlsxWriter).  Such a function
    writes into memory first: whatever it does when it fails, no file is
    touched, and a full disk is met by this function's own write.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "kept.txt"
    >>> atomic_write(target, "old")
    >>> def broken(handle):
    ...     handle.write(b"half")
    ...     raise RuntimeError("disk full")
    >>> atomic_write(target, broken)
    Traceback (most recent call last):
    ...
    RuntimeError: disk full
    >>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('old', ['kept.txt'])
    """
    file = as_path(path)
    folder = file.parent
    if isinstance(content, str):
        data = content.encode(encoding)
    elif isinstance(content, bytes):
        data = content
    else:
        buffer = io.BytesIO()
        content(buffer)
        data = buffer.getvalue()
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise FileAccessError(f"{file}: cannot write here ({_why(error)})", path=path) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        if file.exists():
            with contextlib.suppress(OSError):
                os.chmod(temporary, file.stat().st_mode & 0o7777)
        else:
            with contextlib.suppress(OSError):
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, file)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError) and not isinstance(error, FileAccessError):
            raise FileAccessError(f"{file}: cannot write ({_why(error)})", path=path) from None
        raise
