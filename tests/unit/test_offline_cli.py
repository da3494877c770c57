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
        capture_output=True, text=True, timeout=60,
    )
    assert p.returncode == 0, p.stderr
    sql = p.stdout.strip()
    assert "\n" not in sql
    assert sqlite3.connect(db).execute(sql).fetchall() == [(2,)]


def test_error_is_one_line_on_stderr_with_exit_1(db: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "aishell.ai.offline", "--db", f"sqlite:///{db}", "How many dragons are there?"],
        capture_output=True, text=True, timeout=60,
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
