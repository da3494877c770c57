"""Key-value engines (Redis): the keyspace overview, one key shown whole, and command-line
completion, for every face.

An engine offers these by implementing :class:`KeyValueStore` on its connection (Redis:
:class:`aishell.engines.redis.connection.RedisConnection`); no engine name is compared here.
Every command they send passes the session's gate (the connection's statement check).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from aishell.engines.base import Connection, ResultColumn, Row
from aishell.errors import UsageError
from aishell.services.catalog import Listing
from aishell.services.data.loader import Report
from aishell.services.session import Session


@runtime_checkable
class KeyValueStore(Protocol):
    """What a key-value engine's connection offers beside commands."""

    def keyspace_overview(self, match: str, sample: int) -> tuple[list[ResultColumn], list[Row]]: ...

    def describe_key(self, name: str) -> tuple[list[tuple[str, Any]], list[ResultColumn], list[Row]]: ...

    def completions(self, text_before_cursor: str) -> Sequence[Any]: ...

    def export_keys(self, write: Callable[[str], object], match: str) -> int: ...

    def import_keys(self, lines: Iterable[str], declare: Callable[[list[str]], object], *, replace: bool) -> int: ...


def _store(conn: Connection) -> KeyValueStore:
    if not isinstance(conn, KeyValueStore):
        raise UsageError(f"{conn.display_name} has no keyspace: this is for key-value engines such as Redis")
    return conn


def is_key_value(session: Session) -> bool:
    """The session's engine is a key-value store (its statements are command lines)."""
    from aishell.engines import dialect_of

    return dialect_of(session.target.url.engine).line_statements


def keyspace(session: Session, match: str = "*", *, sample: int = 1000) -> Listing:
    """Keys grouped into patterns, with counts, types, memory and TTLs (``\\keys``)."""
    conn = session.connection()
    columns, rows = _store(conn).keyspace_overview(match or "*", sample)
    footer = [f"sampled up to {sample} keys by SCAN; ~: scaled to DBSIZE"] if any(
        isinstance(r[2], str) for r in rows) else []  # fmt: skip
    return Listing(f"Keyspace of database {conn.current_database()}", columns, rows, footer)


def key(session: Session, name: str) -> tuple[Listing, Listing]:
    """One key of any type: its facts (type, TTL, memory) and its value as a table (``\\key NAME``)."""
    facts, columns, rows = _store(session.connection()).describe_key(name)
    head = Listing("Key", [ResultColumn("property"), ResultColumn("value")], list(facts), show_count=False)
    return head, Listing("Value", columns, rows)


def completions(session: Session, text_before_cursor: str) -> Sequence[Any]:
    """Completion candidates for a command line: command names and hints from the server's
    ``COMMAND DOCS``, key names by a bounded ``SCAN`` (the REPL asks only while no command runs)."""
    return _store(session.connection()).completions(text_before_cursor)


def export_keys(session: Session, output: str, match: str | None = None) -> int:
    """Write the keys matching ``match`` (all: ``*``) to ``output`` as JSON Lines (``-``: stdout),
    one object per key (see :mod:`aishell.engines.redis.dump`); the number of keys.  A file is
    written beside its name and renamed when complete."""
    import sys

    store = _store(session.connection())
    if output == "-":
        return store.export_keys(sys.stdout.write, match or "*")
    from aishell.services.data.whole import written_whole

    def write(partial: str) -> int:
        with open(partial, "w", encoding="utf-8") as fh:
            return store.export_keys(fh.write, match or "*")

    return written_whole(output, write)


def import_keys(session: Session, path: str, *, replace: bool = False, assume_yes: bool = False) -> Report:
    """Load a key export (JSON Lines) into the session's database.  Its commands are declared to
    the gate first (refused in read-only mode); a key that exists is an error unless ``replace``."""
    store = _store(session.connection())
    start = time.perf_counter()

    def declare(statements: list[str]) -> None:
        session.prepare(statements, assume_yes=assume_yes)

    try:
        with open(path, encoding="utf-8") as fh:
            n = store.import_keys(fh, declare, replace=replace)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None
    return Report(read=n, inserted=n, elapsed=time.perf_counter() - start)
