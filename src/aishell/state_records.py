"""The records :class:`aishell.state.StateStore` reads back (history, accepted examples, the
data journal), apart from the store so that a command that only writes history does not build
them; :mod:`aishell.state` still exports them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    ts: float
    connection: str
    source: str
    sql: str
    status: str  # ok | error | cancelled | refused
    rows: int | None
    duration_ms: float | None
    error: str | None
    user: str | None = None


@dataclass(frozen=True)
class NLExample:
    question: str
    sql: str
    ts: float


@dataclass(frozen=True)
class JournalEntry:
    """A data operation under way (or interrupted) on a target whose DDL is not transactional."""

    id: int
    ts: float
    target: str  # the database's identity (engine, host, port, database; or the file)
    url: str  # how to reach it again: a saved connection's name or the URL without its password
    operation: str  # restore | copy | import
    phase: str
    pid: int
    host: str
    detail: str  # JSON: what the operation set aside, created and still had to do
