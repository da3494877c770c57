"""The engine contract's static half, for every registered engine: its dialect loads without its
driver, its adapter class declares its capabilities, and the suite's ``LACKS`` table names only
real engines and contracts, with a reason each."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from engine_contract import CONTRACTS, LACKS, LIVE, SQL, VALUES

from aishell.engines import ENGINES, dialect_of, engine_class
from aishell.engines.base import BulkPath, Connection
from aishell.engines.dialect import Dialect
from aishell.engines.types import KINDS
from isolation import env_without_coverage

ALL = sorted(ENGINES)
#: every driver module an engine may import
DRIVERS = sorted({driver for *_, driver in ENGINES.values() if driver} | {"sqlite3"})

PROBE = """
import json, sys
from aishell.engines import dialect_of
d = dialect_of(sys.argv[1])
# touch what the splitter, completer and quoting use: none of it may need the driver
facts = {"name": d.name, "sqlglot": d.sqlglot, "quoted": d.quote("x"), "folding": d.case_folding}
print(json.dumps({"facts": facts, "modules": sorted(m for m in json.loads(sys.argv[2]) if m in sys.modules)}))
"""


@pytest.mark.parametrize("engine", ALL)
def test_dialect_loads_without_its_driver(engine: str) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, engine, json.dumps(DRIVERS)], capture_output=True, text=True, check=True, timeout=60,
        env=env_without_coverage(),
    )
    found = json.loads(out.stdout)
    assert found["modules"] == [], f"loading the {engine} dialect imported {found['modules']}"
    assert found["facts"]["name"] == engine


@pytest.mark.parametrize("engine", ALL)
def test_adapter_declares_its_capabilities(engine: str) -> None:
    cls = engine_class(engine)
    dialect = dialect_of(engine)
    assert issubclass(cls, Connection) and not getattr(cls, "__abstractmethods__", None)
    assert cls.engine == engine and cls.display_name
    assert isinstance(dialect, Dialect) and type(dialect) is not Dialect, f"{engine} has no Dialect of its own"
    assert dialect.name == engine and dialect.package == engine
    assert cls.dialect == dialect.sqlglot, "the adapter and its dialect name different sqlglot dialects"
    assert dialect.case_folding in ("lower", "upper", "none")
    assert isinstance(cls.supports_cancel, bool) and isinstance(cls.has_schemas, bool)
    if not cls.supports_cancel:
        assert "cancel" in LACKS.get(engine, {}), f"{engine} cannot cancel: list it in LACKS"
    assert cls.paramstyle in ("qmark", "format", "pyformat", "numeric")
    bare = cls.__new__(cls)  # class-level facts only: no connection is opened
    marks = [bare.placeholder(i) for i in range(3)]
    assert all(marks) and (len(set(marks)) == 1 or len(set(marks)) == 3), marks


#: the methods that implement each bulk path
BULK_METHODS = {
    BulkPath.READ_FILES: ("file_reader",),
    BulkPath.PARQUET: ("table_to_parquet", "parquet_into_table"),
    BulkPath.SCAN_CSV: ("table_to_csv",),
}


@pytest.mark.parametrize("engine", ALL)
def test_bulk_paths_are_declared_exactly(engine: str) -> None:
    """An adapter implements the bulk paths it declares in ``bulk``, and no other: services ask
    ``conn.can(path)`` and never probe for a method."""
    cls = engine_class(engine)
    assert isinstance(cls.bulk, frozenset) and all(isinstance(p, BulkPath) for p in cls.bulk)
    for path in BulkPath:
        methods = BULK_METHODS.get(path, (path.value,))
        overridden = [m for m in methods if getattr(cls, m) is not getattr(Connection, m)]
        if path in cls.bulk:
            assert overridden == list(methods), f"{engine} declares {path.value} but does not implement {methods}"
        else:
            assert overridden == [], f"{engine} implements {overridden} without declaring {path.value}"
    bare = cls.__new__(cls)
    assert {p for p in BulkPath if bare.can(p)} == set(cls.bulk)


def test_lacks_table_names_real_engines_and_contracts() -> None:
    kinds = {f"types.{k}" for k in VALUES} | {f"typemap.{k}" for k in KINDS}
    for engine, lacks in LACKS.items():
        assert engine in ENGINES, f"LACKS names an unknown engine {engine!r}"
        for capability, reason in lacks.items():
            assert capability in CONTRACTS or capability in kinds, f"{engine}: unknown capability {capability!r}"
            assert reason.strip(), f"{engine} lacks {capability} without saying why"


@pytest.mark.parametrize("engine", ALL)
def test_every_engine_runs_the_contract_or_says_what_it_lacks(engine: str) -> None:
    """A new engine gets its SQL in the suite (and runs every contract), or lists each contract
    it cannot run live in LACKS."""
    if engine in LIVE:
        assert engine in SQL
    else:
        assert set(LACKS.get(engine, {})) >= set(CONTRACTS), f"{engine}: add it to the suite or to LACKS"
