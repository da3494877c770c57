"""What the shell's psql commands read beyond the catalog model: roles (``\\du``), privileges
(``\\dp``), extensions (``\\dx``), a function's or a view's source (``\\sf``, ``\\sv``), databases
with sizes (``\\l+``) and the details of ``\\d+ NAME`` (CHECK constraints, view definitions,
identity and auto-increment, sizes).

The queries are the engine's (``dialect_of(conn).introspect``, in ``engines/<e>/introspect.py``);
each runs through the session's gate as a read kept out of the history, so every command works
in a read-only session.  Where the engine has no such object :func:`unsupported` says so in one
line ("SQLite has no roles").
"""

from __future__ import annotations

import fnmatch
from typing import TYPE_CHECKING, Any

from aishell.engines.base import Row, TableInfo
from aishell.engines.introspect import IntrospectRules, Query
from aishell.errors import QueryError
from aishell.services.catalog import Listing, _cols, find_table, human_size

if TYPE_CHECKING:
    from aishell.services.session import Session

#: the listings a command reads -> their default titles
TITLES = {
    "roles": "List of roles",
    "privileges": "Access privileges",
    "extensions": "List of installed extensions",
    "databases": "List of databases",
}


def rules(session: Session) -> IntrospectRules:
    from aishell.engines import dialect_of

    return dialect_of(session.connection()).introspect


def unsupported(session: Session, what: str) -> str | None:
    """None when the engine can show ``what`` (``roles``, ``privileges``, ``extensions``,
    ``function_source``, ``view_source``, ``databases``); else why not, in one line."""
    found = rules(session)
    if getattr(found, what) is not None:
        return None
    return f"{session.connection().display_name} {found.reason(what)}"


def read(session: Session, query: Query, values: dict[str, Any] | None = None) -> list[Row]:
    """The rows of ``query`` with its ``?`` markers bound to ``values`` (by :attr:`Query.args`),
    through the session's gate as a read that is not recorded in the history."""
    from aishell.output.sink import CollectingSink

    conn = session.connection()
    classes = session.classify_each([query.sql])
    sql, params = query.sql, None
    if query.args:
        values = values or {}
        params = [values.get(name) for name in query.args]
        parts = sql.split("?")
        if len(parts) != len(params) + 1:
            raise ValueError(f"{len(parts) - 1} markers for {len(params)} arguments")
        sql = parts[0] + "".join(conn.placeholder(i) + part for i, part in enumerate(parts[1:]))
    sink = CollectingSink()
    run = session.run(sql, sink, record=False, params=params, classes=classes)
    if run.error is not None:
        raise run.error
    return list(sink.results[-1][1]) if sink.results else []


def listing(session: Session, what: str, pattern: str | None = None) -> Listing:
    """``\\du``, ``\\dp``, ``\\dx`` or ``\\l+`` (``what``: roles, privileges, extensions, databases):
    the engine's rows whose name matches the psql-style ``pattern`` (``*``, ``?``).  Call
    :func:`unsupported` first."""
    found = rules(session)
    query: Query | None = getattr(found, what)
    if query is None:
        raise QueryError(unsupported(session, what) or what)
    rows = read(session, query)
    if pattern:
        pat = pattern.lower()
        name_at = 1 if what == "privileges" else 0  # \dp matches the relation, not its schema
        rows = [r for r in rows if fnmatch.fnmatchcase(str(r[name_at] or "").lower(), pat.rpartition(".")[2])]
    if query.sizes:
        rows = [tuple(human_size(v) if i in query.sizes and v is not None else v for i, v in enumerate(r))
                for r in rows]  # fmt: skip
    columns = _cols(*(f"{c}:num" if c in ("tables",) else c for c in query.columns))
    return Listing(found.title(what, TITLES[what]), columns, rows)


def _split(name: str) -> tuple[str | None, str]:
    schema, _, bare = name.strip().rpartition(".")
    return (schema.strip('"`[]') or None), bare.strip('"`[]')


def function_source(session: Session, name: str) -> list[str]:
    """The definitions of the functions (overloads included) called ``name`` (``schema.name``):
    the function's own schema from the catalog when not given.  Raises :class:`QueryError` when
    there is none.  Call :func:`unsupported` first."""
    query = rules(session).function_source
    if query is None:
        raise QueryError(unsupported(session, "function_source") or "function_source")
    schema, bare = _split(name)
    catalog = session.catalog()
    if schema is None:
        known = [f for f in catalog.functions if f.name.lower() == bare.lower()]
        schema = next((f.schema for f in known if f.schema == catalog.default_schema), None) or next(
            (f.schema for f in known), catalog.default_schema
        )
        bare = next((f.name for f in known), bare)
    rows = read(session, query, {"schema": schema, "name": bare})
    if not rows:
        raise QueryError(f"function {name!r} does not exist (or has no source)")
    return [str(r[0]).rstrip() for r in rows]


def view_source(session: Session, name: str) -> str:
    """The definition of the view ``name`` (found in the catalog as ``\\d`` finds it)."""
    query = rules(session).view_source
    if query is None:
        raise QueryError(unsupported(session, "view_source") or "view_source")
    table = find_table(session.catalog(), name)
    if table.kind not in ("view", "materialized view"):
        raise QueryError(f'"{table.qualified_name}" is a {table.kind}, not a view')
    rows = read(session, query, {"schema": table.schema, "name": table.name})
    if not rows or rows[0][0] is None:
        raise QueryError(f'no definition found for view "{table.qualified_name}"')
    return str(rows[0][0]).strip()


def details(session: Session, table: TableInfo) -> list[str]:
    """The lines ``\\d+ NAME`` adds for ``table``: each of the engine's details that has rows,
    under its title.  A detail the server refuses (an old version without that catalog view) is
    left out with a note."""
    lines: list[str] = []
    values = {"schema": table.schema, "name": table.name}
    for detail in rules(session).details:
        if detail.query.kinds and table.kind not in detail.query.kinds:
            continue
        try:
            rows = read(session, detail.query, values)
        except QueryError as exc:
            lines.append(f"{detail.title}: not available ({exc.one_line()})")
            continue
        rows = [r for r in rows if r and r[0] is not None]
        if not rows:
            continue
        if detail.block:
            lines.append(f"{detail.title}:")
            lines += ["    " + line for line in str(rows[0][0]).strip().splitlines()]
        else:
            lines.append(f"{detail.title}:")
            lines += ["    " + ": ".join(str(v) for v in r if v is not None) for r in rows]
    return lines
