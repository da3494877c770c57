"""Export and import stream: a process moving 300,000 rows stays far below the memory it would
need to hold them (the rows as Python objects take several hundred MB)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import untraced_env

pytestmark = pytest.mark.integration

ROWS = 300_000
LIMIT_MB = 200


# the peak is read inside the child (VmHWM): a forked child's ru_maxrss would include the parent's pages
_WRAPPER = (
    "import atexit, sys, runpy; sys.argv = ['aishell'] + sys.argv[1:]\n"
    "atexit.register(lambda: print(int(next(l.split()[1] for l in open('/proc/self/status')\n"
    "                                       if l.startswith('VmHWM'))), file=sys.stderr))\n"
    "runpy.run_module('aishell', run_name='__main__')\n"
)


def _run(args: list[str], home: Path) -> float:
    env = {**untraced_env(), "AISHELL_HOME": str(home)}
    r = subprocess.run([sys.executable, "-c", _WRAPPER, *args], env=env, capture_output=True, text=True,
                       timeout=300)  # fmt: skip
    assert r.returncode == 0, r.stderr
    return int(r.stderr.strip().splitlines()[-1]) / 1024


@pytest.mark.parametrize("fmt", ["jsonl.gz", "parquet"])
def test_export_and_import_in_flat_memory(fmt: str, tmp_path: Path) -> None:
    db = tmp_path / "m.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount TEXT, payload TEXT)")
    conn.execute(
        "WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ?) "
        "INSERT INTO t SELECT i, 'name ' || i, i || '.25', printf('%.200c', 'x') FROM g",
        (ROWS,),
    )
    conn.execute("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT, amount TEXT, payload TEXT)")
    conn.commit()
    conn.close()
    out = tmp_path / f"t.{fmt}"
    url = f"sqlite:///{db}"
    rss = _run(["export", "--db", url, "-t", "t", "-o", str(out)], tmp_path)
    assert rss < LIMIT_MB, f"export peaked at {rss:.0f} MB"
    rss = _run(["import", "--db", url, str(out), "--table", "u"], tmp_path)
    assert rss < LIMIT_MB, f"import peaked at {rss:.0f} MB"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM u").fetchone() == (ROWS,)
    conn.close()
