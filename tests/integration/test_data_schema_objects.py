"""What a table holds besides its columns travels with backups and copies: column defaults,
auto-numbering (serial/identity, AUTO_INCREMENT, INTEGER PRIMARY KEY, DuckDB sequences), views
and expression indexes -- exactly on the same engine, translated across engines, and what the
target cannot take is reported, never silently lost."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pymysql
import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.connections import Target
from aishell.services.data.backup import create_backup, read_info, restore
from aishell.services.data.copy import copy_tables
from aishell.services.data.schema import TableSpec
from aishell.services.session import Session
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration


def session_for(url: str) -> Session:
    parsed = DatabaseURL.parse(url)  # a SQLite or DuckDB file is made when missing
    return Session(Target(parsed.with_param("create", "1") if parsed.is_file else parsed, None, "--db"))


def rows(s: Session, sql: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in s.query_rows(sql)[1]]


def run(s: Session, sql: str) -> None:
    conn = s.connection()
    conn.execute(sql).close()


def uid() -> str:
    return uuid.uuid4().hex[:8]


# --------------------------------------------------------------------------- fixtures
@pytest.fixture
def pg_db(pg_url: str) -> Iterator[str]:
    """A PostgreSQL database of its own (a restore target), dropped afterwards."""
    name = f"aishell_so_{uid()}"
    admin = pg_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def my_db(mysql_url: str) -> Iterator[str]:
    """A MariaDB database of its own, dropped afterwards."""
    name = f"aishell_so_{uid()}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE `{name}`")
    conn.close()
    yield f"mysql://root@127.0.0.1:3306/{name}"
    conn = pymysql.connect(host="127.0.0.1", user="root", password="")
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS `{name}`")
    conn.close()


@pytest.fixture
def pg_source(pg_url: str) -> Iterator[dict[str, str]]:
    """PostgreSQL tables with a serial and an identity column, defaults, an expression index, two
    views (one reading the other) and a view no other engine can run; dropped afterwards."""
    x = uid()
    names = {"url": pg_url, "users": f"so_users_{x}", "ident": f"so_ident_{x}", "active": f"so_active_{x}",
             "short": f"so_short_{x}", "typed": f"so_typed_{x}"}  # fmt: skip
    u, i = names["users"], names["ident"]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {u} (id serial PRIMARY KEY, email text NOT NULL, "
                     "status varchar(20) NOT NULL DEFAULT 'active', n integer DEFAULT 7, "
                     "created timestamptz DEFAULT now())")  # fmt: skip
        conn.execute(f"CREATE INDEX {u}_email_lower ON {u} (lower(email))")
        conn.execute(f"CREATE UNIQUE INDEX {u}_active_email ON {u} (email) WHERE status = 'active'")  # partial
        conn.execute(f"INSERT INTO {u} (email, status) SELECT 'User' || g || '@x.org', "
                     "CASE WHEN g % 3 = 0 THEN 'gone' ELSE 'active' END FROM generate_series(1, 20) g")  # fmt: skip
        conn.execute(f"DELETE FROM {u} WHERE id = 20")  # the sequence is past max(id): max+1 is what counts
        conn.execute(f"CREATE TABLE {i} (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)")
        conn.execute(f"INSERT INTO {i} (note) SELECT 'n' || g FROM generate_series(1, 5) g")
        conn.execute(f"CREATE VIEW {names['active']} AS SELECT id, lower(email) AS le FROM {u} "
                     "WHERE status = 'active'")  # fmt: skip
        conn.execute(f"CREATE VIEW {names['short']} AS SELECT id FROM {names['active']} WHERE id < 10")
        conn.execute(f"CREATE VIEW {names['typed']} AS SELECT id, pg_typeof(id)::text AS t FROM {u}")
    yield names
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {u}, {i} CASCADE")


@pytest.fixture
def pg_archive(pg_source: dict[str, str], tmp_path: Path) -> Path:
    out = tmp_path / "pg.aishell"
    s = session_for(pg_source["url"])
    try:
        manifest = create_backup(s, str(out), tables=[pg_source["users"], pg_source["ident"]])
    finally:
        s.close()
    assert {v["name"] for v in manifest["views"]} == {pg_source["active"], pg_source["short"], pg_source["typed"]}
    return out


def _check_pg_restore(dst: Session, names: dict[str, str], *, insert_id: str = "") -> None:
    """The defaults fill a row that omits them; the next id is max+1; the views return the same rows."""
    u, i = names["users"], names["ident"]
    assert rows(dst, f"SELECT max(id) FROM {u}") == [(19,)]
    run(dst, f"INSERT INTO {u} (email) VALUES ('new@x.org')")
    got = rows(dst, f"SELECT id, status, n, created IS NOT NULL FROM {u} WHERE email = 'new@x.org'")
    assert got[0][:3] == (20, "active", 7)
    assert got[0][3] in (True, 1)
    run(dst, f"INSERT INTO {i} (note) VALUES ('later')")
    assert rows(dst, f"SELECT id FROM {i} WHERE note = 'later'") == [(6,)]
    active = rows(dst, f"SELECT id, le FROM {names['active']} ORDER BY id")
    assert len(active) == 14 and active[0] == (1, "user1@x.org") and active[-1] == (20, "new@x.org")
    assert rows(dst, f"SELECT count(*) FROM {names['short']}") == [(6,)]


# --------------------------------------------------------------------------- backup / restore
def test_postgres_to_postgres_is_exact(pg_source: dict[str, str], pg_archive: Path, pg_db: str) -> None:
    dst = session_for(pg_db)
    try:
        result = restore(dst, str(pg_archive))
        assert result.warnings == []
        _check_pg_restore(dst, pg_source)
        u = pg_source["users"]
        indexdef = rows(dst, f"SELECT indexdef FROM pg_indexes WHERE indexname = '{u}_email_lower'")
        assert indexdef and "lower(email)" in indexdef[0][0]
        indexdef = rows(dst, f"SELECT indexdef FROM pg_indexes WHERE indexname = '{u}_active_email'")
        assert indexdef and "WHERE" in indexdef[0][0] and "UNIQUE" in indexdef[0][0]
        assert rows(dst, f"SELECT t FROM {pg_source['typed']} LIMIT 1") == [("integer",)]
        # the identity column is GENERATED ALWAYS again, the serial column owns its sequence
        kinds = rows(dst, f"SELECT attname, attidentity FROM pg_attribute WHERE attrelid = '{pg_source['ident']}'::regclass "
                          "AND attname = 'id'")  # fmt: skip
        assert kinds == [("id", "a")]
        assert rows(dst, f"SELECT pg_get_serial_sequence('{u}', 'id') IS NOT NULL") == [(True,)]
        default = rows(dst, f"SELECT column_default FROM information_schema.columns WHERE table_name = '{u}' "
                            "AND column_name = 'status'")  # fmt: skip
        assert default == [("'active'::character varying",)]
        # --replace drops the views too and re-creates everything
        again = restore(dst, str(pg_archive), replace=True)
        assert again.warnings == [] and rows(dst, f"SELECT count(*) FROM {pg_source['active']}") == [(13,)]
    finally:
        dst.close()


def test_postgres_to_sqlite_translates_and_reports(pg_source: dict[str, str], pg_archive: Path,
                                                   tmp_path: Path) -> None:  # fmt: skip
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    r = CliRunner().invoke(cli, ["backup", "restore", str(pg_archive), "--to", url])
    assert r.exit_code == 0, r.stderr
    typed = pg_source["typed"]
    assert f"skipped view {typed}: " in r.stderr  # pg_typeof() does not exist in SQLite
    warning_lines = [line for line in r.stderr.splitlines() if line.startswith("skipped ")]
    dst = session_for(url)
    try:
        _check_pg_restore(dst, pg_source)
        indexes = rows(dst, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%lower%'")
        assert indexes or any("email_lower" in w for w in warning_lines)
        partial = rows(dst, "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql LIKE '%WHERE%'")
        assert partial or any("active_email" in w for w in warning_lines)
        assert dst.catalog(refresh=True).find_table(typed) is None  # reported, not left half-made
    finally:
        dst.close()


def test_postgres_to_mariadb(pg_source: dict[str, str], pg_archive: Path, my_db: str) -> None:
    dst = session_for(my_db)
    try:
        result = restore(dst, str(pg_archive))
        assert any(w.startswith(f"skipped view {pg_source['typed']}: ") for w in result.warnings), result.warnings
        _check_pg_restore(dst, pg_source)
        u = pg_source["users"]
        indexes = rows(dst, f"SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                            f"AND TABLE_NAME = '{u}' AND INDEX_NAME LIKE '%lower%'")  # fmt: skip
        assert indexes or any("email_lower" in w for w in result.warnings), result.warnings
        # no other warnings: the defaults and the auto-numbering all made it
        others = [w for w in result.warnings if not w.startswith("skipped index ") and pg_source["typed"] not in w]
        assert others == []
    finally:
        dst.close()


def test_mariadb_to_postgres(my_db: str, pg_db: str, tmp_path: Path) -> None:
    src = session_for(my_db)
    dst = session_for(pg_db)
    try:
        run(src, "CREATE TABLE orders (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, item varchar(30) NOT NULL, "
                 "status varchar(10) NOT NULL DEFAULT 'new', qty int DEFAULT 1, paid tinyint(1) DEFAULT 0, "
                 "created datetime DEFAULT current_timestamp())")  # fmt: skip
        run(src, "SET SESSION sql_mode = CONCAT(@@SESSION.sql_mode, ',NO_AUTO_VALUE_ON_ZERO')")
        run(src, "INSERT INTO orders (id, item, status) VALUES (0, 'zero', 'old')")  # an explicit 0 id survives
        run(src, "SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_AUTO_VALUE_ON_ZERO', '')")
        run(src, "INSERT INTO orders (item) VALUES ('a'), ('b'), ('c')")
        run(src, "CREATE VIEW open_orders AS SELECT id, item FROM orders WHERE status = 'new'")
        out = tmp_path / "my.aishell"
        create_backup(src, str(out))
        assert [v["name"] for v in read_info(str(out))["views"]] == ["open_orders"]
        result = restore(dst, str(out))
        assert result.warnings == []
        run(dst, "INSERT INTO orders (item) VALUES ('d')")
        got = rows(dst, "SELECT id, status, qty, paid, created IS NOT NULL FROM orders WHERE item = 'd'")
        assert got == [(4, "new", 1, False, True)]
        assert rows(dst, "SELECT id FROM orders WHERE item = 'zero'") == [(0,)]
        assert rows(dst, "SELECT id, item FROM open_orders ORDER BY id") == [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
        # and back into MariaDB (a fresh table name): AUTO_INCREMENT again, the 0 kept
        run(src, "DROP VIEW open_orders")
        run(src, "DROP TABLE orders")
        pg_archive = tmp_path / "pg.aishell"
        create_backup(dst, str(pg_archive))
        assert restore(src, str(pg_archive)).warnings == []
        run(src, "INSERT INTO orders (item) VALUES ('e')")
        assert rows(src, "SELECT id, status FROM orders WHERE item = 'e'") == [(5, "new")]
        assert rows(src, "SELECT count(*) FROM orders WHERE id = 0") == [(1,)]
    finally:
        src.close()
        dst.close()


def test_sqlite_to_duckdb(tmp_path: Path) -> None:
    src = session_for(f"sqlite:///{tmp_path / 's.sqlite'}")
    dst = session_for(f"duckdb:///{tmp_path / 'd.duckdb'}")
    try:
        run(src, "CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
                 "kind TEXT DEFAULT 'plain', qty INTEGER DEFAULT 3, added TEXT DEFAULT CURRENT_TIMESTAMP)")  # fmt: skip
        run(src, "CREATE INDEX items_name_lower ON items (lower(name))")
        run(src, "CREATE TABLE tags (id INTEGER PRIMARY KEY, tag TEXT)")
        for n in range(1, 11):
            run(src, f"INSERT INTO items (name, kind) VALUES ('Item{n}', '{'big' if n % 2 else 'plain'}')")
        run(src, "INSERT INTO tags VALUES (41, 'a')")
        run(src, "CREATE VIEW big_items AS SELECT id, upper(name) AS uname FROM items WHERE kind = 'big'")
        out = tmp_path / "s.aishell"
        create_backup(src, str(out))
        result = restore(dst, str(out))
        run(dst, "INSERT INTO items (name) VALUES ('new')")
        assert rows(dst, "SELECT id, kind, qty, added IS NOT NULL FROM items WHERE name = 'new'") == [
            (11, "plain", 3, True)
        ]
        run(dst, "INSERT INTO tags (tag) VALUES ('b')")
        assert rows(dst, "SELECT id FROM tags WHERE tag = 'b'") == [(42,)]
        assert rows(dst, "SELECT id, uname FROM big_items ORDER BY id") == rows(
            src, "SELECT id, upper(name) FROM items WHERE kind = 'big' ORDER BY id"
        )
        indexes = rows(dst, "SELECT index_name FROM duckdb_indexes() WHERE sql ILIKE '%lower%'")
        assert indexes or any("items_name_lower" in w for w in result.warnings), result.warnings
        # SQLite into SQLite: the same statements, AUTOINCREMENT kept
        lite2 = session_for(f"sqlite:///{tmp_path / 's2.sqlite'}")
        try:
            assert restore(lite2, str(out)).warnings == []
            sql = rows(lite2, "SELECT sql FROM sqlite_master WHERE name = 'items'")[0][0]
            assert "AUTOINCREMENT" in sql.upper() and "'plain'" in sql
            assert rows(lite2, "SELECT sql FROM sqlite_master WHERE name = 'items_name_lower'") == [
                ("CREATE INDEX items_name_lower ON items (lower(name))",)
            ]
            run(lite2, "INSERT INTO items (name) VALUES ('x')")
            assert rows(lite2, "SELECT id, qty FROM items WHERE name = 'x'") == [(11, 3)]
        finally:
            lite2.close()
    finally:
        src.close()
        dst.close()


@pytest.mark.parametrize("target", ["sqlite", "mysql", "postgres"])
def test_duckdb_defaults_one_by_one(target: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """A default the target refuses is left out and named; the table's other defaults stay."""
    src = session_for(f"duckdb:///{tmp_path / 'src.duckdb'}")
    url = {"sqlite": f"sqlite:///{tmp_path / 'x.sqlite'}", "mysql": "my_db", "postgres": "pg_db"}[target]
    dst = session_for(url if target == "sqlite" else request.getfixturevalue(url))
    try:
        run(src, "CREATE SEQUENCE myseq START 100")
        run(src, "CREATE TABLE dt (id BIGINT DEFAULT nextval('myseq') PRIMARY KEY, name VARCHAR DEFAULT 'anon', "
                 "flag BOOLEAN DEFAULT true, amount DECIMAL(10,2) DEFAULT 1.5, "
                 "odd VARCHAR DEFAULT (list_aggregate([1, 2], 'sum')::VARCHAR))")  # fmt: skip
        run(src, "INSERT INTO dt (name) VALUES ('a'), ('b')")
        out = tmp_path / "d.aishell"
        create_backup(src, str(out))
        result = restore(dst, str(out))
        odd = [w for w in result.warnings if w.startswith("skipped default of dt.odd: ")]
        assert odd or target == "postgres", result.warnings  # PostgreSQL may well run it
        assert [w for w in result.warnings if w not in odd] == []
        run(dst, "INSERT INTO dt (name) VALUES ('c')")
        got = rows(dst, "SELECT id, flag, amount FROM dt WHERE name = 'c'")
        assert got[0][0] == 102 and got[0][1] in (True, 1) and float(got[0][2]) == 1.5
        run(dst, "INSERT INTO dt (flag) VALUES (false)")
        assert rows(dst, "SELECT name FROM dt WHERE id = 103") == [("anon",)]
    finally:
        src.close()
        dst.close()


def test_restore_with_tables_keeps_only_views_it_can_build(pg_source: dict[str, str], pg_archive: Path,
                                                           tmp_path: Path) -> None:  # fmt: skip
    url = f"duckdb:///{tmp_path / 't.duckdb'}"
    dst = session_for(url)
    try:
        result = restore(dst, str(pg_archive), tables=[pg_source["ident"]])
        cat = dst.catalog(refresh=True)
        assert cat.find_table(pg_source["active"]) is None and cat.find_table(pg_source["short"]) is None
        assert any(w.startswith(f"skipped view {pg_source['active']}: ") and "not restored" in w
                   for w in result.warnings), result.warnings  # fmt: skip
        run(dst, f"INSERT INTO {pg_source['ident']} (note) VALUES ('x')")
        assert rows(dst, f"SELECT id FROM {pg_source['ident']} WHERE note = 'x'") == [(6,)]
    finally:
        dst.close()


# --------------------------------------------------------------------------- copy
@pytest.mark.parametrize("target", ["sqlite", "duckdb", "mysql"])
def test_copy_keeps_defaults_and_auto_numbering(target: str, pg_source: dict[str, str], tmp_path: Path,
                                                request: pytest.FixtureRequest) -> None:  # fmt: skip
    url = request.getfixturevalue("my_db") if target == "mysql" else f"{target}:///{tmp_path / ('c.' + target)}"
    src = session_for(pg_source["url"])
    dst = session_for(url)
    u, i = pg_source["users"], pg_source["ident"]
    try:
        result = copy_tables(src, dst, [u, i], create=True)
        assert result == [(u, 19), (i, 5)]
        assert [w for w in result.warnings if not w.startswith("skipped index ")] == []
        run(dst, f"INSERT INTO {u} (email) VALUES ('c@x.org')")
        got = rows(dst, f"SELECT id, status, n FROM {u} WHERE email = 'c@x.org'")
        assert got == [(20, "active", 7)]
        run(dst, f"INSERT INTO {i} (note) VALUES ('c')")
        assert rows(dst, f"SELECT id FROM {i} WHERE note = 'c'") == [(6,)]
        # --replace re-creates them, numbering included
        again = copy_tables(src, dst, [u, i], replace=True)
        assert again == [(u, 19), (i, 5)]
        run(dst, f"INSERT INTO {i} (note) VALUES ('d')")
        assert rows(dst, f"SELECT id FROM {i} WHERE note = 'd'") == [(6,)]
    finally:
        src.close()
        dst.close()


def test_copy_cli_prints_warnings(pg_source: dict[str, str], my_db: str) -> None:
    r = CliRunner().invoke(cli, ["copy", "--from", pg_source["url"], "--to", my_db, "--tables",
                                 pg_source["users"], "--create"])  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert f"{pg_source['users']}: 19 rows" in r.stderr
    # MariaDB has no expression indexes: said so on a line of its own, or created
    s = session_for(my_db)
    try:
        made = rows(s, "SELECT count(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                       "AND INDEX_NAME LIKE '%lower%'")[0][0]  # fmt: skip
    finally:
        s.close()
    assert made or any(line.startswith("skipped index ") for line in r.stderr.splitlines())


def test_copy_all_brings_the_views(tmp_path: Path) -> None:
    src = session_for(f"sqlite:///{tmp_path / 'v.sqlite'}")
    dst = session_for(f"duckdb:///{tmp_path / 'v.duckdb'}")
    try:
        run(src, "CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT DEFAULT 'x')")
        run(src, "INSERT INTO t (v) VALUES ('a'), ('b'), (NULL)")
        run(src, "CREATE VIEW tv AS SELECT id, coalesce(v, '-') AS v FROM t")
        run(src, "CREATE VIEW tv2 AS SELECT count(*) AS n FROM tv")
        result = copy_tables(src, dst, None, create=True)
        assert result == [("t", 3)] and result.warnings == []
        assert rows(dst, "SELECT id, v FROM tv ORDER BY id") == [(1, "a"), (2, "b"), (3, "-")]
        assert rows(dst, "SELECT n FROM tv2") == [(3,)]
        copy_tables(src, dst, None, replace=True)
        assert rows(dst, "SELECT n FROM tv2") == [(3,)]
        run(dst, "INSERT INTO t (id) VALUES (4)")
        assert rows(dst, "SELECT v FROM t WHERE id = 4") == [("x",)]
    finally:
        src.close()
        dst.close()
    # a view of that name in the target is left alone without --replace, and said so
    other = session_for(f"duckdb:///{tmp_path / 'w.duckdb'}")
    src = session_for(f"sqlite:///{tmp_path / 'v.sqlite'}")
    try:
        run(other, "CREATE VIEW tv AS SELECT 1 AS x")
        result = copy_tables(src, other, None, create=True)
        assert any(w.startswith("skipped view tv: it exists in the target") for w in result.warnings), result.warnings
        assert rows(other, "SELECT x FROM tv") == [(1,)]
    finally:
        src.close()
        other.close()


def test_generated_columns_are_reported(pg_url: str, tmp_path: Path) -> None:
    """A generated column becomes a plain column holding its values, and the restore says so."""
    table = f"so_gen_{uid()}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE TABLE {table} (id integer PRIMARY KEY, a integer, "
                     "b integer GENERATED ALWAYS AS (a * 2) STORED)")  # fmt: skip
        conn.execute(f"INSERT INTO {table} (id, a) VALUES (1, 5)")
    src = session_for(pg_url)
    dst = session_for(f"sqlite:///{tmp_path / 'g.sqlite'}")
    try:
        out = tmp_path / "g.aishell"
        create_backup(src, str(out), tables=[table])
        result = restore(dst, str(out))
        assert any(w.startswith("skipped generated expression") and f"{table}.b" in w for w in result.warnings)
        assert rows(dst, f"SELECT a, b FROM {table}") == [(5, 10)]
    finally:
        src.close()
        dst.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def test_an_archive_without_the_new_keys_restores_as_before(pg_archive: Path, pg_source: dict[str, str],
                                                            tmp_path: Path) -> None:  # fmt: skip
    """schema.json as written before defaults, auto-numbering and views were kept."""
    import hashlib
    import io
    import json
    import tarfile

    old = tmp_path / "old.aishell"
    with tarfile.open(pg_archive) as tin, tarfile.open(old, "w", format=tarfile.PAX_FORMAT) as tout:
        members = [(m, tin.extractfile(m).read()) for m in tin.getmembers()]  # type: ignore[union-attr]
        data = dict((m.name, body) for m, body in members)
        schema = json.loads(data["schema.json"])
        del schema["views"]
        for table in schema["tables"]:
            table.pop("dialect", None)
            table.pop("expression_indexes", None)
            for col in table["columns"]:
                for key in ("default", "auto", "sequence", "lost"):
                    col.pop(key, None)
        data["schema.json"] = json.dumps(schema).encode()
        manifest = json.loads(data["manifest.json"])
        del manifest["views"]
        manifest["members"]["schema.json"] = {"sha256": hashlib.sha256(data["schema.json"]).hexdigest(),
                                              "bytes": len(data["schema.json"])}  # fmt: skip
        data["manifest.json"] = json.dumps(manifest).encode()
        for m, _body in members:
            info = tarfile.TarInfo(m.name)
            info.size = len(data[m.name])
            tout.addfile(info, io.BytesIO(data[m.name]))
    dst = session_for(f"sqlite:///{tmp_path / 'o.sqlite'}")
    try:
        result = restore(dst, str(old))
        assert [(r.name, r.rows) for r in result] == [(pg_source["users"], 19), (pg_source["ident"], 5)]
        assert result.warnings == []
        assert dst.catalog(refresh=True).find_table(pg_source["active"]) is None
    finally:
        dst.close()
    r = CliRunner().invoke(cli, ["backup", "info", str(old)])
    assert r.exit_code == 0 and "view" not in r.stdout


def test_cli_backup_info_lists_the_views(pg_archive: Path, pg_source: dict[str, str]) -> None:
    r = CliRunner().invoke(cli, ["backup", "info", str(pg_archive)])
    assert r.exit_code == 0
    line = next(line for line in r.stdout.splitlines() if pg_source["active"] in line)
    assert line.split() == [pg_source["active"], "view"]


# --------------------------------------------------------------------------- format
def test_old_schema_entries_still_read() -> None:
    """An archive written before defaults, auto-numbering and views were kept restores as before."""
    old = {"name": "t", "schema": "public", "columns": [{"name": "id", "type": {"kind": "int", "native": "integer",
           "native_dialect": "postgres"}, "nullable": False}], "primary_key": ["id"], "foreign_keys": [],
           "indexes": [], "ddl": "CREATE TABLE t (id integer)"}  # fmt: skip
    spec = TableSpec.from_dict(old)
    assert spec.columns[0].default is None and spec.columns[0].auto is None and spec.expression_indexes == []
    assert spec.dialect == "postgres"
    assert TableSpec.from_dict(spec.to_dict()).to_dict() == spec.to_dict()
