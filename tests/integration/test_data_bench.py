"""The data benchmarks run end to end at a small size (their figures are in bench/DATA.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("script", ["data_pg.py", "data_mariadb.py"])
def test_benchmark_smoke_run(script: str, pg_url: str, mysql_url: str) -> None:
    r = subprocess.run([sys.executable, str(BENCH / script), "--rows", "500"], capture_output=True, text=True,
                       timeout=300)  # fmt: skip
    assert r.returncode == 0, r.stderr + r.stdout
    assert "ratio" in r.stdout and "500 rows" in r.stdout


@pytest.mark.parametrize("script", ["data_pg.py", "data_mariadb.py"])
def test_benchmark_refuses_bad_sizes(script: str) -> None:
    r = subprocess.run([sys.executable, str(BENCH / script), "--rows", "0"], capture_output=True, text=True,
                       timeout=60)  # fmt: skip
    assert r.returncode == 2 and "--rows" in r.stderr
