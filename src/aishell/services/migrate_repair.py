"""``aishell migrate repair`` (Flyway's ``repair``): bring the history in line with the folder
after a person has reviewed the difference -- never silently.

* an applied file that was edited (or renamed) on purpose: its checksum, name and chain are
  re-recorded (a ``repaired`` row, in force; the history stays append-only), and so are the
  chains of the applied files after it, which the edit changed;
* an applied file that was deleted on purpose: a ``deleted`` row (no longer in force; what it
  made stays in the database, and ``drift`` shows it);
* a ``failed`` or ``half_applied`` row that blocks its version, once the person has finished or
  undone its statements by hand: the row is removed, named by its ``seq``.

:func:`plan` says exactly what :func:`repair` will change; :func:`repair` runs only with
``yes`` or the face's confirmation of that list, inside the gate, under the migration lock.
A file inserted before applied ones is not repaired (rename it above the latest applied one):
repair refuses while there is one, naming it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aishell.errors import MigrationError, PolicyError
from aishell.services import migrate as m

if TYPE_CHECKING:
    from aishell.services.session import Session


@dataclass
class Step:
    action: str  # remove, re-record, mark-deleted
    filename: str
    text: str  # what will change, naming the file
    seq: int | None = None  # remove: the history row
    file: m.MigrationFile | None = None  # re-record / mark-deleted: what the new row records
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"action": self.action, "file": self.filename, "change": self.text, "seq": self.seq}


def _short(checksum: str) -> str:
    return checksum[:12]


def plan(files: list[m.MigrationFile], history: list[m.HistoryRow]) -> list[Step]:
    """What a repair changes, in the order it changes it; refuses (naming them) while files are
    inserted before applied migrations, which only a rename fixes."""
    applied = m.in_force(history)
    top = max(applied) if applied else None
    inserted = [f.filename for f in files if top is not None and f.key not in applied and f.key < top]
    if inserted and top is not None:
        latest = applied[top].filename
        raise MigrationError("repair cannot fix a file inserted before applied migrations; rename it above the "
                             f"latest applied version ({latest}) first: " + ", ".join(inserted))  # fmt: skip
    steps: list[Step] = []
    last = {m.version_key(r.version): r for r in history}
    for row in last.values():
        if row.outcome in ("failed", *m.BLOCKING):
            steps.append(Step("remove", row.filename, f"{row.filename}: remove history row {row.seq} ({row.outcome}: "
                              f"{row.detail or 'no detail'})", seq=row.seq))  # fmt: skip
    by_key = {f.key: f for f in files}
    for key, row in applied.items():
        f = by_key.get(key)
        if f is None:
            gone = m.MigrationFile(row.version, row.name, Path(row.filename), row.checksum, row.chain)
            steps.append(Step("mark-deleted", row.filename, f"{row.filename}: {row.outcome} but its file is gone: "
                              "record it as deleted (what it made stays in the database)", file=gone,
                              detail="file deleted; recorded by migrate repair"))  # fmt: skip
            continue
        changes = []
        if f.name != row.name:
            changes.append(f"name (was {row.filename})")
        if f.checksum != row.checksum:
            changes.append(f"checksum {_short(f.checksum)} (was {_short(row.checksum)})")
        if f.chain != row.chain:
            changes.append(f"chained checksum {_short(f.chain)} (was {_short(row.chain)})")
        if changes:
            steps.append(Step("re-record", f.filename, f"{f.filename}: re-record its " + ", ".join(changes), file=f,
                              detail="re-recorded by migrate repair: " + ", ".join(changes)))  # fmt: skip
    return steps


def repair_plan(session: Session, folder: str | Path) -> list[Step]:
    return plan(m.read_folder(folder), m.read_history(session))


def repair(session: Session, folder: str | Path, *, yes: bool = False, lock_wait: float | None = None) -> m.Report:
    """Make the changes :func:`plan` lists: only with ``yes`` (the caller showed them) or the
    session's confirmation of the list; refuses when the history changed meanwhile."""
    files = m.read_folder(folder)
    steps = plan(files, m.read_history(session))
    report = m.Report(action="repair")
    if not steps:
        return report
    lines = [s.text for s in steps]
    if not yes:
        if session.confirm is None:
            raise MigrationError("repair would change the history: " + "; ".join(lines)
                                 + "; nothing changed (review it, then pass --yes)")  # fmt: skip
        if not session.confirm("Repair the migration history?\n  " + "\n  ".join(lines) + "\nContinue?", lines):
            raise PolicyError("cancelled by user: migrate repair")
    prepared = m._prepare(session, [], True)  # the person consented to exactly these changes
    conn = session.connection()
    with m._locked(session, prepared, lock_wait) as history:
        if [s.text for s in plan(files, history)] != lines:
            raise MigrationError("the history changed while waiting for the lock; nothing repaired (run it again)")
        recorder = m._Recorder(conn, history)
        conn.begin()
        try:
            for step in steps:
                if step.seq is not None:
                    prepared.execute(conn, m._Recorder.delete(conn.placeholder), (step.seq,)).close()
                elif step.file is not None:
                    outcome = "deleted" if step.action == "mark-deleted" else "repaired"
                    recorder.record(step.file, outcome, 0, step.detail)
                report.done.append(step.text)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    return report
