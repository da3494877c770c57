"""``aishell migrate drift`` on SQLite, PostgreSQL and MariaDB (each test in its own database)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from engine_dbs import ENGINES, new_database

from aishell.cli.main import cli
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, IndexInfo, TableInfo
from aishell.errors import MigrationError
from aishell.services import migrate as m
from aishell.services import migrate_drift as md
from aishell.services.factory import make_session
from conftest import MYSQL_HOST, MYSQL_PORT, PG_HOST, PG_PORT, _unavailable

PG_ADMIN = f"postgresql://postgres@{PG_HOST}:{PG_PORT}/postgres"


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new, empty database of its own on each engine."""
    with new_database(request.param, tmp_path, "aishell_drt_") as url:
        yield url


def _folder(tmp_path: Path) -> Path:
    d = tmp_path / "migrations"
    d.mkdir()
    (d / "V001__init.sql").write_text(
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);\n"
        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (id), "
        "total NUMERIC(10,2) DEFAULT 0, placed VARCHAR(20));\n")  # fmt: skip
    (d / "V002__audit.sql").write_text(
        "CREATE INDEX orders_customer ON orders (customer_id);\n"
        "CREATE TABLE audit (id INTEGER PRIMARY KEY, msg VARCHAR(200));\n")  # fmt: skip
    return d


def _drift(url: str, folder: Path, *, read_only: bool = False) -> md.Drift:
    s = make_session(url, read_only=read_only)
    try:
        return md.drift(s, folder, yes=True)
    finally:
        s.close()


def _out_of_band(url: str, statements: list[str]) -> None:
    s = make_session(url)
    try:
        conn = s.connection()
        for sql in statements:
            conn.execute(sql).close()
        if conn.in_transaction:
            conn.commit()
    finally:
        s.close()


def _scratch_gone(url: str, report: md.Drift) -> bool:
    if url.startswith("sqlite"):
        return not Path(report.scratch).exists() and not Path(report.scratch).parent.exists()
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (report.scratch,)).fetchone() is None
    import pymysql

    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="")
    try:
        with conn.cursor() as cur:
            cur.execute("SHOW DATABASES LIKE %s", (report.scratch,))
            return cur.fetchone() is None
    finally:
        conn.close()


def test_no_drift_after_up_then_each_out_of_band_change_is_named(db: str, tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    s = make_session(db)
    try:
        m.up(s, folder, yes=True)
    finally:
        s.close()
    clean = _drift(db, folder)
    assert clean.differences == [], [d.line() for d in clean.differences]
    assert clean.replayed == ["V001__init.sql", "V002__audit.sql"] and clean.scratch
    assert _scratch_gone(db, clean)
    ddl = ["ALTER TABLE orders ADD COLUMN note VARCHAR(50)", "CREATE INDEX orders_note ON orders (note)",
           "DROP TABLE audit"]  # fmt: skip
    if db.startswith("postgresql"):
        ddl.append("ALTER TABLE orders ALTER COLUMN placed TYPE TEXT")
    elif db.startswith("mysql"):
        ddl.append("ALTER TABLE orders MODIFY placed TEXT")
    _out_of_band(db, ddl)
    report = _drift(db, folder)
    lines = [d.line() for d in report.differences]
    assert "table orders: column note: not in the migrations (added out of band)" in lines
    assert "table audit: missing (made by the migrations, dropped out of band)" in lines
    assert any(x.startswith("table orders: index orders_note: not in the migrations") for x in lines), lines
    if not db.startswith("sqlite"):
        assert any(x.startswith("table orders: column placed: type ") and x.endswith("text in the database")
                   for x in lines), lines  # fmt: skip
    assert len(lines) == (3 if db.startswith("sqlite") else 4), lines
    assert _scratch_gone(db, report)
    result = CliRunner().invoke(cli, ["-d", db, "migrate", "drift", "--dir", str(folder), "--yes", "-F", "json"])
    assert result.exit_code == 1, result.output
    doc = json.loads(result.output)
    assert doc["drift"] is True and sorted(d["line"] for d in doc["differences"]) == sorted(lines)


def test_cli_exit_codes_and_read_only(tmp_path: Path) -> None:
    import sqlite3

    sqlite3.connect(tmp_path / "db.sqlite").execute("VACUUM").connection.close()
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    folder = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["-d", url, "migrate", "up", "--dir", str(folder), "--yes"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["-d", url, "migrate", "drift", "--dir", str(folder)])
    assert result.exit_code == 0 and result.output.strip() == "no drift", result.output
    with pytest.raises(MigrationError, match="cannot build the scratch copy"):
        _drift(url, folder, read_only=True)


def test_a_baselined_version_without_its_file_cannot_be_rebuilt(tmp_path: Path) -> None:
    import sqlite3

    sqlite3.connect(tmp_path / "db.sqlite").execute("VACUUM").connection.close()
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    folder = _folder(tmp_path)
    _out_of_band(url, [sql for f in m.read_folder(folder) for sql in f.path.read_text().split(";\n") if sql.strip()])
    s = make_session(url)
    try:
        m.baseline(s, folder, "2", yes=True)
    finally:
        s.close()
    assert _drift(url, folder).differences == []  # baselined files that exist are replayed
    (folder / "V002__audit.sql").unlink()
    report = _drift(url, folder)
    assert any("V002__audit.sql: baselined but its file is not in the folder" in n for n in report.notes)
    assert [d.line() for d in report.differences] == [
        "table audit: not in the migrations (created out of band)",
        "table orders: index orders_customer: not in the migrations (added out of band on (customer_id))"]


def test_compare_names_keys_uniqueness_defaults_and_nullability() -> None:
    def table(**kw: object) -> TableInfo:
        base: dict[str, object] = {
            "name": "t", "columns": [ColumnInfo("id", "integer", False), ColumnInfo("a", "int", True, "0")],
            "primary_key": ("id",), "indexes": [IndexInfo("t_a", ("a",))],
            "foreign_keys": [ForeignKey(("a",), "u", ("id",))]}  # fmt: skip
        base.update(kw)
        return TableInfo(**base)  # type: ignore[arg-type]

    built = Catalog(tables=[table()])
    live = Catalog(tables=[table(columns=[ColumnInfo("id", "integer", False), ColumnInfo("a", "int", False, "1")],
                                 primary_key=("id", "a"), indexes=[IndexInfo("t_a", ("a", "id"), unique=True)],
                                 foreign_keys=[])])  # fmt: skip
    assert [d.line() for d in md.compare(built, live)] == [
        "table t: column a: nullable in the migrations, NOT NULL in the database",
        "table t: column a: default 0 in the migrations, 1 in the database",
        "table t: primary key: (id) in the migrations, (id, a) in the database",
        "table t: index t_a: columns (a) in the migrations, (a, id) in the database",
        "table t: index t_a: not unique in the migrations, unique in the database",
        "table t: foreign key (a) -> u(id): missing (in the migrations, dropped out of band)",
    ]
    assert md.compare(built, Catalog(tables=[table()])) == []


def test_without_consent_no_scratch_database_is_made(tmp_path: Path) -> None:
    """The scratch DROP DATABASE needs consent: refused before anything is made on the server."""
    import psycopg

    try:
        psycopg.connect(PG_ADMIN, connect_timeout=5).close()
    except psycopg.OperationalError as exc:
        _unavailable("PostgreSQL", exc)
    folder = _folder(tmp_path)
    s = make_session(PG_ADMIN)
    try:
        with pytest.raises(MigrationError, match="cannot build the scratch copy.*DROP DATABASE") as info:
            md.drift(s, folder)
    finally:
        s.close()
    name = str(info.value).rsplit('"', 2)[-2]
    assert name.startswith("aishell_drift_")
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None


_TRIGGER = {
    "sqlite": "CREATE TRIGGER t_audit AFTER INSERT ON orders BEGIN UPDATE orders SET total = 0 "
              "WHERE total IS NULL AND id = NEW.id; END;\n",
    "postgresql": "CREATE FUNCTION audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"
                  "CREATE TRIGGER t_audit BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_fn();\n",
    "mysql": "CREATE TRIGGER t_audit BEFORE INSERT ON orders FOR EACH ROW SET NEW.total = COALESCE(NEW.total, 0);\n",
}


def test_views_checks_sequences_and_triggers_are_compared(db: str, tmp_path: Path) -> None:
    """Out-of-band changes to a view's definition, a CHECK, a sequence and a trigger are each named."""
    engine = db.split(":", 1)[0]
    folder = _folder(tmp_path)
    (folder / "V003__objects.sql").write_text(
        "CREATE TABLE parts (id INTEGER PRIMARY KEY, qty INTEGER, CONSTRAINT qty_positive CHECK (qty > 0));\n"
        "CREATE VIEW v_orders AS SELECT id, total FROM orders;\n" + _TRIGGER[engine]
        + ("" if engine == "sqlite" else "CREATE SEQUENCE invoice_no;\n"))  # fmt: skip
    s = make_session(db)
    try:
        m.up(s, folder, yes=True)
    finally:
        s.close()
    clean = _drift(db, folder)
    assert clean.differences == [], [d.line() for d in clean.differences]
    ddl = ["DROP VIEW v_orders", "CREATE VIEW v_orders AS SELECT id FROM orders", "DROP TRIGGER t_audit"]
    if engine == "sqlite":  # SQLite cannot add a CHECK to a table: the table is made again
        ddl += ["DROP TABLE parts", "CREATE TABLE parts (id INTEGER PRIMARY KEY, qty INTEGER, "
                "CONSTRAINT qty_positive CHECK (qty >= 0), CONSTRAINT qty_small CHECK (qty < 100))"]  # fmt: skip
    else:
        ddl = [x.replace("DROP TRIGGER t_audit", "DROP TRIGGER t_audit ON orders") if engine == "postgresql" else x
               for x in ddl]  # fmt: skip
        ddl += ["ALTER TABLE parts DROP CONSTRAINT qty_positive",
                "ALTER TABLE parts ADD CONSTRAINT qty_positive CHECK (qty >= 0)",
                "ALTER TABLE parts ADD CONSTRAINT qty_small CHECK (qty < 100)", "DROP SEQUENCE invoice_no"]  # fmt: skip
    _out_of_band(db, ddl)
    lines = [d.line() for d in _drift(db, folder).differences]
    expected = [
        "table parts: check qty_positive: definition differs (changed out of band)",
        "table parts: check qty_small: not in the migrations (created out of band)",
        "trigger t_audit: missing from the database (made by the migrations, dropped out of band)",
        "view v_orders: definition differs (changed out of band)",
    ]
    if engine != "sqlite":
        expected.append("sequence invoice_no: missing from the database (made by the migrations, dropped out of band)")
    assert sorted(lines) == sorted(expected), lines
