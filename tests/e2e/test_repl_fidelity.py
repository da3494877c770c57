"""The REPL reports what happened, all of it: ``\\timing`` without the time the pager's reader
took, the row count when the pager is quit early, where ``\\i`` stopped, and a history that holds
every statement run on the connection -- under its saved name or its URL -- and none of the SQL
the data commands run for themselves.  Driven through a pseudo-terminal (pexpect)."""

from __future__ import annotations

import os
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.e2e

TIMEOUT = 30


def spawn(home: Path, *args: str, pager: str = "", lines: int = 50) -> pexpect.spawn:
    env = dict(os.environ)
    env.update(AISHELL_HOME=str(home), AISHELL_PAGER=pager, PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm",
               COLUMNS="120", LINES=str(lines), LESS="-SRX")  # fmt: skip
    return pexpect.spawn(sys.executable, ["-m", "aishell", *args], env=env, encoding="utf-8", timeout=TIMEOUT,
                         dimensions=(lines, 120))  # fmt: skip


def aishell(home: Path, *args: str) -> str:
    """A one-shot command, in-process (click's runner): what it leaves in the state store is
    what the REPL started afterwards reads; the REPL itself runs in the pseudo-terminal."""
    from click.testing import CliRunner

    from aishell.cli.main import cli

    r = CliRunner().invoke(cli, list(args), env={"AISHELL_HOME": str(home)}, catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return r.stdout


def quit_shell(child: pexpect.spawn) -> None:
    if child.isalive():
        child.sendcontrol("d")
        try:
            child.expect(pexpect.EOF, timeout=10)
        except pexpect.TIMEOUT:
            child.terminate(force=True)


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "shop.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (id integer PRIMARY KEY, name text)")
        conn.execute("INSERT INTO t VALUES (1, 'a'), (2, ''), (3, NULL)")
    conn.close()
    return str(path)


@pytest.fixture
def pager_shell(isolated_home: Path) -> Iterator[pexpect.spawn]:
    child = spawn(isolated_home, pager="less", lines=24)
    child.expect(r"demo:demo\.db>")
    yield child
    quit_shell(child)


def test_quitting_the_pager_early_keeps_the_row_count_and_timing_leaves_the_reading_out(
        pager_shell: pexpect.spawn) -> None:  # fmt: skip
    child = pager_shell
    child.send("\\timing on\r")
    child.expect("Timing is on")
    child.expect(r"demo:demo\.db>")
    # ~200 kB of table: more than a pipe holds, so the output waits for the reader
    child.send("select c.*, c.email as e2, c.email as e3 from customers c;\r")
    child.expect(r"\(END\)|:\s*$|\x1b\[7m")  # less is showing the first page
    time.sleep(2.5)  # the user reads
    child.send("q")
    child.expect(r"\(1200 rows\) - 200 more rows not shown")
    child.expect(r"Time: ([\d.]+) ms")
    assert float(child.match.group(1)) < 2000, "the time the user spent reading the pager was counted"
    child.expect(r"demo:demo\.db>")
    child.send("select 41 + 1 as answer;\r")  # the shell goes on
    child.expect("42")
    child.expect(r"demo:demo\.db>")  # Ctrl-D sent while a statement is still printing can be lost


def test_include_says_where_it_stopped(isolated_home: Path, tmp_path: Path) -> None:
    script = tmp_path / "script.sql"
    script.write_text("select 1 as one;\n\nselect * from no_such_table;\nselect 3 as three;\nselect 4 as four;\n")
    child = spawn(isolated_home)
    try:
        child.expect(r"demo:demo\.db>")
        child.send(f"\\i {script}\r")
        child.expect("no such table")
        child.expect(re.escape(f"{script}: stopped at the error in statement 2 of 4 (line 3); "
                               "the 2 statements after it did not run"))  # fmt: skip
        child.expect(r"demo:demo\.db>")
        assert "three" not in str(child.before)
    finally:
        quit_shell(child)


def test_history_holds_every_name_of_the_connection_and_no_internal_sql(isolated_home: Path, database: str,
                                                                        tmp_path: Path) -> None:  # fmt: skip
    url = f"sqlite:///{database}"
    aishell(isolated_home, "query", "--db", url, "select 41 as via_url")
    aishell(isolated_home, "conn", "add", "shop", url)
    # data commands: their own SQL (SELECT * FROM "t" ...) is not the user's
    aishell(isolated_home, "export", "--db", "shop", "--table", "t", "-o", str(tmp_path / "e.csv"))
    aishell(isolated_home, "export", "--db", "shop", "--query", "select 43 as exported", "-o", str(tmp_path / "q.csv"))
    aishell(isolated_home, "backup", "create", "--db", "shop", "-o", str(tmp_path / "b.aishell"))
    aishell(isolated_home, "copy", "--from", "shop", "--to", f"sqlite:///{tmp_path / 'c.db'}", "--all", "--create")
    child = spawn(isolated_home, "--db", "shop")
    try:
        child.expect(r"shop:shop\.db>")
        child.send(f"\\copy t TO '{tmp_path / 'f.csv'}' CSV HEADER\r")
        child.expect("COPY 3")
        child.send(f"\\copy (select 42 as typed) TO '{tmp_path / 'g.tsv'}' FORMAT TEXT HEADER\r")
        child.expect("COPY 1")
        child.send("\\history 50\r")
        child.expect(r"\(\d+ rows\)")
        shown = str(child.before)
        child.expect(r"shop:shop\.db>")  # the prompt is back: the Ctrl-D that ends the shell reaches it
    finally:
        quit_shell(child)
    assert "select 41 as via_url" in shown  # run through the URL, shown under the saved name
    assert "select 42 as typed" in shown and "select 43 as exported" in shown  # the user's own queries
    assert not re.search(r"(?i)select \* from|select .* from \"?t\"?\b", shown), shown
    # the REPL's \copy writes the one dialect: TSV is PostgreSQL's text format
    assert (tmp_path / "f.csv").read_text() == 'id,name\n1,a\n2,""\n3,\n'
    assert (tmp_path / "g.tsv").read_text() == "typed\n42\n"
    history = aishell(isolated_home, "history", "--db", url, "-n", "50")  # and the reverse: the URL's history
    assert "select 42 as typed" in history and "select 41 as via_url" in history


def test_copy_to_and_from_in_text_format_keep_null_and_the_empty_string(isolated_home: Path, database: str,
                                                                        tmp_path: Path) -> None:  # fmt: skip
    child = spawn(isolated_home, "--db", f"sqlite:///{database}")
    out = tmp_path / "t.tsv"
    try:
        child.expect(r"shop\.db>")
        child.send(f"\\copy t TO '{out}' (FORMAT text, HEADER)\r")
        child.expect("COPY 3")
        child.send("create table t2 (id integer primary key, name text);\r")
        child.expect(r"shop\.db>")
        child.send(f"\\copy t2 FROM '{out}' (FORMAT text, HEADER)\r")
        child.expect("COPY 3")
        child.send("select count(*) filter (where name = '') as empty, count(*) filter (where name is null) as nulls "
                   "from t2;\r")  # fmt: skip
        child.expect(r"\s1 \|\s+1\s")
        child.expect(r"shop\.db>")  # the prompt is back: the Ctrl-D that ends the shell reaches it
    finally:
        quit_shell(child)
    assert out.read_text() == "id\tname\n1\ta\n2\t\n3\t\\N\n"
