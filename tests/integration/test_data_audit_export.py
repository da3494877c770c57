"""Audit of issue 5, export: ``-o -``, the format following the extension, ``.gz``/``.zst`` for every
format, decimals written positionally, and what a failed export does to the output file.

Each test reads back what the real CLI wrote, on real servers; expected values are derived from the
rows the test inserted, not copied from earlier output."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import zstandard
from click.testing import CliRunner
from data_helpers import drop, execute, fresh, session_for

from aishell.cli.main import cli

pytestmark = pytest.mark.integration

ROWS = [(1, "a,b", "1.50"), (2, "", None), (3, None, "-0.01"), (4, "line\nbreak é", "12345.67")]
GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


def make_table(url: str) -> str:
    table = fresh("aud_exp")
    values = ", ".join(
        "(" + ", ".join("NULL" if v is None else str(v) if isinstance(v, int) else _lit(url, v) for v in row) + ")"
        for row in ROWS
    )
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, name varchar(40), amount decimal(12,2))",
            f"INSERT INTO {table} VALUES {values}")  # fmt: skip
    return table


def _lit(url: str, v: str) -> str:
    text = v.replace("'", "''")
    if "\n" in v:  # a newline as a literal character in every dialect
        parts = text.split("\n")
        nl = "char(10)" if url.startswith(("sqlite", "mysql")) else "chr(10)"
        if url.startswith("mysql"):
            return "CONCAT(" + f", {nl}, ".join(f"'{p}'" for p in parts) + ")"
        return f" || {nl} || ".join(f"'{p}'" for p in parts)
    return f"'{text}'"


def decompress(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        assert data[:2] == GZIP_MAGIC
        return gzip.decompress(data)
    if suffix == ".zst":
        assert data[:4] == ZSTD_MAGIC
        return zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
    assert data[:2] != GZIP_MAGIC and data[:4] != ZSTD_MAGIC
    return data


def expected_text_rows() -> list[tuple[str, str | None, str | None]]:
    return [(str(i), n, a) for i, n, a in ROWS]


def parse(fmt: str, raw: bytes) -> list[tuple[str, str | None, str | None]]:
    """The rows of an exported file, in the file's own conventions (CSV: empty field = NULL, "" = empty)."""
    if fmt == "tsv":  # PostgreSQL's text format: \N is NULL, "" an empty field, backslash escapes
        records = [[None if f == "\\N" else f.replace("\\n", "\n").replace("\\\\", "\\") for f in line.split("\t")]
                   for line in raw.decode("utf-8").split("\n")[:-1]]  # fmt: skip
        assert records[0] == ["id", "name", "amount"]
        # as for CSV below, the callers compare "" and NULL alike, and check them on the text
        return [(r[0] or "", r[1] or None, f"{Decimal(r[2]):.2f}" if r[2] else None) for r in records[1:]]
    if fmt == "csv":
        text = raw.decode("utf-8")
        lines = list(csv.reader(io.StringIO(text), delimiter=","))
        assert lines[0] == ["id", "name", "amount"]
        # the csv module cannot tell "" from an empty field: the callers check that on the text
        return [(rec[0], rec[1] or None, f"{Decimal(rec[2]):.2f}" if rec[2] else None) for rec in lines[1:]]
    if fmt == "json":
        data = json.loads(raw.decode("utf-8"), parse_float=Decimal)
    elif fmt == "jsonl":
        data = [json.loads(line, parse_float=Decimal) for line in raw.decode("utf-8").splitlines() if line]
    else:
        data = pq.read_table(io.BytesIO(raw)).to_pylist()
    return [(str(d["id"]), d["name"], None if d["amount"] is None else f"{Decimal(str(d['amount'])):.2f}")
            for d in data]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "parquet"])
@pytest.mark.parametrize("suffix", ["", ".gz", ".zst"])
def test_format_follows_the_extension_and_compresses(url: str, fmt: str, suffix: str, tmp_path: Path) -> None:
    table = make_table(url)
    try:
        out = tmp_path / f"x.{fmt}{suffix}"
        r = CliRunner().invoke(cli, ["export", "--db", url, "--table", table, "-o", str(out)])
        if fmt == "parquet" and suffix:
            # Parquet compresses inside; a .gz/.zst wrapper is refused as a usage error, no file written
            assert r.exit_code == 2 and "Parquet" in r.stderr, r.stderr
            assert not out.exists()
            return
        assert r.exit_code == 0, r.stderr
        assert f"exported {len(ROWS)} rows" in r.stderr
        raw = decompress(out.read_bytes(), suffix)
        if fmt == "parquet":
            assert raw[:4] == b"PAR1"
        elif fmt == "json":
            assert raw.lstrip().startswith(b"[")
        elif fmt == "jsonl":
            assert all(line.startswith(b"{") for line in raw.splitlines() if line)
        elif fmt == "tsv":
            assert raw.split(b"\n", 1)[0] == b"id\tname\tamount"
        else:
            assert raw.split(b"\n", 1)[0].rstrip(b"\r") == b"id,name,amount"
        got = parse(fmt, raw)
        want = expected_text_rows()
        if fmt in ("csv", "tsv"):  # the CSV reader cannot keep "" apart from NULL: checked below on the text
            want = [(i, n or None, a) for i, n, a in want]
        assert got == want
        if fmt in ("csv", "tsv"):
            lines = raw.decode("utf-8").split("\n")
            if fmt == "csv":
                assert '2,"",' in lines  # the empty string is written ""
                assert "3,,-0.01" in lines  # NULL is an empty field
            else:  # TSV is PostgreSQL's text format
                assert "2\t\t\\N" in lines  # the empty string is an empty field, NULL is \N
                assert "3\t\\N\t-0.01" in lines
    finally:
        drop(url, table)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "parquet"])
def test_stdout_carries_only_the_data(url: str, fmt: str) -> None:
    """``-o -`` writes the data to stdout (nothing else) and the count to stderr, in a real process."""
    table = make_table(url)
    try:
        proc = subprocess.run([sys.executable, "-m", "aishell", "export", "--db", url, "-t", table, "-o", "-",
                               "--format", fmt], capture_output=True, timeout=60)  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        got = parse(fmt, proc.stdout)
        want = expected_text_rows()
        if fmt in ("csv", "tsv"):
            want = [(i, n or None, a) for i, n, a in want]
        assert got == want
        assert b"exported 4 rows to stdout" in proc.stderr
        assert b"\r" not in proc.stderr  # no progress bar when stderr is not a terminal
    finally:
        drop(url, table)


def test_format_option_overrides_the_extension(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'f.sqlite'}"
    table = make_table(url)
    out = tmp_path / "looks-like.csv"
    r = CliRunner().invoke(cli, ["export", "--db", url, "-t", table, "-o", str(out), "--format", "jsonl"])
    assert r.exit_code == 0, r.stderr
    assert parse("jsonl", out.read_bytes()) == expected_text_rows()
    r = CliRunner().invoke(cli, ["export", "--db", url, "-t", table, "-o", str(tmp_path / "x.unknown")])
    assert r.exit_code == 2 and "--format" in r.stderr


def test_decimals_are_written_positionally(mysql_url: str, pg_url: str, tmp_path: Path) -> None:
    """A DECIMAL(40,9) zero read by the driver is Decimal('0E-9'): CSV and JSON write 0.000000000,
    never scientific notation, so a re-import with --create infers a decimal, not a float."""
    for url in (mysql_url, pg_url):
        table = fresh("aud_dec")
        execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, b decimal(40,9))",
                f"INSERT INTO {table} VALUES (1, 0), (2, 0.000000001), (3, 1234567890123456789012345678901.123456789)")  # fmt: skip
        back = fresh("aud_dec_back")
        try:
            for fmt in ("csv", "jsonl"):
                out = tmp_path / f"{table}.{fmt}"
                r = CliRunner().invoke(cli, ["export", "--db", url, "-t", table, "-o", str(out)])
                assert r.exit_code == 0, r.stderr
                text = out.read_text(encoding="utf-8")
                assert "E-" not in text and "e-" not in text, text
                assert "0.000000001" in text and "1234567890123456789012345678901.123456789" in text
            r = CliRunner().invoke(cli, ["import", "--db", url, str(tmp_path / f"{table}.csv"), "-t", back,
                                         "--create"])  # fmt: skip
            assert r.exit_code == 0, r.stderr
            s = session_for(url)
            try:
                rows = s.query_rows(f"SELECT b FROM {back} ORDER BY id")[1]
            finally:
                s.close()
            assert [Decimal(str(v)) for (v,) in rows] == [
                Decimal("0"),
                Decimal("0.000000001"),
                Decimal("1234567890123456789012345678901.123456789"),
            ]
        finally:
            drop(url, table, back)


def test_a_failed_export_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    execute(url, "CREATE TABLE t (id int)")
    out = tmp_path / "keep.csv"
    out.write_text("precious\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["export", "--db", url, "-t", "no_such_table", "-o", str(out)])
    assert r.exit_code == 1 and "no such table" in r.stderr
    assert out.read_text(encoding="utf-8") == "precious\n"


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    execute(url, "CREATE TABLE t (id int)")
    out = tmp_path / "new.csv.gz"
    r = CliRunner().invoke(cli, ["export", "--db", url, "-q", "select * from no_such_table", "-o", str(out)])
    assert r.exit_code == 1
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    # a good export into the same place has the mode of any new file (the umask applies)
    r = CliRunner().invoke(cli, ["export", "--db", url, "-t", "t", "-o", str(out)])
    assert r.exit_code == 0 and out.exists()
    probe = tmp_path / "probe"
    probe.touch()
    assert out.stat().st_mode & 0o777 == probe.stat().st_mode & 0o777
