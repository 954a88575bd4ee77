"""Things computed once per framework object and kept while it lives.

Scoring looks up the same tables for every agency; they are built on first use
and cached by the framework's identity (a framework is immutable, and hashing
one would cost more than the scoring it speeds up).  An entry goes when its
framework is garbage-collected.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

from itakit.rules.framework import Rules

__all__ = ["PerFramework"]

T = TypeVar("T")


class PerFramework(Generic[T]):
    """A cache of ``build(framework)`` by framework identity.

    The built value must not refer to the framework, or the entry would keep
    it alive for ever.

    >>> count = PerFramework(lambda fw: len(fw.indicators))
    >>> len(count.cache)
    0
    """

    def __init__(self, build: Callable[[Rules], T]) -> None:
        self.build = build
        self.cache: dict[int, tuple[weakref.ref[Rules], T]] = {}

    def __call__(self, framework: Rules) -> T:
        key = id(framework)
        entry = self.cache.get(key)
        if entry is not None and entry[0]() is framework:
            return entry[1]
        value = self.build(framework)
        cache = self.cache
        self.cache[key] = (weakref.ref(framework, lambda _: cache.pop(key, None)), value)
        return value
