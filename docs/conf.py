"""Sphinx configuration for itakit's documentation."""

from __future__ import annotations

import importlib.metadata

project = "itakit"
author = "itakit maintainers"
copyright = "itakit maintainers"
release = importlib.metadata.version("itakit")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = "itakit"
language = "en"
