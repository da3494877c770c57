"""Server limits: statement time and result size, and the server's memory on a million-row stream."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from aishell.client import Client, QueryFailed
from aishell.connections import Target
from aishell.state import StateStore
from aishell.urls import DatabaseURL

from .conftest import free_port, make_tokens, serve


def test_statement_timeout_and_row_cap(pg_url: str, tmp_path: Path) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("drop table if exists gadgets")
        admin.execute("create table gadgets (id int primary key, name text)")
        admin.execute("insert into gadgets select i, 'gadget ' || i from generate_series(1, 5000) i")
    state = StateStore(tmp_path / "state.db")
    tokens = make_tokens(state)
    target = Target(DatabaseURL.parse(pg_url), "pg", "--db")
    for url, _app in serve([target], state, statement_timeout=1.0, max_rows=1000):
        with Client(url, tokens["viewer"]) as c:
            started = time.monotonic()
            with pytest.raises(QueryFailed, match="(?i)timeout|cancel"):
                c.query("select pg_sleep(10)")
            assert time.monotonic() - started < 5
            capped = c.query("select i from generate_series(1, 5000) i", limit=1_000_000)
            assert len(capped.rows) == 1000 and capped.hidden == 4000
            # the confirming call of an answer is capped the same way
            answer = c.ask("list all the gadgets", provider="offline")
            assert answer.ok, answer.error
            ran = c.run_answer(answer)
            assert len(ran.rows) == 1000 and ran.hidden == 4000
    state.close()


def _rss_peak_kb(pid: int) -> int:
    text = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+)", text).group(1))  # type: ignore[union-attr]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_million_rows_stream_in_flat_memory(pg_url: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE")}
    env["AISHELL_HOME"] = str(home)
    token = subprocess.run([sys.executable, "-m", "aishell", "web", "token", "create", "--role", "viewer"],
                           env=env, capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "aishell", "web", "--port", str(port), "--db", pg_url],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stderr is not None
        assert "aishell web on" in proc.stderr.readline()
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 10
        while True:
            try:
                Client(base, None).health()
                break
            except Exception:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        with Client(base, token) as c:
            c.query("select 1")
            before = _rss_peak_kb(proc.pid)
            n = 1_000_000
            count = 0
            with c.stream(f"select i, md5(i::text) as h from generate_series(1, {n}) i") as rows:
                for _row in rows:
                    count += 1
            assert count == n
            grown = _rss_peak_kb(proc.pid) - before
        # a million rows of ~45 bytes is ~45 MB as text and far more as Python objects
        assert grown < 40_000, f"the server's peak memory grew by {grown} kB"
    finally:
        proc.terminate()
        proc.wait(10)
