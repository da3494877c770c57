"""The server's own command table (``COMMAND`` and ``COMMAND DOCS``), and what it says a
command line is.

The table is read once per server (cached by run id and version, so a second connection to
the same server reads nothing) and gives each command and subcommand its flags (``write``,
``readonly``, ``admin`` ...), ACL categories (``@dangerous``, ``@scripting`` ...), arity, key
positions and, from ``COMMAND DOCS``, a summary and argument hints for the completer.  Nothing
here is a static list of Redis commands that could go stale: a module's commands and a newer
server's are known as soon as the server lists them.

:func:`classify` maps a command line onto the policy's :class:`~aishell.sql.kinds.Kind`:

* ``write`` flag -> WRITE; ``admin`` flag -> ADMIN (refused in read-only mode; confirmed
  unless it only reports, as ``CONFIG GET`` or ``SLOWLOG GET``);
* ``readonly`` flag, or neither write nor admin (``INFO``, ``TIME``) -> READ;
* ``EVAL``/``EVALSHA``/``FCALL`` may write through a script -> WRITE (``EVAL_RO``/``FCALL_RO``
  are reads); ``PUBLISH`` -> WRITE; ``MULTI``/``EXEC``/``DISCARD``/``WATCH`` -> TRANSACTION (the
  queued commands are each judged as they are queued); connection commands -> SESSION;
* a command the server does not list -> UNKNOWN (refused in read-only mode);
* destructive (confirmed): ``FLUSHDB``/``FLUSHALL``/``SWAPDB`` and other ``@dangerous`` writes,
  ``DEL``/``UNLINK`` of more than :attr:`Limits.many_keys` keys, ``KEYS`` on a keyspace of more
  than :attr:`Limits.keys_scan` keys (use ``SCAN``), admin commands that change the server.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from aishell.sql.kinds import Classification, Kind

#: admin subcommands that only report (not confirmed outside read-only mode)
_REPORTING = frozenset({"get", "list", "len", "latest", "doctor", "history", "histogram", "graph", "log", "users",
                        "getuser", "dryrun", "replicas", "slaves", "count-failure-reports", "info"})  # fmt: skip
#: admin commands that only report the server's statistics: reads, so that the health view
#: works on a read-only connection (``CONFIG GET`` is not among them: it shows secrets)
_STATISTICS = frozenset({"slowlog|get", "slowlog|len", "latency|latest", "latency|doctor", "latency|history",
                         "latency|histogram", "latency|graph"})  # fmt: skip
#: scripts and functions that may write (their ``_RO`` forms are reads)
_SCRIPTS = frozenset({"eval", "evalsha", "fcall"})
#: commands that send messages or change the server's script cache
_SENDS = frozenset({"publish", "spublish", "script|load"})
#: commands that change server state without a write or admin flag
_ADMIN_NOFLAG = frozenset({"script|flush", "script|kill", "function|kill", "memory|purge"})
#: commands that put the connection in a mode the shell cannot follow (a stream of pushes)
MODES = frozenset({"subscribe", "psubscribe", "ssubscribe", "monitor", "sync", "psync"})


class Runner(Protocol):
    """What the keyspace, completion and dump modules need of a Redis connection
    (:class:`~aishell.engines.redis.connection.RedisConnection` is one)."""

    @property
    def display_name(self) -> str:
        """The engine's name for messages."""

    def run_command(self, *words: Any) -> Any:
        """A command of the adapter's own features, through the session's gate."""

    def call(self, *words: Any, sql: str | None = None) -> Any:
        """A command judged already (the gate cleared it)."""

    def transaction(self, block: list[list[Any]]) -> None:
        """Commands in one ``MULTI``/``EXEC``."""

    def command_table(self) -> CommandTable:
        """The server's command table."""


@dataclass(frozen=True)
class Limits:
    """When a command asks first: ``DEL``/``UNLINK`` of more than ``many_keys`` keys, ``KEYS``
    on a database of more than ``keys_scan`` keys."""

    many_keys: int = 10
    keys_scan: int = 10_000


@dataclass
class CommandSpec:
    """One command or subcommand (``config|get``) as the server describes it."""

    name: str
    arity: int
    flags: frozenset[str]
    categories: frozenset[str]
    first_key: int = 0
    last_key: int = 0
    step: int = 0
    summary: str = ""
    since: str = ""
    group: str = ""
    arguments: str = ""  # the argument hint: ``key value [NX | XX] [GET] ...``
    subcommands: dict[str, CommandSpec] = field(default_factory=dict)

    def key_positions(self, argc: int) -> list[int]:
        """The positions of key arguments in a command line of ``argc`` words (from the key spec)."""
        if self.first_key <= 0 or self.step <= 0:
            return []
        last = self.last_key if self.last_key > 0 else argc + self.last_key
        return list(range(self.first_key, min(last, argc - 1) + 1, self.step))


@dataclass
class CommandTable:
    """Every command the server knows, by lower-case name."""

    commands: dict[str, CommandSpec]
    version: str = ""

    def lookup(self, words: list[str]) -> CommandSpec | None:
        """The spec of a command line (its subcommand's, for a container command)."""
        if not words:
            return None
        spec = self.commands.get(words[0].lower())
        if spec is not None and spec.subcommands and len(words) > 1:
            return spec.subcommands.get(f"{spec.name}|{words[1].lower()}", spec)
        return spec

    def names(self) -> list[str]:
        return sorted(self.commands)


def _text(value: Any) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _spec(entry: list[Any]) -> CommandSpec:
    name = _text(entry[0]).lower()
    spec = CommandSpec(
        name=name, arity=int(entry[1]), flags=frozenset(_text(f).lower() for f in entry[2]),
        first_key=int(entry[3]), last_key=int(entry[4]), step=int(entry[5]),
        categories=frozenset(_text(c).lower() for c in (entry[6] if len(entry) > 6 else [])),
    )  # fmt: skip
    for sub in entry[9] if len(entry) > 9 and entry[9] else []:
        child = _spec(sub)
        spec.subcommands[child.name] = child
    return spec


def _pairs(flat: Any) -> dict[str, Any]:
    if isinstance(flat, dict):
        return {_text(k): v for k, v in flat.items()}
    return {_text(flat[i]): flat[i + 1] for i in range(0, len(flat) - 1, 2)}


def argument_hint(arguments: Any) -> str:
    """``COMMAND DOCS``' argument tree as one line, as redis-cli shows it (``key value [NX | XX]``)."""
    parts: list[str] = []
    for raw in arguments or []:
        arg = _pairs(raw)
        kind = _text(arg.get("type", b""))
        flags = {_text(f) for f in arg.get("flags", []) or []}
        token = _text(arg["token"]) if "token" in arg else ""
        if kind in ("oneof", "block"):
            inner = [argument_hint([a]) for a in arg.get("arguments", []) or []]
            body = (" | " if kind == "oneof" else " ").join(inner)
        elif kind == "pure-token":
            body = ""
        else:
            body = _text(arg.get("display_text", arg.get("name", b"")))
        text = " ".join(p for p in (token, body) if p)
        if "multiple" in flags:
            text = f"{text} [{text} ...]"
        if "optional" in flags:
            text = f"[{text}]"
        parts.append(text)
    return " ".join(parts)


def _add_docs(table: dict[str, CommandSpec], docs: Any) -> None:
    for name, raw in _pairs(docs).items():
        doc = _pairs(raw)
        spec = table.get(name.lower())
        if spec is None:
            continue
        spec.summary = _text(doc.get("summary", b""))
        spec.since = _text(doc.get("since", b""))
        spec.group = _text(doc.get("group", b""))
        spec.arguments = argument_hint(doc.get("arguments"))
        subs = doc.get("subcommands")
        if subs:
            _add_docs(spec.subcommands, subs)


_CACHE: dict[tuple[str, str], CommandTable] = {}
_CACHE_LOCK = threading.Lock()


def load_table(call: Callable[..., Any], run_id: str, version: str) -> CommandTable:
    """The server's command table, read with ``call(*words)`` (a raw command) once per server."""
    key = (run_id, version)
    with _CACHE_LOCK:
        found = _CACHE.get(key)
    if found is not None:
        return found
    commands = {spec.name: spec for spec in (_spec(e) for e in call("COMMAND") if e)}
    try:
        _add_docs(commands, call("COMMAND", "DOCS"))
    except Exception:  # noqa: S110 - COMMAND DOCS is Redis 7+: older servers give names without hints
        pass
    table = CommandTable(commands, version)
    with _CACHE_LOCK:
        _CACHE[key] = table
    return table


# --------------------------------------------------------------------------- classification
def _unknown(line: str, name: str, why: str) -> Classification:
    return Classification(line, Kind.UNKNOWN, f"{name.upper() or '?'} command", error=why, reasons=[why])


def classify(line: str, words: list[bytes], table: CommandTable, *, limits: Limits = Limits(),
             dbsize: Callable[[], int] | None = None, db: str = "0") -> Classification:  # fmt: skip
    """What the command line ``words`` (split by :func:`~aishell.engines.redis.parse.split_command`)
    is, from the server's flags (see the module's doc)."""
    if not words:
        return _unknown(line, "", "empty command")
    names = [w.decode("utf-8", "replace") for w in words[:2]]
    spec = table.lookup(names)
    if spec is None:
        return _unknown(line, names[0], f"{names[0].upper()} is not a command this server knows")
    label = spec.name.replace("|", " ").upper()
    kind = f"{label} command"  # the statement type: never mistaken for SQL's SET or DISCARD
    keys = [words[i].decode("utf-8", "replace") for i in spec.key_positions(len(words)) if i < len(words)]
    cls = Classification(line, _kind(spec), kind, tables=keys[:20])
    flags, cats = spec.flags, spec.categories
    if spec.name in _SCRIPTS:
        cls.reasons.append(f"{label} may write through its script (use {label}_RO to only read)")
    elif cls.kind is Kind.WRITE:
        cls.reasons.append(f"{label} {' '.join(keys[:3])}{' ...' if len(keys) > 3 else ''}".strip())
    elif cls.kind is Kind.ADMIN:
        cls.reasons.append(f"{label} is an administrative command")
    if spec.name in MODES:
        cls.dangerous.append(f"{label} puts the connection in a mode this shell cannot show: use redis-cli")
    _destructive(cls, spec, words, keys, limits, dbsize, db)
    if "write" in flags and "@dangerous" in cats and not cls.destructive:
        cls.destructive = True
        cls.reasons = [f"{label}: a dangerous write ({spec.summary or 'see the Redis docs'})"]
    return cls


def _kind(spec: CommandSpec) -> Kind:
    flags, cats, name = spec.flags, spec.categories, spec.name
    if name in _STATISTICS:
        return Kind.READ
    if "admin" in flags or name in _ADMIN_NOFLAG:
        return Kind.ADMIN
    if "write" in flags or name in _SCRIPTS or name in _SENDS or "may_replicate" in flags:
        return Kind.WRITE
    if "@transaction" in cats:
        return Kind.TRANSACTION
    if "@connection" in cats and "readonly" not in flags:
        return Kind.SESSION
    return Kind.READ


def _destructive(cls: Classification, spec: CommandSpec, words: list[bytes], keys: list[str], limits: Limits,
                 dbsize: Callable[[], int] | None, db: str) -> None:  # fmt: skip
    name = spec.name
    if name in ("flushdb", "flushall"):
        what = f"every key of database {db}" if name == "flushdb" else "every key of every database"
        size = f" ({dbsize()} keys here)" if dbsize is not None else ""
        cls.destructive, cls.reasons = True, [f"{name.upper()} removes {what}{size}"]
    elif name in ("del", "unlink") and len(words) - 1 > limits.many_keys:
        cls.destructive = True
        cls.reasons = [f"{name.upper()} of {len(words) - 1} keys (more than {limits.many_keys})"]
    elif name == "keys" and dbsize is not None:
        count = dbsize()
        if count > limits.keys_scan:
            cls.destructive = True
            cls.reasons = [f"KEYS walks all {count} keys and blocks the server meanwhile (more than "
                           f"{limits.keys_scan}): use SCAN 0 MATCH pattern, or \\keys"]  # fmt: skip
    elif cls.kind is Kind.ADMIN and name.rpartition("|")[2] not in _REPORTING:
        cls.destructive = True
        cls.reasons = [f"{spec.name.replace('|', ' ').upper()} changes the server ({spec.summary or 'admin'})"]
