"""The real REPL, driven through a pseudo-terminal (pexpect)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.e2e

TIMEOUT = 30


class Shell:
    def __init__(self, *args: str, home: Path, prompt: str) -> None:
        env = dict(os.environ)
        env.update(AISHELL_HOME=str(home), AISHELL_PAGER="", PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm",
                   EDITOR="true", COLUMNS="200", LINES="50")
        self.prompt = prompt
        self.marks = 0
        self.child = pexpect.spawn(sys.executable, ["-m", "aishell", *args], env=env, encoding="utf-8",
                                   timeout=TIMEOUT, dimensions=(50, 200))
        self.expect_prompt()

    def expect(self, pattern: str) -> str:
        self.child.expect(pattern)
        return str(self.child.before) + str(self.child.after)

    def expect_prompt(self) -> str:
        return self.expect(self.prompt)

    def run(self, line: str) -> str:
        """Type a line, press Enter, and return what it printed.

        The screen is redrawn while typing (completion menus, prompts), so the
        end of the output is found with a marker query whose result differs
        from its text: ``7000000 + N`` prints ``700000N``.
        """
        self.marks += 1
        mark = str(7_000_000 + self.marks)
        self.child.send(line + "\r")
        self.expect_prompt()
        self.child.send(f"select 7000000 + {self.marks} as m;\r")
        self.child.expect(mark + r"\s")
        out = str(self.child.before)
        self.expect_prompt()
        return out

    def close(self) -> None:
        if self.child.isalive():
            self.child.sendcontrol("d")
            try:
                self.child.expect(pexpect.EOF, timeout=10)
            except pexpect.TIMEOUT:
                self.child.terminate(force=True)


@pytest.fixture
def demo(isolated_home: Path) -> Iterator[Shell]:
    shell = Shell(home=isolated_home, prompt=r"demo:demo\.db>")
    yield shell
    shell.close()


def test_query_and_multi_line_editing(demo: Shell) -> None:
    demo.child.send("select count(*) as n\r")
    demo.expect(r"\.\.\.>")  # statement not finished: a continuation line
    out = demo.run("from customers;")
    assert "1200" in out and "(1 row)" in out


def test_pasted_block_runs_each_statement_in_order(demo: Shell) -> None:
    out = demo.run("select 'first' as a; select 'second' as b;")
    assert out.index("first") < out.index("second")


def test_backslash_commands(demo: Shell) -> None:
    out = demo.run("\\dt")
    for table in ("customers", "order_items", "orders", "products", "reviews"):
        assert table in out
    out = demo.run("\\d orders")
    assert "customer_id" in out and "Foreign key: (customer_id) REFERENCES customers(id)" in out
    assert "Referenced by: main.order_items(order_id)" in out
    out = demo.run("\\x")
    assert "Expanded display is on" in out
    out = demo.run("select id, name from categories where id = 1;")
    assert "-[ RECORD 1 ]" in out and "name | Books" in out
    demo.run("\\x off")
    out = demo.run("\\T csv")
    out = demo.run("select id, name from categories where id = 2;")
    assert "id,name" in out and "2,Electronics" in out
    out = demo.run("\\conninfo")
    assert "SQLite" in out
    out = demo.run("\\nonsense")
    assert "invalid command" in out


def test_destructive_statement_asks_and_names_the_change(demo: Shell) -> None:
    demo.child.send("delete from reviews;\r")
    demo.expect(r"DELETE without WHERE on reviews.*\[y/N\]")
    demo.child.send("n\r")
    demo.expect("cancelled by user")
    demo.expect_prompt()
    out = demo.run("select count(*) from reviews;")
    assert "2500" in out


def test_ctrl_c_cancels_a_running_query_and_the_shell_goes_on(demo: Shell) -> None:
    demo.child.send("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c;\r")
    time.sleep(1.5)
    demo.child.sendintr()
    demo.expect("statement cancelled")
    demo.expect_prompt()
    assert "42" in demo.run("select 42;")


def test_ctrl_c_while_editing_clears_the_buffer(demo: Shell) -> None:
    demo.child.send("select 'never run'")
    demo.child.sendintr()
    demo.expect_prompt()
    out = demo.run("select 'after' as x;")
    assert "after" in out and "never run" not in out.split("after")[-1]


def test_quit_with_open_transaction_asks(demo: Shell) -> None:
    demo.child.send("begin;\r")
    demo.expect(r"demo:demo\.db\*>")
    demo.child.send("\\q\r")
    demo.expect(r"A transaction is open.*\[y/N\]")
    demo.child.send("n\r")
    demo.expect(r"demo:demo\.db\*>")
    demo.child.send("rollback;\r")
    demo.expect_prompt()
    demo.child.send("\\q\r")
    demo.child.expect("Goodbye")
    demo.child.expect(pexpect.EOF)


def test_read_only_prompt_and_refusal(isolated_home: Path) -> None:
    shell = Shell("--read-only", home=isolated_home, prompt=r"demo:demo\.db \[ro\]>")
    try:
        out = shell.run("insert into categories(name) values ('x');")
        assert "read-only mode refuses INSERT" in out
    finally:
        shell.close()


def test_history_persists_per_connection(isolated_home: Path) -> None:
    shell = Shell(home=isolated_home, prompt=r"demo:demo\.db>")
    shell.run("select 'remember me';")
    shell.close()
    hist = (isolated_home / "data" / "history" / "demo").read_text()
    assert "select 'remember me';" in hist


def test_tab_completes_table_names(demo: Shell) -> None:
    demo.run("\\dn")  # the catalog is loaded in the background at start; make sure it is there
    demo.child.send("select count(*) from order_it")
    demo.child.send("\t")
    demo.expect("order_items")
    demo.child.send(";\r")
    demo.expect(r"\(1 row\)")
    demo.expect_prompt()


def _server_shell(url: str, home: Path, prompt: str) -> Shell:
    return Shell("--db", url, home=home, prompt=prompt)


@pytest.mark.integration
def test_postgres_session(pg_url: str, isolated_home: Path) -> None:
    shell = _server_shell(pg_url, isolated_home, r"postgres@127\.0\.0\.1/aishell_t_\w+>")
    try:
        shell.run("create table if not exists repl_customers (id int primary key, name text);")
        shell.run("create table if not exists repl_orders (id int primary key, "
                  "customer_id int references repl_customers(id), total numeric);")
        out = shell.run("\\dt repl_*")
        assert "repl_customers" in out and "repl_orders" in out
        out = shell.run("\\d repl_orders")
        assert "Foreign key:" in out and "REFERENCES repl_customers(id)" in out
        shell.run("\\refresh")
        shell.child.send("select * from repl_cust")
        shell.child.send("\t")
        shell.expect("repl_customers")
        shell.child.send(";\r")
        shell.expect(r"\(0 rows\)")
        shell.expect_prompt()
        shell.child.send("select pg_sleep(30);\r")
        time.sleep(1.5)
        started = time.monotonic()
        shell.child.sendintr()
        shell.expect("statement cancelled")
        shell.expect_prompt()
        assert time.monotonic() - started < 10
        assert "7" in shell.run("select 3 + 4 as seven;")
        shell.child.send("drop table repl_orders; drop table repl_customers;\r")
        shell.expect(r"DROP TABLE repl_orders; DROP TABLE repl_customers.*\[y/N\]")
        shell.child.send("y\r")
        shell.expect_prompt()
        assert "repl_orders" not in shell.run("\\dt")
    finally:
        shell.close()


@pytest.mark.integration
def test_mariadb_session(mysql_url: str, isolated_home: Path) -> None:
    shell = _server_shell(mysql_url, isolated_home, r"root@127\.0\.0\.1/aishell_t_\w+>")
    try:
        shell.run("create table repl_items (id int primary key, label varchar(20));")
        shell.run("insert into repl_items values (1, 'one'), (2, 'two');")
        out = shell.run("\\dt")
        assert "repl_items" in out
        out = shell.run("\\d repl_items")
        assert "label" in out and "varchar(20)" in out
        shell.child.send("update repl_items set label = 'x';\r")
        shell.expect(r"UPDATE without WHERE on repl_items.*\[y/N\]")
        shell.child.send("y\r")
        shell.expect("2 row")
        shell.expect_prompt()
        assert "x" in shell.run("select distinct label from repl_items;")
        shell.child.send("select sleep(30);\r")
        time.sleep(1.5)
        shell.child.sendintr()
        shell.expect("cancelled")
        shell.expect_prompt()
        assert "2" in shell.run("select count(*) from repl_items;")
    finally:
        shell.close()


def test_ctrl_r_searches_history(demo: Shell) -> None:
    demo.run("select 'needle-' || 'found' as hit;")
    demo.run("select 1;")
    demo.child.sendcontrol("r")
    demo.expect("I-search backward")
    demo.child.send("needle")
    demo.child.send("\r")  # accept the search result into the buffer
    demo.child.send("\r")  # run it
    demo.expect("needle-found")
    demo.expect_prompt()
