"""The service layer against the real servers: reconnects, password prompts, read-only."""

from __future__ import annotations

import uuid

import psycopg
import pymysql
import pytest

from aishell.connections import Target
from aishell.errors import AuthenticationError, ConnectionLostError, PolicyError
from aishell.output.sink import CollectingSink
from aishell.services.session import Session
from aishell.state import StateStore
from aishell.urls import DatabaseURL

pytestmark = pytest.mark.integration


def session_for(url: str, **kw) -> Session:  # type: ignore[no-untyped-def]
    return Session(Target(DatabaseURL.parse(url), None, "--db"), state=StateStore(), **kw)


def test_lost_postgres_connection_is_reported_then_reopened(pg_url: str) -> None:
    s = session_for(pg_url)
    pid = s.query_rows("select pg_backend_pid()")[1][0][0]
    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute("select pg_terminate_backend(%s)", (pid,))
    result = s.run("select 1", CollectingSink())
    assert isinstance(result.error, ConnectionLostError)
    assert "re-opened on the next command" in result.error.message
    assert s.query_rows("select 2")[1] == [(2,)]
    assert s.query_rows("select pg_backend_pid()")[1][0][0] != pid
    s.close()


def test_read_only_session_on_postgres_refuses_and_engine_backs_it(pg_url: str) -> None:
    rw = session_for(pg_url)
    rw.run("create table if not exists ro_probe (id int)", CollectingSink())
    ro = session_for(pg_url, read_only=True)
    for sql in ("insert into ro_probe values (1)", "select 1; drop table ro_probe",
                "with d as (delete from ro_probe returning *) select * from d", "select * into x from ro_probe",
                "set default_transaction_read_only = off", "begin read write"):
        with pytest.raises(PolicyError):
            ro.run(sql, CollectingSink())
    # past the policy, the engine refuses too
    with pytest.raises(Exception, match="read-only"):
        ro.connection().execute("insert into ro_probe values (1)")
    assert rw.query_rows("select count(*) from ro_probe")[1] == [(0,)]
    rw.run("drop table ro_probe", CollectingSink(), assume_yes=True)
    ro.close()
    rw.close()


def test_password_prompt_on_authentication_failure(mysql_url: str) -> None:
    user, password = f"u{uuid.uuid4().hex[:8]}", "Pw-" + uuid.uuid4().hex[:10]
    admin = pymysql.connect(host="127.0.0.1", user="root", password="", autocommit=True)
    with admin.cursor() as cur:
        cur.execute(f"CREATE USER '{user}'@'%%' IDENTIFIED BY %s", (password,))
        cur.execute(f"CREATE USER '{user}'@'localhost' IDENTIFIED BY %s", (password,))
    try:
        url = f"mysql://{user}@127.0.0.1:3306/"
        asked: list[str] = []
        s = session_for(url, password_prompt=lambda message: asked.append(message) or password)
        assert s.query_rows("select current_user()")[1][0][0].startswith(user)
        assert asked and user in asked[0]
        s.close()
        refused = session_for(url, password_prompt=lambda message: "Not-The-Password-42")
        with pytest.raises(AuthenticationError) as info:
            refused.connection()
        assert "Not-The-Password-42" not in info.value.message and password not in info.value.message
        with pytest.raises(AuthenticationError):
            session_for(url).connection()  # no prompt available: the error is reported
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP USER IF EXISTS '{user}'@'%'")
            cur.execute(f"DROP USER IF EXISTS '{user}'@'localhost'")
        admin.close()
