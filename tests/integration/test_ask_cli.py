"""``aishell ask`` and ``aishell eval nl2sql`` end to end with the offline provider on a SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.services.evaluate import matches, table

AISHELL = str(Path(sys.executable).with_name("aishell"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.db"
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);
        CREATE TABLE orders(id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total REAL);
        INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru');
        INSERT INTO orders VALUES (1, 1, 9.5), (2, 1, 3.25), (3, 2, 4);
        """
    )
    c.commit()
    c.close()
    return path


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "AISHELL_HOME": str(home)}
    for var in ("AISHELL_PROVIDER", "AISHELL_MODEL", "AISHELL_DB", "DATABASE_URL"):
        env.pop(var, None)
    return subprocess.run([AISHELL, *args], capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL)


def test_sql_only_prints_just_the_sql(db: Path, isolated_home: Path) -> None:
    p = run("ask", "--db", f"sqlite:///{db}", "--provider", "offline", "--sql-only",
            "How many customers are from Peru?", home=isolated_home)
    assert p.returncode == 0, p.stderr
    sql = p.stdout.strip()
    assert sql.upper().startswith("SELECT") and "\n" not in sql
    assert sqlite3.connect(db).execute(sql).fetchall() == [(2,)]
    assert p.stderr == ""


def test_sql_only_not_confident_exits_non_zero_with_one_line(db: Path, isolated_home: Path) -> None:
    p = run("ask", "--db", f"sqlite:///{db}", "--provider", "offline", "--sql-only",
            "How many dragons live here?", home=isolated_home)
    assert p.returncode == 1
    assert p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")


def test_default_provider_is_offline_and_yes_runs_a_read(db: Path, isolated_home: Path) -> None:
    p = run("ask", "--db", f"sqlite:///{db}", "--yes", "-F", "csv", "How many customers are from Peru?",
            home=isolated_home)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "2"
    assert "risk: read" in p.stderr and "(offline" in p.stderr


def test_read_without_yes_on_a_pipe_is_not_run(db: Path, isolated_home: Path) -> None:
    p = run("ask", "--db", f"sqlite:///{db}", "How many customers are from Peru?", home=isolated_home)
    assert p.returncode == 1 and p.stdout == ""
    assert "--yes" in p.stderr


def test_bad_provider_is_a_usage_error(db: Path) -> None:
    r = CliRunner().invoke(cli, ["ask", "--db", f"sqlite:///{db}", "--provider", "nope", "anything"])
    assert r.exit_code == 2 and "unknown AI provider" in r.output


def test_eval_nl2sql(db: Path, tmp_path: Path) -> None:
    qfile = tmp_path / "q.jsonl"
    items = [
        {"id": "a", "db": "tiny", "q": "How many customers are from Peru?",
         "sql": "SELECT COUNT(*) FROM customers WHERE country = 'Peru'"},
        {"id": "b", "db": "tiny", "q": "List all customer names", "sql": "SELECT name FROM customers"},
        {"id": "c", "db": "tiny", "q": "How many dragons are there?", "sql": "SELECT 1"},
        # the translator answers, but the gold says otherwise: a wrong answer, counted apart from refusals
        {"id": "d", "db": "tiny", "q": "List all customer names", "sql": "SELECT name FROM customers WHERE 0"},
    ]
    qfile.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    r = CliRunner().invoke(cli, ["eval", "nl2sql", str(qfile), "--db", str(tmp_path), "--provider", "offline"])
    assert r.exit_code == 0, r.output
    lines = r.stdout.strip().splitlines()
    assert lines[-1].startswith("accuracy: 2/4 = 50.0% (correct 2, wrong 1, refused 1;")
    assert [line.split(":")[0] for line in lines[:-1]] == ["refused c", "wrong d"]
    r = CliRunner().invoke(cli, ["eval", "nl2sql", str(qfile), "--db", f"sqlite:///{tmp_path}/{{db}}.db"])
    assert r.stdout.strip().splitlines()[-1].startswith("accuracy: 2/4")


def test_matching_rules() -> None:
    gold = table([("Ann", 9.5), ("Bo", 4.0)])
    assert matches(gold, table([(4, "Bo"), (9.499999, "Ann")]), False, None)  # columns in any order, rounding
    assert matches(table([("Ann", 1)]), table([("1", "Ann", "extra")]), False, None)  # numeric strings, extra col
    assert not matches(gold, table([("Ann", 9.5)]), False, None)  # row count
    assert matches(table([("a", 3), ("b", 2)]), table([("x", 3), ("y", 2)]), True, [1])  # only checked columns
    assert not matches(table([("a", 3), ("b", 2)]), table([("b", 2), ("a", 3)]), True, None)  # order matters
    assert matches(table([("a", 3), ("b", 3)]), table([("b", 3), ("a", 3)]), True, None)  # ties on the key
    assert matches([], [], True, None)
