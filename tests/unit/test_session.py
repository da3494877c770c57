"""The service layer on a real SQLite database."""

import _thread
import threading
import time
from pathlib import Path

import pytest

from aishell.connections import Target
from aishell.errors import ConnectError, PolicyError, QueryCancelledError, QueryTimeoutError
from aishell.output.sink import CollectingSink
from aishell.services.session import Session
from aishell.state import StateStore
from aishell.urls import DatabaseURL

SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def make(path: Path, **kw) -> Session:
    url = DatabaseURL.parse(f"sqlite:///{path}?create=1")
    return Session(Target(url, "t", "--db"), state=StateStore(), **kw)


@pytest.fixture
def session(tmp_path: Path):
    s = make(tmp_path / "t.db")
    s.run("create table t (id integer primary key, name text); insert into t values (1, 'a'), (2, 'b'), (3, null);",
          CollectingSink())
    yield s
    s.close()


def test_runs_each_statement_into_the_sink(session: Session) -> None:
    sink = CollectingSink()
    result = session.run("select * from t order by id; select count(*) as n from t; update t set name = 'z' where id = 3",
                         sink)
    assert result.ok
    (cols1, rows1, s1), (cols2, rows2, _), (_, _, s3) = sink.results
    assert [c.name for c in cols1] == ["id", "name"] and rows1 == [(1, "a"), (2, "b"), (3, None)]
    assert cols1[0].numeric and not cols1[1].numeric
    assert rows2 == [(3,)] and s1.rowcount == 3
    assert not s3.returns_rows and s3.rowcount == 1


def test_display_limit_counts_what_it_hides(session: Session) -> None:
    sink = CollectingSink()
    session.batch_size = 2
    session.run("select * from t", sink, display_limit=1)
    cols, rows, summary = sink.results[0]
    assert rows == [(1, "a")] and summary.hidden == 2 and summary.rowcount == 3


def test_errors_stop_the_script_and_are_recorded(session: Session) -> None:
    sink = CollectingSink()
    result = session.run("select 1; selec 2; select 3", sink)
    assert len(result.outcomes) == 2 and result.error is not None
    assert "syntax error" in result.error.message and result.error.position == 1
    statuses = [e.status for e in session.state.history(connection="t")]  # type: ignore[union-attr]
    assert statuses[:2] == ["error", "ok"]
    result = session.run("select 1; selec 2; select 3", CollectingSink(), stop_on_error=False)
    assert len(result.outcomes) == 3


def test_destructive_statements_need_consent(session: Session) -> None:
    with pytest.raises(PolicyError, match="DELETE without WHERE on t"):
        session.run("select 1; delete from t", CollectingSink())
    assert session.query_rows("select count(*) from t")[1] == [(3,)]  # nothing ran, not even select 1
    asked: list[str] = []
    session.confirm = lambda q, reasons: asked.append(q) is None and False
    with pytest.raises(PolicyError, match="cancelled by user"):
        session.run("drop table t", CollectingSink())
    assert "DROP TABLE t" in asked[0]
    session.confirm = lambda q, reasons: True
    assert session.run("delete from t", CollectingSink()).ok
    assert session.query_rows("select count(*) from t")[1] == [(0,)]
    assert session.run("drop table t", CollectingSink(), assume_yes=True).ok


def test_read_only_is_enforced_by_policy_and_engine(tmp_path: Path, session: Session) -> None:
    ro = make(tmp_path / "t.db", read_only=True)
    with pytest.raises(PolicyError, match="read-only"):
        ro.run("insert into t values (9, 'x')", CollectingSink())
    # bypass the policy: the engine itself refuses
    with pytest.raises(Exception, match="readonly|read-only"):
        ro.connection().execute("insert into t values (9, 'x')")
    assert ro.query_rows("select count(*) from t")[1] == [(3,)]
    ro.close()


def test_explicit_transactions_are_honoured(session: Session) -> None:
    session.run("begin; insert into t values (4, 'd')", CollectingSink())
    assert session.in_transaction
    session.run("rollback", CollectingSink())
    assert not session.in_transaction
    assert session.query_rows("select count(*) from t")[1] == [(3,)]


def test_cancel_from_another_thread(session: Session) -> None:
    timer = threading.Timer(0.3, session.cancel)
    timer.start()
    started = time.monotonic()
    result = session.run(SLOW, CollectingSink())
    assert isinstance(result.error, QueryCancelledError)
    assert time.monotonic() - started < 10
    assert session.query_rows("select 42")[1] == [(42,)]  # still usable


def test_ctrl_c_cancels_the_statement(session: Session) -> None:
    threading.Timer(0.3, _thread.interrupt_main).start()
    result = session.run(SLOW, CollectingSink())
    assert isinstance(result.error, QueryCancelledError)
    assert session.query_rows("select 1")[1] == [(1,)]
    assert session.state.history(limit=2)[1].status == "cancelled"  # type: ignore[union-attr]


def test_statement_timeout(tmp_path: Path) -> None:
    s = make(tmp_path / "x.db", timeout=0.3)
    result = s.run(SLOW, CollectingSink())
    assert isinstance(result.error, QueryTimeoutError) and "timed out after 0.3s" in result.error.message
    assert s.query_rows("select 1")[1] == [(1,)]


def test_sink_failure_stops_the_query(session: Session) -> None:
    class Broken(CollectingSink):
        def rows(self, batch):  # type: ignore[no-untyped-def]
            raise BrokenPipeError

    with pytest.raises(BrokenPipeError):
        session.run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c", Broken())
    assert session.query_rows("select 7")[1] == [(7,)]


def test_catalog_and_explain(session: Session) -> None:
    cat = session.catalog()
    t = cat.find_table("T")
    assert t is not None and [c.name for c in t.columns] == ["id", "name"] and t.primary_key == ("id",)
    session.run("create table u (id integer primary key, t_id integer references t(id))", CollectingSink())
    u = session.catalog().find_table("u")  # refreshed after DDL
    assert u is not None and u.foreign_keys[0].ref_table == "t"
    assert cat.referencing(t) == [] and session.catalog().referencing(session.catalog().find_table("t"))  # type: ignore[arg-type]
    plan = session.explain("select * from t where id = 1")
    assert "SEARCH t USING INTEGER PRIMARY KEY" in plan.text


def test_connection_errors(tmp_path: Path) -> None:
    s = make(tmp_path / "missing" / "x.db")
    with pytest.raises(ConnectError, match="directory does not exist"):
        s.connection()
    notdb = tmp_path / "junk.db"
    notdb.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(ConnectError):
        make(notdb).connection()


def test_one_shot_sessions_read_the_catalog_on_their_own_idle_connection(tmp_path: Path) -> None:
    s = make(tmp_path / "one.db", catalog_connection=False)
    s.run("create table a (id integer)", CollectingSink())
    opened: list[object] = []
    real_sibling = s.connection().sibling

    def counting_sibling():  # type: ignore[no-untyped-def]
        conn = real_sibling()
        opened.append(conn)
        return conn

    s.connection().sibling = counting_sibling  # type: ignore[method-assign]
    assert s.catalog(refresh=True).find_table("a") is not None
    assert opened == []  # idle: read on the session's own connection
    s.run("begin; create table b (id integer)", CollectingSink())
    # inside a transaction the catalog is read elsewhere (never inside the user's transaction)
    assert s.catalog(refresh=True).find_table("a") is not None
    assert len(opened) == 1
    s.run("rollback", CollectingSink())
    s.close()
    # the REPL's kind keeps its second connection
    r = make(tmp_path / "two.db")
    assert r.catalog_connection is True
    r.close()
