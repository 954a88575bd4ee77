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
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from itakit.errors import FileAccessError, InputTypeError

__all__ = ["DEFAULT_LIMIT", "as_path", "atomic_write", "read_bytes", "read_text"]

DEFAULT_LIMIT = 256 * 1024 * 1024
"""The largest file itakit reads unless a caller sets its own limit (256 MiB)."""


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
        raise InputTypeError(f"a {what} must be text or os.PathLike (got {path!r})", value=path)
    text = os.fspath(path)
    if not isinstance(text, str):
        raise InputTypeError(f"a {what} must be text or os.PathLike (got {path!r})", value=path)
    if "\x00" in text:
        raise FileAccessError(
            f"{text!r}: a path cannot contain a NUL character", path=path, value=path
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
        with open(file, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise FileAccessError(
                    f"{file}: {size:,} bytes, more than itakit reads ({limit:,} bytes)",
                    path=path,
                )
            data = handle.read(limit + 1)
    except OSError as error:
        if isinstance(error, FileAccessError):
            raise
        raise FileAccessError(f"{file}: {_why(error)}", path=path) from None
    if len(data) > limit:
        raise FileAccessError(f"{file}: more than itakit reads ({limit:,} bytes)", path=path)
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


def atomic_write(
    path: object,
    content: str | bytes | Callable[[BinaryIO], object],
    *,
    encoding: str = "utf-8",
) -> None:
    """Write *content* to *path* all at once: the old file stays until the new one is complete.

    *content* is text, bytes, or a function that writes to a binary file
    handle (for writers such as python-docx or XlsxWriter).

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
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise FileAccessError(f"{file}: cannot write here ({_why(error)})", path=path) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            if isinstance(content, str):
                handle.write(content.encode(encoding))
            elif isinstance(content, bytes):
                handle.write(content)
            else:
                content(handle)
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
