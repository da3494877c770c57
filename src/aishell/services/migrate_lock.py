"""The migration lock: one ``migrate up``/``down``/``baseline``/``repair`` at a time per database.

Where the engine has a session-level server lock (``SchemaRules.migrate_lock_sql``: PostgreSQL's
advisory lock, MySQL/MariaDB's ``GET_LOCK``) that lock decides, and the server gives it back when
the connection ends, even after a crash.  The row of ``aishell_schema_lock`` (one row, ``id = 1``)
says who holds it and since when; on an engine without such a lock (SQLite) inserting that row is
the lock itself, and a row left by a process of this machine that is gone is taken over.

A second run waits (polling, never blocking the server) up to its wait, then fails naming the
holder: ``another migrate is running on DB, started by alice@host (pid 42) at 2026-...``.  Every
statement passes the operation's gate: the table's CREATE, the row's INSERT and DELETE are
declared (:func:`declared`), the lock queries are admitted as locks inside ``Prepared.gating``."""

from __future__ import annotations

import getpass
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from aishell.errors import AishellError, MigrationError, PolicyError

if TYPE_CHECKING:
    from aishell.engines.base import Connection
    from aishell.services.session import Prepared, Session

LOCK_TABLE = "aishell_schema_lock"
CREATE_LOCK = (
    f"CREATE TABLE IF NOT EXISTS {LOCK_TABLE} (id INTEGER NOT NULL PRIMARY KEY, "
    "holder VARCHAR(255) NOT NULL, started_at VARCHAR(40) NOT NULL)"
)
SELECT_LOCK = f"SELECT holder, started_at FROM {LOCK_TABLE} WHERE id = 1"
#: seconds a run waits for another one by default
WAIT = 60.0
_POLL = 0.2


def insert_sql(mark: Callable[[int], str]) -> str:
    return f"INSERT INTO {LOCK_TABLE} (id, holder, started_at) VALUES (1, {mark(0)}, {mark(1)})"


def delete_sql(mark: Callable[[int], str]) -> str:
    return f"DELETE FROM {LOCK_TABLE} WHERE id = 1 AND started_at = {mark(0)}"


def declared(conn: Connection) -> tuple[list[str], list[str]]:
    """(the statements the lock runs, the same as the classifier reads them: ``?`` markers)."""
    real = [CREATE_LOCK, insert_sql(conn.placeholder), delete_sql(conn.placeholder)]
    return real, [CREATE_LOCK, insert_sql(lambda _i: "?"), delete_sql(lambda _i: "?")]


def holder() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()} (pid {os.getpid()})"


def _commit(conn: Connection) -> None:
    if conn.in_transaction:
        conn.commit()


def _rollback(conn: Connection) -> None:
    if conn.in_transaction:
        conn.rollback()


class _Lock:
    def __init__(self, session: Session, prepared: Prepared, conn: Connection) -> None:
        self.session, self.prepared, self.conn = session, prepared, conn
        name = f"aishell-migrate:{conn.current_database() or session.label}"
        self.server = conn.engine_dialect.schema.migrate_lock_sql(name)
        self.started = ""
        self.server_held = False

    def holder_text(self) -> str:
        try:
            rows = self.conn.query_all(SELECT_LOCK)
        except PolicyError:
            raise
        except AishellError:
            _rollback(self.conn)
            rows = []
        if not rows:
            return "started by someone whose row is not written yet"
        return f"started by {rows[0][0]} at {rows[0][1]}"

    def _write_row(self) -> None:
        self.started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        self.prepared.execute(self.conn, insert_sql(self.conn.placeholder), (holder(), self.started)).close()
        _commit(self.conn)

    def _stale(self) -> str | None:
        """The ``started_at`` of a row left by a process of this machine that is gone."""
        rows = self.conn.query_all(SELECT_LOCK)
        if not rows:
            return None
        text, started = str(rows[0][0]), str(rows[0][1])
        host, _, rest = text.partition("@")[2].partition(" (pid ")
        if host != socket.gethostname() or not rest.rstrip(")").isdigit():
            return None
        pid = int(rest.rstrip(")"))
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return started
        except OSError:
            return None
        return None

    def try_take(self) -> bool:
        if self.server is not None:
            if not self.server_held:
                self.server_held = bool(self.conn.query_all(self.server[0])[0][0])
                if not self.server_held:
                    return False
            self.prepared.execute(self.conn, CREATE_LOCK).close()  # under the lock: PostgreSQL's CREATE ... IF
            _commit(self.conn)  # NOT EXISTS is not safe against a concurrent one
            rows = self.conn.query_all(SELECT_LOCK)  # a crashed holder's row: the server lock says it is gone
            if rows:
                self.prepared.execute(self.conn, delete_sql(self.conn.placeholder), (str(rows[0][1]),)).close()
            self._write_row()
            return True
        try:
            self.prepared.execute(self.conn, CREATE_LOCK).close()
            _commit(self.conn)
            self._write_row()
            return True
        except PolicyError:
            raise
        except AishellError:
            _rollback(self.conn)
        try:
            stale = self._stale()
            if stale is not None:
                self.prepared.execute(self.conn, delete_sql(self.conn.placeholder), (stale,)).close()
                _commit(self.conn)
        except PolicyError:
            raise
        except AishellError:
            _rollback(self.conn)  # busy: the next round tries again
        return False

    def release(self) -> None:
        try:
            _rollback(self.conn)
            if self.started:
                self.prepared.execute(self.conn, delete_sql(self.conn.placeholder), (self.started,)).close()
                _commit(self.conn)
        except AishellError:
            pass  # the connection is gone: the server lock went with it; a SQLite row is stale
        try:
            if self.server is not None and self.server_held:
                self.conn.query_all(self.server[1])
        except AishellError:
            pass


@contextmanager
def held(session: Session, prepared: Prepared, conn: Connection, *, wait: float = WAIT) -> Iterator[None]:
    """Hold the migration lock of ``conn``'s database (inside ``prepared.gating(conn)``); wait up
    to ``wait`` seconds for another run, then fail naming it."""
    lock = _Lock(session, prepared, conn)
    deadline = time.monotonic() + max(wait, 0.0)
    try:
        while not lock.try_take():
            if time.monotonic() >= deadline:
                raise MigrationError(
                    f"another migrate is running on {session.label}, {lock.holder_text()}; "
                    f"gave up after waiting {wait:g}s (--lock-wait SECONDS to wait longer)"
                )
            time.sleep(_POLL)
        yield
    finally:
        lock.release()
