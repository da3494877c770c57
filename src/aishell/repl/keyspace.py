"""The shell's commands for key-value engines (Redis): ``\\keys`` (the keyspace by pattern) and
``\\key NAME`` (one key whole); the completer is :mod:`aishell.repl.keyspace_complete`.  The work is in
:mod:`aishell.services.keyspace`."""

from __future__ import annotations

from aishell.repl.registry import Shell, command


@command("\\keys", args="[PATTERN] [SAMPLE]", help="key-value engines: the keyspace by pattern (counts, memory, TTLs)")
def _keys(repl: Shell, typed: str, arg: str) -> None:
    from aishell.services.keyspace import keyspace

    words = arg.split()
    sample = int(words.pop()) if len(words) > 1 and words[-1].isdigit() else 1000
    repl.show(keyspace(repl.session, words[0] if words else "*", sample=sample))


@command("\\key", args="NAME", help="key-value engines: one key of any type, with its TTL and memory")
def _key(repl: Shell, typed: str, arg: str) -> None:
    from aishell.services.keyspace import key

    head, value = key(repl.session, arg)
    repl.show(head)
    if value.columns:
        repl.show(value)
