"""The layering rules of docs/architecture.md, checked on the source (tools/archcheck.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_TOOL = Path(__file__).resolve().parents[2] / "tools" / "archcheck.py"
_spec = importlib.util.spec_from_file_location("archcheck", _TOOL)
assert _spec is not None and _spec.loader is not None
archcheck = importlib.util.module_from_spec(_spec)
sys.modules["archcheck"] = archcheck
_spec.loader.exec_module(archcheck)

pytestmark = pytest.mark.no_cover  # archcheck reads the source; it runs no code of aishell's


def test_engine_names_are_compared_only_inside_engines() -> None:
    uses = archcheck.engine_names_outside_engines()
    listing = "\n".join(f"{f}:{n}: {t}" for f, n, t in uses)
    assert len(uses) <= 10, f"{len(uses)} engine-name comparisons outside engines/:\n{listing}"


def test_no_import_cycles() -> None:
    assert archcheck.import_cycles() == []


def test_no_function_over_150_lines() -> None:
    assert archcheck.long_functions() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('if e == "postgres": pass', 1),
        ('ok = e in ("mysql", "mariadb")', 1),
        ('T = {"sqlite": 1}', 1),
        ('S = frozenset({"duckdb", "x"})', 1),
        ('match e:\n    case "oracle": pass', 1),
        ('if e == "customers": pass', 0),
        ('name = "postgres"', 0),  # naming an engine is fine; comparing against it is not
    ],
)
def test_the_counter_sees_each_form(tmp_path: Path, source: str, expected: int) -> None:
    file = tmp_path / "m.py"
    file.write_text(source + "\n")
    assert len(archcheck.engine_name_uses(file)) == expected


def test_the_cycle_finder_sees_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg = tmp_path / "aishell"
    (pkg / "a").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a" / "__init__.py").write_text("")
    (pkg / "a" / "x.py").write_text("from aishell.a import y\n")
    (pkg / "a" / "y.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from aishell.a.x import f\n")
    (pkg / "a" / "z.py").write_text("import aishell.a.x\n")
    monkeypatch.setattr(archcheck, "ROOT", pkg)
    assert archcheck.import_cycles() == [["aishell.a.x", "aishell.a.y"]]
