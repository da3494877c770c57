"""Reading the audit log: tail, search, export (the web's audit route reads here too)."""

from __future__ import annotations

import csv
import json
import os
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from aishell.errors import UsageError

#: the CSV columns of ``aishell audit export -F csv`` (the rest of an entry is in ``extra``)
CSV_COLUMNS = ["seq", "ts", "kind", "who", "face", "connection", "action", "target", "class", "type", "decision",
               "outcome", "rows", "ms", "statement", "error", "pid", "prev"]  # fmt: skip
_RELATIVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([smhdw])$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def iter_entries(path: Path) -> Iterator[dict[str, Any]]:
    """Every readable entry, oldest first (an unreadable line is skipped: ``verify`` reports it)."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return
    with fh:
        for raw in fh:
            try:
                entry = json.loads(raw)
            except ValueError:
                continue
            if isinstance(entry, dict):
                yield entry


def last_entries(path: Path, n: int) -> list[dict[str, Any]]:
    """The newest ``n`` readable entries, oldest first, read from the end of the file."""
    if n <= 0:
        return []
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return []
    with fh:
        pos = fh.seek(0, os.SEEK_END)
        data, block = b"", 64 * 1024
        while pos > 0 and data.count(b"\n") <= n:
            step = min(block, pos)
            pos -= step
            fh.seek(pos)
            data = fh.read(step) + data
            block *= 2
    lines = data.split(b"\n")
    if pos > 0:
        lines = lines[1:]  # the first one is cut
    out: list[dict[str, Any]] = []
    for raw in reversed(lines):
        if len(out) == n:
            break
        try:
            entry = json.loads(raw)
        except ValueError:
            continue
        if isinstance(entry, dict):
            out.append(entry)
    return out[::-1]


def parse_when(text: str) -> str:
    """An ISO date/time (UTC unless it says otherwise) or an age (``30m``, ``2h``, ``7d``), as
    the ISO timestamp entries carry, for comparing with ``ts``."""
    m = _RELATIVE.match(text.strip())
    if m:
        when = datetime.now(UTC) - timedelta(seconds=float(m[1]) * _UNITS[m[2]])
    else:
        try:
            when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(f"not a time: {text!r} (give 2026-01-31, 2026-01-31T12:00, or an age: 30m, 2h, 7d)"
                             ) from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Filters:
    user: str | None = None
    face: str | None = None
    connection: str | None = None
    since: str | None = None  # ISO, from parse_when
    until: str | None = None
    text: str | None = None
    decision: str | None = None
    outcome: str | None = None
    kind: str | None = None

    def match(self, e: dict[str, Any]) -> bool:
        ts = str(e.get("ts", ""))
        checks = (
            self.user is None or e.get("who") == self.user,
            self.face is None or e.get("face") == self.face,
            self.connection is None or self.connection.lower() in str(e.get("connection", "")).lower(),
            self.since is None or ts >= self.since,
            self.until is None or ts < self.until,
            self.decision is None or e.get("decision") == self.decision,
            self.outcome is None or e.get("outcome") == self.outcome,
            self.kind is None or e.get("kind") == self.kind,
            self.text is None or self.text.lower() in " ".join(
                str(e.get(k, "")) for k in ("statement", "action", "error", "target")).lower(),
        )  # fmt: skip
        return all(checks)


def search(path: Path, filters: Filters, limit: int | None = None) -> list[dict[str, Any]]:
    """Matching entries, oldest first; ``limit``: the newest that many."""
    found = (e for e in iter_entries(path) if filters.match(e))
    return list(deque(found, maxlen=limit)) if limit else list(found)


def format_line(e: dict[str, Any]) -> str:
    """One entry as one human-readable line."""
    if e.get("kind") == "checkpoint":
        signed = f"signed by {e['key']}" if e.get("key") else "unsigned"
        return f"{e.get('seq')} {e.get('ts')} checkpoint covers {e.get('covers')} ({signed})"
    what = e.get("statement") or ""
    if e.get("action"):
        what = f"{e['action']}" + (f" {e['target']}" if e.get("target") else "") + (f": {what}" if what else "")
    parts = [str(e.get("seq")), str(e.get("ts")), f"{e.get('who')}@{e.get('face')}", str(e.get("connection") or "-"),
             str(e.get("decision") or "-"), str(e.get("outcome") or "-")]  # fmt: skip
    if e.get("rows") is not None:
        parts.append(f"rows={e['rows']}")
    if e.get("ms") is not None:
        parts.append(f"{e['ms']}ms")
    line = " ".join(parts) + " " + " ".join(str(what).split())
    if e.get("error"):
        line += f"  [{' '.join(str(e['error']).split())}]"
    return line


def write_jsonl(entries: Iterable[dict[str, Any]], out: IO[str]) -> int:
    from aishell.audit.log import canonical

    n = 0
    for e in entries:
        out.write(canonical(e).decode("utf-8") + "\n")
        n += 1
    return n


def write_csv(entries: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, "extra"])
    n = 0
    for e in entries:
        extra = {k: v for k, v in e.items() if k not in CSV_COLUMNS}
        writer.writerow([*("" if e.get(c) is None else e.get(c) for c in CSV_COLUMNS),
                         json.dumps(extra, sort_keys=True) if extra else ""])  # fmt: skip
        n += 1
    return n


def follow(path: Path, poll: float = 0.5) -> Iterator[dict[str, Any]]:
    """Entries appended from now on (``tail -f``); stops on KeyboardInterrupt in the caller."""
    return _follow(path, path.stat().st_size if path.exists() else 0, poll)


def _follow(path: Path, offset: int, poll: float) -> Iterator[dict[str, Any]]:
    buf = b""
    while True:
        try:
            size = os.stat(path).st_size
        except FileNotFoundError:
            size = 0
        if size < offset:  # replaced: start again
            offset, buf = 0, b""
        if size > offset:
            with open(path, "rb") as fh:
                fh.seek(offset)
                chunk = fh.read(size - offset)
            offset = size
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for raw in lines:
                try:
                    yield json.loads(raw)
                except ValueError:
                    continue
        else:
            time.sleep(poll)


def web_rows(path: Path, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` entries, newest first, in the web API's shape (``GET /api/audit``):
    id, ts (seconds), source, user, connection, action, statement, status, detail, and the rest."""
    rows = []
    empty = dict.fromkeys(("connection", "statement", "kind", "decision", "rows", "ms"))
    for e in reversed(last_entries(path, limit)):
        try:
            ts = datetime.fromisoformat(str(e.get("ts", "")).replace("Z", "+00:00")).timestamp()
        except ValueError:
            ts = 0.0
        action = e.get("action") or e.get("kind")
        rows.append({**empty, **e, "id": e.get("seq"), "ts": ts, "source": e.get("face"), "user": e.get("who"),
                     "action": action, "status": e.get("outcome"), "detail": e.get("error")})  # fmt: skip
    return rows
