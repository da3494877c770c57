"""Workflow runs and their checkpoints in the state store (tables ``flow_runs`` and ``flow_steps``).

A run row holds the file, its checksum, the parameters and options, and the process that owns
the run (pid, host and the process's start time, so a reused pid is not taken for the owner).
A step row holds its idempotency key, status (pending, running, ok, failed, skipped), attempts,
times, result (JSON) and log.  Every write that checkpoints is durable (``synchronous=FULL``,
as the data journal's): a step is ``ok`` only once its effect is done, and its status and
result are one write.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aishell.state import StateStore

#: run statuses; a run whose status is ``running`` while its owner is gone is shown as ``interrupted``;
#: ``cancelled`` is final (``flow resume --force`` takes it up again)
RUN_STATUSES = ("running", "ok", "failed", "interrupted", "cancelled")
STEP_STATUSES = ("pending", "running", "ok", "failed", "skipped")
DONE = frozenset({"ok", "skipped"})


@dataclass
class RunRow:
    id: str
    name: str
    file: str
    checksum: str
    params: dict[str, Any]
    options: dict[str, Any]
    status: str
    started: float
    ended: float | None
    pid: int | None
    host: str | None
    proc_start: str | None

    def owner_alive(self) -> bool:
        return self.pid is not None and process_alive(self.pid, self.host, self.proc_start)

    @property
    def shown_status(self) -> str:
        """``interrupted`` for a run left ``running`` by a process that is gone."""
        return "interrupted" if self.status == "running" and not self.owner_alive() else self.status


@dataclass
class StepRow:
    run_id: str
    step_id: str
    position: int
    idem_key: str | None
    status: str
    attempts: int
    started: float | None
    ended: float | None
    result: dict[str, Any] | None
    log: str

    @property
    def seconds(self) -> float | None:
        if self.started is None:
            return None
        return (self.ended or time.time()) - self.started


def proc_start(pid: int) -> str | None:
    """The start time of process ``pid`` (Linux ``/proc``), or None where unknown."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


def process_alive(pid: int, host: str | None, started: str | None) -> bool:
    """Whether the process ``pid`` on ``host`` that started at ``started`` still runs (another
    host's process cannot be checked: it counts as alive)."""
    if host is not None and host != socket.gethostname():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    now = proc_start(pid)
    if now is None:
        return True
    if started is not None and now != started:
        return False  # the pid was reused
    try:  # a zombie (killed, not yet reaped by its parent) is gone for our purpose
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


class FlowStore:
    def __init__(self, state: StateStore | None = None) -> None:
        self.state = state or StateStore()

    # ---- writes (durable: on disk when they return)
    def _write(self, statements: Iterable[tuple[str, tuple[Any, ...]]]) -> int:
        """Run ``statements`` as one transaction with ``synchronous=FULL``; the last one's rowcount."""
        with self.state._lock:
            db = self.state._db()
            db.execute("PRAGMA synchronous=FULL")
            try:
                db.execute("BEGIN IMMEDIATE")
                count = 0
                try:
                    for sql, params in statements:
                        count = db.execute(sql, params).rowcount
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
                return count
            finally:
                db.execute("PRAGMA synchronous=NORMAL")

    def create_run(self, *, run_id: str, name: str, file: str, checksum: str, params: dict[str, Any],
                   options: dict[str, Any], steps: list[str]) -> None:  # fmt: skip
        pid = os.getpid()
        self._write([
            ("INSERT INTO flow_runs(id, name, file, checksum, params, options, status, started, pid, host, "
             "proc_start) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
             (run_id, name, file, checksum, json.dumps(params, default=str), json.dumps(options), "running",
              time.time(), pid, socket.gethostname(), proc_start(pid))),
            *(("INSERT INTO flow_steps(run_id, step_id, position, status, attempts, log) VALUES (?,?,?,'pending',0,'')",
               (run_id, sid, i)) for i, sid in enumerate(steps)),
        ])  # fmt: skip

    def claim(self, run: RunRow, *, checksum: str | None = None) -> bool:
        """Make this process the run's owner, unless another process took it since ``run`` was read."""
        pid = os.getpid()
        sets = "status = 'running', ended = NULL, pid = ?, host = ?, proc_start = ?"
        params: tuple[Any, ...] = (pid, socket.gethostname(), proc_start(pid))
        if checksum is not None:
            sets += ", checksum = ?"
            params += (checksum,)
        return self._write([(f"UPDATE flow_runs SET {sets} WHERE id = ? AND pid IS ? AND proc_start IS ?",
                             (*params, run.id, run.pid, run.proc_start))]) == 1  # fmt: skip

    def add_steps(self, run_id: str, steps: list[str]) -> None:
        """Rows for steps a ``--force`` resume found in the edited file and not in the run."""
        self._write([("INSERT OR IGNORE INTO flow_steps(run_id, step_id, position, status, attempts, log) "
                      "VALUES (?,?,?,'pending',0,'')", (run_id, sid, i)) for i, sid in enumerate(steps)])  # fmt: skip

    def step_running(self, run_id: str, step_id: str, idem_key: str, attempt: int) -> None:
        self._write([("UPDATE flow_steps SET status = 'running', idem_key = ?, attempts = ?, "
                      "started = COALESCE(started, ?), ended = NULL WHERE run_id = ? AND step_id = ?",
                      (idem_key, attempt, time.time(), run_id, step_id))])  # fmt: skip

    def step_finished(self, run_id: str, step_id: str, status: str, result: dict[str, Any] | None,
                      log: str = "", idem_key: str | None = None) -> None:  # fmt: skip
        """The step's status, its result and its log in one durable write."""
        self._write([("UPDATE flow_steps SET status = ?, result = ?, log = log || ?, ended = ?, "
                      "idem_key = COALESCE(?, idem_key) WHERE run_id = ? AND step_id = ?",
                      (status, json.dumps(result) if result is not None else None, log, time.time(), idem_key,
                       run_id, step_id))])  # fmt: skip

    def step_reset(self, run_id: str, step_id: str, log: str = "") -> None:
        """Back to pending (the run was stopped while it ran; resume runs it again)."""
        self._write([("UPDATE flow_steps SET status = 'pending', log = log || ? WHERE run_id = ? AND step_id = ? "
                      "AND status = 'running'", (log, run_id, step_id))])  # fmt: skip

    def finish_run(self, run_id: str, status: str) -> None:
        self._write([("UPDATE flow_runs SET status = ?, ended = ? WHERE id = ?", (status, time.time(), run_id))])

    # ---- reads
    def run(self, ref: str) -> RunRow | None:
        """The run ``ref``: its id, a unique prefix of one, or ``last`` (the newest)."""
        with self.state._lock:
            db = self.state._db()
            if ref == "last":
                rows = db.execute(f"SELECT {_RUN_COLS} FROM flow_runs ORDER BY started DESC LIMIT 1").fetchall()
            else:
                rows = db.execute(f"SELECT {_RUN_COLS} FROM flow_runs WHERE id = ?", (ref,)).fetchall()
                if not rows:
                    escaped = ref.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    rows = db.execute(f"SELECT {_RUN_COLS} FROM flow_runs WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
                                      (escaped + "%",)).fetchall()  # fmt: skip
        return _run_row(rows[0]) if len(rows) == 1 else None

    def runs(self, limit: int = 20) -> list[RunRow]:
        with self.state._lock:
            rows = self.state._db().execute(f"SELECT {_RUN_COLS} FROM flow_runs ORDER BY started DESC LIMIT ?",
                                            (limit,)).fetchall()  # fmt: skip
        return [_run_row(r) for r in rows]

    def steps(self, run_id: str) -> list[StepRow]:
        with self.state._lock:
            rows = self.state._db().execute(
                "SELECT run_id, step_id, position, idem_key, status, attempts, started, ended, result, log "
                "FROM flow_steps WHERE run_id = ? ORDER BY position", (run_id,)).fetchall()  # fmt: skip
        return [StepRow(r[0], r[1], int(r[2]), r[3], r[4], int(r[5]), r[6], r[7],
                        json.loads(r[8]) if r[8] else None, r[9] or "") for r in rows]  # fmt: skip


_RUN_COLS = "id, name, file, checksum, params, options, status, started, ended, pid, host, proc_start"


def _run_row(r: sqlite3.Row | tuple[Any, ...]) -> RunRow:
    return RunRow(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6], float(r[7]),
                  float(r[8]) if r[8] is not None else None, r[9], r[10], r[11])  # fmt: skip
