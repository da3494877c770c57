"""One statement gate: what a data service runs passes the session's policy like a typed statement.

``\\copy FROM``, import, copy and restore declare the real statements they run (the CREATE and DROP
TABLE of ``--create`` / ``--replace``, the INSERT of the rows) to :meth:`Session.prepare`; a
``Policy(allow_writes=False)`` or ``Policy(allow_ddl=False)`` session refuses them before anything
is touched, and the data on the real server is unchanged afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from data_helpers import execute, fresh, rows, session_for, table_info

from aishell.config import Settings
from aishell.errors import PolicyError
from aishell.repl.app import Repl
from aishell.services.data.backup import create_backup, restore
from aishell.services.data.copy import copy_tables
from aishell.services.data.import_ import ImportOptions, import_file
from aishell.services.policy import Policy, Verdict
from aishell.services.session import Prepared, Session, insert_statement

pytestmark = pytest.mark.integration


@pytest.fixture(params=["sqlite", "postgres", "mysql"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    if request.param == "mysql":
        return str(request.getfixturevalue("mysql_url"))
    return f"sqlite:///{tmp_path / 'gate.sqlite'}"


@pytest.fixture
def table(server: str) -> Iterator[str]:
    """A table of two rows on the server."""
    name = fresh("gate")
    execute(server, f"CREATE TABLE {name} (id integer PRIMARY KEY, name varchar(20))",
            f"INSERT INTO {name} VALUES (1, 'a'), (2, 'b')")  # fmt: skip
    yield name
    execute(server, f"DROP TABLE IF EXISTS {name}")


def content(url: str, name: str) -> list[tuple[object, ...]]:
    return [(int(str(i)), n) for i, n in rows(url, f"SELECT id, name FROM {name} ORDER BY id")]


ORIGINAL = [(1, "a"), (2, "b")]


def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "more.csv"
    path.write_text("id,name\n3,c\n4,d\n", encoding="utf-8")
    return path


def test_no_writes_refuses_copy_from(server: str, table: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    session = session_for(server, policy=Policy(allow_writes=False))
    repl = Repl(session, Settings(), assume_yes=True)
    repl.timing = False
    try:
        capsys.readouterr()
        repl.handle(f"\\copy {table} from '{csv_file(tmp_path)}' csv header")
        shown = capsys.readouterr()
        assert "writes are not allowed" in shown.out + shown.err
        assert "COPY 2" not in shown.out
    finally:
        session.close()
    assert content(server, table) == ORIGINAL


def test_copy_from_goes_through_the_import_service(server: str, table: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    session = session_for(server)
    repl = Repl(session, Settings(), assume_yes=True)
    repl.timing = False
    try:
        capsys.readouterr()
        repl.handle(f"\\copy {table} from '{csv_file(tmp_path)}' csv header")
        assert "COPY 2" in capsys.readouterr().out
    finally:
        session.close()
    assert content(server, table) == [*ORIGINAL, (3, "c"), (4, "d")]


def test_no_writes_refuses_import(server: str, table: str, tmp_path: Path) -> None:
    session = session_for(server, policy=Policy(allow_writes=False))
    created = fresh("gate_new")
    try:
        with pytest.raises(PolicyError, match="writes are not allowed"):
            import_file(session, ImportOptions(path=str(csv_file(tmp_path)), table=table))
        with pytest.raises(PolicyError):
            import_file(session, ImportOptions(path=str(csv_file(tmp_path)), table=created, create=True))
    finally:
        session.close()
    assert content(server, table) == ORIGINAL
    assert table_info(server, created) is None


def test_no_ddl_refuses_import_create_but_loads_an_existing_table(server: str, table: str, tmp_path: Path) -> None:
    session = session_for(server, policy=Policy(allow_ddl=False))
    created = fresh("gate_new")
    try:
        with pytest.raises(PolicyError, match="schema changes are not allowed"):
            import_file(session, ImportOptions(path=str(csv_file(tmp_path)), table=created, create=True))
        report = import_file(session, ImportOptions(path=str(csv_file(tmp_path)), table=table))
        assert report.inserted == 2
    finally:
        session.close()
    assert table_info(server, created) is None
    assert content(server, table) == [*ORIGINAL, (3, "c"), (4, "d")]


@contextmanager
def restricted(server: str, policy: Policy) -> Iterator[Session]:
    session = session_for(server, policy=policy)
    try:
        yield session
    finally:
        session.close()


def backup_of(server: str, table: str, tmp_path: Path) -> str:
    archive = str(tmp_path / "b.aishell")
    with restricted(server, Policy()) as owner:
        create_backup(owner, archive, tables=[table])
    return archive


def test_no_writes_refuses_restore(server: str, table: str, tmp_path: Path) -> None:
    archive = backup_of(server, table, tmp_path)
    execute(server, f"UPDATE {table} SET name = 'changed' WHERE id = 1")
    with restricted(server, Policy(allow_writes=False)) as session, pytest.raises(PolicyError):
        restore(session, archive, replace=True)
    assert content(server, table) == [(1, "changed"), (2, "b")]
    execute(server, f"DROP TABLE {table}")
    with restricted(server, Policy(allow_writes=False)) as session, pytest.raises(PolicyError):
        restore(session, archive)
    assert table_info(server, table) is None


def test_no_ddl_refuses_restore_replace(server: str, table: str, tmp_path: Path) -> None:
    archive = backup_of(server, table, tmp_path)
    execute(server, f"INSERT INTO {table} VALUES (9, 'later')")
    with restricted(server, Policy(allow_ddl=False)) as session, \
            pytest.raises(PolicyError, match="schema changes are not allowed"):
        restore(session, archive, replace=True)
    assert content(server, table) == [*ORIGINAL, (9, "later")]
    assert table_info(server, table) is not None


def test_no_ddl_refuses_copy_create(server: str, table: str, tmp_path: Path) -> None:
    source_url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    copied = fresh("gate_copy")
    execute(source_url, f"CREATE TABLE {copied} (id integer PRIMARY KEY, name varchar(20))",
            f"INSERT INTO {copied} VALUES (5, 'e')")  # fmt: skip
    src = session_for(source_url)
    dst = session_for(server, policy=Policy(allow_ddl=False))
    try:
        with pytest.raises(PolicyError, match="schema changes are not allowed"):
            copy_tables(src, dst, [copied], create=True)
    finally:
        src.close()
        dst.close()
    assert table_info(server, copied) is None


def test_no_ddl_refuses_copy_replace_and_no_writes_refuses_copy(server: str, table: str, tmp_path: Path) -> None:
    source_url = f"sqlite:///{tmp_path / 'source.sqlite'}"
    execute(source_url, f"CREATE TABLE {table} (id integer PRIMARY KEY, name varchar(20))",
            f"INSERT INTO {table} VALUES (7, 'g')")  # fmt: skip
    src = session_for(source_url)
    try:
        for policy, replace in ((Policy(allow_ddl=False), True), (Policy(allow_writes=False), False)):
            dst = session_for(server, policy=policy)
            try:
                with pytest.raises(PolicyError):
                    copy_tables(src, dst, [table], replace=replace)
            finally:
                dst.close()
        assert content(server, table) == ORIGINAL
        dst = session_for(server, policy=Policy(allow_ddl=False))  # appending to an existing table is a write
        try:
            assert list(copy_tables(src, dst, [table])) == [(table, 1)]
        finally:
            dst.close()
    finally:
        src.close()
    assert content(server, table) == [*ORIGINAL, (7, "g")]


def test_prepared_runs_only_what_it_declared(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.sqlite'}"
    execute(url, "CREATE TABLE t (id integer)")
    session: Session = session_for(url, policy=Policy(allow_ddl=False))
    try:
        insert = insert_statement("t", ["id"], session.dialect)
        assert insert == 'INSERT INTO "t" ("id") VALUES (?)'
        decided = session.decide(["DROP TABLE t", insert])  # a face reports this; nothing is refused yet
        assert decided.verdict is Verdict.REFUSE and not decided.cleared
        assert "schema changes are not allowed" in decided.decision.message
        with pytest.raises(PolicyError):
            decided.execute(session.connection(), insert)  # never cleared: nothing of it runs
        with pytest.raises(PolicyError, match="schema changes are not allowed"):
            session.prepare(["DROP TABLE t", insert], assume_yes=True)
        prepared = session.prepare([insert], assume_yes=True)
        assert prepared.cleared and not prepared.reads_only
        conn = session.connection()
        prepared.execute(conn, insert, [1]).close()
        with pytest.raises(PolicyError, match="not prepared"):
            prepared.execute(conn, "DROP TABLE t")
        assert session.decide("select 1; select 2").reads_only
        before = conn.statement_check
        with prepared.gating(conn):  # what runs on the connection now runs from the decision
            conn.execute(insert, [2]).close()  # declared
            assert conn.query_all("SELECT count(*) FROM t")[0][0] == 2  # a read: admitted
            with pytest.raises(PolicyError, match="schema changes are not allowed"):
                conn.execute("CREATE TABLE u (id integer)")  # not declared: judged, refused, not run
            with pytest.raises(PolicyError, match="schema changes are not allowed"):
                conn.execute("DROP TABLE t")
        assert conn.statement_check is before
        admitted = dict(prepared.admitted)  # the admitted read is part of the decision now, classified
        found = admitted['SELECT count(*) FROM t']
        assert found is not None and found.is_read
        assert "CREATE TABLE u (id integer)" not in admitted
    finally:
        session.close()
    assert rows(url, "SELECT id FROM t") == [(1,), (2,)]
    assert table_info(url, "u") is None


@pytest.mark.parametrize("engine", ["postgres", "mysql"])
def test_a_native_restore_passes_the_gate_too(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    from aishell.services.data.native import native_backup

    url = str(request.getfixturevalue("pg_url" if engine == "postgres" else "mysql_url"))
    name = fresh("gate_native")
    execute(url, f"CREATE TABLE {name} (id integer PRIMARY KEY, name varchar(20))",
            f"INSERT INTO {name} VALUES (1, 'a'), (2, 'b')")  # fmt: skip
    try:
        archive = str(tmp_path / "n.aishell")
        owner = session_for(url)
        try:
            native_backup(owner, archive, tables=[name])
        finally:
            owner.close()
        execute(url, f"INSERT INTO {name} VALUES (9, 'later')")
        for policy, match in ((Policy(allow_writes=False), "writes are not allowed"),
                              (Policy(allow_ddl=False), "schema changes are not allowed")):  # fmt: skip
            session = session_for(url, policy=policy)
            try:
                with pytest.raises(PolicyError, match=match):
                    restore(session, archive, replace=True)
            finally:
                session.close()
        assert content(url, name) == [*ORIGINAL, (9, "later")]
    finally:
        execute(url, f"DROP TABLE IF EXISTS {name}")


def test_a_face_reports_the_decision_and_run_acts_on_it(tmp_path: Path) -> None:
    from aishell.output.sink import CollectingSink

    url = f"sqlite:///{tmp_path / 'f.sqlite'}"
    execute(url, "CREATE TABLE t (id integer)", "INSERT INTO t VALUES (1)")
    session = session_for(url, policy=Policy(allow_writes=False))
    try:
        refused = session.decide("DELETE FROM t WHERE id = 1")
        assert refused.verdict is Verdict.REFUSE and "writes are not allowed" in refused.decision.message
        with pytest.raises(PolicyError, match="writes are not allowed"):
            session.run("DELETE FROM t WHERE id = 1", CollectingSink(), assume_yes=True, prepared=refused)
        read = session.decide("SELECT id FROM t")
        sink = CollectingSink()
        assert read.verdict is Verdict.ALLOW and session.run("SELECT id FROM t", sink, prepared=read).ok
        assert [tuple(r) for r in sink.results[-1][1]] == [(1,)]
    finally:
        session.close()
    assert rows(url, "SELECT id FROM t") == [(1,)]


# ---------------------------------------------------------------- the gate behind the gate
def test_an_undeclared_write_on_the_session_connection_is_judged(server: str, table: str) -> None:
    """A service that forgot to declare a statement cannot slip it past a restricted policy: the
    session's connection judges what the session did not clear itself, on the real server."""
    session = session_for(server, policy=Policy(allow_writes=False))
    try:
        conn = session.connection()
        with pytest.raises(PolicyError):
            conn.execute(f"DELETE FROM {table}")
        with pytest.raises(PolicyError):
            marks = ", ".join(conn.placeholder(i) for i in range(2))
            conn.executemany(f"INSERT INTO {table} (id, name) VALUES ({marks})", [(9, "z")])
        assert conn.query_all(f"SELECT count(*) FROM {table}")[0][0] == 2  # reads still run
    finally:
        session.close()
    assert content(server, table) == ORIGINAL


def test_an_unrestricted_session_does_not_judge_twice(server: str, table: str) -> None:
    session = session_for(server)
    try:
        cur = session.connection().execute(f"DELETE FROM {table} WHERE id = 2")
        cur.close()
        if session.in_transaction:
            session.connection().commit()
    finally:
        session.close()
    assert content(server, table) == [(1, "a")]


_TX_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "START TRANSACTION", "SAVEPOINT", "RELEASE", "ROLLBACK TO")


def test_a_load_runs_only_from_its_decision(server: str, table: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Restore, import and copy run every statement on the target from the Prepared the gate made:
    declared before anything is touched, or admitted by the same gate as it arises (a probe, a
    fallback, a setting); only transaction control is the connection's own."""
    execute(server, f"ALTER TABLE {table} ADD COLUMN note varchar(10) DEFAULT 'x'")  # a default: probed first
    archive = backup_of(server, table, tmp_path)
    cleared: list[Prepared] = []  # the target session's decisions, in order
    real_clear = Session.clear
    target: list[Session] = []

    def clear(self: Session, prepared: Prepared, *, assume_yes: bool = False) -> None:
        real_clear(self, prepared, assume_yes=assume_yes)
        if self in target:
            cleared.append(prepared)

    monkeypatch.setattr(Session, "clear", clear)
    source = f"sqlite:///{tmp_path / 'src.sqlite'}"
    execute(source, f"CREATE TABLE {table} (id integer PRIMARY KEY, name varchar(20), note varchar(10))",
            f"INSERT INTO {table} VALUES (5, 'e', 'y')")  # fmt: skip
    with restricted(server, Policy()) as session:
        target.append(session)
        conn = session.connection()
        seen: list[tuple[int, str]] = []
        check = conn.statement_check

        def record(sql: str) -> None:
            seen.append((len(cleared), sql))
            if check is not None:
                check(sql)

        conn.statement_check = record
        restore(session, archive, replace=True)
        import_file(session, ImportOptions(path=str(csv_file(tmp_path)), table=table))
        with restricted(source, Policy()) as src:
            copy_tables(src, session, [table], create=True, replace=True)
    outside = [sql for n, sql in seen
               if n and not sql.lstrip().upper().startswith(_TX_CONTROL) and not cleared[n - 1].allows(sql)]
    assert outside == [], "\n".join(outside)
    ran = [sql for n, sql in seen if n]
    assert any(sql.upper().startswith("CREATE TABLE") for sql in ran)  # the load's DDL was seen, and cleared
    assert content(server, table) == [(5, "e")]
