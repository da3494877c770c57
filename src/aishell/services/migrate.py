"""Versioned SQL migrations (``aishell migrate``): a folder of ``V<version>__<name>.sql`` files,
optional ``U<version>__<name>.sql`` undo files, and a history table in the target database.

Every statement -- the history table's CREATE, each migration's statements, the history rows --
passes the session's gate (``Session.prepare`` and ``Prepared.gating``).  Whether a migration can
run in one transaction is the connection's declared ``transactional_ddl``; where DDL commits at
once a failure after the first statement is recorded ``half_applied``, never ``applied``, and a run
that dies half way leaves its ``running`` row.  ``up``, ``down`` and ``baseline`` hold the
migration lock (``services/migrate_lock.py``); ``services/migrate_repair.py`` re-aligns the history
after a reviewed change, ``services/migrate_drift.py`` compares the live schema."""

from __future__ import annotations

import getpass
import hashlib
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.audit.hooks import audited
from aishell.errors import AishellError, MigrationError, UsageError

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from aishell.engines.base import Connection
    from aishell.services.session import Prepared, Session

HISTORY = "aishell_schema_history"
CREATE_HISTORY = (
    f"CREATE TABLE IF NOT EXISTS {HISTORY} (seq INTEGER NOT NULL, version VARCHAR(64) NOT NULL, "
    "name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL, chain VARCHAR(64) NOT NULL, "
    "applied_by VARCHAR(255) NOT NULL, applied_at VARCHAR(40) NOT NULL, duration_ms INTEGER NOT NULL, "
    "outcome VARCHAR(20) NOT NULL, detail VARCHAR(2000))"
)
SELECT_HISTORY = (
    f"SELECT seq, version, name, checksum, chain, applied_by, applied_at, duration_ms, outcome, detail "
    f"FROM {HISTORY} ORDER BY seq"
)
#: the outcomes that leave a version in force
IN_FORCE = ("applied", "baselined", "repaired")
#: a migration on an engine whose DDL commits at once, while it runs (stays so if the run dies)
RUNNING = "running"
#: the outcomes that block every run until a person fixes the database (``migrate repair`` then)
BLOCKING = ("half_applied", RUNNING)
_FILE = re.compile(r"^([VU])(\d+(?:\.\d+)*)__([A-Za-z0-9_]+)\.sql$")


def version_key(version: str) -> tuple[int, ...]:
    """``"1.10"`` -> ``(1, 10)``: versions compare numerically, part by part."""
    if not re.fullmatch(r"\d+(?:\.\d+)*", version):
        raise UsageError(f"not a version: {version!r} (digits, optionally dotted: 3, 1.2)")
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


@dataclass
class MigrationFile:
    version: str
    name: str
    path: Path
    checksum: str  # sha256 of the file's name and bytes
    chain: str = ""  # sha256(previous link + checksum), over the folder in version order
    undo: Path | None = None

    @property
    def key(self) -> tuple[int, ...]:
        return version_key(self.version)

    @property
    def filename(self) -> str:
        return self.path.name


@dataclass
class HistoryRow:
    seq: int
    version: str
    name: str
    checksum: str
    chain: str
    applied_by: str
    applied_at: str
    duration_ms: int
    outcome: str
    detail: str | None = None

    @property
    def filename(self) -> str:
        return f"V{self.version}__{self.name}.sql"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class FileStatus:
    version: str
    filename: str
    state: str  # applied, baselined, repaired, pending, edited, missing, out_of_order, failed, half_applied, running
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Report:
    """What ``up``/``down`` did."""

    done: list[str] = field(default_factory=list)
    action: str = "up"
    #: the linter's findings about what ``up`` ran (``services/migrate_lint.py``), as dicts
    lint: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "done": self.done, "lint": self.lint}


def lint_files(session: Session, files: list[MigrationFile], *, conn: Connection | None = None) -> list[dict[str, Any]]:
    """The migration linter's findings about ``files`` in apply order.  Nothing runs on the
    server unless ``conn`` is given (the session's connection, inside the operation's gate) and
    the engine proves its findings there (MariaDB: scratch copies of the tables)."""
    from dataclasses import asdict

    from aishell.services.migrate_lint import lint

    found = lint([(f.filename, f.path.read_text()) for f in files], session.dialect, conn=conn)
    return [asdict(x) for x in found]


def finding_line(d: dict[str, Any]) -> str:
    return f"{d['file']}:{d['line']}: {d['severity']} {d['rule']}: {d['message']} ({d['hint']})"


def file_checksum(name: str, data: bytes) -> str:
    return hashlib.sha256(name.encode() + b"\0" + data).hexdigest()


def chain_link(previous: str, checksum: str) -> str:
    return hashlib.sha256((previous + checksum).encode()).hexdigest()


def read_folder(folder: str | Path) -> list[MigrationFile]:
    """The folder's migrations in version order, each with its checksum, its chain link and its undo file."""
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"{root}: not a directory")
    found: dict[tuple[int, ...], MigrationFile] = {}
    undos: dict[tuple[int, ...], Path] = {}
    for path in sorted(root.iterdir()):
        m = _FILE.match(path.name)
        if m is None or not path.is_file():
            continue
        kind, version, name = m.groups()
        key = version_key(version)
        if kind == "U":
            undos[key] = path
            continue
        if key in found:
            raise MigrationError(f"{path.name}: version {version} is also {found[key].filename}")
        found[key] = MigrationFile(version, name, path, file_checksum(path.name, path.read_bytes()))
    files = [found[k] for k in sorted(found)]
    link = ""
    for f in files:
        link = f.chain = chain_link(link, f.checksum)
        f.undo = undos.get(f.key)
    return files


def read_history(session: Session) -> list[HistoryRow]:
    """The history table's rows (none when the table does not exist yet), through the gate."""
    from aishell.errors import QueryError

    try:
        _cols, rows = session.query_rows(SELECT_HISTORY)
    except QueryError:
        if session.in_transaction:
            session.connection().rollback()
        if session.catalog(refresh=True).find_table(HISTORY) is None:
            return []
        # the table is there: another run made it meanwhile, or it cannot be read (privileges...),
        # which stays an error, never "nothing applied yet"
        _cols, rows = session.query_rows(SELECT_HISTORY)
    return [HistoryRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]), str(r[6]),
                       int(r[7]), str(r[8]), None if r[9] is None else str(r[9])) for r in rows]  # fmt: skip


def in_force(history: list[HistoryRow]) -> dict[tuple[int, ...], HistoryRow]:
    """Each version's last row, when that row leaves it applied or baselined."""
    last: dict[tuple[int, ...], HistoryRow] = {}
    for row in history:
        last[version_key(row.version)] = row
    return {k: r for k, r in sorted(last.items()) if r.outcome in IN_FORCE}


def problems(files: list[MigrationFile], history: list[HistoryRow], *, running: bool = True) -> list[str]:
    """One line per mismatch between the folder and the history, each naming the file
    (``running=False``: not a ``running`` row, which may be another run's that holds the lock)."""
    applied = in_force(history)
    by_key = {f.key: f for f in files}
    names = {r.name: r for r in applied.values()}
    out: list[str] = []
    for key, row in applied.items():
        f = by_key.get(key)
        if f is None:
            out.append(f"{row.filename}: applied but deleted from the folder")
        elif f.name != row.name and f.name in names and names[f.name].version != row.version:
            out.append(f"{f.filename}: reordered (applied as {names[f.name].filename}, "
                       f"version {row.version} was {row.filename})")  # fmt: skip
        elif f.checksum != row.checksum:
            out.append(f"{f.filename}: edited after it was applied (checksum {f.checksum[:12]}, "
                       f"recorded {row.checksum[:12]})")  # fmt: skip
    last = {version_key(r.version): r for r in history}
    for row in last.values():  # DDL committed part of it: a person must finish or undo it first
        if row.outcome == "half_applied":
            out.append(f"{row.filename}: half applied ({row.detail}); finish or undo it by hand, then run "
                       f"aishell migrate repair (it removes history row {row.seq})")  # fmt: skip
        elif row.outcome == RUNNING and running:
            out.append(f"{row.filename}: started by {row.applied_by} at {row.applied_at} and never finished "
                       "(interrupted, or still running): treat it as half applied; check what of it ran, "
                       "finish or undo it by hand, then run aishell migrate repair "
                       f"(it removes history row {row.seq})")  # fmt: skip
    top = max(applied) if applied else None
    for f in files:
        if top is not None and f.key not in applied and f.key < top:
            out.append(f"{f.filename}: inserted before applied migrations (latest applied {applied[top].filename})")
    if not out and applied:  # the chain catches what the per-file checks did not
        row = applied[max(applied)]
        f = by_key[max(applied)]
        if row.chain != f.chain:
            out.append(f"{f.filename}: the chained checksum differs from the one recorded when it was applied")
    return out


def status(files: list[MigrationFile], history: list[HistoryRow]) -> list[FileStatus]:
    """Each file's state, and applied versions whose file is gone."""
    applied = in_force(history)
    last = {version_key(r.version): r for r in history}
    top = max(applied) if applied else None
    out: list[FileStatus] = []
    for f in files:
        row = applied.get(f.key)
        if row is not None:
            state = row.outcome if row.checksum == f.checksum else "edited"
        elif top is not None and f.key < top:
            state = "out_of_order"
        elif f.key in last and last[f.key].outcome in ("failed", *BLOCKING):
            state = last[f.key].outcome
        else:
            state = "pending"
        detail = last[f.key].detail or "" if f.key in last and state in ("failed", *BLOCKING) else ""
        out.append(FileStatus(f.version, f.filename, state, detail))
    for key, row in applied.items():
        if key not in {f.key for f in files}:
            out.append(FileStatus(row.version, row.filename, "missing"))
    return sorted(out, key=lambda s: version_key(s.version))


def verify(session: Session, folder: str | Path) -> list[str]:
    return problems(read_folder(folder), read_history(session))


def new_file(folder: str | Path, name: str) -> Path:
    """Create the next ``V`` file (next whole version, zero-padded like the folder's files)."""
    slug = re.sub(r"[^A-Za-z0-9_]+", "_", name.strip()).strip("_").lower()
    if not slug:
        raise UsageError(f"not a migration name: {name!r}")
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    files = read_folder(root)
    width = max((len(f.version.split(".")[0]) for f in files), default=3)
    nxt = (max((f.key[0] for f in files), default=0)) + 1
    path = root / f"V{nxt:0{width}d}__{slug}.sql"
    path.write_text(f"-- {path.name}: {name.strip()}\n")
    return path


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


class _Recorder:
    """Writes history rows (bound values) on the session's connection, inside the gate."""

    def __init__(self, conn: Connection, history: list[HistoryRow]) -> None:
        self.conn = conn
        self.seq = max((r.seq for r in history), default=0)
        self.sql = self.insert(conn.placeholder)

    @staticmethod
    def insert(mark: Callable[[int], str]) -> str:
        cols = "seq, version, name, checksum, chain, applied_by, applied_at, duration_ms, outcome, detail"
        return f"INSERT INTO {HISTORY} ({cols}) VALUES ({', '.join(mark(i) for i in range(10))})"

    @staticmethod
    def delete(mark: Callable[[int], str]) -> str:
        return f"DELETE FROM {HISTORY} WHERE seq = {mark(0)}"

    @staticmethod
    def update(mark: Callable[[int], str]) -> str:
        return (f"UPDATE {HISTORY} SET outcome = {mark(0)}, duration_ms = {mark(1)}, detail = {mark(2)} "
                f"WHERE seq = {mark(3)}")  # fmt: skip

    def record(self, f: MigrationFile, outcome: str, ms: int, detail: str | None = None) -> int:
        self.seq += 1
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        values = (self.seq, f.version, f.name, f.checksum, f.chain, _who(), now, ms, outcome,
                  None if detail is None else detail[:2000])  # fmt: skip
        self.conn.execute(self.sql, values).close()
        return self.seq

    def finish(self, seq: int, outcome: str, ms: int, detail: str | None) -> None:
        """The outcome of the ``running`` row ``seq`` (engines whose DDL commits at once)."""
        values = (outcome, ms, None if detail is None else detail[:2000], seq)
        self.conn.execute(self.update(self.conn.placeholder), values).close()


def _statements(session: Session, path: Path) -> list[str]:
    from aishell.sql.split import split_statements

    return [s.sql for s in split_statements(path.read_text(), session.dialect) if s.sql.strip()]


def _target(files: list[MigrationFile], to: str | None) -> tuple[int, ...] | None:
    if to is None:
        return None
    key = version_key(to)
    if key not in {f.key for f in files}:
        raise UsageError(f"--to {to}: no V{to}__*.sql in the folder")
    return key


def _prepare(session: Session, stmts: list[str], yes: bool) -> Prepared:
    """One decision for the history table, the migration lock's table and row, every statement
    to run and the history rows: the rows' statements are declared with the driver's own markers
    (classified as the same statements with ``?``), so writing a row asks nothing more once the
    user consented."""
    from aishell.services import migrate_lock

    conn = session.connection()
    lock, lock_classes = migrate_lock.declared(conn)
    rows = [_Recorder.insert, _Recorder.update, _Recorder.delete]
    declared = [CREATE_HISTORY, *lock, *stmts, *(r(conn.placeholder) for r in rows)]
    classes = session.classify_each([CREATE_HISTORY, *lock_classes, *stmts, *(r(lambda _i: "?") for r in rows)])
    prepared = session.decide(declared, classes=classes)
    session.clear(prepared, assume_yes=yes)
    return prepared


@contextmanager
def _locked(session: Session, prepared: Prepared, wait: float | None) -> Iterator[list[HistoryRow]]:
    """Inside the gate, hold the migration lock (``services/migrate_lock.py``) and yield the
    history as it is once the lock is held (another run may have changed it meanwhile)."""
    from aishell.services import migrate_lock

    conn = session.connection()
    wait = migrate_lock.WAIT if wait is None else wait
    with prepared.gating(conn), migrate_lock.held(session, prepared, conn, wait=wait):
        prepared.execute(conn, CREATE_HISTORY).close()
        if conn.in_transaction:
            conn.commit()
        yield read_history(session)


def _pending(files: list[MigrationFile], history: list[HistoryRow], to: str | None) -> list[MigrationFile]:
    applied = in_force(history)
    limit = _target(files, to)
    return [f for f in files if f.key not in applied and (limit is None or f.key <= limit)]


def _lint_gate(report: Report, force: bool) -> dict[str, str]:
    """Refuse on the linter's errors (``force``: run anyway); the override to record per file."""
    errors = [d for d in report.lint if d["severity"] == "error"]
    if errors and not force:
        raise MigrationError("the linter found errors; nothing applied (--force to run anyway; the override is "
                             "recorded in the history): " + "; ".join(finding_line(d) for d in errors))  # fmt: skip
    out: dict[str, str] = {}
    for d in errors:
        prior = out.get(d["file"], "lint errors overridden (--force):")
        out[d["file"]] = f"{prior} line {d['line']} {d['rule']};"
    return out


@audited("migrate-up", target=lambda session, folder, *a, **k: folder)
def up(session: Session, folder: str | Path, *, to: str | None = None, yes: bool = False,
       check_lint: bool = True, force: bool = False, lock_wait: float | None = None) -> Report:  # fmt: skip
    """Apply the pending migrations in version order (up to ``to``); refuses when verify fails,
    and (``check_lint``) when the linter finds an error in them (its warnings are reported),
    unless ``force``, which each applied row's ``detail`` records.  The linter runs twice: on the
    text before anything is asked, and, where the engine proves its findings on the server
    (MariaDB: ALGORITHM=INSTANT/INPLACE on scratch copies), inside the gate under the lock.
    Holds the migration lock while it runs (waits up to ``lock_wait`` seconds for another run)."""
    files = read_folder(folder)
    history = read_history(session)
    found = problems(files, history, running=False)  # a running row is judged under the lock
    if found:
        raise MigrationError("the folder does not match the history; nothing applied: " + "; ".join(found))
    pending = _pending(files, history, to)
    report = Report(action="up")
    if not pending:
        return report
    overrides: dict[str, str] = {}
    if check_lint:
        report.lint = lint_files(session, pending)
        overrides = _lint_gate(report, force)
    plan = {f.filename: _statements(session, f.path) for f in pending}
    prepared = _prepare(session, [x for stmts in plan.values() for x in stmts], yes)
    conn = session.connection()
    with _locked(session, prepared, lock_wait) as history:
        found = problems(files, history)
        if found:
            raise MigrationError("the folder does not match the history; nothing applied: " + "; ".join(found))
        pending = _pending(files, history, to)
        if any(f.filename not in plan for f in pending):
            raise MigrationError("the history changed while waiting for the lock; nothing applied (run it again)")
        if check_lint and pending and session.connection().engine_dialect.migrate_lint.verifies:
            report.lint = lint_files(session, pending, conn=conn)
            overrides = _lint_gate(report, force)
        if not check_lint:
            overrides = {f.filename: "applied without the linter (--no-lint)" for f in pending}
        recorder = _Recorder(conn, history)
        for f in pending:
            _apply(conn, recorder, f, plan[f.filename], "applied", overrides.get(f.filename))
            report.done.append(f.filename)
    session.invalidate_catalog()
    return report


def _apply(conn: Connection, recorder: _Recorder, f: MigrationFile, stmts: list[str], outcome: str,
           note: str | None = None) -> None:  # fmt: skip
    """Run one file's statements; in one transaction with its history row where DDL is
    transactional and the file holds nothing the engine refuses in a transaction
    (``CREATE INDEX CONCURRENTLY``).  Otherwise a ``running`` row is written first and given its
    outcome at the end: a run that dies half way leaves ``running``, which verify reports."""
    rules = conn.engine_dialect.migrate_lint
    transactional = conn.transactional_ddl and not any(rules.outside_transaction(sql) for sql in stmts)
    start = time.monotonic()
    ran: list[str] = []
    if transactional:
        conn.begin()
        running = None
    else:
        running = recorder.record(f, RUNNING, 0, "started; no outcome recorded (interrupted if it stays so)")
    try:
        for sql in stmts:
            conn.execute(sql).close()
            ran.append(sql)
        ms = int((time.monotonic() - start) * 1000)
        if running is None:
            recorder.record(f, outcome, ms, note)
            conn.commit()
        else:
            recorder.finish(running, outcome, ms, note)
    except AishellError as exc:
        ms = int((time.monotonic() - start) * 1000)
        if transactional:
            conn.rollback()
            ran = []
        state = "half_applied" if ran else "failed"
        listed = "; ".join(" ".join(s.split())[:80] for s in ran)
        detail = f"{exc.one_line()}" + (f" (statements that ran and stay: {listed})" if ran else "")
        try:
            if running is None:
                recorder.record(f, state, ms, detail)
            else:
                recorder.finish(running, state, ms, detail)
        except AishellError:
            pass  # the failure is reported below either way
        what = "half applied" if ran else ("failed, rolled back" if transactional else "failed")
        raise MigrationError(f"{f.filename}: {what}: {detail}") from exc


def _down_keys(files: list[MigrationFile], history: list[HistoryRow], to: str | None,
               running: bool = True) -> list[tuple[int, ...]]:  # fmt: skip
    found = problems(files, history, running=running)
    if found:
        raise MigrationError("the folder does not match the history; nothing undone: " + "; ".join(found))
    keys = sorted(in_force(history), reverse=True)
    if to is None:
        return keys[:1]
    limit = version_key(to)
    return [k for k in keys if k > limit]


@audited("migrate-down", target=lambda session, folder, *a, **k: folder)
def down(session: Session, folder: str | Path, *, to: str | None = None, yes: bool = False,
         lock_wait: float | None = None) -> Report:  # fmt: skip
    """Undo applied migrations newest first with their ``U`` files: the newest one, or every
    one above ``to``.  Refuses when a needed undo file is missing, naming it.  Holds the
    migration lock while it runs."""
    files = read_folder(folder)
    keys = _down_keys(files, read_history(session), to, running=False)  # a running row is judged under the lock
    report = Report(action="down")
    if not keys:
        return report
    by_key = {f.key: f for f in files}
    missing = [f"U{by_key[k].version}__{by_key[k].name}.sql" for k in keys if by_key[k].undo is None]
    if missing:
        raise MigrationError("no undo file, nothing undone: " + ", ".join(f"{m} is missing" for m in missing))
    plan = [(by_key[k], _statements(session, by_key[k].undo or by_key[k].path)) for k in keys]
    prepared = _prepare(session, [x for _f, stmts in plan for x in stmts], yes)
    conn = session.connection()
    with _locked(session, prepared, lock_wait) as history:
        if _down_keys(files, history, to) != keys:
            raise MigrationError("the history changed while waiting for the lock; nothing undone (run it again)")
        recorder = _Recorder(conn, history)
        for f, stmts in plan:
            _apply(conn, recorder, f, stmts, "reverted")
            report.done.append(f"U{f.version}__{f.name}.sql")
    session.invalidate_catalog()
    return report


@audited("migrate-baseline", target=lambda session, folder, *a, **k: folder)
def baseline(session: Session, folder: str | Path, version: str, *, yes: bool = False,
             lock_wait: float | None = None) -> Report:  # fmt: skip
    """Record every file up to ``version`` as ``baselined`` without running it (the database
    already has them); refuses when anything is applied already."""
    files = read_folder(folder)
    limit = _target(files, version)
    refusal = f"{HISTORY} already records applied migrations; baseline is for a database without them"
    if in_force(read_history(session)):
        raise MigrationError(refusal)
    prepared = _prepare(session, [], yes)
    conn = session.connection()
    report = Report(action="baseline")
    with _locked(session, prepared, lock_wait) as history:
        if in_force(history):
            raise MigrationError(refusal)
        recorder = _Recorder(conn, history)
        for f in files:
            if limit is not None and f.key <= limit:
                recorder.record(f, "baselined", 0)
                report.done.append(f.filename)
    return report
