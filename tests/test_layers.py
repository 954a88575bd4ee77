"""The import graph of src/itakit runs one way: no module imports from a layer above its own.

Every import counts, at module level, under ``if TYPE_CHECKING:`` and inside
functions alike.  The layers, lowest first, are documented in CONTRIBUTING.md;
a new module must be placed in one (the test fails for a module it cannot
place).
"""

from __future__ import annotations

import ast
from pathlib import Path

import itakit

SRC = Path(itakit.__file__).parent

# (layer, module prefixes), lowest first.  A module belongs to the layer of its
# longest matching prefix.
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        (
            "itakit.errors",
            "itakit.text",
            "itakit.thai",
            "itakit._locale",
            "itakit._numbers",
            "itakit._words",
            "itakit.fiscal_year",
            "itakit.period",
            "itakit.codes",
            "itakit._convert",
            "itakit._optional",
            "itakit._toml",
            "itakit._text_table",
            "itakit._files",
            "itakit._limits",
            "itakit._deprecation",
            "itakit.fonts",
            "itakit.data",
        ),
    ),
    ("rules", ("itakit.rules",)),
    ("scoring", ("itakit.scoring",)),
    ("analysis", ("itakit.analysis",)),
    ("measures", ("itakit.measures",)),
    ("top", ("itakit", "itakit.cli", "itakit._cli", "itakit.__main__")),
)
RANK = {name: rank for rank, (name, _) in enumerate(LAYERS)}


def layer_of(module: str) -> str | None:
    best: tuple[int, str] | None = None
    for name, prefixes in LAYERS:
        for prefix in prefixes:
            exact = prefix == "itakit"
            matches = (module == prefix) if exact else module.startswith(prefix)
            if matches and (best is None or len(prefix) > best[0]):
                best = (len(prefix), name)
    return best[1] if best else None


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    relative = Path(*name.split("."))
    return (SRC.parent / relative).with_suffix(".py").exists() or (
        SRC.parent / relative / "__init__.py"
    ).exists()


def imports_of(path: Path, here: str | None = None) -> list[tuple[int, str]]:
    """Every itakit module *path* (module *here*) imports, with the line, wherever it stands."""
    here = module_name(path) if here is None else here
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            for alias in node.names:
                candidate = f"{origin}.{alias.name}"
                found.append((node.lineno, candidate if is_module(candidate) else origin))
    return [(line, name) for line, name in found if name.split(".")[0] == "itakit"]


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_every_module_has_a_layer() -> None:
    unplaced = [module_name(path) for path in modules() if layer_of(module_name(path)) is None]
    assert unplaced == []


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = []
    for path in modules():
        here = module_name(path)
        own = layer_of(here)
        assert own is not None
        for line, target in imports_of(path):
            theirs = layer_of(target)
            assert theirs is not None, f"{here}:{line} imports {target}, which has no layer"
            if RANK[theirs] > RANK[own]:
                upward.append(f"{here}:{line} ({own}) imports {target} ({theirs})")
    assert upward == []


def test_the_walk_sees_imports_inside_functions_and_type_checking_blocks(tmp_path: Path) -> None:
    # the detector itself: an import in a function body and one under TYPE_CHECKING are found
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from itakit.measures import model\n"
        "def f():\n    from itakit.analysis.compare import compare\n"
    )
    probe = tmp_path / "_layer_probe.py"
    probe.write_text(source, encoding="utf-8")
    targets = {name for _, name in imports_of(probe, "itakit.rules._layer_probe")}
    assert {"itakit.measures.model", "itakit.analysis.compare"} <= targets
    assert all(RANK[layer_of(t) or "top"] > RANK["rules"] for t in targets)


def test_import_itakit_loads_no_analysis_measures_plotting_or_babel() -> None:
    import subprocess
    import sys

    code = (
        "import sys, itakit\n"
        "heavy = [m for m in sys.modules if m.startswith(('itakit.analysis', 'itakit.measures',"
        " 'itakit.scoring', 'matplotlib', 'docx', 'babel', 'numpy'))]\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
