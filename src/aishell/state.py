"""The state store: a SQLite file in the user's data directory.

It keeps query history with timings (and, in later features, accepted
natural-language examples and audit records).  Statements are redacted
before they are written: a password typed in SQL never reaches the file.
Several processes (a shell, the web server) may write at once: the store
uses WAL mode and a busy timeout.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from aishell.config import data_dir
from aishell.errors import redact

if TYPE_CHECKING:
    from aishell.state_records import HistoryEntry as HistoryEntry
    from aishell.state_records import JournalEntry as JournalEntry
    from aishell.state_records import NLExample as NLExample

_MIGRATIONS = [
    """
    CREATE TABLE IF NOT EXISTS history (
        id          INTEGER PRIMARY KEY,
        ts          REAL NOT NULL,
        connection  TEXT NOT NULL,
        source      TEXT NOT NULL DEFAULT 'cli',
        sql         TEXT NOT NULL,
        status      TEXT NOT NULL,
        rows        INTEGER,
        duration_ms REAL,
        error       TEXT
    );
    CREATE INDEX IF NOT EXISTS history_conn_ts ON history(connection, ts);
    """,
    # web console: API tokens (stored only as a hash) and the audit log
    """
    CREATE TABLE IF NOT EXISTS web_tokens (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        role        TEXT NOT NULL,
        hash        TEXT NOT NULL UNIQUE,
        created     REAL NOT NULL,
        last_used   REAL,
        revoked     REAL
    );
    CREATE TABLE IF NOT EXISTS audit (
        id          INTEGER PRIMARY KEY,
        ts          REAL NOT NULL,
        source      TEXT NOT NULL,
        user        TEXT,
        connection  TEXT,
        action      TEXT NOT NULL,
        statement   TEXT,
        status      TEXT,
        detail      TEXT
    );
    CREATE INDEX IF NOT EXISTS audit_ts ON audit(ts);
    """,
    # natural-language questions the user accepted (confirmed and ran), used as few-shot examples
    """
    CREATE TABLE IF NOT EXISTS nl_examples (
        id          INTEGER PRIMARY KEY,
        connection  TEXT NOT NULL,
        question    TEXT NOT NULL,
        sql         TEXT NOT NULL,
        ts          REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS nl_examples_conn ON nl_examples(connection, ts);
    """,
    # who ran a statement (a web token's name, an MCP client): a viewer sees only its own history
    """
    ALTER TABLE history ADD COLUMN user TEXT;
    """,
    # data operations that cannot be one transaction on their target (MySQL/MariaDB commit DDL at
    # once): an entry while one runs, so that the next run finishes or undoes a crashed one
    """
    CREATE TABLE IF NOT EXISTS data_journal (
        id          INTEGER PRIMARY KEY,
        ts          REAL NOT NULL,
        target      TEXT NOT NULL,
        url         TEXT NOT NULL,
        operation   TEXT NOT NULL,
        phase       TEXT NOT NULL,
        pid         INTEGER NOT NULL,
        host        TEXT NOT NULL,
        detail      TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS data_journal_target ON data_journal(target);
    """,
    # which database a statement ran on, however the connection was named (a saved name or a URL
    # spelt one way or another): DatabaseURL.identity()
    """
    ALTER TABLE history ADD COLUMN target TEXT;
    CREATE INDEX IF NOT EXISTS history_target_ts ON history(target, ts);
    """,
    # values sampled from a database for the offline translator (aishell.ai.pipeline.value_index):
    # one row per database, valid while the catalog's fingerprint is the same and for a while
    """
    CREATE TABLE IF NOT EXISTS value_cache (
        target      TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        ts          REAL NOT NULL,
        payload     TEXT NOT NULL
    );
    """,
    # statement classifications (aishell.sql.cache): a one-shot command that runs a statement
    # seen before, with the same code and function lists (``context``), needs no parser
    """
    CREATE TABLE IF NOT EXISTS classify_cache (
        context     TEXT NOT NULL,
        sql         TEXT NOT NULL,
        ts          REAL NOT NULL,
        payload     TEXT NOT NULL,
        PRIMARY KEY (context, sql)
    );
    """,
    # aishell monitor (aishell.services.monitor): metric samples per database, bounded by age and
    # count, and the alerts raised on them
    """
    CREATE TABLE IF NOT EXISTS monitor_samples (
        target      TEXT NOT NULL,
        ts          REAL NOT NULL,
        metric      TEXT NOT NULL,
        value       REAL NOT NULL
    );
    CREATE INDEX IF NOT EXISTS monitor_samples_target_ts ON monitor_samples(target, ts);
    CREATE TABLE IF NOT EXISTS monitor_alerts (
        id          INTEGER PRIMARY KEY,
        target      TEXT NOT NULL,
        ts          REAL NOT NULL,
        metric      TEXT NOT NULL,
        event       TEXT NOT NULL,
        payload     TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS monitor_alerts_target_ts ON monitor_alerts(target, ts);
    """,
    # aishell flow (aishell.flow.store): workflow runs, and each step's checkpoint
    """
    CREATE TABLE IF NOT EXISTS flow_runs (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        file        TEXT NOT NULL,
        checksum    TEXT NOT NULL,
        params      TEXT NOT NULL,
        options     TEXT NOT NULL,
        status      TEXT NOT NULL,
        started     REAL NOT NULL,
        ended       REAL,
        pid         INTEGER,
        host        TEXT,
        proc_start  TEXT
    );
    CREATE INDEX IF NOT EXISTS flow_runs_started ON flow_runs(started);
    CREATE TABLE IF NOT EXISTS flow_steps (
        run_id      TEXT NOT NULL,
        step_id     TEXT NOT NULL,
        position    INTEGER NOT NULL,
        idem_key    TEXT,
        status      TEXT NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        started     REAL,
        ended       REAL,
        result      TEXT,
        log         TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (run_id, step_id)
    );
    """,
]


def __getattr__(name: str) -> object:
    """The record types (:mod:`aishell.state_records`) load when first asked for: a command that
    only writes history does not build them."""
    if name in ("HistoryEntry", "NLExample", "JournalEntry"):
        from aishell import state_records

        return getattr(state_records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _private(path: Path) -> None:
    """Create ``path`` readable by its owner only (as psql keeps its history), or tighten it.  SQLite
    gives its ``-wal`` and ``-shm`` files the database file's permissions."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
    else:
        os.close(fd)


class StateStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "state.db"
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            _private(self.path)  # history, sampled values and the data journal: the user's own (0600)
            conn = sqlite3.connect(self.path, timeout=5, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            # a commit writes the WAL without waiting for the disk (fsync at checkpoints): history
            # and caches need no fsync per statement, and in WAL mode the file stays consistent
            # whatever happens; the data journal asks for FULL on its own writes (_durable)
            conn.execute("PRAGMA synchronous=NORMAL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for step, script in enumerate(_MIGRATIONS[version:], start=version + 1):
                conn.executescript(script)
                conn.execute(f"PRAGMA user_version = {int(step)}")
            self._conn = conn
        return self._conn

    def add_history(
        self,
        *,
        connection: str,
        sql: str,
        status: str,
        rows: int | None = None,
        duration_ms: float | None = None,
        error: str | None = None,
        source: str = "cli",
        user: str | None = None,
        target: str | None = None,
    ) -> None:
        """``connection``: the label (a saved name, or the URL without its password);
        ``target``: the database's identity (:meth:`~aishell.urls.DatabaseURL.identity`)."""
        with self._lock:
            self._db().execute(
                "INSERT INTO history(ts, connection, source, sql, status, rows, duration_ms, error, user, target) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    time.time(),
                    redact(connection),
                    source,
                    redact(sql),
                    status,
                    rows,
                    duration_ms,
                    redact(error) if error else None,
                    user,
                    redact(target) if target else None,
                ),
            )

    def add_audit(
        self,
        *,
        source: str,
        action: str,
        status: str,
        connection: str | None = None,
        statement: str | None = None,
        user: str | None = None,
        detail: str | None = None,
    ) -> None:
        """One record in the audit log (:mod:`aishell.audit`, the one hash-chained trail every
        face writes; the ``audit`` table is no longer written): who did what, where, and how."""
        from aishell.audit.hooks import event

        event(kind="request", face=source, who=user, action=action, connection=connection, statement=statement,
              outcome=status, error=detail)  # fmt: skip

    def history(
        self, *, connection: str | None = None, limit: int = 100, search: str | None = None,
        user: str | None = None, target: str | None = None,
    ) -> list[HistoryEntry]:
        """Newest first.  ``user``: only the statements that user ran.  ``connection`` and
        ``target`` (a label and a database identity): the statements recorded with either, so
        a saved connection's history includes what ran through its URL, and the reverse."""
        clauses, params = [], []
        if user is not None:
            clauses.append("user = ?")
            params.append(user)
        if connection is not None and target is not None:
            clauses.append("(connection = ? OR target = ?)")
            params += [redact(connection), redact(target)]
        elif connection is not None:
            clauses.append("connection = ?")
            params.append(connection)
        elif target is not None:
            clauses.append("target = ?")
            params.append(redact(target))
        if search:
            clauses.append("sql LIKE ? ESCAPE '\\'")
            params.append("%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        with self._lock:
            rows = self._db().execute(
                "SELECT id, ts, connection, source, sql, status, rows, duration_ms, error, user FROM history"
                + where
                + " ORDER BY id DESC LIMIT ?",
                (*params, limit),
            ).fetchall()
        from aishell.state_records import HistoryEntry

        return [HistoryEntry(*r) for r in rows]

    # ---- accepted natural-language examples
    def add_example(self, *, connection: str, question: str, sql: str) -> None:
        """Remember an accepted question; the same question again replaces the old SQL."""
        with self._lock:
            db = self._db()
            db.execute("DELETE FROM nl_examples WHERE connection = ? AND question = ?",
                       (redact(connection), question.strip()))  # fmt: skip
            db.execute(
                "INSERT INTO nl_examples(connection, question, sql, ts) VALUES (?,?,?,?)",
                (redact(connection), question.strip(), redact(sql), time.time()),
            )

    def examples(self, *, connection: str, limit: int = 500) -> list[NLExample]:
        """Accepted examples for one connection, newest first."""
        with self._lock:
            rows = self._db().execute(
                "SELECT question, sql, ts FROM nl_examples WHERE connection = ? ORDER BY ts DESC, id DESC LIMIT ?",
                (redact(connection), limit),
            ).fetchall()
        from aishell.state_records import NLExample

        return [NLExample(*r) for r in rows]

    # ---- values sampled for the offline translator (see aishell.ai.pipeline.value_index)
    def value_cache(self, target: str) -> tuple[str, float, str] | None:
        """(catalog fingerprint, when sampled, JSON payload) stored for the database ``target``
        (its :meth:`~aishell.urls.DatabaseURL.identity`), or None."""
        with self._lock:
            row = self._db().execute("SELECT fingerprint, ts, payload FROM value_cache WHERE target = ?",
                                     (redact(target),)).fetchone()  # fmt: skip
        return (str(row[0]), float(row[1]), str(row[2])) if row is not None else None

    def put_value_cache(self, target: str, fingerprint: str, ts: float, payload: str) -> None:
        """Keep one database's sampled values, replacing what was stored for it."""
        with self._lock:
            self._db().execute("INSERT OR REPLACE INTO value_cache(target, fingerprint, ts, payload) VALUES (?,?,?,?)",
                               (redact(target), fingerprint, ts, payload))  # fmt: skip

    # ---- statement classifications (see aishell.sql.cache)
    def classification(self, context: str, sql: str) -> str | None:
        """The stored classification of ``sql`` under ``context`` (code, dialect, function lists)."""
        with self._lock:
            row = self._db().execute("SELECT payload FROM classify_cache WHERE context = ? AND sql = ?",
                                     (context, sql)).fetchone()  # fmt: skip
        return str(row[0]) if row is not None else None

    def classified_under(self, prefix: str, sql: str) -> bool:
        """Whether ``sql`` is classified under any context that starts with ``prefix`` (the table is small)."""
        with self._lock:
            row = self._db().execute("SELECT 1 FROM classify_cache WHERE sql = ? AND substr(context, 1, ?) = ? LIMIT 1",
                                     (sql, len(prefix), prefix)).fetchone()  # fmt: skip
        return row is not None

    def put_classification(self, context: str, sql: str, payload: str, *, keep: int) -> None:
        """Store a classification; only the newest ``keep`` entries stay."""
        with self._lock:
            db = self._db()
            db.execute("INSERT OR REPLACE INTO classify_cache(context, sql, ts, payload) VALUES (?,?,?,?)",
                       (context, sql, time.time(), payload))  # fmt: skip
            db.execute("DELETE FROM classify_cache WHERE rowid IN "
                       "(SELECT rowid FROM classify_cache ORDER BY ts DESC LIMIT -1 OFFSET ?)", (keep,))  # fmt: skip

    # ---- metric samples and alerts (see aishell.services.monitor)
    def add_samples(self, target: str, ts: float, values: dict[str, float]) -> None:
        with self._lock:
            self._db().executemany("INSERT INTO monitor_samples(target, ts, metric, value) VALUES (?,?,?,?)",
                                   [(target, ts, m, v) for m, v in values.items()])  # fmt: skip

    def samples(self, target: str, *, since: float | None = None, metric: str | None = None,
                limit: int | None = None) -> list[tuple[float, str, float]]:  # fmt: skip
        """``(ts, metric, value)`` of ``target`` from ``since`` on, oldest first (``limit``: the newest)."""
        with self._lock:
            rows = self._db().execute(
                "SELECT ts, metric, value FROM monitor_samples WHERE target = ? AND ts >= ? "
                "AND (? IS NULL OR metric = ?) ORDER BY ts DESC, rowid DESC LIMIT ?",
                (target, since if since is not None else float("-inf"), metric, metric, -1 if limit is None else limit),
            ).fetchall()
        return [(float(r[0]), str(r[1]), float(r[2])) for r in reversed(rows)]

    def prune_samples(self, target: str, *, before: float, keep_rows: int) -> None:
        """Drop ``target``'s samples older than ``before``, and all but its newest ``keep_rows``."""
        with self._lock:
            db = self._db()
            db.execute("DELETE FROM monitor_samples WHERE target = ? AND ts < ?", (target, before))
            db.execute("DELETE FROM monitor_alerts WHERE target = ? AND ts < ?", (target, before))
            db.execute("DELETE FROM monitor_samples WHERE target = ? AND rowid IN (SELECT rowid FROM monitor_samples "
                       "WHERE target = ? ORDER BY ts DESC LIMIT -1 OFFSET ?)", (target, target, keep_rows))  # fmt: skip

    def add_alert(self, target: str, ts: float, metric: str, event: str, payload: str) -> None:
        with self._lock:
            self._db().execute("INSERT INTO monitor_alerts(target, ts, metric, event, payload) VALUES (?,?,?,?,?)",
                               (target, ts, metric, event, payload))  # fmt: skip

    def alerts(self, target: str, *, since: float | None = None) -> list[tuple[float, str, str, str]]:
        """``(ts, metric, event, payload)`` of ``target``'s alerts from ``since`` on, oldest first."""
        with self._lock:
            rows = self._db().execute("SELECT ts, metric, event, payload FROM monitor_alerts WHERE target = ? "
                                      "AND ts >= ? ORDER BY ts, id", (target, since or 0.0)).fetchall()  # fmt: skip
        return [(float(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]

    # ---- the journal of data operations that cannot be one transaction (see services/data/recovery.py)
    def _durable(self, sql: str, params: tuple[object, ...]) -> sqlite3.Cursor:
        """Run one journal write with ``synchronous=FULL``: it is on disk when this returns, even
        if the machine stops right after (the caller holds the lock)."""
        db = self._db()
        db.execute("PRAGMA synchronous=FULL")
        try:
            return db.execute(sql, params)
        finally:
            db.execute("PRAGMA synchronous=NORMAL")

    def journal_add(self, *, target: str, url: str, operation: str, phase: str, pid: int, host: str,
                    detail: str) -> int:  # fmt: skip
        with self._lock:
            cur = self._durable(
                "INSERT INTO data_journal(ts, target, url, operation, phase, pid, host, detail) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (time.time(), target, redact(url), operation, phase, pid, host, detail),
            )
            return int(cur.lastrowid or 0)

    def journal_update(self, entry_id: int, *, phase: str, detail: str) -> None:
        with self._lock:
            self._durable("UPDATE data_journal SET phase = ?, detail = ? WHERE id = ?", (phase, detail, entry_id))

    def journal_remove(self, entry_id: int) -> None:
        with self._lock:
            self._durable("DELETE FROM data_journal WHERE id = ?", (entry_id,))

    def journal(self, target: str | None = None) -> list[JournalEntry]:
        """The entries (of one target), oldest first."""
        where, params = (" WHERE target = ?", (target,)) if target is not None else ("", ())
        with self._lock:
            rows = self._db().execute(
                "SELECT id, ts, target, url, operation, phase, pid, host, detail FROM data_journal" + where
                + " ORDER BY id", params,
            ).fetchall()  # fmt: skip
        from aishell.state_records import JournalEntry

        return [JournalEntry(*r) for r in rows]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
