"""Backslash commands.  They work on every engine through the catalog model."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tempfile
from typing import TYPE_CHECKING

from aishell.errors import UsageError
from aishell.repl.registry import COMMANDS, Quit, command, dispatch, run_command, special_commands
from aishell.services import catalog as listings

if TYPE_CHECKING:
    from aishell.repl.registry import Shell as Repl  # the shell as a command sees it

__all__ = ["COMMANDS", "Quit", "command", "dispatch", "run_command", "special_commands"]


# --------------------------------------------------------------------------- general
@command("\\?", "\\help", help="show this help")
def _help(repl: Repl, typed: str, arg: str) -> None:
    width = max(len(", ".join(c.names) + (" " + c.args if c.args else "")) for c in COMMANDS)
    lines = ["Backslash commands:"]
    for c in COMMANDS:
        usage = ", ".join(c.names) + (" " + c.args if c.args else "")
        lines.append(f"  {usage.ljust(width)}  {c.help}")
    lines += [
        "",
        "End a statement with ';' (or press Alt-Enter) to run it.  Ctrl-C cancels a running",
        "statement or clears the input; Ctrl-D quits.  Ctrl-R searches history.",
    ]
    repl.echo("\n".join(lines))


@command("\\q", "\\quit", help="quit")
def _quit(repl: Repl, typed: str, arg: str) -> None:
    raise Quit


@command("\\c", "\\connect", args="NAME|URL", help="connect to another database")
def _connect(repl: Repl, typed: str, arg: str) -> None:
    if not arg:
        raise UsageError("usage: \\c NAME|URL")
    repl.switch(arg)


@command("\\conninfo", help="show the current connection")
def _conninfo(repl: Repl, typed: str, arg: str) -> None:
    s = repl.session
    url = s.target.url
    conn = s.connection()
    parts = [f"Connected to {conn.display_name} ({conn.server_version()})"]
    if url.is_file:
        parts.append(f"database file {url.database}")
    else:
        parts.append(f"database {conn.current_database() or url.database or '-'} as user {url.user or '-'}")
        parts.append(f"on host {url.host or 'localhost'}" + (f" port {url.port}" if url.port else ""))
    flags = []
    if s.read_only:
        flags.append("read-only")
    if s.timeout:
        flags.append(f"statement timeout {s.timeout:g}s")
    if s.in_transaction:
        flags.append("transaction open")
    text = ", ".join(parts) + "."
    if flags:
        text += " (" + ", ".join(flags) + ")"
    repl.echo(f"{text}\nConnection: {s.label} - {url.display()}")


# --------------------------------------------------------------------------- catalog
@command("\\l", "\\l+", "\\list", help="list databases (+ with sizes and more)")
def _databases(repl: Repl, typed: str, arg: str) -> None:
    if typed.endswith("+"):  # sizes and more, where the engine has them
        psql_commands.databases_verbose(repl, typed, arg)
        return
    dbs = repl.session.connection().list_databases()
    repl.show(listings.Listing("List of databases", listings._cols("name"), [(d,) for d in dbs]))


@command("\\dn", args="[PATTERN]", help="list schemas")
def _schemas(repl: Repl, typed: str, arg: str) -> None:
    repl.show(listings.list_schemas(repl.catalog()))


@command("\\dt", "\\dt+", args="[PATTERN]", help="list tables (+ with row estimates and sizes)")
def _tables(repl: Repl, typed: str, arg: str) -> None:
    from aishell.services import keyspace

    if keyspace.is_key_value(repl.session):  # keys, not tables: the keyspace by pattern, as \keys shows it
        repl.show(keyspace.keyspace(repl.session, arg or "*"))
        return
    repl.show(listings.list_tables(repl.catalog(), arg or None, verbose=typed.endswith("+"),
                                   sizes=repl.session.relation_sizes))  # fmt: skip


@command("\\dv", "\\dv+", args="[PATTERN]", help="list views")
def _views(repl: Repl, typed: str, arg: str) -> None:
    repl.show(listings.list_views(repl.catalog(), arg or None, verbose=typed.endswith("+"),
                                  sizes=repl.session.relation_sizes))  # fmt: skip


@command("\\di", args="[PATTERN]", help="list indexes")
def _indexes(repl: Repl, typed: str, arg: str) -> None:
    repl.show(listings.list_indexes(repl.catalog(), arg or None))


@command("\\df", args="[PATTERN]", help="list functions")
def _functions(repl: Repl, typed: str, arg: str) -> None:
    repl.show(listings.list_functions(repl.catalog(), arg or None))


@command("\\d", "\\d+", args="[NAME]", help="describe a table or view (without NAME: list relations)")
def _describe(repl: Repl, typed: str, arg: str) -> None:
    catalog = repl.catalog()
    if not arg:
        kinds = {"table", "view", "materialized view", "foreign table"}
        repl.show(listings.list_relations(catalog, kinds, verbose=typed.endswith("+"),
                                          sizes=repl.session.relation_sizes))  # fmt: skip
        return
    if any(ch in arg for ch in "*?"):
        kinds = {"table", "view", "materialized view", "foreign table"}
        repl.show(listings.list_relations(catalog, kinds, arg, verbose=typed.endswith("+"),
                                          sizes=repl.session.relation_sizes))  # fmt: skip
        return
    found = listings.describe_table(catalog, arg, sizes=repl.session.relation_sizes)
    if typed.endswith("+"):  # CHECK constraints, view definition, sizes ... (the engine's)
        psql_commands.add_details(repl, catalog, arg, found)
    for listing in found:
        repl.show(listing)


@command("\\refresh", help="re-read the catalog (completion and \\d)")
def _refresh(repl: Repl, typed: str, arg: str) -> None:
    repl.refresh_catalog(wait=True)
    repl.echo("catalog refreshed")


# --------------------------------------------------------------------------- federation
@command("\\attach", args="[NAME URL|FILE]",
         help="attach a database or file read-only, to query across them in DuckDB (no argument: list)")
def _attach(repl: Repl, typed: str, arg: str) -> None:
    from aishell.services import federation

    if not arg:
        repl.show(federation.listing(repl.session))
        return
    name, _, value = arg.partition(" ")
    if not value.strip():
        raise UsageError("usage: \\attach NAME URL|FILE")
    repl.session = federation.attach(repl.session, name, value.strip())
    repl.refresh_catalog()
    repl.echo(f"attached {name} (read-only); the session is read-only while sources are attached")


@command("\\detach", args="NAME", help="detach a source attached with \\attach")
def _detach(repl: Repl, typed: str, arg: str) -> None:
    from aishell.services import federation

    if not arg:
        raise UsageError("usage: \\detach NAME")
    repl.session = federation.detach(repl.session, arg)
    repl.refresh_catalog()
    repl.echo(f"detached {arg}")


# --------------------------------------------------------------------------- output
@command("\\x", args="[on|off|auto]", help="toggle expanded (vertical) output")
def _expanded(repl: Repl, typed: str, arg: str) -> None:
    value = arg.lower()
    if value not in ("", "on", "off", "auto"):
        raise UsageError("usage: \\x [on|off|auto]")
    repl.expanded = value or ("off" if repl.expanded == "on" else "on")
    repl.echo(f"Expanded display is {repl.expanded}.")


@command("\\T", args="FORMAT", help="output format: table, vertical, csv, tsv, json, jsonl, markdown")
def _format(repl: Repl, typed: str, arg: str) -> None:
    from aishell.output.formats import FORMATS

    if arg not in FORMATS:
        raise UsageError(f"usage: \\T {'|'.join(FORMATS)} (now: {repl.fmt})")
    repl.fmt = arg
    repl.echo(f"Output format is {arg}.")


@command("\\o", args="[FILE]", help="send results to FILE (no FILE: back to the screen)")
def _output(repl: Repl, typed: str, arg: str) -> None:
    repl.set_output_file(os.path.expanduser(arg) if arg else None)
    repl.echo(f"Output goes to {arg}." if arg else "Output goes to the screen.")


@command("\\timing", args="[on|off]", help="toggle display of statement durations")
def _timing(repl: Repl, typed: str, arg: str) -> None:
    repl.timing = {"on": True, "off": False}.get(arg.lower(), not repl.timing)
    repl.echo(f"Timing is {'on' if repl.timing else 'off'}.")


@command("\\pager", args="[COMMAND|off]", help="set the pager (off disables)")
def _pager(repl: Repl, typed: str, arg: str) -> None:
    repl.pager = None if arg.lower() == "off" else (arg or repl.default_pager)
    repl.echo(f"Pager: {repl.pager or 'off'}")


# --------------------------------------------------------------------------- input
@command("\\e", "\\edit", args="[FILE]", help="edit the last statement (or FILE) in $EDITOR")
def _edit(repl: Repl, typed: str, arg: str) -> None:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    if arg:
        path, cleanup = os.path.expanduser(arg), False
    else:
        fd, path = tempfile.mkstemp(suffix=".sql", prefix="aishell-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(repl.last_statement or "")
        cleanup = True
    try:
        subprocess.run([*shlex.split(editor), path], check=False)
        with open(path, encoding="utf-8") as fh:
            text = fh.read().strip()
    except OSError as exc:
        raise UsageError(f"cannot run editor {editor!r}: {exc}") from None
    finally:
        if cleanup:
            os.unlink(path)
    repl.next_default = text


@command("\\i", "\\include", args="FILE", help="run the statements in FILE")
def _include(repl: Repl, typed: str, arg: str) -> None:
    if not arg:
        raise UsageError("usage: \\i FILE")
    try:
        with open(os.path.expanduser(arg), encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise UsageError(f"cannot read {arg}: {exc.strerror}") from None
    result = repl.execute(text)
    if result is not None and not result.ok:  # the first error stops the file: say so, and where
        from aishell.sql.split import split_statements

        statements = split_statements(text, repl.session.dialect)
        failed = len(result.outcomes)
        left = len(statements) - failed
        if left > 0 and failed <= len(statements):
            line = text.count("\n", 0, statements[failed - 1].start) + 1
            repl.echo(f"{arg}: stopped at the error in statement {failed} of {len(statements)} (line {line}); "
                      f"the {left} statement{'s' if left != 1 else ''} after it did not run")  # fmt: skip


_COPY = re.compile(
    r"^(?P<src>\(.*\)|[\w.\"`]+(?:\s*\([^)]*\))?)\s+(?P<dir>to|from)\s+(?P<file>'[^']*'|\"[^\"]*\"|\S+)(?P<opts>.*)$",
    re.I | re.S,
)


@command("\\copy", args="TABLE|(QUERY) TO|FROM FILE [CSV|FORMAT TEXT] [HEADER] [DELIMITER 'c']",
         help="copy CSV between a file and a table or query")  # fmt: skip
def _copy(repl: Repl, typed: str, arg: str) -> None:
    from aishell.services.transfer import copy_to_csv

    m = _COPY.match(arg)
    if not m:
        raise UsageError("usage: \\copy TABLE|(QUERY) TO|FROM 'FILE' [CSV] [HEADER] [DELIMITER ',']")
    src, direction, file, opts = m["src"], m["dir"].lower(), m["file"].strip("'\""), m["opts"]
    header = bool(re.search(r"\bheader\b(?!\s+false)", opts, re.I))
    dm = re.search(r"\bdelimiter\s+'(.)'", opts, re.I)
    text = bool(re.search(r"\bformat\s+text\b", opts, re.I))  # PostgreSQL's text format: aishell's TSV
    delimiter = dm.group(1) if dm else ("\t" if text else ",")
    path = os.path.expanduser(file)
    try:
        if direction == "to":
            users = src.startswith("(")  # the user's query goes to the history; SELECT * FROM TABLE does not
            query = src[1:-1] if users else f"SELECT * FROM {src}"
            n = copy_to_csv(repl.session, query, path, header=header, delimiter=delimiter, text=text, record=users)
            repl.echo(f"COPY {n}")
        else:
            if src.startswith("("):
                raise UsageError("\\copy ... FROM needs a table, not a query")
            n = _copy_from(repl, src, path, header=header, delimiter=delimiter, text=text)
            repl.echo(f"COPY {n}")
    except OSError as exc:
        raise UsageError(f"{file}: {exc.strerror}") from None


def _copy_from(repl: Repl, table: str, path: str, *, header: bool, delimiter: str, text: bool) -> int:
    """``\\copy TABLE FROM FILE``: the import service (one transaction, the first bad row aborts,
    the session's gate judges its INSERT), for the file in CSV or PostgreSQL's text format."""
    from aishell.services.data.import_ import ImportOptions, import_file

    if not os.path.isfile(path):
        raise UsageError(f"{path}: no such file")
    opts = ImportOptions(path=path, table=table, fmt="tsv" if text else "csv", header=header, delimiter=delimiter,
                         encoding="utf-8")  # fmt: skip
    report = import_file(repl.session, opts)
    return report.inserted


@command("\\history", args="[N]", help="show recent statements on this connection")
def _history(repl: Repl, typed: str, arg: str) -> None:
    if repl.session.state is None:
        return
    limit = int(arg) if arg.isdigit() else 20
    rows = [
        (e.id, e.status, round(e.duration_ms, 1) if e.duration_ms is not None else None, " ".join(e.sql.split()))
        for e in reversed(repl.session.state.history(connection=repl.session.label, limit=limit,
                                                     target=repl.session.target.url.identity()))
    ]
    repl.show(listings.Listing("History", listings._cols("id:num", "status", "ms:num", "statement"), rows))


# \ask lives in its own module (it needs the AI services); importing it registers it
from aishell.repl import ask as _ask_module  # noqa: E402, F401

# \explain lives in its own module (it needs the plan lints); importing it registers it
from aishell.repl import explain as _explain_module  # noqa: E402, F401

# \keys and \key (key-value engines: Redis) live in their own module; importing it registers them
from aishell.repl import keyspace as _keyspace_module  # noqa: E402, F401

# \health, \slow, \activity, \cancel and \terminate live in their own module; importing it registers them
from aishell.repl import monitoring as _monitoring_module  # noqa: E402, F401

# \du, \dp, \dx, \sf, \sv, \set, \echo, \g, \gx, \gset, \watch, \! and \s (psql's) live in their own
# module; importing it registers them
from aishell.repl import psql_commands  # noqa: E402
