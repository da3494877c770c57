"""The server service the web face calls: connections, role sessions, decisions, running
statements and pending answers, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from aishell.connections import Target
from aishell.output.sink import CollectingSink
from aishell.services.policy import Verdict
from aishell.services.server import Conflict, NotFound, NotUnderstood, Server, policy_for
from aishell.state import StateStore
from aishell.urls import DatabaseURL


@dataclass(frozen=True)
class Who:
    token_id: int
    name: str
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


VIEWER, ANALYST, ADMIN = Who(1, "v", "viewer"), Who(2, "a", "analyst"), Who(3, "root", "admin")


@pytest.fixture
def server(tmp_path: Path) -> Server:
    db = tmp_path / "s.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        conn.execute("INSERT INTO t VALUES (1, 'a'), (2, 'b')")
    srv = Server([Target(DatabaseURL.parse(f"sqlite:///{db}"), "main", "--db")], StateStore(tmp_path / "st.db"),
                 statement_timeout=5)  # fmt: skip
    yield srv
    srv.close()


def test_connections_by_name(server: Server, tmp_path: Path) -> None:
    assert server.target(None).label == "main" and server.target("main").label == "main"
    with pytest.raises(NotFound, match="no connection named 'nope'") as err:
        server.target("nope")
    assert err.value.title == "Unknown connection"
    added = server.add_connection("other", f"sqlite:///{tmp_path / 'o.db'}?create=1", True)
    assert added["read_only"] and [c["name"] for c in server.connections()] == ["main", "other"]
    with pytest.raises(Conflict):
        server.add_connection("other", "sqlite:///:memory:", False)
    server.catalog_session(server.target("other"))
    server.remove_connection("other")
    assert "other" not in server.meta and [c["default"] for c in server.connections()] == [True]
    with pytest.raises(NotFound, match="no connection configured"):
        Server([], server.state).target(None)


def test_the_session_decides_under_the_role_policy(server: Server) -> None:
    target = server.target(None)
    write = "UPDATE t SET v = 'z' WHERE id = 1"
    for who, verdict in ((VIEWER, Verdict.REFUSE), (ANALYST, Verdict.CONFIRM), (ADMIN, Verdict.ALLOW)):
        decided = server.decide(target, who, write)
        try:
            assert decided.verdict is verdict, who.role
            assert decided.session.policy == policy_for("viewer" if who is VIEWER else who.role)
        finally:
            decided.session.close()
    refused = server.decide(target, VIEWER, write)
    refused.session.close()
    assert refused.refusal()
    ddl = server.decide(target, ANALYST, "DROP TABLE t")
    ddl.session.close()
    assert ddl.verdict is Verdict.REFUSE
    read_only = server.decide(target, ADMIN, write, read_only=True)  # a download: a viewer's session
    read_only.session.close()
    assert read_only.verdict is Verdict.REFUSE and read_only.session.read_only


def test_what_cannot_be_checked_is_refused_or_not_understood(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = server.decide(server.target(None), VIEWER, "SELECT " + "(" * 5000 + "1" + ")" * 5000)
    deep.session.close()
    assert deep.verdict is Verdict.REFUSE and "nest" in deep.refusal().lower()  # the classifier's note
    from aishell.services.session import Session

    for exc, title in ((RecursionError(), "Statement nested too deeply"), (ValueError("x"), "Statement not understood")):

        def give_up(self: Session, sql: str, _exc: BaseException = exc) -> None:
            raise _exc

        monkeypatch.setattr(Session, "decide", give_up)
        with pytest.raises(NotUnderstood) as err:
            server.decide(server.target(None), VIEWER, "SELECT 1")
        assert err.value.title == title


def test_a_cleared_statement_runs_once_decided(server: Server) -> None:
    decided = server.decide(server.target(None), ANALYST, "UPDATE t SET v = 'z' WHERE id = 1", confirmed=True)
    try:
        result = decided.session.run("UPDATE t SET v = 'z' WHERE id = 1", CollectingSink(), assume_yes=True,
                                     prepared=decided.prepared)  # fmt: skip
        assert result.error is None
    finally:
        decided.session.close()
    check = server.decide(server.target(None), VIEWER, "SELECT v FROM t WHERE id = 1")
    sink = CollectingSink()
    try:
        assert check.session.run("SELECT v FROM t WHERE id = 1", sink, prepared=check.prepared).error is None
    finally:
        check.session.close()
    assert sink.results[0][1] == [("z",)]


def test_running_statements_belong_to_their_caller(server: Server) -> None:
    session = server.session(server.target(None), ANALYST)
    try:
        qid = server.start("q1", session, ANALYST, "SELECT 1", "main")
        assert qid == "q1"
        with pytest.raises(Conflict, match="q1"):
            server.start("q1", session, ANALYST, "SELECT 1", "main")
        assert [k for k, _ in server.visible(ANALYST)] == ["q1"]
        assert [k for k, _ in server.visible(ADMIN)] == ["q1"]
        assert list(server.visible(VIEWER)) == []
        with pytest.raises(NotFound):
            server.cancel("q1", VIEWER)  # not theirs: as if it did not exist
        server.cancel("q1", ADMIN)
        server.finish("q1")
        assert list(server.visible(ADMIN)) == []
        assert len(server.start(None, session, ANALYST, "SELECT 1", "main")) == 32
    finally:
        session.close()


def test_answers_wait_for_their_own_caller(server: Server) -> None:
    ask_id = server.remember_answer(ANALYST, "main", {"sql": "SELECT 1"})
    assert server.answer(ask_id, ANALYST) == ("main", {"sql": "SELECT 1"})
    with pytest.raises(NotFound, match="ask again"):
        server.answer(ask_id, ADMIN)
    for _ in range(600):
        server.remember_answer(ANALYST, "main", None)
    with pytest.raises(NotFound):  # the oldest went first
        server.answer(ask_id, ANALYST)


def test_connection_test_and_history(server: Server) -> None:
    check = server.test_connection(server.target(None), VIEWER)
    assert check.version.startswith("SQLite")
    session = server.session(server.target(None), VIEWER)
    try:
        session.run("SELECT 'mine' AS m", CollectingSink())
    finally:
        session.close()
    assert [e["sql"] for e in server.history(VIEWER, None, 10, "mine")] == ["SELECT 'mine' AS m"]
    assert server.history(ANALYST, None, 10, "mine") == []
    assert len(server.history(ADMIN, "main", 10, "mine")) == 1
