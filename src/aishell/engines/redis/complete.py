"""Completion of a Redis command line, from the server's own ``COMMAND DOCS`` (built at run
time, so it never goes stale as a static list does) and its keys (``SCAN`` with the typed
prefix, bounded by ``COUNT`` and a time budget; never ``KEYS``).

:func:`suggest` is pure over the command table and a key lookup, so it is tested without a
terminal; the REPL wraps it in a prompt_toolkit completer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

from aishell.engines.redis.commands import CommandSpec, CommandTable, Runner

_TOKEN = re.compile(r"\b[A-Z][A-Z_-]+\b")
_GLOB = re.compile(r"([*?\[\]\\])")


@dataclass(frozen=True)
class Candidate:
    text: str  # what replaces the word being typed
    start: int  # where it starts, relative to the cursor (<= 0)
    meta: str = ""  # shown beside it: the command's summary or argument hint


def _words(text: str) -> tuple[list[str], str]:
    """The finished words before the cursor and the word being typed (quotes are kept loosely)."""
    parts = text.split()
    if not parts or text[-1:].isspace():
        return parts, ""
    return parts[:-1], parts[-1]


def suggest(text_before_cursor: str, table: CommandTable, keys: Callable[[str], list[str]]) -> list[Candidate]:
    """What may come at the cursor: a command name (with its summary), a subcommand, a key
    (for an argument the key spec says is a key) or one of the command's literal tokens."""
    done, word = _words(text_before_cursor)
    start = -len(word)
    low = word.lower()
    if not done:
        return [Candidate(name.upper(), start, _meta(table.commands[name]))
                for name in table.names() if name.startswith(low) and "|" not in name]  # fmt: skip
    spec = table.commands.get(done[0].lower())
    if spec is None:
        return []
    if spec.subcommands and len(done) == 1:
        subs = sorted(spec.subcommands.values(), key=lambda s: s.name)
        return [Candidate(s.name.split("|", 1)[1].upper(), start, _meta(s))
                for s in subs if s.name.split("|", 1)[1].startswith(low)]  # fmt: skip
    target = table.lookup(done[:2]) or spec
    position = len(done)
    out: list[Candidate] = []
    if position in target.key_positions(position + 2):
        out += [Candidate(k, start, "key") for k in keys(word)]
    tokens = dict.fromkeys(_TOKEN.findall(target.arguments))
    out += [Candidate(t, start, target.arguments[:60]) for t in tokens if t.lower().startswith(low) and word]
    if not out and not word and target.arguments:
        out.append(Candidate("", 0, target.arguments))  # the hint alone, as redis-cli shows it
    return out


def _meta(spec: CommandSpec) -> str:
    hint = f"{spec.arguments}  " if spec.arguments else ""
    return (hint + spec.summary)[:100]


def key_lookup(conn: Runner, *, count: int = 200, budget: float = 0.15,
               limit: int = 50) -> Callable[[str], list[str]]:  # fmt: skip
    """``lookup(prefix)``: up to ``limit`` keys starting with ``prefix``, by ``SCAN MATCH prefix*``
    within ``budget`` seconds (a partial answer on a huge keyspace, never a blocked server)."""

    def lookup(prefix: str) -> list[str]:
        pattern = _GLOB.sub(r"\\\1", prefix) + "*"
        found: dict[str, None] = {}
        cursor: bytes | int = 0
        deadline = time.monotonic() + budget
        while len(found) < limit:
            cursor, batch = conn.run_command("SCAN", cursor, "MATCH", pattern, "COUNT", count)
            for key in batch:
                found[key.decode("utf-8", "backslashreplace")] = None
            if int(cursor) == 0 or time.monotonic() > deadline:
                break
        return sorted(found)[:limit]

    return lookup
