"""How an ``aishell`` process ends (:func:`aishell.cli.main.leave`): its output flushed, its exit
handlers run, then no teardown of its objects -- unless a thread that is no daemon is still at work,
which an ordinary exit waits for.  In real child processes: under the test runner, ``leave`` is an
ordinary ``sys.exit``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from aishell.cli.main import exit_status
from aishell.errors import EXIT_QUERY, EXIT_USAGE
from isolation import env_without_coverage

_LEAVE = """
import atexit, sys, threading, time
import aishell.cli.main as m
m._OWN_PROCESS = True
atexit.register(lambda: open(sys.argv[1], "w").write("handlers ran"))
sys.stdout.write("no newline, not flushed")
if sys.argv[3] == "thread":
    def work():
        time.sleep(0.3)
        open(sys.argv[2], "w").write("finished")
    threading.Thread(target=work).start()
class Torn:
    def __del__(self):
        open(sys.argv[2] + ".torn", "w").write("torn down")
keep = Torn()
m.leave(int(sys.argv[4]))
"""


def _leave(tmp_path: Path, mode: str, code: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _LEAVE, str(tmp_path / "handlers"), str(tmp_path / "thread"), mode,
                           str(code)], capture_output=True, text=True, env=env_without_coverage(), timeout=60)  # fmt: skip


def test_leave_flushes_runs_the_handlers_and_skips_the_teardown(tmp_path: Path) -> None:
    done = _leave(tmp_path, "alone", 5)
    assert done.returncode == 5, done.stderr
    assert done.stdout == "no newline, not flushed"
    assert (tmp_path / "handlers").read_text() == "handlers ran"
    assert not (tmp_path / "thread.torn").exists()  # the objects were not torn down one by one


def test_leave_waits_for_a_thread_at_work(tmp_path: Path) -> None:
    done = _leave(tmp_path, "thread", 3)
    assert done.returncode == 3, done.stderr
    assert (tmp_path / "thread").read_text() == "finished"  # an ordinary exit: the thread's work is not lost
    assert (tmp_path / "handlers").read_text() == "handlers ran" and done.stdout == "no newline, not flushed"


def test_exit_status_is_the_interpreters(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_status(None) == 0 and exit_status(EXIT_USAGE) == EXIT_USAGE
    assert exit_status("stopped: a reason") == 1
    assert capsys.readouterr().err == "stopped: a reason\n"


def test_every_command_ends_through_leave_with_its_code_and_its_files_whole(tmp_path: Path) -> None:
    """A command's output file is complete, and its exit code the documented one, in a real process."""
    db, out = tmp_path / "t.db", tmp_path / "out.csv"
    env = env_without_coverage()
    url = f"sqlite:///{db}"
    sql = ("create table t(n integer); with recursive s(n) as (select 1 union all select n + 1 from s where n < 20000) "
           "insert into t select n from s")
    made = subprocess.run([sys.executable, "-m", "aishell", "--create", "query", "--db", url, sql],
                          capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert made.returncode == 0, made.stderr
    done = subprocess.run([sys.executable, "-m", "aishell", "query", "--db", url, "-F", "csv", "-o", str(out),
                           "select n from t order by n"], capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert out.read_text().splitlines() == ["n", *(str(i) for i in range(1, 20001))]
    bad = subprocess.run([sys.executable, "-m", "aishell", "query", "--db", url, "select nope from t"],
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    usage = subprocess.run([sys.executable, "-m", "aishell", "query", "--no-such-option"],
                           capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert bad.returncode == EXIT_QUERY and bad.stderr.startswith("error: ") and len(bad.stderr.splitlines()) == 1
    assert usage.returncode == EXIT_USAGE and "no-such-option" in usage.stderr


def test_main_ends_every_command_through_leave(tmp_path: Path) -> None:
    """``main`` (the ``aishell`` script) ends a command, a failing one too, without tearing it down."""
    code = (
        "import sys\n"
        "class Torn:\n"
        "    def __del__(self):\n"
        f"        open({str(tmp_path / 'torn')!r} + sys.argv[1], 'w').write('torn down')\n"
        "keep = Torn()\n"
        "from aishell.cli.main import main\n"
        "sys.argv = ['aishell', 'query', '--db', 'sqlite:///:memory:', sys.argv[2]]\n"
        "main()\n"
    )
    ok = subprocess.run([sys.executable, "-c", code, "ok", "select 1 as n"], capture_output=True, text=True,
                        env=env_without_coverage(), timeout=60)  # fmt: skip
    failed = subprocess.run([sys.executable, "-c", code, "failed", "select nope"], capture_output=True, text=True,
                            env=env_without_coverage(), timeout=60)  # fmt: skip
    assert ok.returncode == 0 and "1 row" in ok.stdout, ok.stderr
    assert failed.returncode == EXIT_QUERY and failed.stderr.startswith("error: ")
    assert list(tmp_path.iterdir()) == []
