"""An extension's own objects (hypopg's view, pg_stat_statements') come with ``CREATE EXTENSION``:
a backup or a copy of a whole PostgreSQL database leaves them out, as pg_dump does, and says so."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from data_helpers import execute, rows, session_for

from aishell.services.data.backup import create_backup, restore
from aishell.services.data.copy import copy_tables

pytestmark = pytest.mark.integration


@pytest.fixture
def databases(pg_url: str) -> Iterator[tuple[str, str]]:
    """A database with hypopg and one table, and an empty one."""
    import psycopg

    base = pg_url.rsplit("/", 1)[0]
    names = [f"aishell_ext_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    source, target = (f"{base}/{n}" for n in names)
    execute(source, "CREATE EXTENSION hypopg", "CREATE TABLE t (id int PRIMARY KEY, a text)",
            "INSERT INTO t VALUES (1, 'x')")  # fmt: skip
    yield source, target
    with psycopg.connect(base + "/postgres", autocommit=True) as conn:
        for name in names:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_and_copy_leave_an_extensions_objects_out(databases: tuple[str, str], tmp_path: Path) -> None:
    source, target = databases
    owner = session_for(source)
    try:
        catalog = owner.catalog(refresh=True)
        view = catalog.find_table("hypopg_list_indexes")
        assert view is not None and view.extension == "hypopg"  # the catalog still shows it, marked
        manifest = create_backup(owner, str(tmp_path / "b.aishell"))
    finally:
        owner.close()
    assert [t["name"] for t in manifest["tables"]] == ["t"]
    into = session_for(target)
    try:
        restored = restore(into, str(tmp_path / "b.aishell"))
    finally:
        into.close()
    assert not any("hypopg" in w for w in restored.warnings)  # no view that cannot be made without it
    assert rows(target, "SELECT id, a FROM t") == [(1, "x")]
    lite = f"sqlite:///{tmp_path / 'copy.sqlite'}"
    src, dst = session_for(source), session_for(lite)
    try:
        copied = copy_tables(src, dst, None, create=True)
    finally:
        src.close()
        dst.close()
    assert [name for name, _n in copied] == ["t"]
    assert any("hypopg_list_indexes" in w and "extension hypopg" in w for w in copied.warnings)
