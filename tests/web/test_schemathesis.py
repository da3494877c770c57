"""Schemathesis fuzzes every operation of the OpenAPI spec: no request may produce a 500."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import Live

pytest.importorskip("schemathesis")


@pytest.mark.no_cover
@pytest.mark.parametrize("role", ["analyst", "admin"])
def test_no_server_errors(sqlite_live: Live, tmp_path: Path, role: str) -> None:
    exe = shutil.which("schemathesis") or str(Path(sys.executable).with_name("schemathesis"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE")}
    env["HOME"] = str(tmp_path)  # schemathesis keeps its example database there
    # the admin run leaves out connection management (random URLs would open random files)
    extra = ["--exclude-path-regex", "^/api/connections"] if role == "admin" else []
    proc = subprocess.run(
        [exe, "run", f"{sqlite_live.url}/api/openapi.json",
         "-H", f"Authorization: Bearer {sqlite_live.tokens[role]}",
         "--checks", "not_a_server_error", "--max-examples", "12", "--seed", "1234",
         "--generation-database", "none", "--no-color", *extra],
        capture_output=True, text=True, timeout=150, cwd=tmp_path, env=env,
    )  # fmt: skip
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report[-6000:]
    assert "passed" in report
