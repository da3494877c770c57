"""The installed ``aishell`` command as a real process."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import untraced_env

pytestmark = pytest.mark.e2e
AISHELL = [sys.executable, "-m", "aishell"]


def run(*args: str, **kw):  # type: ignore[no-untyped-def]
    return subprocess.run([*AISHELL, *args], capture_output=True, text=True, timeout=120, **kw)


def test_python_dash_m_and_console_script() -> None:
    r = run("query", "-F", "csv", "select count(*) as n from products")
    assert r.returncode == 0 and r.stdout == "n\n160\n"
    exe = Path(sys.executable).parent / "aishell"
    r2 = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert r2.returncode == 0 and "0.1.0" in r2.stdout


def test_streaming_keeps_memory_flat(tmp_path: Path) -> None:
    """Two million rows through the CSV writer: peak RSS stays far below the data size."""
    out = tmp_path / "big.csv"
    sql = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000000) "
           "SELECT x, 'row number ' || x AS label, x * 1.5 AS val FROM c")
    code = (
        "import atexit, sys, runpy; sys.argv = ['aishell'] + sys.argv[1:]\n"
        "atexit.register(lambda: print(int(next(l.split()[1] for l in open('/proc/self/status')\n"
        "                                       if l.startswith('VmHWM'))), file=sys.stderr))\n"
        "runpy.run_module('aishell', run_name='__main__')\n"
    )
    r = subprocess.run([sys.executable, "-c", code, "query", "--db", f"sqlite:///{tmp_path}/m.db?create=1", "-F", "csv",
                        "-o", str(out), sql], capture_output=True, text=True, timeout=300, env=untraced_env())
    assert r.returncode == 0, r.stderr
    peak_mb = int(r.stderr.strip().splitlines()[-1]) / 1024
    size_mb = out.stat().st_size / 1e6
    assert size_mb > 50
    assert peak_mb < 150, f"peak RSS {peak_mb:.0f} MB for {size_mb:.0f} MB of output"
    with out.open() as fh:
        assert fh.readline() == "x,label,val\n"
        assert fh.readline() == "1,row number 1,1.5\n"


def test_ctrl_c_exits_130_and_cancels(tmp_path: Path) -> None:
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    p = subprocess.Popen([*AISHELL, "query", "--db", f"sqlite:///{tmp_path}/c.db?create=1", sql],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Ctrl-C must land while the statement runs, not during start-up (which prints "interrupted"):
    # wait until the connection has created the database file, however loaded the machine is.
    deadline = time.monotonic() + 60
    while not (tmp_path / "c.db").exists() and time.monotonic() < deadline and p.poll() is None:
        time.sleep(0.05)
    time.sleep(1.0)
    p.send_signal(signal.SIGINT)
    _out, err = p.communicate(timeout=30)
    assert p.returncode == 130, err
    assert "cancelled" in err


def test_stdout_closed_early_is_not_an_error(tmp_path: Path) -> None:
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT x FROM c"
    p1 = subprocess.Popen([*AISHELL, "query", "--db", f"sqlite:///{tmp_path}/h.db?create=1", "-F", "csv", sql],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p1.stdout is not None
    first = p1.stdout.readline()
    p1.stdout.close()
    _, err = p1.communicate(timeout=60)
    assert first == b"x\n"
    assert b"Traceback" not in err and p1.returncode in (0, -signal.SIGPIPE)


def test_secrets_never_reach_messages() -> None:
    env = dict(os.environ)
    r = run("query", "--db", "postgresql://bob:hunter2@127.0.0.1:1/x", "select 1", env=env)
    assert r.returncode in (2, 3)
    assert "hunter2" not in r.stderr and "hunter2" not in r.stdout
