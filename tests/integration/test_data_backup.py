"""Backups and copies across engines: PostgreSQL into SQLite and MariaDB with equal row counts and
content checksums, corrupted archives refused, wrong passphrases named, tables never half-written."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pymysql
import pytest
from click.testing import CliRunner
from data_helpers import content, session_for

from aishell.cli.main import cli
from aishell.errors import AishellError, UsageError
from aishell.output.sink import CollectingSink
from aishell.services.data.backup import ArchiveError, create_backup, read_info, restore, verify
from aishell.services.data.copy import copy_tables
from aishell.services.data.crypto import CryptoError

pytestmark = pytest.mark.integration

# column kinds of the source tables, for comparing content across engines
KINDS = {
    "parent": ["int", "text"],
    "child": ["int", "int", "decimal", "decimal", "timestamptz", "binary", "json", "date", "bool", "text"],
}

PG_SCHEMA = [
    "CREATE TABLE parent (id integer PRIMARY KEY, name varchar(50) UNIQUE)",
    "CREATE TABLE child (id bigint PRIMARY KEY, parent_id integer REFERENCES parent(id), amount numeric(12,2), "
    "big numeric, ts timestamptz, b bytea, j jsonb, d date, flag boolean, note text)",
    "CREATE INDEX child_amount_idx ON child (amount)",
    "INSERT INTO parent SELECT g, 'parent ' || g FROM generate_series(1, 50) g",
    "INSERT INTO parent VALUES (51, '')",
    "INSERT INTO child SELECT g, 1 + g % 51, (g * 1.25)::numeric(12,2), g::numeric / 7, "
    "timestamptz '2024-01-01 00:00:00+00' + g * interval '37 minutes', decode(md5(g::text), 'hex'), "
    "jsonb_build_object('g', g, 'tags', jsonb_build_array('a', g)), date '2000-01-01' + g, g % 2 = 0, "
    "CASE WHEN g % 10 = 0 THEN NULL WHEN g % 10 = 1 THEN '' ELSE 'note, \"' || g || E'\\n' END "
    "FROM generate_series(1, 3000) g",
    "INSERT INTO child VALUES (0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
]


@pytest.fixture(scope="module")
def pg_source(pg_url: str) -> str:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS child, parent")
        for stmt in PG_SCHEMA:
            conn.execute(stmt)
    return pg_url


@pytest.fixture(scope="module")
def archive(pg_source: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bk") / "db.aishell"
    s = session_for(pg_source)
    manifest = create_backup(s, str(out), tables=["parent", "child"])
    s.close()
    assert [t["rows"] for t in manifest["tables"]] == [51, 3001]
    return out


@pytest.fixture
def mysql_db(mysql_url: str) -> str:
    name = f"aishell_r_{uuid.uuid4().hex[:8]}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@127.0.0.1:3306/{name}"  # type: ignore[misc]
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


def test_manifest_verify_and_info(archive: Path) -> None:
    manifest = verify(str(archive))
    assert manifest["engine"] == "postgres" and "PostgreSQL" in manifest["server_version"]
    assert set(manifest["members"]) >= {"schema.json", "schema.sql"}
    assert all(len(m["sha256"]) == 64 for m in manifest["members"].values())
    assert read_info(str(archive))["tables"][1]["rows"] == 3001


@pytest.mark.parametrize("target", ["sqlite", "mysql", "duckdb"])
def test_postgres_backup_restores_into_other_engines(
    target: str, archive: Path, pg_source: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if target == "sqlite":
        url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    elif target == "duckdb":
        url = f"duckdb:///{tmp_path / 'r.duckdb'}"
    else:
        url = request.getfixturevalue("mysql_db")
    src = session_for(pg_source)
    dst = session_for(url)
    try:
        results = restore(dst, str(archive))
        assert [(r.name, r.rows) for r in results] == [("parent", 51), ("child", 3001)]
        for table in ("parent", "child"):
            assert content(dst, table, KINDS[table]) == content(src, table, KINDS[table])
        cat = dst.catalog(refresh=True)
        child = cat.find_table("child")
        assert child is not None and child.primary_key == ("id",)
        assert any(fk.ref_table == "parent" for fk in child.foreign_keys)
        if target != "duckdb":
            assert any("amount" in ix.columns for ix in child.indexes)
        # existing tables are refused without --replace, and left alone
        with pytest.raises(UsageError, match="--replace"):
            restore(dst, str(archive))
        assert restore(dst, str(archive), replace=True)[1].rows == 3001
    finally:
        src.close()
        dst.close()


def test_restore_into_postgres_same_engine(archive: Path, pg_source: str) -> None:
    s = session_for(pg_source)
    try:
        before = content(s, "child", KINDS["child"])
        restore(s, str(archive), replace=True)
        assert content(s, "child", KINDS["child"]) == before
        types = dict(s.query_rows("SELECT column_name, data_type FROM information_schema.columns "
                                  "WHERE table_name = 'child'")[1])  # fmt: skip
        assert types["amount"] == "numeric" and types["j"] == "jsonb" and types["b"] == "bytea"
    finally:
        s.close()


def _corrupt(src: Path, dst: Path, at: float) -> None:
    data = bytearray(src.read_bytes())
    i = int(len(data) * at)
    data[i] ^= 0xFF
    dst.write_bytes(bytes(data))


def test_corrupted_archive_is_refused_by_verify_and_restore(archive: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.aishell"
    _corrupt(archive, bad, 0.8)  # inside the last data member
    with pytest.raises(ArchiveError):
        verify(str(bad))
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    s = session_for(url)
    try:
        with pytest.raises(AishellError):
            restore(s, str(bad))
        assert s.catalog(refresh=True).find_table("child") is None  # nothing half-written
        assert s.catalog().find_table("parent") is None
    finally:
        s.close()
    truncated = tmp_path / "short.aishell"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(ArchiveError):
        verify(str(truncated))
    r = CliRunner().invoke(cli, ["backup", "verify", str(bad)])
    assert r.exit_code == 1 and "SHA-256" in r.stderr


def test_encrypted_archive_and_wrong_passphrase(pg_source: str, tmp_path: Path) -> None:
    out = tmp_path / "enc.aishell"
    s = session_for(pg_source)
    create_backup(s, str(out), tables=["parent"], passphrase="correct horse")
    s.close()
    assert b"parent" not in out.read_bytes()
    assert verify(str(out), "correct horse")["tables"][0]["rows"] == 51
    with pytest.raises(CryptoError, match="wrong passphrase"):
        verify(str(out), "battery staple")
    with pytest.raises(UsageError, match="encrypted"):
        read_info(str(out))
    bad = tmp_path / "enc-bad.aishell"
    _corrupt(out, bad, 0.7)
    with pytest.raises(CryptoError, match="damaged"):
        verify(str(bad), "correct horse")
    runner = CliRunner()
    env = {"AISHELL_BACKUP_PASSPHRASE": "nope"}
    r = runner.invoke(cli, ["backup", "restore", str(out), "--to", f"sqlite:///{tmp_path / 'e.sqlite'}"], env=env)
    assert r.exit_code == 2 and "wrong passphrase" in r.stderr
    env = {"AISHELL_BACKUP_PASSPHRASE": "correct horse"}
    r = runner.invoke(cli, ["backup", "restore", str(out), "--to", f"sqlite:///{tmp_path / 'e.sqlite'}"], env=env)
    assert r.exit_code == 0, r.stderr


def test_cli_backup_commands(pg_source: str, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "c.aishell"
    r = runner.invoke(cli, ["backup", "create", "--db", pg_source, "--tables", "parent", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    r = runner.invoke(cli, ["backup", "info", str(out)])
    assert r.exit_code == 0 and "parent" in r.stdout and "51 rows" in r.stdout
    r = runner.invoke(cli, ["backup", "list", str(tmp_path)])
    assert r.exit_code == 0 and "c.aishell" in r.stdout
    r = runner.invoke(cli, ["backup", "verify", str(out)])
    assert r.exit_code == 0 and r.stdout.startswith("ok:")


def test_native_dump_runs_without_shell_and_hides_password(pg_source: str, tmp_path: Path) -> None:
    from aishell.services.data.native import dump_command, native_dump

    s = session_for(pg_source.replace("postgres@", "postgres:s3cret@"))
    args, env = dump_command(s, str(tmp_path / "x.dump"), ["parent"])
    assert isinstance(args, list) and "s3cret" not in " ".join(args) and env["PGPASSWORD"] == "s3cret"
    s.close()
    s = session_for(pg_source)
    native_dump(s, str(tmp_path / "x.dump"), tables=["parent"])
    s.close()
    assert (tmp_path / "x.dump").read_bytes().startswith(b"PGDMP")


def test_copy_mariadb_into_duckdb_and_postgres_into_sqlite(pg_source: str, mysql_db: str, tmp_path: Path) -> None:
    pg = session_for(pg_source)
    my = session_for(mysql_db)
    lite = session_for(f"sqlite:///{tmp_path / 'copy.sqlite'}")
    duck = session_for(f"duckdb:///{tmp_path / 'copy.duckdb'}")
    try:
        results = copy_tables(pg, lite, ["parent", "child"], create=True)
        assert results == [("parent", 51), ("child", 3001)]
        assert content(lite, "child", KINDS["child"]) == content(pg, "child", KINDS["child"])
        copy_tables(pg, my, None if False else ["parent", "child"], create=True)
        assert content(my, "child", KINDS["child"]) == content(pg, "child", KINDS["child"])
        copy_tables(my, duck, ["parent"], create=True)
        assert content(duck, "parent", KINDS["parent"]) == content(pg, "parent", KINDS["parent"])
        fk = duck.catalog(refresh=True).find_table("parent")
        assert fk is not None and fk.primary_key == ("id",)
        with pytest.raises(UsageError, match="--create"):
            copy_tables(my, session_for(f"sqlite:///{tmp_path / 'other.sqlite'}"), ["parent"])
        # --replace re-creates
        assert copy_tables(pg, lite, ["parent", "child"], replace=True) == [("parent", 51), ("child", 3001)]
        r = CliRunner().invoke(cli, ["copy", "--from", pg_source, "--to", f"sqlite:///{tmp_path / 'cli.sqlite'}",
                                     "--all", "--create"])  # fmt: skip
        assert r.exit_code == 0, r.stderr
    finally:
        for s in (pg, my, lite, duck):
            s.close()
    assert os.path.exists(tmp_path / "cli.sqlite")


def test_native_mariadb_dump(mysql_url: str, tmp_path: Path) -> None:
    from aishell.services.data.native import dump_command, native_dump

    s = session_for(mysql_url)
    try:
        s.run("CREATE TABLE IF NOT EXISTS nd (id int primary key)", CollectingSink())
        args, env = dump_command(s, str(tmp_path / "x.sql"), ["nd"])
        assert args[0].endswith(("mariadb-dump", "mysqldump")) and "--" in args
        native_dump(s, str(tmp_path / "x.sql"), tables=["nd"])
    finally:
        s.close()
    assert "CREATE TABLE `nd`" in (tmp_path / "x.sql").read_text(encoding="utf-8")


def test_mariadb_and_sqlite_backups_restore_across_engines(
    archive: Path, pg_source: str, mysql_db: str, tmp_path: Path
) -> None:
    """PostgreSQL -> MariaDB -> archive -> DuckDB and PostgreSQL; and SQLite -> archive -> PostgreSQL."""
    import psycopg

    pg = session_for(pg_source)
    my = session_for(mysql_db)
    lite = session_for(f"sqlite:///{tmp_path / 's.sqlite'}")
    duck = session_for(f"duckdb:///{tmp_path / 'd.duckdb'}")
    name = f"aishell_x_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_source, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    pg2 = session_for(pg_source.rsplit("/", 1)[0] + "/" + name)
    try:
        restore(my, str(archive))
        restore(lite, str(archive))
        my_archive = tmp_path / "my.aishell"
        create_backup(my, str(my_archive))
        verify(str(my_archive))
        restore(duck, str(my_archive))
        assert content(duck, "child", KINDS["child"]) == content(pg, "child", KINDS["child"])
        lite_archive = tmp_path / "lite.aishell"
        create_backup(lite, str(lite_archive))
        restore(pg2, str(lite_archive))
        for table in ("parent", "child"):
            assert content(pg2, table, KINDS[table]) == content(pg, table, KINDS[table])
    finally:
        for s in (pg, my, lite, duck, pg2):
            s.close()
        with psycopg.connect(pg_source, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
