"""Audit of issue 5, import: detection and overrides of delimiter, quote, header and encoding; JSON
arrays, JSONL and Parquet, compressed; ``--create`` with ``--type`` in each dialect; ``--on-error``
abort and skip on every engine; ``--batch-size``; one-line errors with the documented exit codes.

Files are written byte by byte here, so every expected value follows from the bytes written."""

from __future__ import annotations

import csv
import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import zstandard
from click.testing import CliRunner
from data_helpers import drop, execute, fresh, rows, session_for

from aishell.cli.main import cli

pytestmark = pytest.mark.integration


def cli_import(url: str, path: Path, table: str, *extra: str) -> Any:
    return CliRunner().invoke(cli, ["import", "--db", url, str(path), "--table", table, *extra])


def as_text(v: Any) -> str | None:
    return None if v is None else str(v)


# --------------------------------------------------------------------------- detection and overrides
def test_cp1252_semicolon_file_is_detected(url: str, tmp_path: Path) -> None:
    """0xE9 is é and 0x80 is € in cp1252 (0x80 is not valid UTF-8); ';' separates, '"' quotes."""
    path = tmp_path / "cp.csv"
    path.write_bytes(b'id;name;city\n1;Caf\xe9;M\xfcnchen\n2;na\xefve \x80;"a;b"\n')
    table = fresh("aud_cp")
    try:
        r = cli_import(url, path, table, "--create")
        assert r.exit_code == 0, r.stderr
        assert "2 rows read, 2 inserted, 0 rejected" in r.stderr
        got = rows(url, f"SELECT id, name, city FROM {table} ORDER BY id")
        assert [tuple(as_text(v) for v in row) for row in got] == [
            ("1", "Caf\u00e9", "M\u00fcnchen"),
            ("2", "na\u00efve \u20ac", "a;b"),
        ]
    finally:
        drop(url, table)


def test_header_detection_and_overrides(url: str, tmp_path: Path) -> None:
    numbers = tmp_path / "nohead.csv"
    numbers.write_text("1,alpha,2.5\n2,beta,3.5\n", encoding="utf-8")
    words = tmp_path / "words.csv"
    words.write_text("name,city\nalice,paris\nbob,rome\n", encoding="utf-8")
    t1, t2, t3 = fresh("aud_h"), fresh("aud_h"), fresh("aud_h")
    try:
        # a first line of numbers is data: both rows land, in generated columns
        r = cli_import(url, numbers, t1, "--create")
        assert r.exit_code == 0 and "2 rows read, 2 inserted" in r.stderr, r.stderr
        assert [as_text(v) for (v,) in rows(url, f"SELECT c2 FROM {t1} ORDER BY c2")] == ["alpha", "beta"]
        # all text: detected as a header ...
        r = cli_import(url, words, t2, "--create")
        assert r.exit_code == 0 and "2 rows read" in r.stderr, r.stderr
        assert rows(url, f"SELECT name, city FROM {t2} ORDER BY name") == [("alice", "paris"), ("bob", "rome")]
        # ... and --no-header makes it data
        r = cli_import(url, words, t3, "--create", "--no-header")
        assert r.exit_code == 0 and "3 rows read, 3 inserted" in r.stderr, r.stderr
        assert sorted(rows(url, f"SELECT c1, c2 FROM {t3}")) == [("alice", "paris"), ("bob", "rome"),
                                                                 ("name", "city")]  # fmt: skip
        # --header on the numbers file: the first line names the columns
        drop(url, t1)
        r = cli_import(url, numbers, t1, "--create", "--header")
        assert r.exit_code == 0 and "1 rows read" in r.stderr, r.stderr
        assert [c.name for c in _columns(url, t1)] == ["1", "alpha", "2.5"]
    finally:
        drop(url, t1, t2, t3)


def _columns(url: str, table: str) -> list[Any]:
    s = session_for(url)
    try:
        info = s.catalog(refresh=True).find_table(table)
        assert info is not None
        return list(info.columns)
    finally:
        s.close()


def test_delimiter_quote_and_encoding_overrides(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'o.sqlite'}"
    piped = tmp_path / "q.csv"
    piped.write_text("id|name\n1|'x|y'\n2|'it''s'\n", encoding="utf-8")
    r = cli_import(url, piped, "p", "--create", "--delimiter", "|", "--quote", "'")
    assert r.exit_code == 0, r.stderr
    assert rows(url, "SELECT id, name FROM p ORDER BY id") == [(1, "x|y"), (2, "it's")]
    # a comma file read with --delimiter ';' keeps each line whole in one column
    commas = tmp_path / "c.csv"
    commas.write_text("a,b\n1,2\n", encoding="utf-8")
    r = cli_import(url, commas, "c", "--create", "--delimiter", ";")
    assert r.exit_code == 0, r.stderr
    assert rows(url, 'SELECT "a,b" FROM c') == [("1,2",)]
    # UTF-8 é (C3 A9) read as latin-1 is two characters: the override is obeyed, not re-detected
    utf8 = tmp_path / "u.csv"
    utf8.write_bytes(b"a,b\n\xc3\xa9,x\n")
    r = cli_import(url, utf8, "u", "--create", "--encoding", "latin-1")
    assert r.exit_code == 0, r.stderr
    assert rows(url, "SELECT a FROM u") == [("\u00c3\u00a9",)]
    r = cli_import(url, utf8, "u2", "--create")
    assert r.exit_code == 0, r.stderr
    assert rows(url, "SELECT a FROM u2") == [("\u00e9",)]
    # TSV given as \t on the command line
    tsv = tmp_path / "t.txt"
    tsv.write_text("a\tb\n1\t2\n", encoding="utf-8")
    r = cli_import(url, tsv, "t", "--create", "--format", "csv", "--delimiter", "\\t")
    assert r.exit_code == 0, r.stderr
    assert rows(url, "SELECT a, b FROM t") == [(1, 2)]


def test_an_encoding_that_does_not_fit_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "u.csv"
    path.write_bytes(b"a,b\n\xc3\xa9,x\n")
    r = cli_import(f"sqlite:///{tmp_path / 'e.sqlite'}", path, "e", "--create", "--encoding", "ascii")
    assert r.exit_code == 2, r.stderr
    assert "internal error" not in r.stderr and "u.csv" in r.stderr


@pytest.mark.parametrize("option", [["--delimiter", ";;"], ["--quote", "''"]])
def test_a_multi_character_delimiter_or_quote_is_a_usage_error(option: list[str], tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    r = cli_import(f"sqlite:///{tmp_path / 'd.sqlite'}", path, "d", "--create", *option)
    assert r.exit_code == 2 and "one character" in r.stderr, r.stderr


@pytest.mark.parametrize("option", [["--delimiter", ";;"], ["--quote", "''"]])
def test_a_multi_character_delimiter_or_quote_is_a_usage_error_for_any_file(option: list[str],
                                                                             tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "d.csv"
    path.write_text("a,b\n\u00e9,2\n", encoding="utf-8")
    r = cli_import(f"sqlite:///{tmp_path / 'd.sqlite'}", path, "d", "--create", *option)
    assert r.exit_code == 2, r.stderr
    assert "internal error" not in r.stderr


# --------------------------------------------------------------------------- JSON, JSONL, Parquet, compressed
RECORDS = [{"id": 1, "name": "x,y", "amount": "1.25"}, {"id": 2, "name": "", "amount": None},
           {"id": 3, "name": None, "amount": "-7.50"}]  # fmt: skip


def _write(path: Path, fmt: str, compression: str) -> None:
    if fmt == "json":
        data = json.dumps(RECORDS).encode()
    elif fmt == "jsonl":
        data = "".join(json.dumps(r) + "\n" for r in RECORDS).encode()
    else:
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(RECORDS), sink)
        data = sink.getvalue().to_pybytes()
    if compression == "gz":
        data = gzip.compress(data)
    elif compression == "zst":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


@pytest.mark.parametrize(("fmt", "compression"), [("json", ""), ("json", "gz"), ("jsonl", "zst"),
                                                  ("jsonl", "gz"), ("parquet", "")])  # fmt: skip
def test_json_jsonl_and_parquet_into_an_existing_table(url: str, fmt: str, compression: str, tmp_path: Path) -> None:
    path = tmp_path / (f"r.{fmt}" + (f".{compression}" if compression else ""))
    _write(path, fmt, compression)
    table = fresh("aud_js")
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, name varchar(10), amount decimal(8,2))")
    try:
        r = cli_import(url, path, table)
        assert r.exit_code == 0, r.stderr
        assert "3 rows read, 3 inserted, 0 rejected" in r.stderr
        got = rows(url, f"SELECT id, name, amount FROM {table} ORDER BY id")
        from decimal import Decimal

        want = [(r["id"], r["name"], None if r["amount"] is None else Decimal(str(r["amount"]))) for r in RECORDS]
        assert [(int(i), n, None if a is None else Decimal(str(a))) for i, n, a in got] == want
    finally:
        drop(url, table)


# --------------------------------------------------------------------------- --create with --type
TYPED = "id,code,amount,ts,flag\n1,007,1.50,2024-01-02 03:04:05,true\n2,010,2.25,2024-02-03 04:05:06,false\n"


def _declared_types(url: str, table: str) -> dict[str, str]:
    if url.startswith("postgresql"):
        sql = ("SELECT column_name, CASE WHEN data_type = 'character varying' THEN 'varchar(' || "
               "character_maximum_length || ')' WHEN data_type = 'numeric' THEN 'numeric(' || numeric_precision || "
               f"',' || numeric_scale || ')' ELSE data_type END FROM information_schema.columns "
               f"WHERE table_name = '{table}'")  # fmt: skip
    elif url.startswith("mysql"):
        sql = (f"SELECT column_name, column_type FROM information_schema.columns WHERE table_name = '{table}' "
               "AND table_schema = database()")  # fmt: skip
    elif url.startswith("sqlite"):
        sql = f"SELECT name, type FROM pragma_table_info('{table}')"
    else:
        sql = f"SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '{table}'"
    return {str(k).lower(): str(v).lower().replace(" ", "") for k, v in rows(url, sql)}


def test_create_with_type_overrides_in_each_dialect(url: str, tmp_path: Path) -> None:
    path = tmp_path / "typed.csv"
    path.write_text(TYPED, encoding="utf-8")
    table = fresh("aud_ty")
    try:
        r = cli_import(url, path, table, "--create", "--type", "code=varchar(10)", "--type", "amount=decimal(10,3)")
        assert r.exit_code == 0, r.stderr
        types = _declared_types(url, table)
        # DuckDB keeps no length on VARCHAR: it reports plain VARCHAR for varchar(10)
        assert types["code"] == ("varchar" if url.startswith("duckdb") else "varchar(10)"), types
        assert types["amount"] in ("decimal(10,3)", "numeric(10,3)"), types
        # the overridden column keeps the text exactly: leading zeros survive
        assert [as_text(v) for (v,) in rows(url, f"SELECT code FROM {table} ORDER BY id")] == ["007", "010"]
        amounts = [str(v) for (v,) in rows(url, f"SELECT amount FROM {table} ORDER BY id")]
        if not url.startswith("sqlite"):  # SQLite has no fixed-scale decimal storage
            assert amounts == ["1.500", "2.250"]
        r = cli_import(url, path, fresh("aud_ty"), "--create", "--type", "code")
        assert r.exit_code == 2 and "COLUMN=TYPE" in r.stderr, r.stderr
    finally:
        drop(url, table)


def test_create_without_overrides_keeps_leading_zeros(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'z.sqlite'}"
    path = tmp_path / "typed.csv"
    path.write_text(TYPED, encoding="utf-8")
    r = cli_import(url, path, "z", "--create")
    assert r.exit_code == 0, r.stderr
    assert [as_text(v) for (v,) in rows(url, "SELECT code FROM z ORDER BY id")] == ["007", "010"]


# --------------------------------------------------------------------------- --on-error
def _mixed_bad_file(path: Path) -> None:
    """Line 2 good, 3 too few fields, 4 not a number, 5 too many fields, 6 too long, 7 NULL in NOT NULL,
    8 a duplicate key of line 2, 9 good."""
    path.write_text("id,n,amt\n1,a,1.5\n2,b\n3,c,x\n4,d,2,extra\n5,toolongvalue,1\n6,,2\n1,dup,3\n7,e,3\n",
                    encoding="utf-8")  # fmt: skip


def test_abort_names_file_line_column_and_leaves_the_table_as_it_was(url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,n,amt\n1,a,1.5\n2,b,2\n3,c,not-a-number\n4,d,4\n", encoding="utf-8")
    table = fresh("aud_ab")
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, n varchar(5) NOT NULL, amt decimal(5,2))",
            f"INSERT INTO {table} VALUES (100, 'pre', 1), (101, '', NULL)")  # fmt: skip
    before = rows(url, f"SELECT id, n, amt FROM {table} ORDER BY id")
    try:
        proc = subprocess.run([sys.executable, "-m", "aishell", "import", "--db", url, str(path), "-t", table,
                               "--batch-size", "1"], capture_output=True, text=True, timeout=60)  # fmt: skip
        assert proc.returncode == 1, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
        assert "bad.csv, line 4" in lines[0] and "amt" in lines[0] and "not-a-number" in lines[0], lines[0]
        assert "unchanged" in lines[0]
        assert rows(url, f"SELECT id, n, amt FROM {table} ORDER BY id") == before
        assert not (tmp_path / "bad.csv.rejects.csv").exists()
    finally:
        drop(url, table)


def test_skip_rejects_each_bad_row_with_its_reason_and_reconciles(url: str, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    _mixed_bad_file(path)
    table = fresh("aud_sk")
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, n varchar(5) NOT NULL, amt decimal(5,2))",
            f"INSERT INTO {table} VALUES (100, 'pre', 1)")  # fmt: skip
    try:
        r = cli_import(url, path, table, "--on-error", "skip", "--batch-size", "2")
        assert r.exit_code == 1, r.stderr  # rows were rejected: the documented query-error code
        with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
            rejects = {int(rec["line"]): rec for rec in csv.DictReader(fh)}
        inserted = rows(url, f"SELECT id FROM {table} WHERE id < 100 ORDER BY id")
        read = 8
        # reconciliation, from the report line and from the table itself
        assert f"{read} rows read, {len(inserted)} inserted, {len(rejects)} rejected" in r.stderr, r.stderr
        assert read == len(inserted) + len(rejects)
        assert {3, 4, 5, 7, 8} <= set(rejects)  # engine-independent refusals
        assert all(rec["reason"] for rec in rejects.values())
        assert rejects[4]["column"] == "amt" and rejects[4]["row"] == "3,c,x"
        assert rejects[7]["column"] == "n" and rejects[8]["row"] == "1,dup,3"
        assert (1,) in inserted and (7,) in inserted
        if not url.startswith("duckdb"):  # DuckDB does not enforce VARCHAR(5): 'toolongvalue' fits there
            assert 6 in rejects and rejects[6]["column"] == "n"
            assert inserted == [(1,), (7,)]
        assert rows(url, f"SELECT n FROM {table} WHERE id = 100") == [("pre",)]
    finally:
        drop(url, table)


@pytest.mark.parametrize("batch_size", ["1", "3", "1000"])
def test_batch_size_changes_nothing_but_the_batches(url: str, batch_size: str, tmp_path: Path) -> None:
    """Whatever the batch size, every row lands once, and a duplicate in a late batch still rolls back
    everything the earlier batches sent."""
    path = tmp_path / "b.csv"
    n = 25
    path.write_text("id,v\n" + "".join(f"{i},v{i}\n" for i in range(1, n + 1)), encoding="utf-8")
    dup = tmp_path / "dup.csv"
    dup.write_text("id,v\n" + "".join(f"{i},w{i}\n" for i in range(n + 1, 2 * n + 1)) + f"{n + 1},again\n",
                   encoding="utf-8")  # fmt: skip
    table = fresh("aud_bs")
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, v varchar(10))")
    try:
        r = cli_import(url, path, table, "--batch-size", batch_size)
        assert r.exit_code == 0 and f"{n} rows read, {n} inserted, 0 rejected" in r.stderr, r.stderr
        assert rows(url, f"SELECT count(*), count(DISTINCT id) FROM {table}") == [(n, n)]
        r = cli_import(url, dup, table, "--batch-size", batch_size)
        assert r.exit_code == 1 and "unchanged" in r.stderr, r.stderr
        assert f"line {n + 2}" in r.stderr, r.stderr
        assert rows(url, f"SELECT count(*) FROM {table}") == [(n,)]
        r = CliRunner().invoke(cli, ["import", "--db", url, str(path), "-t", table, "--batch-size", "0"])
        assert r.exit_code == 2
    finally:
        drop(url, table)


def test_postgres_server_refusal_names_the_right_line(pg_url: str, tmp_path: Path) -> None:
    path = tmp_path / "js.csv"
    path.write_text('id,doc\n1,"{""a"":1}"\n2,"[]"\n3,"{bad"\n', encoding="utf-8")
    table = fresh("aud_pgjs")
    execute(pg_url, f"CREATE TABLE {table} (id int, doc jsonb)")
    try:
        r = cli_import(pg_url, path, table)
        assert r.exit_code == 1
        assert "js.csv, line 4" in r.stderr, r.stderr
    finally:
        drop(pg_url, table)


def test_import_errors_are_one_line_with_documented_exit_codes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    execute(url, "CREATE TABLE t (id int)")
    good = tmp_path / "g.csv"
    good.write_text("id\n1\n", encoding="utf-8")
    cases = [
        (["import", "--db", url, str(tmp_path / "missing.csv"), "-t", "t"], 2),
        (["import", "--db", url, str(good), "-t", "no_table"], 2),
        (["import", "--db", url, str(good), "-t", "t", "--encoding", "nosuch"], 2),
        (["import", "--db", "postgresql://postgres@127.0.0.1:1/x", str(good), "-t", "t"], 3),
    ]
    for args, code in cases:
        proc = subprocess.run([sys.executable, "-m", "aishell", *args], capture_output=True, text=True, timeout=60)
        assert proc.returncode == code, (args, proc.stderr)
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_duckdb_abort_names_the_line_of_a_duplicate(tmp_path: Path) -> None:
    url = f"duckdb:///{tmp_path / 'd.duckdb'}"
    path = tmp_path / "dup.csv"
    path.write_text("id,v\n" + "".join(f"{i},w{i}\n" for i in range(1, 26)) + "1,again\n", encoding="utf-8")
    execute(url, "CREATE TABLE d (id int PRIMARY KEY, v varchar)")
    r = cli_import(url, path, "d")
    assert r.exit_code == 1
    assert "dup.csv, line 27" in r.stderr and "id" in r.stderr, r.stderr
