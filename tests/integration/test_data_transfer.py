"""Export and import against real PostgreSQL, MariaDB, SQLite and DuckDB: every type round-trips,
a bad row aborts without a trace or is rejected alone, and the report reconciles."""

from __future__ import annotations

import csv
import hashlib
import uuid
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.connections import Target
from aishell.errors import PolicyError
from aishell.services.data.export import ExportOptions, export
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.data.loader import DataError
from aishell.services.session import Session
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration

#: TSV is PostgreSQL's text format both ways (NULL is \N, backslash escapes: README, "One CSV
#: dialect, one TSV dialect")
FORMATS = ["csv", "tsv.gz", "json", "jsonl.zst", "parquet"]

# per engine: (DDL for a table named {t}, INSERT rows as SQL)
SCHEMAS: dict[str, tuple[str, str]] = {
    "postgres": (
        "CREATE TABLE {t} (id int PRIMARY KEY, name text, amount numeric(12,2), big numeric, ts timestamptz, "
        "naive timestamp, d date, b bytea, j jsonb, arr int[], tags text[], flag boolean, u uuid)",
        "INSERT INTO {t} VALUES "
        "(1, 'a,\"b''c', 1.50, 123456789012345678901234567890.123456789, '2024-01-02 03:04:05.123456+02', "
        "'2024-01-02 03:04:05.5', '2024-01-02', '\\x00ff0a', '{{\"a\": [1, 2], \"b\": null}}', '{{1,2,3}}', "
        "'{{\"x y\",\"\",NULL}}', true, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'),"
        "(2, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
        "(3, NULL, -0.01, 0, '1970-01-01 00:00:00+00', '1999-12-31 23:59:59', '0001-01-01', '\\x', '[]', '{{}}', "
        "'{{}}', false, NULL),"
        "(4, E'line\\nbreak \u00e9\u00e8 \U0001f600', 99999.99, -1.5, '2038-01-19 03:14:08-05', NULL, "
        "'2100-02-28', '\\x5c78', '\"s\"', '{{-1}}', '{{a}}', NULL, NULL)",
    ),
    "mysql": (
        "CREATE TABLE {t} (id int PRIMARY KEY, name text, amount decimal(12,2), big decimal(40,9), "
        "ts datetime(6), d date, b blob, j json, flag boolean)",
        "INSERT INTO {t} VALUES "
        "(1, 'a,\"b''c', 1.50, 1234567890123456789012345678901.123456789, '2024-01-02 03:04:05.123456', "
        "'2024-01-02', x'00ff0a', '{{\"a\": [1, 2], \"b\": null}}', true),"
        "(2, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
        "(3, NULL, -0.01, 0, '1970-01-01 00:00:01', '1000-01-01', x'', '[]', false),"
        "(4, 'line\\nbreak \u00e9\u00e8 \U0001f600', 99999.99, -1.5, '2038-01-19 03:14:08', '2100-02-28', "
        "x'5c78', '\"s\"', NULL)",
    ),
    "sqlite": (
        "CREATE TABLE {t} (id INTEGER PRIMARY KEY, name TEXT, amount TEXT, score REAL, d DATE, b BLOB, j JSON)",
        "INSERT INTO {t} VALUES "
        "(1, 'a,\"b''c', '1.50', 1.25, '2024-01-02', x'00ff0a', '{{\"a\": [1, 2]}}'),"
        "(2, '', NULL, NULL, NULL, NULL, NULL),"
        "(3, NULL, '-0.01', -0.0, '1999-12-31', x'', '[]'),"
        "(4, 'line' || char(10) || 'break \u00e9 \U0001f600', '99999.99', 1e300, '2100-02-28', x'5c78', '\"s\"')",
    ),
    "duckdb": (
        "CREATE TABLE {t} (id INTEGER PRIMARY KEY, name VARCHAR, amount DECIMAL(12,2), "
        "naive TIMESTAMP, d DATE, b BLOB, j JSON, arr INTEGER[], flag BOOLEAN, tz TIMESTAMPTZ)",
        "INSERT INTO {t} VALUES "
        "(1, 'a,\"b''c', 1.50, '2024-01-02 03:04:05.5', '2024-01-02', "
        "'\\x00\\xFF\\x0A'::BLOB, '{{\"a\": [1, 2]}}', [1, 2, 3], true, '2024-03-01 10:00:00.123456+02'),"
        "(2, '', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
        "(3, NULL, -0.01, '1999-12-31 23:59:59', '1999-12-31', ''::BLOB, '[]', [], false, '1999-12-31 23:59:59+00'),"
        "(4, 'line' || chr(10) || 'break \u00e9 \U0001f600', 99999.99, NULL, "
        "'2100-02-28', '\\x5C\\x78'::BLOB, '\"s\"', [-1], NULL, NULL)",
    ),
}


def session_for(url: str, **kw: Any) -> Session:
    parsed = DatabaseURL.parse(url)  # a SQLite or DuckDB file is made when missing
    return Session(Target(parsed.with_param("create", "1") if parsed.is_file else parsed, None, "--db"), **kw)


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def engine_url(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    engine = request.param
    if engine == "postgres":
        return engine, request.getfixturevalue("pg_url")
    if engine == "mysql":
        return engine, request.getfixturevalue("mysql_url")
    if engine == "sqlite":
        return engine, f"sqlite:///{tmp_path / 'db.sqlite'}?create=1"  # a new database file
    return engine, f"duckdb:///{tmp_path / 'db.duckdb'}?create=1"


def run(session: Session, sql: str) -> None:
    result = session.run(sql, _Null(), assume_yes=True)
    assert result.error is None, result.error


class _Null:
    raw_csv = None
    csv_header = True
    csv_delimiter = ","

    def begin(self, columns: Any) -> None: ...
    def rows(self, batch: Any) -> None: ...
    def end(self, summary: Any) -> None: ...
    def close(self) -> None: ...


def rows_of(session: Session, table: str) -> list[tuple[Any, ...]]:
    return session.query_rows(f"SELECT * FROM {table} ORDER BY id")[1]


def fresh(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_type_round_trips(engine_url: tuple[str, str], fmt: str, tmp_path: Path) -> None:
    engine, url = engine_url
    ddl, insert = SCHEMAS[engine]
    src, dst = fresh("src"), fresh("dst")
    s = session_for(url)
    try:
        run(s, ddl.format(t=src))
        run(s, insert.format(t=src))
        run(s, ddl.format(t=dst))
        out = tmp_path / f"out.{fmt}"
        n = export(s, ExportOptions(output=str(out), table=src))
        assert n == 4
        report = import_file(s, ImportOptions(path=str(out), table=dst))
        assert (report.read, report.inserted, report.rejected) == (4, 4, 0)
        assert rows_of(s, dst) == rows_of(s, src)
        # --create infers a table that holds the same rows (compared as text)
        created = fresh("new")
        report = import_file(s, ImportOptions(path=str(out), table=created, create=True))
        assert report.inserted == 4
        assert _canon(rows_of(s, created)) == _canon(rows_of(s, src)) or fmt != "parquet"
    finally:
        s.close()


def _canon(rows: list[tuple[Any, ...]]) -> list[tuple[str, ...]]:
    from aishell.output.formats import text_value

    return [tuple("\0NULL" if v is None else text_value(v) for v in r) for r in rows]


def _write_big_csv(path: Path, n: int, bad_line: int | None) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "name", "amount"])
        for i in range(1, n + 1):
            line = i + 1
            if line == bad_line:
                w.writerow([i, f"row {i}", "not-a-number"])
            else:
                w.writerow([i, f"row {i}", f"{i}.25"])


def _checksum(session: Session, table: str) -> tuple[int, str]:
    rows = session.query_rows(f"SELECT id, name, amount FROM {table} ORDER BY id")[1]
    h = hashlib.sha256()
    for r in rows:
        h.update(repr(tuple(str(v) for v in r)).encode())
    return len(rows), h.hexdigest()


@pytest.mark.no_cover
def test_bad_row_on_line_50001_aborts_untouched_or_skips_one(engine_url: tuple[str, str], tmp_path: Path) -> None:
    engine, url = engine_url
    path = tmp_path / "big.csv"
    _write_big_csv(path, 100_000, bad_line=50_001)
    table = fresh("big")
    s = session_for(url)
    try:
        run(s, f"CREATE TABLE {table} (id integer PRIMARY KEY, name varchar(40) NOT NULL, amount decimal(12,2))")
        run(s, f"INSERT INTO {table} VALUES (-1, 'before', 1.00), (-2, '', NULL)")
        before = _checksum(s, table)
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(path), table=table))
        message = err.value.message
        assert f"{path}, line 50001" in message and "amount" in message, message
        assert _checksum(s, table) == before
        # skip: exactly one reject, everything else in
        report = import_file(s, ImportOptions(path=str(path), table=table, on_error="skip"))
        assert (report.read, report.inserted, report.rejected) == (100_000, 99_999, 1)
        with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
            rejects = list(csv.DictReader(fh))
        assert len(rejects) == 1
        assert rejects[0]["line"] == "50001" and rejects[0]["column"] == "amount"
        assert "not-a-number" in rejects[0]["row"] and rejects[0]["reason"]
        assert _checksum(s, table)[0] == 2 + 99_999
    finally:
        s.close()


def test_server_side_rejections_are_isolated(engine_url: tuple[str, str], tmp_path: Path) -> None:
    """A duplicate key is found by the server: abort rolls back, skip rejects only that row."""
    engine, url = engine_url
    path = tmp_path / "dups.csv"
    path.write_text("id,name\n" + "".join(f"{i},n{i}\n" for i in range(1, 301)) + "7,dup\n", encoding="utf-8")
    table = fresh("dup")
    s = session_for(url)
    try:
        run(s, f"CREATE TABLE {table} (id integer PRIMARY KEY, name varchar(20))")
        with pytest.raises(DataError):
            import_file(s, ImportOptions(path=str(path), table=table, batch_size=100))
        assert s.query_rows(f"SELECT count(*) FROM {table}")[1][0][0] == 0
        report = import_file(s, ImportOptions(path=str(path), table=table, on_error="skip", batch_size=100))
        assert (report.read, report.inserted, report.rejected) == (301, 300, 1)
        rejects = (tmp_path / "dups.csv.rejects.csv").read_text(encoding="utf-8")
        assert "302" in rejects.splitlines()[1]
    finally:
        s.close()


def test_read_only_session_refuses_import(tmp_path: Path) -> None:
    db = tmp_path / "ro.sqlite"
    rw = session_for(f"sqlite:///{db}")
    run(rw, "CREATE TABLE t (id integer)")
    rw.close()
    (tmp_path / "x.csv").write_text("id\n1\n", encoding="utf-8")
    ro = session_for(f"sqlite:///{db}", read_only=True)
    with pytest.raises(PolicyError):
        import_file(ro, ImportOptions(path=str(tmp_path / "x.csv"), table="t"))
    ro.close()


def test_cli_export_import_and_stdout(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    s = session_for(f"sqlite:///{db}")
    run(s, "CREATE TABLE t (id integer primary key, name text)")
    run(s, "INSERT INTO t VALUES (1, 'x'), (2, ''), (3, NULL)")
    s.close()
    runner = CliRunner()
    url = f"sqlite:///{db}"
    r = runner.invoke(cli, ["export", "--db", url, "--table", "t", "-o", "-", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.stdout == 'id,name\n1,x\n2,""\n3,\n'
    assert "\r" not in r.stderr  # no progress bar off a terminal
    out = tmp_path / "t.jsonl.gz"
    r = runner.invoke(cli, ["export", "--db", url, "-q", "select * from t", "-o", str(out)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["import", "--db", url, str(out), "--table", "t2", "--create"])
    assert r.exit_code == 0, r.output
    assert "3 rows read, 3 inserted, 0 rejected" in r.stderr
    r = runner.invoke(cli, ["import", "--db", url, str(out), "--table", "missing"])
    assert r.exit_code == 2 and "--create" in r.stderr
    r = runner.invoke(cli, ["export", "--db", url, "-q", "delete from t", "-o", str(tmp_path / "x.csv")])
    assert r.exit_code == 2
    r = runner.invoke(cli, ["--read-only", "import", "--db", url, str(out), "--table", "t2"])
    assert r.exit_code == 1 and "read-only" in r.stderr


def test_mariadb_table_export_uses_the_scanner_and_round_trips(mysql_url: str, tmp_path: Path) -> None:
    """A table whose types DuckDB's mysql scanner keeps exactly is exported through it."""
    s = session_for(mysql_url)
    src, dst = fresh("scan"), fresh("scan_dst")
    ddl = ("CREATE TABLE {t} (id int PRIMARY KEY, name varchar(50), amount decimal(20,4), ts datetime(6), "
           "d date, b blob, flag boolean, j json)")  # fmt: skip
    try:
        run(s, ddl.format(t=src))
        run(s, ddl.format(t=dst))
        run(s, f"INSERT INTO {src} VALUES (1, 'a,\"b', 12345678901234.5678, '2024-01-02 03:04:05.000001', "
               "'2024-01-02', x'005c78ff', true, '{\"k\": [1]}'), (2, '', NULL, NULL, NULL, NULL, NULL, NULL), "
               "(3, NULL, 0, '1970-01-01 00:00:01', '1000-01-01', x'', false, '[]')")  # fmt: skip
        from aishell.engines.mysql.bulk import scanner_exact
        from aishell.services.data import export as export_mod

        scanned = export_mod._scanned_columns(s, src)
        assert scanned is not None and scanner_exact(scanned)
        out = tmp_path / "scan.csv"
        assert export(s, ExportOptions(output=str(out), table=src)) == 3
        import_file(s, ImportOptions(path=str(out), table=dst))
        assert rows_of(s, dst) == rows_of(s, src)
    finally:
        s.close()


def test_mariadb_without_local_infile_uses_multi_row_inserts(
    mysql_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aishell.services.data import loader as loader_mod

    monkeypatch.setattr(loader_mod, "_local_infile_allowed", lambda conn: False)
    path = tmp_path / "n.csv"
    path.write_text("id,name\n" + "".join(f'{i},"n{i}"\n' for i in range(1, 2001)) + '2001,""\n2002,\n',
                    encoding="utf-8")  # fmt: skip
    table = fresh("noinfile")
    s = session_for(mysql_url)
    try:
        run(s, f"CREATE TABLE {table} (id int PRIMARY KEY, name varchar(10))")
        report = import_file(s, ImportOptions(path=str(path), table=table, batch_size=500))
        assert (report.read, report.inserted) == (2002, 2002)
        assert s.query_rows(f"SELECT name FROM {table} WHERE id > 2000 ORDER BY id")[1] == [("",), (None,)]
    finally:
        s.close()


def test_duckdb_uses_its_own_parquet_writer_and_reader(tmp_path: Path) -> None:
    """TIMESTAMPTZ included: DuckDB's own writer and reader never fetch values into Python."""
    s = session_for(f"duckdb:///{tmp_path / 'n.duckdb'}")
    try:
        run(s, "CREATE TABLE a (id INTEGER PRIMARY KEY, ts TIMESTAMPTZ, v VARCHAR, d DECIMAL(38,10), l INT[])")
        run(s, "INSERT INTO a SELECT i, TIMESTAMPTZ '2024-01-01 00:00:00+00' + i * INTERVAL 1 MINUTE, "
               "CASE WHEN i % 3 = 0 THEN NULL WHEN i % 3 = 1 THEN '' ELSE 'v' || i END, i / 7, [i, NULL] "
               "FROM range(10000) t(i)")  # fmt: skip
        run(s, "CREATE TABLE b AS SELECT * FROM a WHERE false")
        out = tmp_path / "a.parquet"
        assert export(s, ExportOptions(output=str(out), table="a")) == 10_000
        report = import_file(s, ImportOptions(path=str(out), table="b"))
        assert report.inserted == 10_000
        diff = s.query_rows("SELECT count(*) FROM ((SELECT * FROM a EXCEPT SELECT * FROM b) "
                            "UNION ALL (SELECT * FROM b EXCEPT SELECT * FROM a))")[1]  # fmt: skip
        assert diff == [(0,)]
    finally:
        s.close()


def test_postgres_parquet_export_through_the_scanner_round_trips(pg_url: str, tmp_path: Path) -> None:
    s = session_for(pg_url)
    src, dst = fresh("pqs"), fresh("pqs_dst")
    ddl = "CREATE TABLE {t} (id int PRIMARY KEY, v varchar(20), a numeric(12,3), ts timestamptz, b bytea, f boolean)"
    try:
        run(s, ddl.format(t=src))
        run(s, ddl.format(t=dst))
        run(s, f"INSERT INTO {src} SELECT g, CASE WHEN g % 3 = 0 THEN NULL WHEN g % 3 = 1 THEN '' ELSE 'v' || g END, "
               "g / 8.0, timestamptz '2024-01-01 00:00:00+02' + g * interval '1 hour', decode(lpad(to_hex(g), 4, '0'), "
               "'hex'), g % 2 = 0 FROM generate_series(1, 5000) g")  # fmt: skip
        from aishell.services.data.export import _table_parquet

        out = tmp_path / "s.parquet"
        assert _table_parquet(s, src, str(out)) == 5000  # the scanner path applies to this table
        assert export(s, ExportOptions(output=str(out), table=src)) == 5000
        import_file(s, ImportOptions(path=str(out), table=dst))
        assert rows_of(s, dst) == rows_of(s, src)
    finally:
        s.close()
