"""``python -m aishell.ai.offline --db URL QUESTION``: SQL alone on stdout, or one error line and exit 1."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from aishell.ai.offline.__main__ import main


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.db"
    c = sqlite3.connect(path)
    c.executescript(
        """
        CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT, country TEXT);
        INSERT INTO customers VALUES (1, 'Ann', 'Peru'), (2, 'Bo', 'Chad'), (3, 'Cy', 'Peru');
        """
    )
    c.commit()
    c.close()
    return path


def test_prints_only_the_sql(db: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "aishell.ai.offline", "--db", f"sqlite:///{db}", "How many customers are from Peru?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert p.returncode == 0, p.stderr
    sql = p.stdout.strip()
    assert "\n" not in sql
    assert sqlite3.connect(db).execute(sql).fetchall() == [(2,)]


def test_error_is_one_line_on_stderr_with_exit_1(db: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "aishell.ai.offline", "--db", f"sqlite:///{db}", "How many dragons are there?"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert p.returncode == 1
    assert p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1


def test_main_in_process(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", f"sqlite:///{db}", "--dialect", "postgres", "--today", "2025-01-01", "list", "customers"]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("SELECT") and "customers" in out
    assert main(["--db", f"sqlite:///{db}", "--explain", "customers from Chad"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2 and lines[1].startswith("-- ")


def test_bad_url_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", "nonsense", "customers"]) == 1
    assert "error:" in capsys.readouterr().err


def test_eval_reports_time_per_question(db: Path, tmp_path: Path) -> None:
    """``aishell eval nl2sql`` prints the median, p95 and maximum time per question, and the first question on a
    database apart (it reads the catalog and values); a measure, so only its presence is checked."""
    import json

    from click.testing import CliRunner

    from aishell.cli.main import cli

    qfile = tmp_path / "q.jsonl"
    items = [
        {"id": str(i), "db": "tiny", "q": q, "sql": "SELECT COUNT(*) FROM customers WHERE country = 'Peru'"}
        for i, q in enumerate(["How many customers are from Peru?", "Number of customers from Peru"])
    ]
    qfile.write_text("\n".join(json.dumps(i) for i in items) + "\n")
    r = CliRunner().invoke(cli, ["eval", "nl2sql", str(qfile), "--db", str(tmp_path), "--provider", "offline"])
    assert r.exit_code == 0, r.output
    last = r.stdout.strip().splitlines()[-1]
    assert last.startswith("accuracy: 2/2")
    for field in ("median", "p95", "max", "first on a database"):
        assert f"{field} " in last, last


def test_timing_leaves_each_database_first_question_apart() -> None:
    from aishell.services.evaluate import Outcome, timing

    slow_first = [Outcome("correct", seconds=5.0, first=True)] + [Outcome("correct", seconds=s) for s in (1, 2, 3)]
    t = timing(slow_first)
    assert (t.median, t.max, t.first, t.count) == (2, 3, 5.0, 3)
    assert "first on a database 5000 ms" in t.describe()
