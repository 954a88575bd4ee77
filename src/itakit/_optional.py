"""Lazy imports of the optional extras, each failing with the extra to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from itakit.errors import MissingExtraError

__all__ = ["require"]


def require(module: str, *, extra: str, package: str | None = None) -> ModuleType:
    """Import *module*, or raise :class:`MissingExtraError` naming *extra*.

    >>> require("json", extra="none").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError.for_extra(extra, package or module) from error
