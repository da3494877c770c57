"""``aishell top`` driven in a pseudo-terminal of 80x24 (pexpect): the first screen shows a
session the test started, ``/`` filters, ``c`` asks for consent and cancels (or shows the gate's
refusal in read-only mode, and nothing is cancelled), ``q`` quits with exit code 0.

The screen is read as the text the app writes, escape sequences removed."""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pexpect
import pytest

pytestmark = pytest.mark.e2e
pytest.importorskip("textual")

ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1bP[^\x1b]*\x1b\\|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


class Top:
    """``aishell top`` in a pty of 80x24."""

    def __init__(self, *args: str, home: Path) -> None:
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
        env.update(AISHELL_HOME=str(home), TERM="xterm-256color", COLORTERM="truecolor")
        self.started = time.monotonic()
        self.child = pexpect.spawn(sys.executable, ["-m", "aishell", "top", *args], env=env, encoding="utf-8",
                                   dimensions=(24, 80), timeout=20)  # fmt: skip
        self.raw = ""  # everything written
        self.mark = 0  # where the next wait_for starts looking (in the text without escapes)

    @property
    def screen(self) -> str:
        """What was written, escape sequences removed (a sequence may span two reads)."""
        return ESCAPES.sub("", self.raw)

    def read(self, timeout: float = 0.1) -> None:
        with contextlib.suppress(pexpect.TIMEOUT):
            self.raw += self.child.read_nonblocking(1 << 16, timeout=timeout)

    def wait_for(self, text: str, timeout: float = 20.0) -> None:
        """Wait until ``text`` is drawn after the last thing waited for (spacing and line ends
        do not matter: a long message wraps)."""
        deadline = time.monotonic() + timeout
        while True:
            flat = " ".join(self.screen[self.mark :].split())
            if text in flat:
                break
            assert time.monotonic() < deadline, f"{text!r} never drawn; last screen text: {flat[-1500:]!r}"
            assert self.child.isalive(), f"aishell top ended: {flat[-1500:]!r}"
            self.read()
        self.mark = len(self.screen)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def press_until(self, key: str, text: str, tries: int = 3) -> None:
        """Press ``key`` until ``text`` is drawn: a key pressed while the first screen is still being set up may be
        lost on a loaded machine.  Only for keys whose repetition does nothing more (a refusal)."""
        for attempt in range(tries):
            self.send(key)
            try:
                self.wait_for(text, timeout=8.0)
                return
            except AssertionError:
                if attempt == tries - 1:
                    raise

    def quit(self) -> int:
        self.send("q")
        with contextlib.suppress(pexpect.TIMEOUT):
            self.child.expect(pexpect.EOF, timeout=15)
        self.child.close()
        assert self.child.signalstatus is None, f"killed by signal {self.child.signalstatus}"
        return int(self.child.exitstatus or 0) if self.child.exitstatus is not None else -1

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


class Sleeper:
    """``SELECT pg_sleep(60)`` with a marker, on a driver connection in a thread."""

    def __init__(self, url: str, marker: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)
        self.pid = self.conn.info.backend_pid
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(f"/* {marker} */ SELECT pg_sleep(60)",), daemon=True)
        self.thread.start()

    def _run(self, sql: str) -> None:
        try:
            self.conn.execute(sql)
        except BaseException as exc:  # the test reads it
            self.error = exc

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.cancel_safe()
        self.thread.join(10)
        self.conn.close()


@pytest.fixture
def sleepers(pg_url: str) -> Iterator[tuple[Sleeper, Sleeper]]:
    """Two running statements: ``other`` started first (so it sorts first, by duration), then
    ``mine``.  Both are cancelled and closed afterwards."""
    import psycopg

    other = Sleeper(pg_url, "aishell_h11_other")
    time.sleep(0.3)  # (so that it is the older one)
    mine = Sleeper(pg_url, "aishell_h11_mine")
    try:
        with psycopg.connect(pg_url, autocommit=True) as admin:
            deadline = time.monotonic() + 10
            while admin.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE pid = ANY(%s) AND state = 'active'",
                ([other.pid, mine.pid],),
            ).fetchone() != (2,):
                assert time.monotonic() < deadline, "the sleepers never started"
                time.sleep(0.05)
        yield other, mine
    finally:
        mine.close()
        other.close()


@pytest.fixture
def running(isolated_home: Path) -> Iterator[list[Top]]:
    tops: list[Top] = []
    yield tops
    for top in tops:
        top.close()


def _filter_to(top: Top, marker: str) -> None:
    # "/" opens the filter box; pressed while a refusal notice is drawn it was once lost (the box never opened)
    top.press_until("/", "text in any column")
    top.send(marker)
    top.wait_for(f"filter:{marker}")  # the filter applies as it is typed
    # Enter sent in the same burst as the text was once taken as part of it, and the next command key was typed into
    # the box: send it alone, and wait until the commands are back in the footer (hidden while the box has focus)
    top.send("\r")
    top.wait_for("c Cancel")


def test_read_only_top_shows_filters_and_refuses_to_cancel(
    pg_url: str, sleepers: tuple[Sleeper, Sleeper], running: list[Top], isolated_home: Path
) -> None:
    other, mine = sleepers
    top = Top("--db", pg_url, "--read-only", home=isolated_home)
    running.append(top)
    top.wait_for(str(mine.pid))
    print(f"\nfirst screen with the session: {time.monotonic() - top.started:.2f} s after start")
    first = top.screen
    assert "PID" in first and "QUERY" in first and "[read-only]" in first
    assert "/* aishell_h11_mine */" in first and str(other.pid) in first
    assert "q Quit" in first and "c Cancel" in first

    # before filtering the cursor is on the longest-running session: the other one
    top.press_until("c", f"refused: read-only mode refuses CANCEL: cancels the running statement of session {other.pid}")
    _filter_to(top, "aishell_h11_mine")
    top.send("c")
    top.wait_for(f"refused: read-only mode refuses CANCEL: cancels the running statement of session {mine.pid}")
    top.send("k")
    top.wait_for(f"refused: read-only mode refuses TERMINATE: terminates session {mine.pid}")
    assert top.quit() == 0
    assert mine.thread.is_alive() and other.thread.is_alive() and mine.error is None  # nothing was cancelled


def test_top_cancels_after_confirmation(
    pg_url: str, sleepers: tuple[Sleeper, Sleeper], running: list[Top], isolated_home: Path
) -> None:
    import psycopg

    other, mine = sleepers
    top = Top("--db", pg_url, home=isolated_home)
    running.append(top)
    top.wait_for(str(mine.pid))
    _filter_to(top, "aishell_h11_mine")
    top.send("c")
    top.wait_for(f"Cancel the running statement of session {mine.pid}?")
    top.send("n")
    top.wait_for(f"cancel of session {mine.pid}: not confirmed, nothing done")
    assert mine.thread.is_alive()
    top.send("c")
    top.wait_for(f"Cancel the running statement of session {mine.pid}?")
    top.send("y")
    top.wait_for(f"cancel sent to session {mine.pid}")
    mine.thread.join(10)
    assert isinstance(mine.error, psycopg.errors.QueryCanceled)
    assert other.thread.is_alive() and other.error is None  # only the chosen session
    assert top.quit() == 0


def test_top_without_a_terminal_or_on_sqlite_says_why(pg_url: str, tmp_path: Path, isolated_home: Path) -> None:
    import subprocess

    env: dict[str, Any] = dict(os.environ, AISHELL_HOME=str(isolated_home))

    def top(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "aishell", "top", *args], env=env, capture_output=True,
                              text=True, timeout=60, stdin=subprocess.DEVNULL)  # fmt: skip

    db = tmp_path / "a.db"
    db.touch()
    sqlite = top("--db", f"sqlite:///{db}")
    assert sqlite.returncode == 2 and "SQLite has no sessions to watch" in sqlite.stderr
    piped = top("--db", pg_url)
    assert piped.returncode == 2 and "needs a terminal" in piped.stderr
    once = top("--db", pg_url, "--read-only", "--json")
    assert once.returncode == 0 and '"supported": true' in once.stdout and '"own": true' in once.stdout
