"""The keyspace as people read it: keys grouped into patterns (``user:*:profile``) with their
counts, types, memory and TTLs, and one key of any type shown with its TTL and memory.

Everything here reads with ``SCAN`` (never ``KEYS``), bounded by a sample size and a time
budget, and each command passes the session's gate (:meth:`RedisConnection.run_command`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from aishell.engines.base import ResultColumn, Row
from aishell.engines.redis.commands import Runner
from aishell.engines.redis.render import generic, render, text

_NUMERIC = re.compile(r"^\d+$")
_UUIDISH = re.compile(r"^[0-9a-fA-F]{8}-?([0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}$|^[0-9a-fA-F]{16,}$")


def pattern_of(key: str) -> str:
    """The pattern a key belongs to: split on ``:``, numeric and uuid-like (or long hex) parts
    replaced by ``*`` (``user:42:cart`` -> ``user:*:cart``)."""
    parts = key.split(":")
    return ":".join("*" if _NUMERIC.match(p) or _UUIDISH.match(p) else p for p in parts)


def scan_keys(conn: Runner, match: str = "*", *, limit: int = 1000, count: int = 500,
              budget: float = 2.0) -> Iterator[bytes]:  # fmt: skip
    """Up to ``limit`` keys matching ``match``, by ``SCAN`` within ``budget`` seconds."""
    cursor: bytes | int = 0
    seen = 0
    deadline = time.monotonic() + budget
    while True:
        cursor, keys = conn.run_command("SCAN", cursor, "MATCH", match, "COUNT", count)
        for key in keys:
            yield key
            seen += 1
            if seen >= limit:
                return
        if int(cursor) == 0 or time.monotonic() > deadline:
            return


@dataclass
class _Group:
    pattern: str
    type: str
    keys: int = 0
    memory: int = 0
    ttls: list[int] = field(default_factory=list)
    persistent: int = 0


def overview(conn: Runner, match: str = "*", *, sample: int = 1000) -> tuple[list[ResultColumn], list[Row]]:
    """The keyspace by pattern: ``pattern, type, keys, memory, ttl min/max (s), without ttl``.
    When the sample is smaller than the database, counts and memory are scaled by
    ``DBSIZE / sampled`` (marked ``~``)."""
    keys = list(scan_keys(conn, match, limit=sample))
    size = int(conn.run_command("DBSIZE"))
    scale = size / len(keys) if keys and match == "*" and len(keys) < size else 1.0
    groups: dict[tuple[str, str], _Group] = {}
    for key in keys:
        kind = text(conn.run_command("TYPE", key))
        name = pattern_of(key.decode("utf-8", "backslashreplace"))
        group = groups.setdefault((name, kind), _Group(name, kind))
        group.keys += 1
        group.memory += int(conn.run_command("MEMORY", "USAGE", key, "SAMPLES", "5") or 0)
        ttl = int(conn.run_command("TTL", key))
        if ttl >= 0:
            group.ttls.append(ttl)
        else:
            group.persistent += 1
    columns = [ResultColumn("pattern"), ResultColumn("type"), ResultColumn("keys", numeric=True),
               ResultColumn("memory", numeric=True), ResultColumn("ttl min", numeric=True),
               ResultColumn("ttl max", numeric=True), ResultColumn("without ttl", numeric=True)]  # fmt: skip
    rows: list[Row] = []
    for g in sorted(groups.values(), key=lambda g: (-g.keys, g.pattern)):
        count: Any = round(g.keys * scale) if scale != 1.0 else g.keys
        memory: Any = round(g.memory * scale) if scale != 1.0 else g.memory
        if scale != 1.0:
            count, memory = f"~{count}", f"~{memory}"
        rows.append((g.pattern, g.type, count, memory, min(g.ttls) if g.ttls else None,
                     max(g.ttls) if g.ttls else None, g.persistent))  # fmt: skip
    return columns, rows


#: the command that reads a whole value of each type
_READERS: dict[str, tuple[str, ...]] = {
    "string": ("GET",), "hash": ("HGETALL",), "list": ("LRANGE", "{key}", "0", "-1"), "set": ("SMEMBERS",),
    "zset": ("ZRANGE", "{key}", "0", "-1", "WITHSCORES"), "stream": ("XRANGE", "{key}", "-", "+"),
}  # fmt: skip


def describe_key(conn: Runner, key: bytes) -> tuple[list[tuple[str, Any]], list[ResultColumn], list[Row]]:
    """One key: its facts (type, TTL, memory, encoding, length) and its value as a table."""
    kind = text(conn.run_command("TYPE", key))
    if kind == "none":
        return [("key", text(key)), ("type", "none (no such key)")], [], []
    ttl = int(conn.run_command("PTTL", key))
    facts: list[tuple[str, Any]] = [
        ("key", text(key)), ("type", kind),
        ("ttl", "none" if ttl < 0 else f"{ttl / 1000:g} s"),
        ("memory", int(conn.run_command("MEMORY", "USAGE", key) or 0)),
        ("encoding", text(conn.run_command("OBJECT", "ENCODING", key))),
    ]  # fmt: skip
    reader = _READERS.get(kind)
    if reader is None:
        columns, rows = generic(f"({kind}: no reader)")
        return facts, columns, rows
    words: list[bytes] = [key if w == "{key}" else w.encode() for w in reader] if len(reader) > 1 else [
        reader[0].encode(), key]
    reply = conn.run_command(*words)
    shown = [w.decode("utf-8", "replace") for w in words]
    columns, rows = render(reader[0].lower(), shown, reply)
    facts.append(("length", len(rows)))
    return facts, columns, rows
