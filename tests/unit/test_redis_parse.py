"""Redis command lines: redis-cli's word splitting and quoting, line statements, the mapping
of the server's command flags onto the policy's kinds, key patterns, argument hints and
completion (over a command table built from ``COMMAND``'s reply shape; the live table is
tested in tests/integration/test_redis.py)."""

from __future__ import annotations

import pytest

from aishell.engines import dialect_of
from aishell.engines.redis import commands as ct
from aishell.engines.redis.complete import suggest
from aishell.engines.redis.dump import decode, encode, restore_statements
from aishell.engines.redis.keyspace import pattern_of
from aishell.engines.redis.parse import quote_word, split_command
from aishell.engines.redis.render import render, text
from aishell.errors import UsageError
from aishell.sql.kinds import Kind
from aishell.sql.split import is_complete, split_statements
from aishell.urls import DatabaseURL


@pytest.mark.parametrize(("line", "words"), [
    ("GET k", [b"GET", b"k"]),
    ('SET "a b" \'c d\'', [b"SET", b"a b", b"c d"]),
    ('SET k "\\x00\\xffz\\n\\t\\"q\\\\"', [b"SET", b"k", b"\x00\xffz\n\t\"q\\"]),
    ("SET k 'it\\'s'", [b"SET", b"k", b"it's"]),
    ("  HSET   h  f  v  ", [b"HSET", b"h", b"f", b"v"]),
    ('SET k ""', [b"SET", b"k", b""]),
    ("SET k \u00e9t\u00e9", [b"SET", b"k", "\u00e9t\u00e9".encode()]),
    ("", []),
])  # fmt: skip
def test_split_like_redis_cli(line: str, words: list[bytes]) -> None:
    assert split_command(line) == words


@pytest.mark.parametrize("line", ['GET "k', "GET 'k", 'GET "a"b', "GET 'a'b"])
def test_unbalanced_or_glued_quotes_are_errors(line: str) -> None:
    with pytest.raises(UsageError):
        split_command(line)


@pytest.mark.parametrize("word", [b"plain", b"a b", b"\x00\xff", "d\u00e9j\u00e0 vu".encode(), b'q"\\', b"", b"\n"])
def test_quote_word_round_trips(word: bytes) -> None:
    assert split_command(quote_word(word)) == [word]


def test_statements_are_lines_and_urls_name_redis() -> None:
    assert dialect_of("redis").line_statements and dialect_of("redis").server_classified
    got = split_statements("SET a 1\n\n# a comment\n  GET a;b  \n", "redis")
    assert [s.sql for s in got] == ["SET a 1", "GET a;b"] and all(s.terminated for s in got)
    assert is_complete("GET a", "redis")
    url = DatabaseURL.parse("redis://:pw@127.0.0.1/3")
    assert (url.engine, url.database, url.password) == ("redis", "3", "pw")
    assert DatabaseURL.parse("rediss://h:6380/0").engine == "redis"


def _entry(name: str, arity: int, flags: list[str], first: int, last: int, step: int, cats: list[str],
           subs: list[list[object]] | None = None) -> list[object]:  # fmt: skip
    """One entry in the shape of ``COMMAND``'s reply (RESP2: bytes)."""
    return [name.encode(), arity, [f.encode() for f in flags], first, last, step, [c.encode() for c in cats], [], [],
            subs or []]  # fmt: skip


@pytest.fixture(scope="module")
def table() -> ct.CommandTable:
    entries = [
        _entry("get", 2, ["readonly", "fast"], 1, 1, 1, ["@read"]),
        _entry("set", -3, ["write", "denyoom"], 1, 1, 1, ["@write"]),
        _entry("del", -2, ["write"], 1, -1, 1, ["@keyspace", "@write"]),
        _entry("flushdb", -1, ["write"], 0, 0, 0, ["@keyspace", "@write", "@dangerous"]),
        _entry("keys", 2, ["readonly"], 0, 0, 0, ["@keyspace", "@read", "@dangerous"]),
        _entry("eval", -3, ["noscript"], 0, 0, 0, ["@scripting"]),
        _entry("eval_ro", -3, ["readonly", "noscript"], 0, 0, 0, ["@scripting"]),
        _entry("info", -1, ["loading", "stale"], 0, 0, 0, ["@dangerous"]),
        _entry("multi", 1, ["noscript"], 0, 0, 0, ["@transaction"]),
        _entry("select", 2, ["loading"], 0, 0, 0, ["@connection"]),
        _entry("publish", 3, ["pubsub"], 0, 0, 0, ["@pubsub"]),
        _entry("subscribe", -2, ["pubsub"], 0, 0, 0, ["@pubsub"]),
        _entry("config", -2, [], 0, 0, 0, [], [
            _entry("config|get", -3, ["admin", "noscript"], 0, 0, 0, ["@admin", "@dangerous"]),
            _entry("config|set", -4, ["admin", "noscript"], 0, 0, 0, ["@admin", "@dangerous"])]),
        _entry("slowlog", -2, [], 0, 0, 0, [], [_entry("slowlog|get", -2, ["admin"], 0, 0, 0, ["@admin"])]),
    ]  # fmt: skip
    calls: list[tuple[object, ...]] = []

    def call(*words: object) -> object:
        calls.append(words)
        if words == ("COMMAND",):
            return entries
        return [b"set", [b"summary", b"Set a key", b"arguments", [
            [b"name", b"key", b"type", b"key"], [b"name", b"value", b"type", b"string"],
            [b"name", b"condition", b"type", b"oneof", b"flags", [b"optional"], b"arguments", [
                [b"name", b"nx", b"type", b"pure-token", b"token", b"NX"],
                [b"name", b"xx", b"type", b"pure-token", b"token", b"XX"]]]]]]  # fmt: skip

    found = ct.load_table(call, "unit-run-id", "7.0.0")
    assert ct.load_table(call, "unit-run-id", "7.0.0") is found and len(calls) == 2  # read once per server
    return found


def _cls(table: ct.CommandTable, line: str, dbsize: int = 5, **limits: int) -> tuple[Kind, bool, str]:
    c = ct.classify(line, split_command(line), table, limits=ct.Limits(**limits), dbsize=lambda: dbsize)
    return c.kind, c.destructive, c.describe()


def test_flags_map_onto_kinds(table: ct.CommandTable) -> None:
    assert _cls(table, "GET k")[:2] == (Kind.READ, False)
    assert _cls(table, "SET k v")[:2] == (Kind.WRITE, False)
    assert _cls(table, "INFO memory")[0] is Kind.READ  # @dangerous for ACLs, but it only reports
    assert _cls(table, "EVAL 'return 1' 0")[0] is Kind.WRITE and "EVAL_RO" in _cls(table, "EVAL x 0")[2]
    assert _cls(table, "EVAL_RO 'return 1' 0")[0] is Kind.READ
    assert _cls(table, "MULTI")[0] is Kind.TRANSACTION and _cls(table, "SELECT 2")[0] is Kind.SESSION
    assert _cls(table, "PUBLISH ch m")[0] is Kind.WRITE
    assert _cls(table, "config get maxmemory")[:2] == (Kind.ADMIN, False)  # reports, but shows secrets
    assert _cls(table, "CONFIG SET maxmemory 1")[:2] == (Kind.ADMIN, True)
    assert _cls(table, "SLOWLOG GET 10")[0] is Kind.READ
    assert _cls(table, "NOPE x")[0] is Kind.UNKNOWN
    sub = ct.classify("SUBSCRIBE ch", split_command("SUBSCRIBE ch"), table)
    assert sub.dangerous and "redis-cli" in sub.dangerous[0]


def test_destructive_commands_ask_first(table: ct.CommandTable) -> None:
    kind, destructive, why = _cls(table, "FLUSHDB", dbsize=42)
    assert destructive and "42 keys" in why
    assert not _cls(table, "DEL " + " ".join(f"k{i}" for i in range(10)))[1]
    assert _cls(table, "DEL " + " ".join(f"k{i}" for i in range(11)))[1]
    assert _cls(table, "DEL a b c", many_keys=2)[1]
    assert not _cls(table, "KEYS *", dbsize=10_000)[1]
    kind, destructive, why = _cls(table, "KEYS *", dbsize=10_001)
    assert kind is Kind.READ and destructive and "SCAN" in why
    c = ct.classify("DEL a b", split_command("DEL a b"), table)
    assert c.tables == ["a", "b"]  # the key positions from the key spec


def test_docs_give_argument_hints_and_completion(table: ct.CommandTable) -> None:
    assert table.commands["set"].arguments == "key value [NX | XX]"
    assert table.commands["set"].summary == "Set a key"
    names = [c.text for c in suggest("SE", table, lambda p: [])]
    assert names == ["SELECT", "SET"]
    assert [c.text for c in suggest("config ", table, lambda p: [])] == ["GET", "SET"]
    keys = suggest("GET us", table, lambda p: [f"{p}er:1", f"{p}er:2"])
    assert [(c.text, c.start) for c in keys] == [("user:1", -2), ("user:2", -2)]
    assert [c.text for c in suggest("SET k v N", table, lambda p: [])] == ["NX"]
    assert suggest("SET k v ", table, lambda p: [])[0].meta == "key value [NX | XX]"
    assert suggest("NOPE ", table, lambda p: []) == []


def test_key_patterns() -> None:
    assert pattern_of("user:42:cart") == "user:*:cart"
    assert pattern_of("session:3f2b8c1e-1d2a-4b5c-9d8e-7f6a5b4c3d2e") == "session:*"
    assert pattern_of("cache:deadbeefdeadbeef00") == "cache:*"
    assert pattern_of("config") == "config"


def test_replies_become_tables() -> None:
    cols, rows = render("hgetall", ["HGETALL", "h"], [b"a", b"1", b"b", b"\xff"])
    assert [c.name for c in cols] == ["field", "value"] and rows == [("a", "1"), ("b", '"\\xff"')]
    cols, rows = render("lrange", ["LRANGE", "l", "2", "-1"], [b"x", b"y"])
    assert rows == [(2, "x"), (3, "y")]
    cols, rows = render("zrange", ["ZRANGE", "z", "0", "-1", "WITHSCORES"], [b"a", b"1", b"b", b"2.5"])
    assert [c.name for c in cols] == ["member", "score"] and rows == [("a", 1), ("b", 2.5)]
    cols, rows = render("xrange", ["XRANGE", "s", "-", "+"], [[b"1-0", [b"f", b"v", b"g", b"w"]]])
    assert rows == [("1-0", "f", "v"), ("1-0", "g", "w")]
    cols, rows = render("get", ["GET", "k"], None)
    assert [c.name for c in cols] == ["value"] and rows == [(None,)]
    assert render("lpush", ["LPUSH", "l", "x"], 3)[0][0].numeric
    assert text(b"\xc3\xa9") == "\u00e9" and text(b"\x00\xff") == '"\\x00\\xff"'


def test_export_values_keep_bytes() -> None:
    for raw in (b"plain", "\u00e9".encode(), b"\x00\xff", b""):
        assert decode(encode(raw)) == raw
    assert encode(b"\xff") == {"base64": "/w=="}
    assert decode(12) == b"12"
    with pytest.raises(UsageError):
        decode({"other": 1})
    records = [{"key": "a", "type": "hash", "value": [], "ttl_ms": 5}, {"key": "b", "type": "x", "value": {"dump": ""}}]
    assert restore_statements(records, replace=True) == ["HSET ? ? ?", "PEXPIRE ? 1", "RESTORE ? 0 ?", "DEL ?"]
