"""``aishell web`` and ``aishell web token ...``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from aishell.cli.main import cli
from aishell.client import AuthError, Client
from aishell.services.connect import is_loopback

from .conftest import free_port, start_web


def test_token_create_prints_the_token_alone_on_stdout() -> None:
    runner = CliRunner()
    created = runner.invoke(cli, ["web", "token", "create", "--role", "viewer"])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip()
    assert re.fullmatch(r"aish_[A-Za-z0-9_-]{40,}", token)
    assert created.stdout == token + "\n"
    listed = runner.invoke(cli, ["web", "token", "list"])
    assert "viewer" in listed.stdout and token not in listed.stdout
    from aishell.state import StateStore

    db = StateStore()._db()
    stored = [r[0] for r in db.execute("SELECT hash FROM web_tokens")]
    assert token not in stored and len(stored[0]) == 64  # only the hash is kept
    assert runner.invoke(cli, ["web", "token", "revoke", "viewer-1"]).exit_code == 0
    assert runner.invoke(cli, ["web", "token", "list"]).stdout.strip() == ""
    again = runner.invoke(cli, ["web", "token", "revoke", "viewer-1"])
    assert again.exit_code == 2
    bad = runner.invoke(cli, ["web", "token", "create", "--role", "root"])
    assert bad.exit_code == 2


def test_non_loopback_needs_a_flag() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")
    result = CliRunner().invoke(cli, ["web", "--host", "0.0.0.0", "--db", "sqlite:///:memory:"])
    assert result.exit_code == 2
    assert "--allow-remote" in result.stderr


def test_first_start_shows_an_admin_token_once(tmp_path: Path) -> None:
    port = free_port()
    env = dict(os.environ, AISHELL_HOME=str(tmp_path / "home"))
    db = tmp_path / "x.db"
    cmd = [sys.executable, "-m", "aishell", "web", "--port", str(port), "--db", f"sqlite:///{db}?create=1"]
    proc, token, base = start_web(cmd, env)
    try:
        assert Client(base, token).me()["role"] == "admin"
        assert Client(base, token).query("select 1 + 1 as two").rows == [[2]]
        try:
            Client(base, None).query("select 1")
            raise AssertionError("no 401")
        except AuthError:
            pass
    finally:
        proc.terminate()
        proc.wait(10)
    # the second start does not print a token again
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "aish_" not in line and "aishell web on" in line
    finally:
        proc.terminate()
        proc.wait(10)
