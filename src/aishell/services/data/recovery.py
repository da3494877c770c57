"""Crash safety for the data operations that cannot be one transaction on their target.

PostgreSQL, SQLite and DuckDB run DDL inside transactions: a restore, copy or import there is
one transaction, and a process killed half-way leaves the old content (the server, or the
file's journal, rolls it back).  MySQL/MariaDB commit every DDL statement at once (the engine
says so: ``dialect_of(e).schema.transactional_ddl``, with its locks and catalog queries), so there

* ``restore``/``copy --replace`` rename the old tables aside (``_aishell_old_<tag>_<name>``),
  create and load the new ones, commit, then drop the old ones (:class:`~.schema.Load`);
* ``import --create`` creates and loads its table under a staging name
  (``_aishell_new_<tag>_<name>``) and renames it into place once the rows are committed.

Before such an operation touches the target it writes a :class:`Journal` entry in the state
store (operation, target, the tables it creates, the set-aside names, what is left to do after
the commit) and moves it on at each step (``phase``); a success removes it.  While running, the
operation holds the server lock ``aishell-<tag>`` (MySQL ``GET_LOCK``): a lock nobody holds means
the operation's connection is gone.  (An engine without such locks falls back to the process id.)

:func:`recover` finds what a killed operation left: the journal entries of the target whose
operation is no longer running, and tables with those prefixes the journal does not know (a
lost state directory, another machine).  Each is finished when its new data was committed
(the rest of the steps run: indexes, dropping the old tables, foreign keys, views) or else
undone (the half-created tables dropped, the old ones renamed back): the target holds the old
content or the new one, never half of it.  The data commands run it first on their target;
``aishell doctor`` reports and repairs on demand.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aishell.engines import dialect_of
from aishell.errors import EXIT_QUERY, AishellError
from aishell.sql.names import quote_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from aishell.engines.base import Connection
    from aishell.engines.schema import SchemaRules, Step
    from aishell.services.session import Session
    from aishell.state import JournalEntry, StateStore

ASIDE_PREFIX = "_aishell_old_"
STAGE_PREFIX = "_aishell_new_"
_LEFTOVER = re.compile(r"^_aishell_(old|new)_([0-9a-f]{8})_(.+)$")
_MAX_NAME = 64  # MySQL's longest table name
#: how long to wait for the server to close a killed process's connection (its lock and transaction)
SERVER_CLEANUP_WAIT = 60.0


def aside_name(tag: str, name: str) -> str:
    return f"{ASIDE_PREFIX}{tag}_{name}"[:_MAX_NAME]


def staging_name(tag: str, name: str) -> str:
    return f"{STAGE_PREFIX}{tag}_{name}"[:_MAX_NAME]


def lock_name(tag: str) -> str:
    return f"aishell-{tag}"


def _rules(conn: Connection) -> SchemaRules:
    return conn.engine_dialect.schema


def needs_journal(conn: Connection) -> bool:
    """Whether an operation on ``conn`` with DDL needs the journal (its DDL commits at once)."""
    return not _rules(conn).transactional_ddl


def _lock(conn: Connection, name: str, wait: int = 0) -> bool:
    """Take the named server lock (True where the engine has none)."""
    sql = _rules(conn).lock_sql(name, wait)
    return sql is None or bool(conn.query_all(sql)[0][0])


def _unlock(conn: Connection, name: str) -> None:
    sql = _rules(conn).unlock_sql(name)
    if sql is not None:
        conn.query_all(sql)


def target_key(session: Session) -> str:
    """The database's identity in the journal: engine, host, port and database (or the file)."""
    url = session.target.url
    if url.is_file:
        return f"{url.engine}:{os.path.realpath(url.database or '')}"
    try:
        database = session.connection().current_database() or url.database or ""
    except AishellError:
        database = url.database or ""
    port = url.port or dialect_of(url.engine).default_port or 0
    return f"{url.engine}://{(url.host or 'localhost').lower()}:{port}/{database}"


def _store(session: Session) -> StateStore:
    if session.state is not None:
        return session.state
    from aishell.state import StateStore

    return StateStore()


# --------------------------------------------------------------------------- the journal
class Journal:
    """One operation's entry in the state store's journal (see the module's description).

    Nothing here raises once the entry is written: a journal that cannot be updated leaves the
    entry as it was, which the next run resolves the conservative way.  Without a ``store`` it
    only holds the lock (so that no other aishell takes the operation's tables for leftovers)."""

    def __init__(self, store: StateStore | None, target: str = "", url: str = "", operation: str = "") -> None:
        self.store = store
        self.target = target
        self.url = url
        self.operation = operation
        self.id: int | None = None
        self.detail: dict[str, Any] = {}
        self.conn: Connection | None = None

    def start(self, conn: Connection, tag: str, phase: str, **detail: Any) -> None:
        """Take the operation's server lock, then write the entry (before the target is touched)."""
        self.conn = conn
        lock = lock_name(tag)
        _lock(conn, lock)
        self.detail = {"tag": tag, "lock": lock, **detail}
        if self.store is None:
            return
        self.id = self.store.journal_add(target=self.target, url=self.url, operation=self.operation, phase=phase,
                                         pid=os.getpid(), host=socket.gethostname(),
                                         detail=json.dumps(self.detail))  # fmt: skip

    def update(self, phase: str, **detail: Any) -> None:
        """Move on to ``phase`` (written before the step it names)."""
        if self.id is None or self.store is None:
            return
        self.detail.update(detail)
        self.store.journal_update(self.id, phase=phase, detail=json.dumps(self.detail))

    def end(self, *, remove: bool = True) -> None:
        """The operation is over: remove the entry (it finished, or was undone completely; else
        the next run repairs what is left) and release the lock.  Never raises."""
        if self.id is not None and self.store is not None and remove:
            try:
                self.store.journal_remove(self.id)
            except Exception:  # noqa: S110 - the next run finds nothing left to do and removes it
                pass
        self.id = None
        if self.conn is not None and self.detail.get("lock"):
            try:
                _unlock(self.conn, str(self.detail["lock"]))
            except Exception:  # noqa: S110 - the server releases it with the connection
                pass
        self.conn = None


def open_journal(session: Session, operation: str) -> Journal | None:
    """A journal for ``operation`` on ``session``'s target, where its DDL commits at once (else None)."""
    conn = session.connection()
    if not needs_journal(conn):
        return None
    url = session.target.name or session.target.url.without_password()
    return Journal(_store(session), target_key(session), url, operation)


def steps_to_json(steps: list[Step]) -> list[dict[str, Any]]:
    return [{"what": s.what, "stmts": list(s.stmts), "undo": s.undo} for s in steps]


# --------------------------------------------------------------------------- recovery
@dataclass
class Finding:
    """Something a crashed operation left on a target, and what became of it."""

    target: str
    what: str
    #: what was done (or, without repair, what would be done)
    action: str
    fixed: bool = False
    #: the operation is still running (another process): left alone
    running: bool = False
    warnings: list[str] | None = None

    def line(self) -> str:
        text = f"{self.target}: {self.what}: {self.action}"
        for warning in self.warnings or []:
            text += f"; {warning}"
        return text


def recover(session: Session, *, repair: bool = True) -> list[Finding]:
    """Find (and with ``repair``, finish or undo) what crashed operations left on ``session``'s target.
    A repair's statements pass the session's gate as they arise (the policy judges its DROPs)."""
    conn = session.connection()
    if not needs_journal(conn):
        return []
    if repair:
        with session.prepare([], assume_yes=True).gating(conn):
            return _recover(session, conn, repair)
    return _recover(session, conn, repair)


def _recover(session: Session, conn: Connection, repair: bool) -> list[Finding]:
    store = _store(session)
    key = target_key(session)
    display = session.target.url.display()
    findings: list[Finding] = []
    known: set[str] = set()
    # one repair at a time per database (two commands starting together would both repair)
    lock = "aishell-recover-" + hashlib.sha256(key.encode()).hexdigest()[:16]
    if not _lock(conn, lock, int(SERVER_CLEANUP_WAIT)):
        return [Finding(display, "a repair by another aishell", "still running: left alone", running=True)]
    try:
        for entry in store.journal(key):
            detail = json.loads(entry.detail)
            known.add(str(detail.get("tag")))
            findings.append(_recover_entry(conn, store, entry, detail, display, repair))
        findings += _orphans(conn, known, display, repair)
    finally:
        session.invalidate_catalog()
        try:
            _unlock(conn, lock)
        except AishellError:
            pass
    return findings


def recover_before(session: Session) -> list[str]:
    """Run at the start of a data operation that writes: repair what crashed ones left on the
    target; return a line for each thing found (to be shown as a warning).  Inside the user's
    transaction (the shell) it only reports: a repair's DDL would commit that transaction."""
    conn = session.connection()
    if session.read_only or not needs_journal(conn):
        return []
    return [f.line() for f in recover(session, repair=not conn.in_transaction)]


class LeftoversError(AishellError):
    """A data operation that only reads (``backup create``, ``export``) found what a crashed
    operation left on its database: what it would read may be half of that operation's work."""

    exit_code = EXIT_QUERY


def check_leftovers(session: Session, what: str, warn: Callable[[str], None] | None = None) -> None:
    """Run at the start of a data operation that only reads (``what``: "a backup", "an export"):
    look for what crashed operations left on the target -- its journal entries, the
    ``_aishell_old_*``/``_aishell_new_*`` tables -- and repair nothing.  Something found raises
    :class:`LeftoversError`, or with ``warn`` (``--allow-leftovers``) is passed to it line by line
    and the operation goes on.  Nothing to look for where operations are one transaction (as
    :func:`recover_before`); the usual case costs a look into the journal and one query."""
    conn = session.connection()
    if not needs_journal(conn):
        return
    if not _store(session).journal(target_key(session)) and not _leftover_tables(conn):
        return
    found = [f.what for f in recover(session, repair=False)]
    if not found:  # ended meanwhile
        return
    db = session.target.name or session.target.url.display()
    if warn is None:
        raise LeftoversError(f"{db} holds a data operation's half-done work ({'; '.join(found)}): {what} now "
                             f"could hold half of it; run `aishell doctor --repair --db {db}` first "
                             "(or give --allow-leftovers)")  # fmt: skip
    for item in found:
        warn(f"warning: {db}: {item}: going on (--allow-leftovers): {what} may hold half of its work")


def _leftover_tables(conn: Connection) -> list[str]:
    """The database's tables named like an operation's set-aside or staging tables (``_`` in
    the LIKE is any character: the pattern decides)."""
    return [name for name in _rules(conn).tables_like(conn, "_aishell_") if _LEFTOVER.match(name)]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _lock_holder(conn: Connection, lock: str) -> Any:
    """Who holds the named lock (None: nobody, or the engine has no such locks)."""
    sql = _rules(conn).lock_holder_sql(lock)
    return conn.query_all(sql)[0][0] if sql is not None else None


def _running(conn: Connection, entry: JournalEntry, detail: dict[str, Any]) -> bool:
    """Whether the entry's operation still runs.  Its server lock decides: nobody holds it once
    its connection is gone.  A process of this machine that is dead but whose connection the
    server has not closed yet (it finishes the statement it was running first) is waited for."""
    local = entry.host == socket.gethostname()
    lock = detail.get("lock")
    if not lock or _rules(conn).lock_holder_sql(lock) is None:
        return local and _pid_alive(entry.pid) and entry.pid != os.getpid()
    if _lock_holder(conn, lock) is None:
        return False
    if not local or _pid_alive(entry.pid):
        return True
    deadline = time.monotonic() + SERVER_CLEANUP_WAIT
    while time.monotonic() < deadline:
        time.sleep(0.1)
        if _lock_holder(conn, lock) is None:
            return False
    return True


def _tables(conn: Connection) -> dict[str, str]:
    """The database's tables and views: name -> ``BASE TABLE`` | ``VIEW``."""
    return _rules(conn).table_kinds(conn)


def _has_rows(conn: Connection, name: str) -> bool:
    return bool(conn.query_all(f"SELECT 1 FROM {quote_table(name, conn.dialect)} LIMIT 1"))


def _run(conn: Connection, sql: str) -> None:
    conn.execute(sql).close()


def _drop_table(conn: Connection, name: str) -> str:
    """``DROP TABLE IF EXISTS`` of one of the operation's tables."""
    return _rules(conn).drop_table_sql(name)


def _rename(conn: Connection, pairs: list[tuple[str, str]]) -> None:
    """One atomic ``RENAME TABLE`` of every pair."""
    for stmt in _rules(conn).rename_sql(pairs):
        _run(conn, stmt)


def _when(ts: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(ts))


def _recover_entry(conn: Connection, store: StateStore, entry: JournalEntry, detail: dict[str, Any],
                   display: str, repair: bool) -> Finding:  # fmt: skip
    names = detail.get("created") or ([detail["table"]] if detail.get("table") else [])
    what = (f"an interrupted {entry.operation} (pid {entry.pid} on {entry.host}, {_when(entry.ts)}, "
            f"phase {entry.phase}) of {', '.join(names) or 'no tables'}")  # fmt: skip
    if _running(conn, entry, detail):
        return Finding(display, what.replace("an interrupted", "a running"), "still running: left alone",
                       running=True)  # fmt: skip
    if entry.operation == "import":
        finish = _import_committed(conn, entry.phase, detail)
    else:
        finish = _load_committed(conn, entry.phase, detail)
    if not repair:
        plan = ("would finish it (its new data is complete)" if finish
                else "would undo it (its new data is incomplete)")  # fmt: skip
        return Finding(display, what, plan + "; run aishell doctor --repair")
    try:
        if entry.operation == "import":
            action, problems = _finish_import(conn, detail) if finish else _undo_import(conn, detail)
            warnings: list[str] = []
        elif finish:
            action, warnings, problems = _finish_load(conn, detail)
        else:
            action, problems = _undo_load(conn, detail)
            warnings = []
    except AishellError as exc:
        return Finding(display, what, f"could not repair it: {exc.one_line()}")
    if problems:
        return Finding(display, what, f"{action}; left for you: {'; '.join(problems)}", warnings=warnings)
    store.journal_remove(entry.id)
    return Finding(display, what, action, fixed=True, warnings=warnings)


# ---- restore / copy (schema.Load)
def _ours(conn: Connection, detail: dict[str, Any], tables: dict[str, str]) -> list[str]:
    """The created tables present under their names that are the operation's (the name it
    replaces was set aside, or was free)."""
    aside: dict[str, str] = detail.get("aside") or {}
    return [n for n in detail.get("created") or []
            if tables.get(n) == "BASE TABLE" and (n not in aside or aside[n] in tables)]  # fmt: skip


def _load_committed(conn: Connection, phase: str, detail: dict[str, Any]) -> bool:
    """Whether the new data was committed: the journal says so, or (killed between the commit and
    the journal's next step) a created table holds rows -- the data is one transaction."""
    if phase == "finishing":
        return True
    if phase != "committing":
        return False
    return any(_has_rows(conn, n) for n in _ours(conn, detail, _tables(conn)))


def _finish_load(conn: Connection, detail: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    """The steps after the commit, each skipped when already done: indexes, dropping the old
    objects, foreign keys, then the optional steps (views, expression indexes)."""
    rules = _rules(conn)
    warnings: list[str] = []

    def attempt(sql: str, what: str) -> bool:
        error = rules.probe(conn, sql)
        if error is None or _already(error):
            return True
        warnings.append(f"skipped {what}: {error}")
        return False

    for stmt in detail.get("post") or []:
        attempt(stmt, "an index")
    tables = _tables(conn)
    aside: dict[str, str] = detail.get("aside") or {}
    kinds: dict[str, str] = detail.get("kinds") or {}
    dropped = []
    for name, old in aside.items():
        if old in tables:
            view = tables[old] == "VIEW" or kinds.get(name) == "view"
            _run(conn, rules.drop_view_sql(old) if view else _drop_table(conn, old))
            dropped.append(name)
    for stmt in detail.get("foreign") or []:
        attempt(stmt, "a foreign key")
    for step in detail.get("optional") or []:
        for index, stmt in enumerate(step.get("stmts") or []):
            if stmt.startswith("-- "):
                warnings.append(f"skipped {step['what']}: {stmt[3:]}")
                break
            error = rules.probe(conn, stmt)
            if error is not None and not _already(error):
                warnings.append(f"skipped {step['what']}: {error}")
                if index and step.get("undo"):
                    rules.probe(conn, step["undo"])
                break
    kept = ", ".join(detail.get("created") or [])
    action = f"finished: the new {kept} kept"
    if dropped:
        action += f", the old {', '.join(dropped)} dropped"
    return action, warnings, []


def _already(error: str) -> bool:
    low = error.lower()
    return "duplicate" in low or "already exists" in low or "errno: 121" in low


def _undo_load(conn: Connection, detail: dict[str, Any]) -> tuple[str, list[str]]:
    """Drop the tables the operation created (never one holding rows: those are not its own
    uncommitted ones) and rename the old ones back, in one statement."""
    tables = _tables(conn)
    aside: dict[str, str] = detail.get("aside") or {}
    problems: list[str] = []
    dropped = []
    for name in reversed(_ours(conn, detail, tables)):
        if _has_rows(conn, name):
            problems.append(f"{name} holds rows it did not commit: not dropped")
            continue
        _run(conn, _drop_table(conn, name))
        dropped.append(name)
        del tables[name]
    pairs = [(old, name) for name, old in aside.items() if old in tables and name not in tables]
    _rename(conn, pairs)
    for name, old in aside.items():
        if old in tables and name in tables:
            problems.append(f"the old {name} is kept as {old} ({name} exists)")
    parts = []
    if dropped:
        parts.append(f"the half-created {', '.join(dropped)} dropped")
    if pairs:
        parts.append(f"the old {', '.join(n for _o, n in pairs)} put back")
    return "undone: " + (", ".join(parts) if parts else "nothing had changed"), problems


# ---- import --create (a staging table renamed into place)
def _import_committed(conn: Connection, phase: str, detail: dict[str, Any]) -> bool:
    staged = str(detail.get("staged") or "")
    tables = _tables(conn)
    if staged not in tables:
        return False
    return phase == "committed" or _has_rows(conn, staged)


def _finish_import(conn: Connection, detail: dict[str, Any]) -> tuple[str, list[str]]:
    staged, table = str(detail["staged"]), str(detail["table"])
    if table in _tables(conn):
        return f"not finished: {table} exists already; its import stays in {staged}", [
            f"rename {staged} to {table} yourself, or drop it"]  # fmt: skip
    _rename(conn, [(staged, table)])
    return f"finished: the imported rows are in {table}", []


def _undo_import(conn: Connection, detail: dict[str, Any]) -> tuple[str, list[str]]:
    staged = str(detail.get("staged") or "")
    if staged in _tables(conn):
        _run(conn, _drop_table(conn, staged))
        return f"undone: the half-loaded {staged} dropped (no {detail.get('table')} was created)", []
    return "undone: nothing had changed", []


# ---- tables no journal entry explains
def _orphans(conn: Connection, known: set[str], display: str, repair: bool) -> list[Finding]:
    """``_aishell_old_*`` and ``_aishell_new_*`` tables of operations no journal entry describes
    (and no running operation holds).  What cannot lose anything is repaired: an old table whose
    name is free (or taken by an empty table) is renamed back; an empty staging table is dropped,
    one with rows renamed into place if its name is free.  The rest is reported."""
    tables = _tables(conn)
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for full in tables:
        m = _LEFTOVER.match(full)
        if m and m.group(2) not in known:
            groups.setdefault(m.group(2), []).append((full, m.group(1), m.group(3)))
    out: list[Finding] = []
    for tag, items in sorted(groups.items()):
        names = ", ".join(full for full, _k, _n in items)
        what = f"tables left by an interrupted operation: {names}"
        if _lock_holder(conn, lock_name(tag)) is not None:
            out.append(Finding(display, what.replace("an interrupted", "a running"), "still running: left alone",
                               running=True))  # fmt: skip
            continue
        done: list[str] = []
        problems: list[str] = []
        plans: list[str] = []
        for full, kind, name in items:
            try:
                truncated = len(full) >= _MAX_NAME
                if truncated:
                    problems.append(f"{full}: its table's name is cut short; rename or drop it yourself")
                    continue
                if kind == "old":
                    taken = tables.get(name)
                    if taken is None or (taken == "BASE TABLE" and not _has_rows(conn, name)):
                        plans.append(f"put the old {name} back")
                        if repair:
                            if taken is not None:
                                _run(conn, _drop_table(conn, name))
                            _rename(conn, [(full, name)])
                            tables[name] = tables.pop(full)
                            done.append(f"the old {name} put back")
                    else:
                        problems.append(f"{full} holds the old {name}, and {name} holds rows: keep one and drop "
                                        "or rename the other yourself")  # fmt: skip
                elif not _has_rows(conn, full):
                    plans.append(f"drop the empty staging table {full}")
                    if repair:
                        _run(conn, _drop_table(conn, full))
                        done.append(f"the empty {full} dropped")
                elif name not in tables:
                    plans.append(f"rename {full} (a committed import) to {name}")
                    if repair:
                        _rename(conn, [(full, name)])
                        tables[name] = tables.pop(full)
                        done.append(f"the imported {name} put in place")
                else:
                    problems.append(f"{full} holds an import into {name}, which exists: rename or drop it yourself")
            except AishellError as exc:
                problems.append(f"{full}: could not repair it: {exc.one_line()}")
        if not repair:
            action = ("would: " + "; ".join(plans) + "; run aishell doctor --repair") if plans else ""
            action = "; ".join(filter(None, [action, *problems])) or "nothing to do"
            out.append(Finding(display, what, action))
            continue
        action = ("repaired: " + ", ".join(done)) if done else "not repaired"
        if problems:
            action += f"; left for you: {'; '.join(problems)}"
        out.append(Finding(display, what, action, fixed=not problems))
    return out
