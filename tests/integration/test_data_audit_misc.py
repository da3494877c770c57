"""Audit of issue 5, the rest: JSONL bad lines under abort and skip on every engine, ``--create`` that
fails leaving no table behind, and connection failures of every data command as one line, exit 3."""

from __future__ import annotations

import csv
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner
from data_helpers import execute, rows, session_for

from aishell.cli.main import cli

pytestmark = pytest.mark.integration


def exists(url: str, table: str) -> bool:
    s = session_for(url)
    try:
        return s.catalog(refresh=True).find_table(table) is not None
    finally:
        s.close()


def test_jsonl_bad_lines_abort_and_skip(url: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": 1, "v": "a"}\n{"id": 2, "v": \n{"id": 3, "v": "c"}\n[1, 2]\n{"id": "x", "v": "d"}\n',
                    encoding="utf-8")  # fmt: skip
    table = f"aud_jl_{uuid.uuid4().hex[:8]}"
    execute(url, f"CREATE TABLE {table} (id int PRIMARY KEY, v varchar(5))", f"INSERT INTO {table} VALUES (9, 'pre')")
    try:
        r = CliRunner().invoke(cli, ["import", "--db", url, str(path), "-t", table])
        assert r.exit_code == 1 and "bad.jsonl, line 2" in r.stderr and "invalid JSON" in r.stderr, r.stderr
        assert rows(url, f"SELECT id, v FROM {table}") == [(9, "pre")]
        r = CliRunner().invoke(cli, ["import", "--db", url, str(path), "-t", table, "--on-error", "skip"])
        assert r.exit_code == 1 and "5 rows read, 2 inserted, 3 rejected" in r.stderr, r.stderr
        with open(str(path) + ".rejects.csv", newline="", encoding="utf-8") as fh:
            rejects = [(rec["line"], rec["column"]) for rec in csv.DictReader(fh)]
        assert sorted(rejects) == [("2", ""), ("4", ""), ("5", "id")]
        assert rows(url, f"SELECT id, v FROM {table} ORDER BY id") == [(1, "a"), (3, "c"), (9, "pre")]
    finally:
        execute(url, f"DROP TABLE IF EXISTS {table}")


def test_create_that_fails_leaves_no_table(url: str, tmp_path: Path) -> None:
    """The sample says integer; line 30 is not: abort, and the table --create made is gone again."""
    path = tmp_path / "late.csv"
    path.write_text("id,n\n" + "".join(f"{i},{i}\n" for i in range(1, 29)) + "29,abc\n", encoding="utf-8")
    table = f"aud_cr_{uuid.uuid4().hex[:8]}"
    r = CliRunner().invoke(cli, ["import", "--db", url, str(path), "-t", table, "--create", "--type", "n=integer"])
    assert r.exit_code == 1 and "line 30" in r.stderr and "abc" in r.stderr, r.stderr
    assert not exists(url, table)


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--db", "{bad}", "-t", "t", "-o", "{tmp}/x.csv"],
        ["import", "--db", "{bad}", "{tmp}/x.csv", "-t", "t"],
        ["copy", "--from", "{bad}", "--to", "sqlite:///{tmp}/c.sqlite", "--all"],
        ["copy", "--from", "sqlite:///{tmp}/c.sqlite", "--to", "{bad}", "--all"],
        ["backup", "create", "--db", "{bad}", "-o", "{tmp}/b.aishell"],
        ["backup", "restore", "{tmp}/none.aishell", "--to", "{bad}"],
    ],
)
@pytest.mark.parametrize("bad", ["postgresql://postgres@127.0.0.1:1/x", "mysql://root@127.0.0.1:1/x"])
def test_connection_failures_are_one_line_exit_3(args: list[str], bad: str, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("id\n1\n", encoding="utf-8")
    execute(f"sqlite:///{tmp_path / 'c.sqlite'}", "CREATE TABLE t (id int)")
    if args[:2] == ["backup", "restore"]:  # a real archive, so only the connection can fail
        r = CliRunner().invoke(cli, ["backup", "create", "--db", f"sqlite:///{tmp_path / 'c.sqlite'}", "-o",
                                     str(tmp_path / "none.aishell")])  # fmt: skip
        assert r.exit_code == 0, r.stderr
    argv = [a.format(bad=bad, tmp=tmp_path) for a in args]
    proc = subprocess.run([sys.executable, "-m", "aishell", *argv], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "cannot connect" in proc.stderr, proc.stderr
    assert not (tmp_path / "b.aishell").exists()
