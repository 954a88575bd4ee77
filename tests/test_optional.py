"""Install hints that work: the extra by name, and the local-path form for a checkout."""

from __future__ import annotations

import json
from typing import Any

import pytest

from itakit import MissingExtraError, _optional


class FakeDistribution:
    def __init__(self, direct_url: dict[str, Any] | None) -> None:
        self.direct_url = direct_url

    def read_text(self, name: str) -> str | None:
        assert name == "direct_url.json"
        return None if self.direct_url is None else json.dumps(self.direct_url)


def hint(monkeypatch: pytest.MonkeyPatch, direct_url: dict[str, Any] | None) -> str:
    monkeypatch.setattr(
        _optional.metadata, "distribution", lambda name: FakeDistribution(direct_url)
    )
    _optional.install_hint.cache_clear()
    try:
        return _optional.install_hint("plot")
    finally:
        _optional.install_hint.cache_clear()


def test_from_an_index_the_hint_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    assert hint(monkeypatch, None) == 'pip install "itakit[plot]"'
    url = {"url": "https://files.example.org/itakit-0.1.whl", "archive_info": {}}
    assert hint(monkeypatch, url) == 'pip install "itakit[plot]"'


def test_from_a_checkout_the_hint_gives_the_local_form(monkeypatch: pytest.MonkeyPatch) -> None:
    text = hint(monkeypatch, {"url": "file:///home/me/itakit", "dir_info": {"editable": True}})
    assert 'pip install "itakit[plot]"' in text
    assert 'pip install -e ".[plot]"' in text
    assert "/home/me/itakit" in text


def test_from_a_local_folder_not_editable(monkeypatch: pytest.MonkeyPatch) -> None:
    text = hint(monkeypatch, {"url": "file:///src/itakit", "dir_info": {}})
    assert 'pip install ".[plot]"' in text
    assert "-e" not in text


def test_not_installed_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Any:
        raise _optional.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(_optional.metadata, "distribution", missing)
    _optional.install_hint.cache_clear()
    try:
        assert _optional.install_hint("excel") == 'pip install "itakit[excel]"'
    finally:
        _optional.install_hint.cache_clear()


def test_require_raises_with_the_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(MissingExtraError, match=r'needs no_such_module: pip install "itakit\[x\]"'):
        _optional.require("no_such_module", extra="x")
