"""The progress line of ``export``/``import`` on a real terminal, and its absence everywhere else.

The real ``python -m aishell`` runs in a pseudo-terminal (pexpect) on a SQLite
table of 300,000 rows (over half a second of work), so the line is redrawn a
few times and then ends on the real count.  With stdout a file or a pipe, or
with stdout carrying the data (``-o -``), not one character of it is written.
"""

from __future__ import annotations

import csv
import io
import os
import pty
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.e2e

AISHELL = [sys.executable, "-m", "aishell"]
ROWS = 300_000
TIMEOUT = 120
LINE = re.compile(r"^(export|import): ([\d,]+) rows  ([\d,]+) rows/s  (\d+\.\d)s *$")


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with ROWS rows, and a CSV export of it beside it."""
    path = tmp_path_factory.mktemp("progress") / "big.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, val REAL)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?)", ((i, f"name {i}", i * 1.5) for i in range(1, ROWS + 1)))
    conn.commit()
    conn.close()
    return path


def in_pty(*args: str, columns: int = 200) -> tuple[str, int]:
    """Run aishell with stdin, stdout and stderr on one terminal; return what it showed and the exit code."""
    child = pexpect.spawn(sys.executable, ["-m", "aishell", *args], env=dict(os.environ, TERM="xterm"),
                          encoding="utf-8", timeout=TIMEOUT, dimensions=(50, columns))  # fmt: skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None
    return str(child.before), child.exitstatus


def progress_draws(screen: str, label: str) -> tuple[list[tuple[int, int]], list[str]]:
    """The (rows, rows/s) of each redraw of the progress line, and the lines after it."""
    lines = screen.split("\r\n")
    first = next(i for i, line in enumerate(lines) if f"{label}: " in line)
    segments = [s for s in lines[first].split("\r") if s]
    draws = []
    for seg in segments:
        m = LINE.match(seg)
        assert m is not None and m.group(1) == label, f"not a progress line: {seg!r}"
        draws.append((int(m.group(2).replace(",", "")), int(m.group(3).replace(",", ""))))
    return draws, lines[first + 1 :]


def check_draws(draws: list[tuple[int, int]], total: int) -> None:
    assert len(draws) >= 3, draws  # redrawn in place while it ran (one draw per 0.2 s)
    counts = [rows for rows, _rate in draws]
    assert counts == sorted(counts) and counts[-1] == total  # never backwards; the final line is the real count
    assert any(0 < rows < total for rows in counts)  # shown while running, not only at the end
    assert all(rate > 0 for rows, rate in draws if rows)


def test_export_draws_progress_and_ends_on_the_real_count(big: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    t0 = time.perf_counter()
    screen, code = in_pty("export", "--db", f"sqlite:///{big}", "-t", "t", "-o", str(out))
    assert code == 0, screen
    assert time.perf_counter() - t0 > 0.5
    draws, after = progress_draws(screen, "export")
    check_draws(draws, ROWS)
    assert after[0] == f"exported {ROWS} rows to {out}"
    with out.open(newline="") as fh:
        assert sum(1 for _ in fh) == ROWS + 1


def test_import_draws_progress_and_ends_on_the_real_count(big: Path, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    r = subprocess.run([*AISHELL, "export", "--db", f"sqlite:///{big}", "-t", "t", "-o", str(src)],
                       capture_output=True, text=True, timeout=TIMEOUT)  # fmt: skip
    assert r.returncode == 0, r.stderr
    target = tmp_path / "target.sqlite"
    screen, code = in_pty("import", str(src), "--db", f"sqlite:///{target}", "-t", "t", "--create")
    assert code == 0, screen
    draws, after = progress_draws(screen, "import")
    check_draws(draws, ROWS)
    assert after[0].startswith(f"{ROWS} rows read, {ROWS} inserted, 0 rejected")
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*), sum(id) FROM t").fetchone() == (ROWS, ROWS * (ROWS + 1) // 2)
    conn.close()


def test_a_narrow_terminal_gets_a_line_that_fits(big: Path, tmp_path: Path) -> None:
    """A line wider than the terminal would wrap, and \\r would then redraw only its last part."""
    screen, code = in_pty("export", "--db", f"sqlite:///{big}", "-t", "t", "-o", str(tmp_path / "n.csv"), columns=24)
    assert code == 0, screen
    first = screen.split("\r\n")[0]
    segments = [s for s in first.split("\r") if s]
    assert len(segments) >= 3 and all(len(s) < 24 for s in segments), segments
    assert segments[-1].rstrip() == f"export: {ROWS:,} rows"


def test_no_progress_when_stdout_is_a_file_or_a_pipe(big: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    cmd = [*AISHELL, "export", "--db", f"sqlite:///{big}", "-t", "t", "-o", str(out)]
    with (tmp_path / "stdout.txt").open("w") as fh:
        r = subprocess.run(cmd, stdout=fh, stderr=subprocess.PIPE, text=True, timeout=TIMEOUT)
    assert r.returncode == 0 and r.stderr == f"exported {ROWS} rows to {out}\n"
    assert (tmp_path / "stdout.txt").read_text() == ""
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    assert r.returncode == 0 and r.stderr == f"exported {ROWS} rows to {out}\n" and r.stdout == ""


def test_no_progress_when_only_stderr_is_a_terminal(big: Path, tmp_path: Path) -> None:
    """``aishell export ... > file`` typed at a terminal: stderr is the terminal, stdout is not."""
    master, slave = pty.openpty()
    try:
        with (tmp_path / "stdout.txt").open("w") as fh:
            p = subprocess.Popen([*AISHELL, "export", "--db", f"sqlite:///{big}", "-t", "t", "-o",
                                  str(tmp_path / "q.csv")], stdout=fh, stderr=slave)  # fmt: skip
            os.close(slave)
            seen = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
            assert p.wait(timeout=TIMEOUT) == 0
    finally:
        os.close(master)
    text = seen.decode()
    assert "rows/s" not in text and "\r\n".join(text.splitlines()) == f"exported {ROWS} rows to {tmp_path / 'q.csv'}"


def test_data_on_stdout_never_gets_progress_text(big: Path) -> None:
    """``-o -``: stdout is the data, so nothing else is drawn, on a terminal or through pipes."""
    n = 100_000
    query = f"SELECT * FROM t WHERE id <= {n}"
    r = subprocess.run([*AISHELL, "export", "--db", f"sqlite:///{big}", "-q", query, "-o", "-"],
                       capture_output=True, timeout=TIMEOUT)  # fmt: skip
    assert r.returncode == 0 and r.stderr == f"exported {n} rows to stdout\n".encode()
    rows = list(csv.reader(io.StringIO(r.stdout.decode())))
    assert rows[0] == ["id", "name", "val"] and len(rows) == n + 1 and rows[-1] == [str(n), f"name {n}", "150000"]  # a float as PostgreSQL writes it

    screen, code = in_pty("export", "--db", f"sqlite:///{big}", "-q", query, "-o", "-")
    assert code == 0
    assert "rows/s" not in screen and "export:" not in screen
    lines = screen.split("\r\n")
    assert "\r" not in screen.replace("\r\n", "")
    assert lines[0] == "id,name,val" and lines[n] == f"{n},name {n},150000"  # a float as PostgreSQL writes it
    assert lines[n + 1] == f"exported {n} rows to stdout"


@pytest.mark.integration
def test_postgres_csv_export_final_line_is_the_row_count(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS progress_nl")
        conn.execute("CREATE TABLE progress_nl AS SELECT g AS id, E'two\\nlines' AS note "
                     "FROM generate_series(1, 200000) g")  # fmt: skip
    try:
        screen, code = in_pty("export", "--db", pg_url, "-t", "progress_nl", "-o", str(tmp_path / "nl.csv"))
        assert code == 0, screen
        draws, after = progress_draws(screen, "export")
        assert after[0] == f"exported 200000 rows to {tmp_path / 'nl.csv'}"
        assert draws[-1][0] == 200_000
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DROP TABLE IF EXISTS progress_nl")
