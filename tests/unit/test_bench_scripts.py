"""The benchmark scripts under bench/ parse, import without side effects, and answer --help.

No timing is asserted here: the benchmarks themselves are run by hand (see bench/README.md).
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCRIPTS = ["export_pg.py", "startup.py", "ask_catalog.py", "export_formats.py", "data_sqlite.py", "fleet_health.py"]


def load(name: str) -> ModuleType:
    path = BENCH / name
    spec = importlib.util.spec_from_file_location(f"bench_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[spec.name]
        raise
    return module


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_parses_and_imports(name: str) -> None:
    ast.parse((BENCH / name).read_text(encoding="utf-8"), filename=name)
    module = load(name)  # importing must not start a benchmark
    assert callable(module.main)


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_help(name: str) -> None:
    r = subprocess.run([sys.executable, str(BENCH / name), "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "usage:" in r.stdout and "--" in r.stdout


def test_bad_arguments_are_refused() -> None:
    r = subprocess.run([sys.executable, str(BENCH / "export_pg.py"), "--rows", "0"], capture_output=True,
                       text=True, timeout=60)  # fmt: skip
    assert r.returncode == 2 and "--rows" in r.stderr


def test_csv_comparison_reports_formatting_differences(tmp_path: Path) -> None:
    export = load("export_pg.py")
    ref = tmp_path / "psql.csv"
    ref.write_text('id,b,ts,note\n2,f,2020-01-01 00:00:00+00,""\n1,t,2020-01-01 00:00:00+00,\n')
    same = tmp_path / "same.csv"
    same.write_bytes(ref.read_bytes())
    assert export.compare(ref, same, ["id", "b", "ts", "note"])[0].startswith("identical bytes")
    shuffled = tmp_path / "shuffled.csv"
    shuffled.write_text('id,b,ts,note\n1,t,2020-01-01 00:00:00+00,\n2,f,2020-01-01 00:00:00+00,""\n')
    assert "same rows in another order" in export.compare(ref, shuffled, ["id", "b", "ts", "note"])[0]
    other = tmp_path / "other.csv"
    other.write_text("id,b,ts,note\n1,true,2020-01-01 00:00:00+00:00,\n2,false,2020-01-01 00:00:00+00:00,\n")
    notes = "\n".join(export.compare(ref, other, ["id", "b", "ts", "note"]))
    assert "2 of 2 rows differ" in notes
    assert "b: 2 values differ" in notes and "ts: 2 values differ" in notes
    assert "note (quoting only): 1 values differ" in notes  # NULL (empty field) against the empty string ("")


def test_importtime_parsing_and_chains() -> None:
    startup = load("startup.py")
    text = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |     sqlglot.helpers\n"
        "import time:      2000 |       2100 |   sqlglot\n"
        "import time:       500 |       2600 | aishell.sql.classify\n"
        "import time:        50 |         50 | json\n"
    )
    imps = startup.parse_importtime(text)
    assert [(i.name, i.self_us, i.depth) for i in imps] == [
        ("sqlglot.helpers", 100, 2), ("sqlglot", 2000, 1), ("aishell.sql.classify", 500, 0), ("json", 50, 0),
    ]  # fmt: skip
    assert startup.chain(imps, 0) == ["aishell.sql.classify", "sqlglot", "sqlglot.helpers"]
    assert startup.chain(imps, 3) == ["json"]
    assert startup._group("aishell.sql.classify") == "aishell.sql" and startup._group("sqlglot.helpers") == "sqlglot"
