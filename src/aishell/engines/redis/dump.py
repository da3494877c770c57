"""Keys to JSON Lines and back: one object per key, ``{"key", "type", "ttl_ms", "value"}``.

Values by type: string -> a string; hash -> ``[[field, value], ...]``; list -> ``[item, ...]``;
set -> ``[member, ...]`` (sorted); zset -> ``[[member, score], ...]``; stream -> ``[[id,
[[field, value], ...]], ...]`` (consumer groups are not kept).  A key or value that is not
valid UTF-8 is written ``{"base64": "..."}``, so nothing is lost.  A type the shell does not
know (a module's) is kept as its ``DUMP`` payload (``{"dump": base64}``, restored by ``RESTORE``
on a server of the same version).  ``ttl_ms`` is the time left (None: no expiry).

Export reads with ``SCAN`` (never ``KEYS``) through the session's gate; import declares its
command shapes to the gate first (:func:`restore_statements`), as a SQL bulk load declares its
``INSERT``.
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Callable, Iterable
from typing import Any

from aishell.engines.redis.commands import Runner
from aishell.errors import QueryError, UsageError

#: the command each type is loaded with, as declared to the gate (``?`` stands for the file's words)
_SHAPES = {"string": "SET ? ?", "hash": "HSET ? ? ?", "list": "RPUSH ? ?", "set": "SADD ? ?", "zset": "ZADD ? 0 ?",
           "stream": "XADD ? 0-1 ? ?"}  # fmt: skip
BATCH = 500


def restore_statements(records: list[dict[str, Any]], replace: bool) -> list[str]:
    """The command shapes an import of ``records`` runs: one per type it loads, ``PEXPIRE`` for
    TTLs, ``RESTORE`` for a DUMP payload (a dangerous write: confirmed) and ``DEL`` when it
    replaces keys."""
    shapes: dict[str, None] = {}
    for r in records:
        dump = isinstance(r["value"], dict) and "dump" in r["value"]
        shapes["RESTORE ? 0 ?" if dump else _SHAPES.get(str(r["type"]), "SET ? ?")] = None
        if r.get("ttl_ms") is not None:
            shapes["PEXPIRE ? 1"] = None
    return [*shapes, *(["DEL ?"] if replace else [])]


def encode(value: bytes) -> Any:
    """Bytes as JSON: text where valid UTF-8, else ``{"base64": ...}``."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(value).decode("ascii")}


def decode(value: Any) -> bytes:
    """The bytes :func:`encode` wrote (numbers are written as their text)."""
    if isinstance(value, dict):
        if "base64" not in value:
            raise UsageError(f"not a value of an aishell key export: {json.dumps(value)[:80]}")
        return base64.b64decode(value["base64"])
    if isinstance(value, bool) or value is None:
        raise UsageError(f"not a value of an aishell key export: {value!r}")
    return str(value).encode("utf-8")


def _score(raw: bytes) -> Any:
    number = float(raw)
    return raw.decode() if math.isinf(number) else (int(number) if number.is_integer() else number)


def _value(conn: Runner, key: bytes, kind: str) -> Any:
    run = conn.run_command
    if kind == "string":
        return encode(run("GET", key))
    if kind == "hash":
        flat = run("HGETALL", key)  # (RESP2: a flat list)
        return [[encode(flat[i]), encode(flat[i + 1])] for i in range(0, len(flat), 2)]
    if kind == "list":
        return [encode(v) for v in run("LRANGE", key, 0, -1)]
    if kind == "set":
        return [encode(v) for v in sorted(run("SMEMBERS", key))]
    if kind == "zset":
        flat = run("ZRANGE", key, 0, -1, "WITHSCORES")
        return [[encode(flat[i]), _score(flat[i + 1])] for i in range(0, len(flat), 2)]
    if kind == "stream":
        return [[encode(e[0]), [[encode(e[1][i]), encode(e[1][i + 1])] for i in range(0, len(e[1]), 2)]]
                for e in run("XRANGE", key, "-", "+")]  # fmt: skip
    return {"dump": base64.b64encode(run("DUMP", key)).decode("ascii")}


def export_keys(conn: Runner, write: Callable[[str], object], match: str = "*") -> int:
    """Write every key matching ``match`` as one JSON line each; the number of keys written."""
    cursor: bytes | int = 0
    n = 0
    while True:
        cursor, keys = conn.run_command("SCAN", cursor, "MATCH", match, "COUNT", 1000)
        for key in keys:
            kind = conn.run_command("TYPE", key).decode()
            if kind == "none":
                continue  # expired or deleted since SCAN saw it
            ttl = int(conn.run_command("PTTL", key))
            record = {"key": encode(key), "type": kind, "ttl_ms": ttl if ttl >= 0 else None,
                      "value": _value(conn, key, kind)}  # fmt: skip
            write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            n += 1
        if int(cursor) == 0:
            return n


def _parse(lines: Iterable[str]) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"line {number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "key" not in record or "type" not in record or "value" not in record:
            raise UsageError(f"line {number}: not a key of an aishell export (needs key, type, value)")
        records.append(record)
    return records


def _commands(key: bytes, kind: str, value: Any) -> list[list[Any]]:
    """The commands that make ``key`` hold ``value``."""
    if kind == "string":
        return [["SET", key, decode(value)]]
    if isinstance(value, dict) and "dump" in value:
        return [["RESTORE", key, 0, base64.b64decode(value["dump"])]]
    chunks = [value[i : i + BATCH] for i in range(0, len(value), BATCH)]
    if kind == "hash":
        return [["HSET", key, *(decode(x) for pair in c for x in pair)] for c in chunks]
    if kind == "list":
        return [["RPUSH", key, *(decode(v) for v in c)] for c in chunks]
    if kind == "set":
        return [["SADD", key, *(decode(v) for v in c)] for c in chunks]
    if kind == "zset":
        return [["ZADD", key, *(x for m, s in c for x in (str(s), decode(m)))] for c in chunks]
    if kind == "stream":
        return [["XADD", key, decode(ident), *(decode(x) for pair in fields for x in pair)] for ident, fields in value]
    raise UsageError(f"unknown key type {kind!r} (an export of another type keeps its DUMP payload)")


def import_keys(conn: Runner, lines: Iterable[str], declare: Callable[[list[str]], object], *,
                replace: bool = False) -> int:  # fmt: skip
    """Load the keys of an export (:func:`export_keys`); the number of keys written.  The
    commands it will run are passed to ``declare`` first (the session's gate: it raises to
    refuse them).  A key that exists is an error (nothing is written) unless ``replace``; each
    key is written in one ``MULTI``/``EXEC`` block with its TTL."""
    records = _parse(lines)
    declare(restore_statements(records, replace))
    keys = [decode(r["key"]) for r in records]
    if not replace:
        taken = [k for k in keys if conn.call("EXISTS", k)]
        if taken:
            shown = ", ".join(str(encode(k)) for k in taken[:5])
            raise QueryError(f"{len(taken)} keys exist already ({shown}{' ...' if len(taken) > 5 else ''}): "
                             "pass --replace to overwrite them", engine=conn.display_name)  # fmt: skip
    for key, record in zip(keys, records, strict=True):
        block: list[list[Any]] = [["DEL", key]] if replace else []
        block += _commands(key, str(record["type"]), record["value"])
        ttl = record.get("ttl_ms")
        if ttl is not None and int(ttl) > 0:
            block.append(["PEXPIRE", key, int(ttl)])
        conn.transaction(block)
    return len(records)
