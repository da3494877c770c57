"""TSV is PostgreSQL's text format both ways: export writes it and import reads it on every path
(PostgreSQL's COPY FORMAT text, MariaDB's LOAD DATA, SQLite, DuckDB; abort, skip and --create).
NULL (``\\N``) stays apart from the empty string; tabs, line breaks and backslashes are escaped."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import pytest

from aishell.connections import Target
from aishell.services.data.export import ExportOptions, export
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.data.loader import DataError
from aishell.services.session import Session
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration

VALUES: list[str | None] = [
    None, "", "a\tb", "line1\nline2", "cr\r\nlf", "back\\slash", "\\N", "\\.", "ends with \\",
    "ünïcødé 漢字 🎉", "\b\f\v", " spaced ", "N",
]  # fmt: skip


def session_for(url: str) -> Session:
    parsed = DatabaseURL.parse(url)
    return Session(Target(parsed.with_param("create", "1") if parsed.is_file else parsed, None, "--db"))


@pytest.fixture(params=["postgres", "mysql", "sqlite", "duckdb"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    engine = request.param
    if engine == "postgres":
        return str(request.getfixturevalue("pg_url"))
    if engine == "mysql":
        return str(request.getfixturevalue("mysql_url"))
    if engine == "sqlite":
        return f"sqlite:///{tmp_path / 'db.sqlite'}?create=1"
    return f"duckdb:///{tmp_path / 'db.duckdb'}?create=1"


def fresh(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def run(session: Session, sql: str, params: tuple[Any, ...] | None = None) -> None:
    conn = session.connection()
    if params is None:
        conn.execute(sql).close()
    else:
        conn.executemany(sql, [params])
    if conn.in_transaction:
        conn.commit()


def rows_of(session: Session, table: str) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in session.query_rows(f"SELECT id, v FROM {table} ORDER BY id")[1]]


def _table(session: Session, name: str) -> None:
    run(session, f"CREATE TABLE {name} (id integer PRIMARY KEY, v text)")


def _fill(session: Session, name: str, n: int = 300) -> list[tuple[Any, ...]]:
    """Every tricky value, then enough plain rows for the engines' batch paths."""
    conn = session.connection()
    mark = ", ".join(conn.placeholder(i) for i in range(2))
    rows: list[tuple[Any, ...]] = [(i + 1, v) for i, v in enumerate(VALUES)]
    rows += [(i, f"row {i}\twith a tab" if i % 7 == 0 else f"row {i}") for i in range(len(VALUES) + 1, n)]
    conn.executemany(f"INSERT INTO {name} (id, v) VALUES ({mark})", rows)
    if conn.in_transaction:
        conn.commit()
    return rows


@pytest.mark.parametrize("on_error", ["abort", "skip"])
def test_export_import_round_trip(url: str, on_error: str, tmp_path: Path) -> None:
    s = session_for(url)
    try:
        src, dst = fresh("tsv_src"), fresh("tsv_dst")
        _table(s, src)
        _table(s, dst)
        expected = _fill(s, src)
        out = tmp_path / "out.tsv"
        assert export(s, ExportOptions(output=str(out), table=src)) == len(expected)
        raw = out.read_bytes()
        assert b"\\N" in raw and b"a\\tb" in raw and b"line1\\nline2" in raw and b"back\\\\slash" in raw
        report = import_file(s, ImportOptions(path=str(out), table=dst, on_error=on_error))
        assert (report.read, report.inserted, report.rejected) == (len(expected), len(expected), 0)
        got = rows_of(s, dst)
        assert got == rows_of(s, src) == expected
        assert got[0][1] is None and got[1][1] == ""  # NULL and the empty string stay apart
        # --create infers a text column and keeps the same values
        created = fresh("tsv_new")
        report = import_file(s, ImportOptions(path=str(out), table=created, create=True, on_error=on_error))
        assert report.inserted == len(expected)
        assert [(int(i), v) for i, v in rows_of(s, created)] == expected
    finally:
        s.close()


def test_compressed_and_format_option(url: str, tmp_path: Path) -> None:
    s = session_for(url)
    try:
        src, dst, other = fresh("tsv_src"), fresh("tsv_dst"), fresh("tsv_fmt")
        _table(s, src)
        _table(s, dst)
        _table(s, other)
        expected = _fill(s, src, 60)
        gz = tmp_path / "out.tsv.gz"
        export(s, ExportOptions(output=str(gz), table=src))
        import_file(s, ImportOptions(path=str(gz), table=dst))
        assert rows_of(s, dst) == expected
        plain = tmp_path / "out.tsv"
        export(s, ExportOptions(output=str(plain), table=src))
        txt = tmp_path / "data.txt"
        txt.write_bytes(plain.read_bytes())
        import_file(s, ImportOptions(path=str(txt), table=other, fmt="tsv"))
        assert rows_of(s, other) == expected
    finally:
        s.close()


def test_octal_and_hex_escapes_as_postgres_reads_them(url: str, tmp_path: Path) -> None:
    path = tmp_path / "esc.tsv"
    path.write_bytes(b"id\tv\n1\t\\303\\251t\\x41\n2\t\\q\\x\n3\t\\N\n4\t\n5\tx\\\\N\n")
    s = session_for(url)
    try:
        table = fresh("tsv_esc")
        _table(s, table)
        import_file(s, ImportOptions(path=str(path), table=table))
        assert rows_of(s, table) == [(1, "étA"), (2, "qx"), (3, None), (4, ""), (5, "x\\N")]
    finally:
        s.close()


BAD = b"id\tv\n1\tfine\n2\tone\ttoo many\n3\tok\n4\tbad \\xff byte\n5\tlast\n"


def test_malformed_lines_abort_with_their_line(url: str, tmp_path: Path) -> None:
    s = session_for(url)
    try:
        table = fresh("tsv_bad")
        _table(s, table)
        run(s, f"INSERT INTO {table} (id, v) VALUES (100, 'before')")
        wrong = tmp_path / "wrong.tsv"
        wrong.write_bytes(b"id\tv\n1\tfine\n2\tone\ttoo many\n3\tok\n")
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(wrong), table=table))
        assert f"{wrong}, line 3" in err.value.message, err.value.message
        escape = tmp_path / "escape.tsv"
        escape.write_bytes(b"id\tv\n1\tfine\n2\tok\n3\tbad \\xff byte\n")
        with pytest.raises(DataError) as err:
            import_file(s, ImportOptions(path=str(escape), table=table))
        assert f"{escape}, line 4" in err.value.message, err.value.message
        assert "0xff" in err.value.message
        assert rows_of(s, table) == [(100, "before")]
    finally:
        s.close()


def test_malformed_lines_skipped_with_their_line_and_original_text(url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_bytes(BAD)
    s = session_for(url)
    try:
        table = fresh("tsv_skip")
        _table(s, table)
        report = import_file(s, ImportOptions(path=str(path), table=table, on_error="skip"))
        assert (report.read, report.inserted, report.rejected) == (5, 3, 2)
        assert rows_of(s, table) == [(1, "fine"), (3, "ok"), (5, "last")]
        with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
            rejects = sorted(csv.DictReader(fh), key=lambda r: int(r["line"]))
        assert [r["line"] for r in rejects] == ["3", "5"]
        assert rejects[0]["row"] == "2\tone\ttoo many"
        assert rejects[1]["row"] == "4\tbad \\xff byte"
        assert "0xff" in rejects[1]["reason"]
    finally:
        s.close()


def test_postgres_and_mariadb_keep_their_fast_paths(pg_url: str, mysql_url: str, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """PostgreSQL: the file's bytes straight into COPY (FORMAT text); MariaDB: LOAD DATA of the
    decoded batches.  (Both still run against the real servers; only the calls are counted.)"""
    from aishell.engines.mysql.connection import MySQLConnection
    from aishell.engines.postgres.connection import PostgresConnection

    calls: list[str] = []
    copy_in, load = PostgresConnection.copy_in_csv, MySQLConnection.load_data_local_infile

    def spy_copy(self: Any, *args: Any, **kw: Any) -> Any:
        calls.append(f"copy text={kw.get('text')}")
        return copy_in(self, *args, **kw)

    def spy_load(self: Any, *args: Any, **kw: Any) -> Any:
        calls.append("load data")
        return load(self, *args, **kw)

    monkeypatch.setattr(PostgresConnection, "copy_in_csv", spy_copy)
    monkeypatch.setattr(MySQLConnection, "load_data_local_infile", spy_load)
    for url in (pg_url, mysql_url):
        s = session_for(url)
        try:
            src, dst = fresh("tsv_src"), fresh("tsv_dst")
            _table(s, src)
            _table(s, dst)
            expected = _fill(s, src, 500)
            out = tmp_path / f"fast_{s.connection().engine}.tsv"
            export(s, ExportOptions(output=str(out), table=src))
            calls.clear()
            import_file(s, ImportOptions(path=str(out), table=dst))
            assert rows_of(s, dst) == expected
            assert calls == (["copy text=True"] if s.connection().engine == "postgres" else ["load data"]), calls
        finally:
            s.close()
