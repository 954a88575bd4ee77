"""Lazy imports of the optional extras, each failing with the command that installs it.

The command names the extra (``pip install "itakit[plot]"``); when itakit was
installed from a local folder (a checkout, ``pip install -e .``), where that
command would fetch a different itakit or none, it also gives the local form
(``pip install -e ".[plot]"``, run in that folder).  How itakit was installed is
read from its ``direct_url.json`` (PEP 610).
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from importlib import metadata
from types import ModuleType
from urllib.parse import unquote, urlparse

from itakit.errors import MissingExtraError

__all__ = ["install_hint", "require"]


def _local_folder() -> tuple[str, bool] | None:
    """The folder itakit was installed from, and whether as editable; None if from an index."""
    try:
        text = metadata.distribution("itakit").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return None
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return None
    if not isinstance(found, dict):
        return None
    url, folder = found.get("url"), found.get("dir_info")
    if not isinstance(url, str) or not isinstance(folder, dict) or not url.startswith("file:"):
        return None
    return unquote(urlparse(url).path), bool(folder.get("editable"))


@cache
def install_hint(extra: str) -> str:
    """The command that installs *extra*, as this copy of itakit was installed.

    >>> install_hint("plot").startswith('pip install "itakit[plot]"')
    True
    """
    hint = f'pip install "itakit[{extra}]"'
    local = _local_folder()
    if local is None:
        return hint
    folder, editable = local
    flag = "-e " if editable else ""
    return f'{hint} (itakit was installed from {folder}: there, run pip install {flag}".[{extra}]")'


def require(module: str, *, extra: str, package: str | None = None) -> ModuleType:
    """Import *module*, or raise :class:`MissingExtraError` with the command to install *extra*.

    >>> require("json", extra="none").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(
            f"this feature needs {package or module}: {install_hint(extra)}", value=extra
        ) from error
