"""psql's commands in the shell, on every engine where they mean something.

Catalog: ``\\du`` (``\\dg``), ``\\dp`` (``\\z``), ``\\dx``, ``\\sf``, ``\\sv``, ``\\l+`` and the details
of ``\\d+ NAME``, through :mod:`aishell.services.introspect` (the engine's own queries, run
through the session's gate); where the engine has no such thing the command says so in one line
(``\\du: SQLite has no roles``).

Variables and the query buffer: ``\\set``, ``\\unset``, ``\\echo``, ``\\g``, ``\\gx``, ``\\gset``,
``\\watch`` (see :mod:`aishell.repl.psql_vars`).  ``SELECT ... \\gx`` runs the statement typed
before the command; ``\\g`` alone runs the last statement again.

The terminal: ``\\!`` (a shell command; refused in read-only mode, which is a promise about
effects that a shell command could not keep) and ``\\s`` (the history).
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from typing import TYPE_CHECKING

from aishell.errors import AishellError, UsageError
from aishell.repl.psql_vars import set_variable, words
from aishell.repl.registry import command

if TYPE_CHECKING:
    from aishell.engines.base import Catalog
    from aishell.repl.registry import Shell
    from aishell.services.catalog import Listing

#: a command that takes the statement typed before it on the same input (``SELECT 1 \gx``)
BUFFER_COMMANDS = ("\\g", "\\gx", "\\gset", "\\watch")


def _write(repl: Shell, text: str) -> None:
    out = repl._out()
    try:
        out.write(text.rstrip("\n") + "\n")
    finally:
        repl._done(out)


def _unsupported(repl: Shell, typed: str, what: str) -> bool:
    """Say so and return True when the engine has no ``what``."""
    from aishell.services import introspect

    why = introspect.unsupported(repl.session, what)
    if why is None:
        return False
    repl.echo(f"{typed.rstrip('+')}: {why}")
    return True


# --------------------------------------------------------------------------- catalog
def _listing(repl: Shell, typed: str, arg: str, what: str) -> None:
    from aishell.services import introspect

    if not _unsupported(repl, typed, what):
        repl.show(introspect.listing(repl.session, what, arg or None))


@command("\\du", "\\dg", args="[PATTERN]", help="list roles (MariaDB: accounts and their global privileges)")
def _roles(repl: Shell, typed: str, arg: str) -> None:
    _listing(repl, typed, arg, "roles")


@command("\\dp", "\\z", args="[PATTERN]", help="list access privileges of tables, views and sequences")
def _privileges(repl: Shell, typed: str, arg: str) -> None:
    _listing(repl, typed, arg, "privileges")


@command("\\dx", args="[PATTERN]", help="list installed extensions (MariaDB: active plugins)")
def _extensions(repl: Shell, typed: str, arg: str) -> None:
    _listing(repl, typed, arg, "extensions")


def databases_verbose(repl: Shell, typed: str, arg: str) -> None:
    """``\\l+``: the databases with their sizes and more, where the engine has them."""
    _listing(repl, typed, arg, "databases")


def add_details(repl: Shell, catalog: Catalog, name: str, found: list[Listing]) -> None:
    """``\\d+ NAME``: the engine's details (CHECK constraints, view definition, sizes ...) after
    the description's own footer."""
    from aishell.services import introspect
    from aishell.services.catalog import find_table

    if found:
        found[0].footer += introspect.details(repl.session, find_table(catalog, name))


def _numbered(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(f"{i:<7}{line}" for i, line in enumerate(lines, 1))


@command("\\sf", "\\sf+", args="FUNCTION", help="show a function's definition (+ with line numbers)")
def _function_source(repl: Shell, typed: str, arg: str) -> None:
    from aishell.services import introspect

    if not arg:
        raise UsageError(f"usage: {typed} FUNCTION")
    if _unsupported(repl, typed, "function_source"):
        return
    name = arg.split("(", 1)[0].strip()  # \sf f(int): the name; every overload is shown
    texts = introspect.function_source(repl.session, name)
    _write(repl, "\n\n".join(_numbered(t) if typed.endswith("+") else t for t in texts))


@command("\\sv", "\\sv+", args="VIEW", help="show a view's definition (+ with line numbers)")
def _view_source(repl: Shell, typed: str, arg: str) -> None:
    from aishell.services import introspect

    if not arg:
        raise UsageError(f"usage: {typed} VIEW")
    if _unsupported(repl, typed, "view_source"):
        return
    text = introspect.view_source(repl.session, arg)
    _write(repl, _numbered(text) if typed.endswith("+") else text)


# --------------------------------------------------------------------------- variables
@command("\\set", args="[NAME [VALUE ...]]", help="set a variable (:NAME, :'NAME', :\"NAME\"); no NAME: list them")
def _set(repl: Shell, typed: str, arg: str) -> None:
    if set_variable(repl.variables, arg) is None:
        lines = [f"{k} = '{v}'" for k, v in sorted(repl.variables.items())]
        repl.echo("\n".join(lines) if lines else "(no variables set)")


@command("\\unset", args="NAME", help="remove a variable")
def _unset(repl: Shell, typed: str, arg: str) -> None:
    names = words(arg)
    if len(names) != 1:
        raise UsageError("usage: \\unset NAME")
    repl.variables.pop(names[0], None)


@command("\\echo", args="[-n] [TEXT ...]", help="print the text (variables interpolated)")
def _echo(repl: Shell, typed: str, arg: str) -> None:
    parts = words(arg)
    newline = True
    if parts and parts[0] == "-n":
        parts, newline = parts[1:], False
    text = " ".join(parts)
    if newline:
        repl.echo(text)
    else:
        print(text, end="", flush=True)


# --------------------------------------------------------------------------- the query buffer
def _buffer(repl: Shell, typed: str) -> str:
    """The statement a buffer command runs: the one typed before it, else the last one."""
    sql, repl.pending = repl.pending, None
    sql = sql if sql and sql.strip() else repl.last_statement
    if not sql or not sql.strip():
        raise UsageError(f"{typed}: the query buffer is empty")
    return sql


@command("\\g", "\\gx", args="[FILE]", help="run the statement before it (or the last one again); x: expanded")
def _go(repl: Shell, typed: str, arg: str) -> None:
    sql = _buffer(repl, typed)
    expanded, was_file = repl.expanded, repl.output_file is not None
    if typed == "\\gx":
        repl.expanded = "on"
    try:
        if arg and not was_file:
            repl.set_output_file(os.path.expanduser(arg))
        repl.execute(sql)
    finally:
        repl.expanded = expanded
        if arg and not was_file:
            repl.set_output_file(None)


@command("\\gset", args="[PREFIX]", help="run the statement before it; store its one row in variables")
def _gset(repl: Shell, typed: str, arg: str) -> None:
    from aishell.output.sink import CollectingSink

    sql = _buffer(repl, typed)
    repl.last_statement = sql.strip()
    sink = CollectingSink()
    result = repl.session.run(sql, sink, assume_yes=repl.assume_yes)
    if result.error is not None:
        raise result.error
    returned = [r for r in sink.results if r[2].returns_rows]
    if not returned:
        raise UsageError("\\gset: the statement returned no rows")
    columns, rows, _summary = returned[-1]
    if not rows:
        raise UsageError("no rows returned for \\gset")
    if len(rows) > 1:
        raise UsageError("more than one row returned for \\gset")
    for col, value in zip(columns, rows[0], strict=True):
        name = arg + col.name
        if value is None:
            repl.variables.pop(name, None)  # as psql: NULL unsets
        else:
            repl.variables[name] = value if isinstance(value, str) else _text(value)


def _text(value: object) -> str:
    from aishell.output.formats import text_value

    return text_value(value)


_WATCH_ARG = re.compile(r"^(?:(i|interval|c|count)=)?(\d+(?:\.\d+)?)$", re.I)


def _watch_args(arg: str) -> tuple[float, int | None]:
    interval, count = 2.0, None
    for word in arg.split():
        m = _WATCH_ARG.match(word)
        if not m:
            raise UsageError("usage: \\watch [SECONDS] [i=SECONDS] [c=COUNT]")
        key, value = (m.group(1) or "i").lower()[:1], float(m.group(2))
        if key == "c":
            if value < 1 or value != int(value):
                raise UsageError("\\watch: c= takes a whole number of runs")
            count = int(value)
        else:
            interval = value
    return interval, count


def _may_repeat(repl: Shell, sql: str, interval: float) -> bool | None:
    """A statement that changes data repeats only with consent, asked once (``--yes`` answers):
    None when refused, True when given, False when none was needed.  The gate still judges every
    run (read-only refuses it the first time)."""
    prepared = repl.session.decide(sql)
    if prepared.reads_only or repl.assume_yes or repl.session.read_only:
        return False
    question = f"\\watch repeats a statement that changes data every {interval:g}s. Repeat it?"
    return True if repl.confirm(question, []) else None


@command("\\watch", args="[SECONDS] [c=COUNT]", help="run the statement before it every SECONDS (2) until Ctrl-C")
def _watch(repl: Shell, typed: str, arg: str) -> None:
    interval, count = _watch_args(arg)
    sql = _buffer(repl, typed)
    consent = _may_repeat(repl, sql, interval)
    if consent is None:
        repl.echo("\\watch: cancelled")
        return
    yes = repl.assume_yes
    repl.assume_yes = yes or consent  # the consent given covers every run
    runs = 0
    try:
        while True:
            repl.echo(f"{time.strftime('%c')} (every {interval:g}s)\n")
            result = repl.execute(sql)
            runs += 1
            if result is None or not result.ok or (count is not None and runs >= count):
                return
            time.sleep(interval)
    except KeyboardInterrupt:
        repl.echo("")
    finally:
        repl.assume_yes = yes


# --------------------------------------------------------------------------- the terminal
@command("\\!", args="[COMMAND]", help="run a shell command (no COMMAND: a shell); refused read-only")
def _shell(repl: Shell, typed: str, arg: str) -> None:
    if repl.session.read_only:
        raise UsageError("\\!: refused in read-only mode: a shell command's effects are outside what read-only "
                         "can promise")  # fmt: skip
    shell = os.environ.get("SHELL") or "/bin/sh"
    argv = [shell, "-c", arg] if arg else [shell]  # the user typed it: their shell runs it, as in psql
    try:
        subprocess.run(argv, check=False)  # nosec B603 - the user's own command, on their own terminal
    except OSError as exc:
        raise UsageError(f"\\!: cannot run {shell}: {exc.strerror}") from None


@command("\\s", args="[FILE]", help="show the command history (or write it to FILE)")
def _history_file(repl: Shell, typed: str, arg: str) -> None:
    from prompt_toolkit.history import FileHistory

    path = repl.history_file()
    entries = list(reversed(list(FileHistory(str(path)).load_history_strings())))
    text = "\n".join(entries)
    if not arg:
        _write(repl, text)
        return
    target = os.path.expanduser(arg)
    try:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
    except OSError as exc:
        raise AishellError(f"\\s: cannot write {arg}: {exc.strerror}") from None
    repl.echo(f'Wrote history to file "{arg}".')
