"""``aishell backup create --native`` with a password, as a real process against the real servers.

The dump tool on PATH is a wrapper that records the argv and the password
variable it was started with, then runs the real tool: so the tests see what
aishell really passed, not only what :func:`dump_command` returns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import psycopg
import pymysql
import pytest

from aishell.connections import Target
from aishell.services.data.native import dump_command
from aishell.services.session import Session
from aishell.urls import DatabaseURL
from conftest import MYSQL_HOST, MYSQL_PORT

pytestmark = pytest.mark.integration

AISHELL = [sys.executable, "-m", "aishell"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*AISHELL, *args], capture_output=True, text=True, timeout=120, env=env)


def wrapped_tool(tmp_path: Path, *names: str) -> tuple[dict[str, str], Path]:
    """PATH with wrappers for ``names`` in front; each records its argv and password variable in ``record``."""
    bin_dir = tmp_path / "bin"
    record = tmp_path / "record"
    bin_dir.mkdir()
    record.mkdir()
    for name in names:
        real = shutil.which(name)
        if real is None:
            continue
        script = bin_dir / name
        script.write_text(
            "#!/bin/sh\n"
            f"printf '%s\\n' \"$@\" > '{record}/argv'\n"
            f"printf '%s' \"${{MYSQL_PWD-}}${{PGPASSWORD-}}\" > '{record}/password'\n"
            f"exec '{real}' \"$@\"\n"
        )
        script.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return env, record


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


# --------------------------------------------------------------------------- MariaDB
@pytest.fixture
def maria_user(mysql_url: str) -> Iterator[tuple[str, str, str]]:
    """A user with a password, allowed on the fixture database, holding table ``nd_pw``; dropped afterwards."""
    if shutil.which("mariadb-dump") is None and shutil.which("mysqldump") is None:
        pytest.skip("mariadb-dump is not installed")
    database = DatabaseURL.parse(mysql_url).database
    user = f"aishell_native_{uuid.uuid4().hex[:6]}"
    password = f"Nat1ve#{uuid.uuid4().hex[:10]}@%"
    hosts = ("%", "127.0.0.1", "localhost")
    conn = pymysql.connect(host=MYSQL_HOST, port=MYSQL_PORT, user="root", password="", autocommit=True)
    try:
        with conn.cursor() as cur:
            for host in hosts:
                cur.execute("CREATE USER IF NOT EXISTS %s@%s IDENTIFIED BY %s", (user, host, password))
                cur.execute(f"GRANT ALL ON `{database}`.* TO %s@%s", (user, host))
            cur.execute(f"CREATE TABLE `{database}`.nd_pw (id int PRIMARY KEY, label varchar(40))")
            cur.execute(f"INSERT INTO `{database}`.nd_pw VALUES (1, 'first native row'), (2, 'second, \"quoted\"')")
        yield user, password, f"mysql://{user}:{quote(password, safe='')}@{MYSQL_HOST}:{MYSQL_PORT}/{database}"
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS `{database}`.nd_pw")
            for host in hosts:
                cur.execute("DROP USER IF EXISTS %s@%s", (user, host))
        conn.close()


def test_mariadb_dump_with_a_password(maria_user: tuple[str, str, str], tmp_path: Path) -> None:
    user, password, url = maria_user
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "nd.sql"

    # what dump_command builds: the password only in the environment
    s = Session(Target(DatabaseURL.parse(url), None, "--db"))
    args, env = dump_command(s, str(out), ["nd_pw"])
    s.close()
    assert not any(password in a for a in args) and env["MYSQL_PWD"] == password
    assert ["-u", user] == args[args.index("-u") : args.index("-u") + 2]

    # what the real process passes and writes
    env, record = wrapped_tool(tmp_path, "mariadb-dump", "mysqldump")
    r = run("backup", "create", "--native", "--db", url, "--tables", "nd_pw", "-o", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert r.stderr == f"wrote {out} with the native dump tool\n" and r.stdout == ""
    argv = (record / "argv").read_text()
    assert password not in argv and quote(password, safe="") not in argv and user in argv
    assert (record / "password").read_text() == password
    dump = out.read_text(encoding="utf-8")
    assert "CREATE TABLE `nd_pw`" in dump
    assert "INSERT INTO `nd_pw` VALUES" in dump and "'first native row'" in dump and 'second, \\"quoted\\"' in dump
    assert password not in dump
    assert leftovers(out_dir) == ["nd.sql"]  # the temporary file was renamed, nothing else is left


def test_mariadb_wrong_password_fails_cleanly(maria_user: tuple[str, str, str], tmp_path: Path) -> None:
    user, password, url = maria_user
    wrong = f"Wr0ng-{uuid.uuid4().hex[:10]}"
    bad_url = url.replace(quote(password, safe=""), wrong)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "nd.sql"
    env, record = wrapped_tool(tmp_path, "mariadb-dump", "mysqldump")

    r = run("backup", "create", "--native", "--db", bad_url, "--tables", "nd_pw", "-o", str(out), env=env)
    assert r.returncode == 3, r.stderr  # README: 3 = connection error (a refused login is one)
    assert r.stdout == ""
    assert r.stderr.endswith("\n") and r.stderr.count("\n") == 1, r.stderr  # one line
    assert "Access denied" in r.stderr and user in r.stderr
    assert wrong not in r.stderr and password not in r.stderr
    assert (record / "password").read_text() == wrong and wrong not in (record / "argv").read_text()
    assert leftovers(out_dir) == []  # no empty nd.sql, no temporary file

    # an older file of that name survives a failed dump untouched
    out.write_text("the previous dump\n")
    r = run("backup", "create", "--native", "--db", bad_url, "--tables", "nd_pw", "-o", str(out), env=env)
    assert r.returncode == 3
    assert out.read_text() == "the previous dump\n" and leftovers(out_dir) == ["nd.sql"]


def test_mariadb_unknown_table_is_a_query_error_without_a_file(maria_user: tuple[str, str, str],
                                                               tmp_path: Path) -> None:  # fmt: skip
    _user, password, url = maria_user
    out = tmp_path / "x.sql"
    r = run("backup", "create", "--native", "--db", url, "--tables", "no_such_table", "-o", str(out))
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "no_such_table" in r.stderr, r.stderr
    assert password not in r.stderr and not out.exists() and leftovers(tmp_path) == []


# --------------------------------------------------------------------------- PostgreSQL
# The server on loopback trusts every login, so no password can be refused: the tests check that a
# password given in the URL travels as PGPASSWORD, and that a failed dump leaves no file behind.
@pytest.fixture
def pg_table(pg_url: str) -> Iterator[str]:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE nd_pg (id int PRIMARY KEY, label text)")
        conn.execute("INSERT INTO nd_pg VALUES (1, 'first native row')")
    yield pg_url
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS nd_pg")


def test_pg_dump_gets_the_password_from_the_environment(pg_table: str, tmp_path: Path) -> None:
    password = f"Pg-{uuid.uuid4().hex[:12]}"
    url = pg_table.replace("postgres@", f"postgres:{password}@", 1)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "nd.dump"
    env, record = wrapped_tool(tmp_path, "pg_dump")
    r = run("backup", "create", "--native", "--db", url, "--tables", "nd_pg", "-o", str(out), env=env)
    assert r.returncode == 0, r.stderr
    assert password not in r.stderr and password not in (record / "argv").read_text()
    assert (record / "password").read_text() == password
    assert out.read_bytes().startswith(b"PGDMP") and leftovers(out_dir) == ["nd.dump"]
    listing = subprocess.run(["pg_restore", "-l", str(out)], capture_output=True, text=True, check=True).stdout
    assert "TABLE DATA public nd_pg" in listing


def test_pg_dump_of_a_missing_database_fails_cleanly(pg_table: str, tmp_path: Path) -> None:
    password = f"Pg-{uuid.uuid4().hex[:12]}"
    base = pg_table.replace("postgres@", f"postgres:{password}@", 1)
    url = base.rsplit("/", 1)[0] + "/aishell_no_such_db"
    out = tmp_path / "nd.dump"
    r = run("backup", "create", "--native", "--db", url, "-o", str(out))
    assert r.returncode == 3, r.stderr
    assert r.stderr.count("\n") == 1 and "aishell_no_such_db" in r.stderr and password not in r.stderr
    assert leftovers(tmp_path) == []
