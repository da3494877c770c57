"""Redis replies as tables, by the command that made them (as iredis shows them).

``HGETALL`` -> field/value, ``LRANGE`` -> index/value, ``SMEMBERS`` -> member, ``ZRANGE ...
WITHSCORES`` -> member/score, ``XRANGE`` -> id/field/value, ``SCAN`` -> the keys and the next
cursor; a plain value -> one cell.  Values are bytes: shown as text where they are valid UTF-8,
else as redis-cli's escaped form (``"\\x00\\xff"``); nothing is lost in export, which keeps the
bytes (:mod:`aishell.engines.redis.dump`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aishell.engines.base import ResultColumn, Row

Table = tuple[list[ResultColumn], list[Row]]


def text(value: Any) -> Any:
    """A reply value for display: bytes as text where valid UTF-8, else escaped; others as they are."""
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8")
        except UnicodeDecodeError:
            from aishell.engines.redis.parse import quote_word

            return quote_word(value)
    return value


def _cols(*names: str, numeric: tuple[str, ...] = ()) -> list[ResultColumn]:
    return [ResultColumn(n, numeric=n in numeric) for n in names]


def _pairs_table(reply: Any, a: str, b: str) -> Table:
    items = list(reply.items()) if isinstance(reply, dict) else [(reply[i], reply[i + 1])
                                                                  for i in range(0, len(reply) - 1, 2)]
    return _cols(a, b), [(text(k), text(v)) for k, v in items]


def _indexed(reply: Any, start: int = 0) -> Table:
    return _cols("index", "value", numeric=("index",)), [(start + i, text(v)) for i, v in enumerate(reply)]


def _members(reply: Any) -> Table:
    return _cols("member"), [(text(v),) for v in sorted(reply, key=lambda v: v if isinstance(v, bytes) else b"")]


def _scored(reply: Any) -> Table:
    if reply and isinstance(reply[0], list):  # RESP3 pairs
        rows = [(text(m), _score(s)) for m, s in reply]
    else:
        rows = [(text(reply[i]), _score(reply[i + 1])) for i in range(0, len(reply) - 1, 2)]
    return _cols("member", "score", numeric=("score",)), rows


def _score(value: Any) -> Any:
    raw = text(value)
    try:
        number = float(raw)
    except (TypeError, ValueError):
        return raw
    return int(number) if number.is_integer() and "inf" not in str(raw) else number


def _stream(reply: Any) -> Table:
    rows: list[Row] = []
    for entry in reply or []:
        ident, fields = entry[0], entry[1] or []
        for i in range(0, len(fields) - 1, 2):
            rows.append((text(ident), text(fields[i]), text(fields[i + 1])))
        if not fields:
            rows.append((text(ident), None, None))
    return _cols("id", "field", "value"), rows


def _xread(reply: Any) -> Table:
    rows: list[Row] = []
    items = reply.items() if isinstance(reply, dict) else [(s[0], s[1]) for s in reply or []]
    for stream, entries in items:
        rows += [(text(stream), *r) for r in _stream(entries)[1]]
    return _cols("stream", "id", "field", "value"), rows


def _scan(reply: Any) -> Table:
    cursor, items = reply[0], reply[1]
    return _cols("key", "next cursor"), [(text(k), text(cursor)) for k in items] or [(None, text(cursor))]


def _pair_scan(reply: Any, a: str, b: str, scored: bool = False) -> Table:
    cursor, items = reply[0], reply[1]
    cols, rows = _scored(items) if scored else _pairs_table(items, a, b)
    return [*cols, ResultColumn("next cursor")], [(*r, text(cursor)) for r in rows]


def _sscan(reply: Any) -> Table:
    return _cols("member", "next cursor"), [(text(m), text(reply[0])) for m in reply[1]]


def _info(reply: Any) -> Table:
    rows: list[Row] = []
    section = ""
    for line in text(reply).splitlines():
        line = line.strip()
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
        elif ":" in line:
            name, _, value = line.partition(":")
            rows.append((section, name, value))
    return _cols("section", "name", "value"), rows


def _with(words: list[str], word: str) -> bool:
    return word in (w.lower() for w in words[1:])


def _lrange(words: list[str], reply: Any) -> Table:
    try:
        start = int(words[2])
    except (IndexError, ValueError):
        start = 0
    return _indexed(reply, start if start >= 0 else 0)


def _slowlog(reply: Any) -> Table:
    import datetime as dt

    rows: list[Row] = []
    for e in reply:
        when = dt.datetime.fromtimestamp(int(e[1]), dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        command = " ".join(str(text(a)) for a in e[3])
        rows.append((int(e[0]), when, int(e[2]), command, text(e[4]) if len(e) > 4 else None,
                     text(e[5]) if len(e) > 5 else None))  # fmt: skip
    return _cols("id", "time", "duration_us", "command", "client", "name", numeric=("id", "duration_us")), rows


def _latency(reply: Any) -> Table:
    import datetime as dt

    rows: list[Row] = [(text(e[0]), dt.datetime.fromtimestamp(int(e[1]), dt.UTC).strftime("%Y-%m-%d %H:%M:%S"),
                        int(e[2]), int(e[3])) for e in reply]  # fmt: skip
    return _cols("event", "time", "latest_ms", "max_ms", numeric=("latest_ms", "max_ms")), rows


_RENDER: dict[str, Callable[[list[str], Any], Table]] = {
    "hgetall": lambda w, r: _pairs_table(r, "field", "value"),
    "config|get": lambda w, r: _pairs_table(r, "name", "value"),
    "hrandfield": lambda w, r: _pairs_table(r, "field", "value") if _with(w, "withvalues") else _members(r),
    "hkeys": lambda w, r: (_cols("field"), [(text(v),) for v in r]),
    "hvals": lambda w, r: (_cols("value"), [(text(v),) for v in r]),
    "lrange": _lrange,
    "smembers": lambda w, r: _members(r),
    "sinter": lambda w, r: _members(r),
    "sunion": lambda w, r: _members(r),
    "sdiff": lambda w, r: _members(r),
    "keys": lambda w, r: (_cols("key"), [(text(k),) for k in sorted(r)]),
    "xrange": lambda w, r: _stream(r),
    "xrevrange": lambda w, r: _stream(r),
    "xread": lambda w, r: _xread(r),
    "scan": lambda w, r: _scan(r),
    "hscan": lambda w, r: _pair_scan(r, "field", "value"),
    "zscan": lambda w, r: _pair_scan(r, "member", "score", scored=True),
    "sscan": lambda w, r: _sscan(r),
    "info": lambda w, r: _info(r),
    "slowlog|get": lambda w, r: _slowlog(r),
    "latency|latest": lambda w, r: _latency(r),
    "mget": lambda w, r: (_cols("key", "value"), [(w[i + 1], text(v)) for i, v in enumerate(r)]),
    "hmget": lambda w, r: (_cols("field", "value"), [(w[i + 2], text(v)) for i, v in enumerate(r)]),
}

_ZRANGES = frozenset({"zrange", "zrevrange", "zrangebyscore", "zrevrangebyscore", "zrangebylex", "zrevrangebylex",
                      "zunion", "zinter", "zdiff", "zrandmember", "zpopmin", "zpopmax"})  # fmt: skip


def render(name: str, words: list[str], reply: Any) -> Table:
    """The table for the reply of the command ``name`` (``config|get`` for a subcommand) typed as ``words``."""
    fn = _RENDER.get(name)
    if fn is not None and isinstance(reply, list | dict | bytes | str):
        try:
            return fn(words, reply)
        except (IndexError, TypeError, ValueError):
            pass  # an unexpected shape: shown generically below
    if name in _ZRANGES and isinstance(reply, list):
        if _with(words, "withscores") or name in ("zpopmin", "zpopmax"):
            return _scored(reply)
        return _members(reply) if name != "zrange" else (_cols("member"), [(text(v),) for v in reply])
    return generic(reply)


def generic(reply: Any) -> Table:
    """Any reply: a scalar in one cell, a flat list as index/value, a map as name/value, nested
    lists flattened to one line each (redis-cli's nesting shown as text)."""
    if isinstance(reply, dict):
        return _pairs_table(reply, "name", "value")
    if isinstance(reply, list | set | tuple):
        items = list(reply)
        if all(not isinstance(v, list | dict | set | tuple) for v in items):
            return _cols("index", "value", numeric=("index",)), [(i + 1, text(v)) for i, v in enumerate(items)]
        return _cols("index", "value", numeric=("index",)), [(i + 1, nested(v)) for i, v in enumerate(items)]
    if reply is None:
        return _cols("value"), [(None,)]
    value = text(reply)
    return [ResultColumn("value", numeric=isinstance(value, int | float) and not isinstance(value, bool))], [(value,)]


def nested(value: Any) -> Any:
    """A nested reply as one line of text."""
    if isinstance(value, list | tuple | set):
        return "[" + ", ".join(str(nested(v)) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{nested(k)}: {nested(v)}" for k, v in value.items()) + "}"
    return text(value)
