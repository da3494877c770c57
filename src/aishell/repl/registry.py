"""The shell's backslash-command registry, and the shell as commands see it.

Command modules (:mod:`aishell.repl.commands`, :mod:`aishell.repl.ask`) register their
handlers here with :func:`command`; the shell (:mod:`aishell.repl.app`) dispatches through
:func:`run_command`.  A handler receives a :class:`Shell`: the part of the REPL a command
may use, as a Protocol, so no command module imports the shell and the shell imports
them without a cycle.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Protocol

from aishell.errors import AishellError, QueryError, UsageError

if TYPE_CHECKING:
    from pathlib import Path

    from aishell.config import Settings
    from aishell.engines.base import Catalog
    from aishell.services.catalog import Listing
    from aishell.services.session import RunResult, Session


class Shell(Protocol):
    """What a backslash command may use of the shell (:class:`aishell.repl.app.Repl` is one)."""

    session: Session
    settings: Settings
    fmt: str  # the output format (table, vertical, csv ...)
    expanded: str  # "on", "off" or "auto"
    timing: bool
    pager: str | None
    default_pager: str
    last_statement: str | None
    next_default: str  # the text the next prompt starts with
    assume_yes: bool  # --yes: do not ask before destructive statements
    output_file: IO[str] | None  # where \\o sends results (None: the screen)
    variables: dict[str, str]  # psql's variables (\\set)
    pending: str | None  # the statement typed before \\g, \\gx, \\gset or \\watch

    def echo(self, text: str) -> None: ...
    def error(self, exc: BaseException) -> None: ...
    def show(self, listing: Listing) -> None: ...
    def catalog(self) -> Catalog: ...
    def refresh_catalog(self, wait: bool = False) -> None: ...
    def execute(self, text: str) -> RunResult | None: ...
    def switch(self, name_or_url: str) -> None: ...
    def set_output_file(self, path: str | None) -> None: ...
    def confirm(self, question: str, reasons: list[str]) -> bool: ...
    def history_file(self) -> Path: ...
    def _ask(self, message: str, *, password: bool = False) -> str: ...
    def _out(self) -> IO[str]: ...
    def _done(self, out: IO[str]) -> None: ...


#: a command's handler: (shell, the name as typed, the argument text)
Handler = Callable[[Shell, str, str], None]


@dataclass(frozen=True)
class Command:
    names: tuple[str, ...]
    args: str
    help: str
    handler: Handler


class Quit(Exception):
    """Raised by \\q."""


COMMANDS: list[Command] = []


def command(*names: str, args: str = "", help: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``names`` (listed by ``\\?`` in order)."""

    def register(fn: Handler) -> Handler:
        COMMANDS.append(Command(names, args, help, fn))
        return fn

    return register


def special_commands() -> list[tuple[str, str]]:
    """(command, description) pairs for completion and help."""
    return [(n, c.help) for c in COMMANDS for n in c.names]


_SPLIT = re.compile(r"^(\\[A-Za-z?!]+\+?)\s*(.*)$", re.S)


def dispatch(shell: Shell, line: str) -> None:
    m = _SPLIT.match(line.strip())
    if not m:
        raise UsageError(f"invalid command {line.strip()!r}; try \\?")
    typed, arg = m.group(1), m.group(2).strip().rstrip(";").strip()
    base = typed.rstrip("+")
    for cmd in COMMANDS:
        if typed in cmd.names or base in cmd.names:
            cmd.handler(shell, typed, arg)
            return
    raise UsageError(f"invalid command {typed}; try \\? for help")


def run_command(shell: Shell, line: str) -> None:
    """Run one backslash command, reporting errors without leaving the REPL."""
    try:
        dispatch(shell, line)
    except Quit:
        raise
    except (AishellError, QueryError) as exc:
        shell.error(exc)
