"""Migration lint verified on MariaDB: each flagged ALTER runs with ALGORITHM=INSTANT on an empty
copy of its table in a scratch database, through the session's gate; the server's answer keeps or
replaces the finding, and the scratch database is gone afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_dbs import new_database

from aishell.services.factory import make_session
from aishell.services.migrate_lint import lint
from aishell.services.policy import Policy

MIGRATION = """ALTER TABLE orders MODIFY total bigint;
ALTER TABLE orders MODIFY note varchar(200);
ALTER TABLE orders ADD COLUMN extra int AFTER id;
ALTER TABLE orders MODIFY code int NOT NULL;
"""


def _databases(session: object) -> set[str]:
    conn = session.connection()  # type: ignore[attr-defined]
    with session.prepare(["SHOW DATABASES"], assume_yes=True).gating(conn):  # type: ignore[attr-defined]
        cur = conn.execute("SHOW DATABASES")
        names = {str(row[0]) for row in cur.fetchmany(1000)}
        cur.close()
    return names


def _databases_raw(conn: object) -> set[str]:
    cur = conn.execute("SHOW DATABASES")  # type: ignore[attr-defined]
    names = {str(row[0]) for row in cur.fetchmany(1000)}
    cur.close()
    return names


@pytest.fixture
def session(mysql_url: str):  # type: ignore[no-untyped-def]
    s = make_session(mysql_url)
    conn = s.connection()
    setup = ["CREATE OR REPLACE TABLE orders (id int PRIMARY KEY, total int, note varchar(100), code int NULL)"]
    with s.prepare(setup, assume_yes=True).gating(conn):
        conn.execute(setup[0]).close()
    yield s
    s.close()


def test_server_keeps_copies_and_clears_instant_changes(session) -> None:  # type: ignore[no-untyped-def]
    before = _databases(session)
    conn = session.connection()
    with session.prepare([], assume_yes=True).gating(conn):
        found = lint([("001.sql", MIGRATION)], "mariadb", conn=conn)
    by_statement = {(f.statement_index, f.rule): f for f in found}
    # int -> bigint: refused (instant only with ROW_FORMAT=REDUNDANT), with the server's reason
    assert "refused ALGORITHM=INSTANT" in by_statement[(1, "mysql-modify-column")].message
    assert (1, "mysql-verified-instant") not in by_statement
    # ... and INPLACE too: it copies the table, proven, so it is an error
    assert by_statement[(1, "mysql-modify-column")].severity == "error"
    assert "copies the table and blocks writes" in by_statement[(1, "mysql-modify-column")].message
    # widening a varchar and adding a column in the middle are instant (10.4+)
    assert (2, "mysql-verified-instant") in by_statement
    assert (2, "mysql-modify-column") not in by_statement
    assert (3, "mysql-verified-instant") in by_statement
    # NULL -> NOT NULL rebuilds the table: the server refuses INSTANT and says why
    refused = by_statement[(4, "mysql-modify-column")]
    assert "refused ALGORITHM=INSTANT" in refused.message
    assert refused.severity == "warning" and "runs in place with LOCK=NONE" in refused.message
    assert (4, "mysql-verified-instant") not in by_statement
    assert _databases(session) == before


def test_the_session_connection_is_gated_even_outside_an_operation(session) -> None:  # type: ignore[no-untyped-def]
    found = lint([("001.sql", "ALTER TABLE orders MODIFY code int NOT NULL")], "mariadb", conn=session.connection())
    [refused] = [f for f in found if f.rule == "mysql-modify-column"]
    assert "refused ALGORITHM=INSTANT" in refused.message


def test_a_connection_without_a_gate_is_not_used(session) -> None:  # type: ignore[no-untyped-def]
    conn = session.connection()
    check, conn.statement_check = conn.statement_check, None  # as a bare Connection, outside any session
    try:
        before = _databases_raw(conn)
        found = lint([("001.sql", "ALTER TABLE orders MODIFY code int NOT NULL")], "mariadb", conn=conn)
        assert _databases_raw(conn) == before
    finally:
        conn.statement_check = check
    assert "not-verified" in {f.rule for f in found}
    [kept] = [f for f in found if f.rule == "mysql-modify-column"]
    assert "refused" not in kept.message


def test_a_policy_without_ddl_refuses_the_scratch_work(mysql_url: str) -> None:
    s = make_session(mysql_url, policy=Policy(allow_ddl=False))
    try:
        conn = s.connection()
        with s.prepare([], assume_yes=True).gating(conn):
            found = lint([("001.sql", "ALTER TABLE orders MODIFY code int NOT NULL")], "mariadb", conn=conn)
    finally:
        s.close()
    rules = {f.rule for f in found}
    assert "not-verified" in rules and "mysql-modify-column" in rules
    [note] = [f for f in found if f.rule == "not-verified"]
    assert note.message.startswith("the findings were not all verified on the server")
    check = make_session(mysql_url)
    try:
        assert not any(name.startswith("aishell_lint_") for name in _databases(check))
    finally:
        check.close()


def test_up_runs_the_server_check_before_applying(tmp_path: Path) -> None:
    """``migrate up``'s pre-flight lint proves on a scratch copy that an ALTER copies the table:
    up refuses (nothing applied); ``force`` applies it and the history row records the override."""
    folder = tmp_path / "mig"
    folder.mkdir()
    (folder / "V001__t.sql").write_text("CREATE TABLE up_lint (id int PRIMARY KEY, total int);\n")
    (folder / "V002__widen.sql").write_text("ALTER TABLE up_lint MODIFY total bigint;\n")
    with new_database("mysql", tmp_path, "aishell_mlint_") as url:
        _up_refuses_then_forced(url, folder)


def _up_refuses_then_forced(url: str, folder: Path) -> None:
    from aishell.errors import MigrationError
    from aishell.services import migrate as m

    s = make_session(url)
    try:
        m.up(s, folder, to="1", yes=True)
        before = _databases(s)
        with pytest.raises(MigrationError, match=r"V002__widen.sql:1: error mysql-modify-column.*ALGORITHM=INPLACE"):
            m.up(s, folder, yes=True)
        assert _databases(s) == before  # the scratch database is gone
        assert [r.version for r in m.read_history(s)] == ["001"]
        report = m.up(s, folder, yes=True, force=True)
        assert report.done == ["V002__widen.sql"]
        last = m.read_history(s)[-1]
        assert last.outcome == "applied" and last.detail == "lint errors overridden (--force): line 1 mysql-modify-column;"
    finally:
        s.close()
