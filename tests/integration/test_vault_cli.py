"""``aishell vault`` and ``conn add --password`` as real processes, against the real servers.

The subprocesses use keyring's own fail backend (``PYTHON_KEYRING_BACKEND``), which is what a
headless Linux machine gets anyway, so a developer's desktop keyring is never touched.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from aishell.urls import DatabaseURL

AISHELL = str(Path(sys.executable).with_name("aishell"))
PASS = "integration passphrase"


def run(*args: str, home: Path, stdin: str | None = None, passphrase: str | None = None,
        pass_fds: tuple[int, ...] = (), **extra: str) -> subprocess.CompletedProcess[str]:  # fmt: skip
    env = {k: v for k, v in os.environ.items() if not k.startswith("AISHELL_")}
    env.update(AISHELL_HOME=str(home), AISHELL_VAULT_WEAK_KDF_FOR_TESTS="1",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", **extra)  # fmt: skip
    for var in ("PGPASSWORD", "MYSQL_PWD", "DATABASE_URL"):
        env.pop(var, None)
    if passphrase is not None:
        env["AISHELL_VAULT_PASSPHRASE"] = passphrase
    return subprocess.run([AISHELL, *args], capture_output=True, text=True, timeout=60, env=env,
                          input=stdin if stdin is not None else "", pass_fds=pass_fds)  # fmt: skip


def on_a_terminal(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``aishell ARGS`` with stdout on a pseudo-terminal (what it wrote there is dropped)."""
    primary, secondary = os.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("AISHELL_")}
    env.update(AISHELL_HOME=str(home), AISHELL_VAULT_PASSPHRASE=PASS,
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")  # fmt: skip
    try:
        return subprocess.run([AISHELL, *args], stdout=secondary, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              text=True, timeout=60, env=env)  # fmt: skip
    finally:
        os.close(secondary)
        os.close(primary)


def test_vault_commands(isolated_home: Path) -> None:
    home = isolated_home
    vault = home / "data" / "vault.json"
    r = run("vault", "init", home=home)  # no default passphrase: no terminal, nothing set
    assert r.returncode == 2 and "no passphrase" in r.stderr and not vault.exists()
    r = run("vault", "init", home=home, passphrase=PASS)
    assert r.returncode == 0 and "weak key derivation" in r.stderr, r.stderr
    assert stat.S_IMODE(vault.stat().st_mode) == 0o600 and stat.S_IMODE(vault.parent.stat().st_mode) == 0o700
    assert run("vault", "init", home=home, passphrase=PASS).returncode == 2  # never replaced
    r = run("vault", "set", "llm/anthropic", home=home, stdin="sk-ant-integration\n", passphrase=PASS)
    assert r.returncode == 0 and r.stdout == "" and "sk-ant" not in r.stderr
    r = run("vault", "get", "llm/anthropic", home=home, passphrase=PASS)
    assert r.returncode == 0 and r.stdout == "sk-ant-integration"  # exact bytes to a pipe
    r = on_a_terminal("vault", "get", "llm/anthropic", home=home)
    assert r.returncode == 2 and "refusing to print a secret to a terminal" in r.stderr
    read, write = os.pipe()  # --passphrase-fd, as gpg's
    os.write(write, (PASS + "\n").encode())
    os.close(write)
    try:
        r = run("vault", "get", "llm/anthropic", "--passphrase-fd", str(read), home=home, pass_fds=(read,))
    finally:
        os.close(read)
    assert r.returncode == 0 and r.stdout == "sk-ant-integration", r.stderr
    before = vault.read_bytes()
    r = run("vault", "get", "llm/anthropic", home=home, passphrase="not the passphrase")
    assert r.returncode == 2 and "wrong vault passphrase" in r.stderr and r.stdout == ""
    assert "not the passphrase" not in r.stderr and vault.read_bytes() == before
    r = run("vault", "list", home=home)  # locked, no keyring on this machine: said in one line
    assert r.returncode == 2 and "locked" in r.stderr and "no OS keyring backend" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    r = run("vault", "list", home=home, passphrase=PASS)
    assert r.returncode == 0 and "llm/anthropic" in r.stdout and "sk-ant" not in r.stdout + r.stderr
    r = run("vault", "unlock", home=home, passphrase=PASS)
    assert r.returncode == 2 and "cannot stay unlocked" in r.stderr and "AISHELL_VAULT_PASSPHRASE" in r.stderr
    assert run("vault", "lock", home=home).returncode == 0
    assert run("vault", "rm", "llm/nope", home=home, passphrase=PASS).returncode == 2
    r = run("vault", "rotate", home=home, passphrase=PASS, AISHELL_VAULT_NEW_PASSPHRASE="second passphrase")
    assert r.returncode == 0 and "1 secret" in r.stderr and "new passphrase" in r.stderr, r.stderr
    assert run("vault", "get", "llm/anthropic", home=home, passphrase=PASS).returncode == 2
    r = run("vault", "get", "llm/anthropic", home=home, passphrase="second passphrase")
    assert r.stdout == "sk-ant-integration"
    assert run("vault", "rm", "llm/anthropic", home=home, passphrase="second passphrase").returncode == 0
    doc = json.loads(vault.read_text())
    doc["entries"]["llm/forged"] = {"key_nonce": "AA==", "wrapped_key": "AA==", "nonce": "AA==", "ciphertext": "AA=="}
    vault.write_text(json.dumps(doc))
    broken = vault.read_bytes()
    r = run("vault", "set", "conn/x", home=home, stdin="v", passphrase="second passphrase")
    assert r.returncode == 2 and "corrupt" in r.stderr and vault.read_bytes() == broken  # never reset


def test_conn_add_password_into_the_vault(isolated_home: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    home = isolated_home
    r = run("conn", "add", "pgv", pg_url, "--password", home=home, stdin="pw-from-stdin-1\n")
    assert r.returncode == 2 and "vault init" in r.stderr  # no vault: nothing half-saved
    assert not (home / "config" / "connections.toml").exists()
    assert run("vault", "init", home=home, passphrase=PASS).returncode == 0
    r = run("conn", "add", "pgv", pg_url, "--password", home=home, stdin="pw-from-stdin-1\n", passphrase=PASS)
    assert r.returncode == 0 and "stored in the vault as conn/pgv" in r.stderr, r.stderr
    with_pw = pg_url.replace("postgres@", "postgres:pw-in-url-2@", 1)
    r = run("conn", "add", "pgu", with_pw, home=home, passphrase=PASS)
    assert r.returncode == 0 and "stored in the vault as conn/pgu" in r.stderr
    config = (home / "config" / "connections.toml").read_text()
    assert "pw-from-stdin-1" not in config and "pw-in-url-2" not in config
    r = run("query", "--db", "pgv", "-F", "csv", "select current_database() as db", home=home, passphrase=PASS)
    assert r.returncode == 0 and r.stdout.splitlines()[1] == pg_url.rsplit("/", 1)[1]
    assert "pw-from-stdin-1" not in r.stdout + r.stderr
    # PostgreSQL here trusts every login: check the password the connection was opened with
    from aishell.connections import resolve

    monkeypatch.setenv("AISHELL_VAULT_PASSPHRASE", PASS)
    assert resolve("pgv").url.password == "pw-from-stdin-1"
    assert resolve("pgu").url.password == "pw-in-url-2"
    history = run("history", home=home)
    assert "pw-" not in history.stdout + history.stderr
    # a removed connection takes its password with it; a locked vault says what is left behind
    r = run("conn", "rm", "pgu", home=home)
    assert r.returncode == 0 and "vault still holds conn/pgu" in r.stderr, r.stderr
    r = run("conn", "rm", "pgv", home=home, passphrase=PASS)
    assert r.returncode == 0 and "removed conn/pgv from the vault" in r.stderr, r.stderr
    listed = run("vault", "list", home=home, passphrase=PASS).stdout
    assert "conn/pgv" not in listed and "conn/pgu" in listed


def test_locked_vault_hint_only_when_the_login_needs_a_password(isolated_home: Path, mysql_url: str) -> None:
    home = isolated_home
    parsed = DatabaseURL.parse(mysql_url)
    url = f"mysql://aishell_vault_nouser@{parsed.host}:{parsed.port}/{parsed.database}"
    assert run("vault", "init", home=home, passphrase=PASS).returncode == 0
    r = run("conn", "add", "mv", url, "--password", home=home, stdin="mv-secret-9\n", passphrase=PASS)
    assert r.returncode == 0, r.stderr
    r = run("query", "--db", "mv", "select 1", home=home)  # locked: the server refuses the login
    assert r.returncode == 3 and "the vault holds conn/mv but is locked" in r.stderr, r.stderr
    assert "mv-secret-9" not in r.stderr
    assert run("conn", "add", "mroot", mysql_url, home=home).returncode == 0
    r = run("query", "--db", "mroot", "select 1", home=home)  # no conn/mroot in the vault: no hint, no error
    assert r.returncode == 0 and "vault" not in r.stderr, r.stderr
    r = run("query", "--db", "mv", "select 1", home=home, passphrase=PASS)  # unlocked: the vault's password is sent
    assert r.returncode == 3 and "Access denied" in r.stderr and "locked" not in r.stderr
    assert "mv-secret-9" not in r.stderr


def test_session_says_the_vault_note_above_the_prompt(isolated_home: Path, mysql_url: str) -> None:
    """In a face with a prompt (the REPL, the CLI on a terminal) the note comes with the question."""
    from aishell.connections import Target
    from aishell.errors import AuthenticationError
    from aishell.services.session import Session

    parsed = DatabaseURL.parse(f"{mysql_url.replace('root@', 'aishell_vault_nouser@', 1)}")
    asked: list[str] = []
    note = "the vault holds conn/x but is locked: set AISHELL_VAULT_PASSPHRASE"

    def prompt(text: str) -> str | None:
        asked.append(text)
        return None  # nothing typed

    session = Session(Target(parsed, "x", "--db", password_note=note), password_prompt=prompt, connect_retries=0)
    with pytest.raises(AuthenticationError) as info:
        session.connection()
    assert asked and asked[0].startswith(f"note: {note}\n") and asked[0].endswith("Password for aishell_vault_nouser@"
                                                                                  f"{parsed.host}: ")
    assert note in info.value.one_line()


def test_a_real_keyring_backend_keeps_the_vault_unlocked(isolated_home: Path, tmp_path: Path) -> None:
    """With a keyring backend that works (keyrings.alt's file backend, in a directory of the
    test's own), ``vault unlock`` keeps the master key there, later commands need no passphrase,
    and ``vault lock`` removes it again."""
    pytest.importorskip("keyrings.alt")
    home = isolated_home
    data = tmp_path / "xdg"

    def aishell(*args: str, passphrase: str | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AISHELL_", "PYTHON_KEYRING"))}
        env.update(AISHELL_HOME=str(home), AISHELL_VAULT_WEAK_KDF_FOR_TESTS="1", XDG_DATA_HOME=str(data),
                   PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring")  # fmt: skip
        if passphrase is not None:
            env["AISHELL_VAULT_PASSPHRASE"] = passphrase
        return subprocess.run([AISHELL, *args], capture_output=True, text=True, timeout=60, env=env, input=stdin)

    assert aishell("vault", "init", passphrase=PASS).returncode == 0
    assert aishell("vault", "set", "conn/kr", passphrase=PASS, stdin="from-the-keyring\n").returncode == 0
    locked = aishell("vault", "get", "conn/kr")  # no passphrase, nothing in the keyring yet
    assert locked.returncode == 2 and "from-the-keyring" not in locked.stdout + locked.stderr
    r = aishell("vault", "unlock", passphrase=PASS)
    assert r.returncode == 0, r.stderr
    stored = list(data.rglob("*.cfg"))
    assert stored and "aishell" in stored[0].read_text()  # the backend's own file holds the key
    got = aishell("vault", "get", "conn/kr")
    assert got.returncode == 0 and got.stdout.strip() == "from-the-keyring", got.stderr
    assert aishell("vault", "lock").returncode == 0
    again = aishell("vault", "get", "conn/kr")
    assert again.returncode == 2 and "from-the-keyring" not in again.stdout
