"""Lint a migration before it runs: flag dangerous operations, with the safer way.

:func:`lint` reads the migration files in apply order, splits each into statements (the
engine's splitter), parses each with sqlglot in the engine's dialect, and reports
:class:`~aishell.engines.migrate_lint.Finding`\\ s: the rules every engine shares (here) and the
engine's own (``engines/<e>/migrate_lint.py``, through ``Dialect.migrate_lint``).  Nothing runs
on a server; a statement sqlglot cannot parse is a warning, never a crash.

Rules every engine shares:

* ``drop-without-backup`` (warning): ``DROP TABLE``, ``ALTER TABLE ... DROP COLUMN`` or
  ``TRUNCATE`` of a table that existed before the migration, with no backup step before it.
  A backup step is, earlier in the same file or in an earlier file of the migration:

  - a copy of the table: ``CREATE TABLE orders_bak AS SELECT ... FROM orders`` (or
    ``INSERT INTO orders_bak SELECT ... FROM orders``);
  - the marker comment ``-- aishell: backup taken: orders, users`` (those tables; this file and
    later ones), or ``-- aishell: backup taken`` with no names (every table, the rest of this
    file only): the author says a backup exists (``aishell backup`` before ``migrate up``).
* ``delete-without-where`` / ``update-without-where`` (warning): every row of an existing table.
* ``parse-error`` (warning): the statement could not be parsed, so it was not checked.

Tables created earlier in the migration are exempt from every rule: nothing depends on them yet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from aishell.engines import dialect_of
from aishell.engines.migrate_lint import (
    ERROR,
    INFO,
    SEVERITIES,
    WARNING,
    Finding,
    LintRules,
    LintState,
    Stmt,
    alter_actions,
    drop_targets,
    table_name,
)
from aishell.sql.split import split_statements

if TYPE_CHECKING:
    from aishell.engines.base import Connection

__all__ = ["ERROR", "INFO", "SEVERITIES", "WARNING", "Finding", "lint", "worst"]

#: ``-- aishell: backup taken`` or ``-- aishell: backup taken: a, b``
MARKER = re.compile(r"--[ \t]*aishell:[ \t]*backup[ \t]+taken[ \t]*(?::[ \t]*([^\n]*))?", re.I)
_LEADING = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|#[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)
_SET = re.compile(r"^\s*SET\s+(?:SESSION\s+|LOCAL\s+|GLOBAL\s+)?@*(\w+)", re.I)


def lint(files: Sequence[tuple[str, str]], dialect_name: str, *, conn: Connection | None = None) -> list[Finding]:
    """The findings about a migration: ``files`` are (file name, SQL text) in apply order,
    ``dialect_name`` the engine (``postgres``, ``mysql``, ``mariadb``, ``sqlite`` ...; an unknown
    one gets only the shared rules).  Findings come in file and statement order.

    With ``conn`` (the target: a session's connection, whose statement check is the session's
    gate; inside ``Prepared.gating(conn)`` the scratch statements are judged with the operation's
    consent), an engine that can verifies its findings on the server
    (MariaDB: each flagged ALTER runs with ``ALGORITHM=INSTANT`` on an empty copy of the table in a
    scratch database, then the scratch database is dropped; a statement the policy refuses ends
    the verification, and a finding says so).  A connection with no statement check (not a
    session's) is never used: a finding says so."""
    dialect = dialect_of(dialect_name or (conn.engine if conn is not None else ""))
    rules = dialect.migrate_lint
    state = LintState()
    checked: list[tuple[Stmt, list[Finding]]] = []
    for name, text in files:
        checked += _lint_file(name, text, dialect.name, dialect.sqlglot, rules, state)
    if conn is None or not rules.verifies:
        return [f for _, found in checked for f in found]
    if conn.statement_check is None:
        out = [f for _, found in checked for f in found]
        return [
            *out,
            Finding(
                "",
                0,
                0,
                "not-verified",
                INFO,
                "the findings were not verified on the server: the connection has no session gate installed",
                "lint inside Prepared.gating(conn)",
            ),
        ]
    return rules.verify(conn, checked)


def worst(findings: Sequence[Finding]) -> str | None:
    """The most serious severity among ``findings`` (None: there are none)."""
    if not findings:
        return None
    return max((f.severity for f in findings), key=SEVERITIES.index)


def _lint_file(
    name: str, text: str, engine: str, read: str, rules: LintRules, state: LintState
) -> list[tuple[Stmt, list[Finding]]]:
    state.settings = set()
    state.backup_file = False
    markers = [(m.start(), m.group(1)) for m in MARKER.finditer(text)]
    out: list[tuple[Stmt, list[Finding]]] = []
    for index, piece in enumerate(split_statements(text, engine), 1):
        lead = _LEADING.match(piece.sql)
        code = piece.start + (lead.end() if lead else 0)
        while markers and markers[0][0] < code:
            _marker(markers.pop(0)[1], state)
        line = text.count("\n", 0, code) + 1
        sql = piece.sql[lead.end() if lead else 0 :]
        tree, problem = _parse(sql, read)
        stmt = Stmt(name, index, line, sql, tree)
        if tree is None:
            found = [
                stmt.finding(
                    "parse-error",
                    WARNING,
                    f"the statement could not be parsed, so it was not checked: {problem}",
                    "check it by hand, or split it into simpler statements",
                )
            ]
        else:
            found = _shared(stmt, state) + rules.check(stmt, state)
        out.append((stmt, found))
        _remember(stmt, state)
    for _, names in markers:  # markers after the last statement still cover later files
        _marker(names, state)
    return out


def _marker(names: str | None, state: LintState) -> None:
    if not names or not names.strip():
        state.backup_file = True
        return
    for word in re.split(r"[\s,]+", names.strip()):
        if word:
            state.backed_up.add(word.strip('`"[]').split(".")[-1].lower())


def _parse(sql: str, read: str) -> tuple[Any, str]:
    import logging

    import sqlglot
    from sqlglot.errors import SqlglotError

    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    try:
        trees = sqlglot.parse(sql, read=read or None)
    except SqlglotError as exc:
        return None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    found = [t for t in trees if t is not None]
    if not found:
        return None, "nothing to parse"
    return found[0], ""


def _shared(stmt: Stmt, state: LintState) -> list[Finding]:
    from sqlglot import exp

    tree = stmt.tree
    out: list[Finding] = []
    for table, what in _destroyed(tree):
        if not (state.is_new(table) or state.backup_file or table in state.backed_up):
            out.append(
                stmt.finding(
                    "drop-without-backup",
                    WARNING,
                    f"{what} loses data of {table} and no backup step comes before it",
                    f"copy it first (CREATE TABLE {table}_backup AS SELECT * FROM {table}), or take a "
                    f"backup and say so with the comment '-- aishell: backup taken: {table}' before it",
                )
            )
    if isinstance(tree, (exp.Delete, exp.Update)) and not tree.args.get("where"):
        table = table_name(tree.this if isinstance(tree, exp.Update) else tree.find(exp.Table))
        verb = "DELETE" if isinstance(tree, exp.Delete) else "UPDATE"
        if table and not state.is_new(table):
            out.append(
                stmt.finding(
                    f"{verb.lower()}-without-where",
                    WARNING,
                    f"{verb} without WHERE changes every row of {table}",
                    "add a WHERE clause, and change a large table in batches of a few thousand rows",
                )
            )
    return out


def _destroyed(tree: Any) -> list[tuple[str, str]]:
    """(table, what) for each table whose data the statement destroys."""
    from sqlglot import exp

    if isinstance(tree, exp.Drop) and str(tree.args.get("kind") or "").upper() == "TABLE":
        return [(name, f"DROP TABLE {name}") for name in drop_targets(tree)]
    if isinstance(tree, exp.TruncateTable):
        return [(table_name(t), f"TRUNCATE {table_name(t)}") for t in tree.args.get("expressions") or []]
    out = []
    for action in alter_actions(tree):
        if isinstance(action, exp.Drop) and str(action.args.get("kind") or "").upper() == "COLUMN":
            table = table_name(tree.this)
            for col in action.args.get("expressions") or action.args.get("tables") or []:
                out.append((table, f"dropping column {table}.{col.name}"))
    return out


def _remember(stmt: Stmt, state: LintState) -> None:
    """Fold what ``stmt`` did into ``state``: tables it created or copied, settings it made."""
    setting = _SET.match(stmt.sql)
    if setting:
        state.settings.add(setting.group(1).lower())
    tree = stmt.tree
    if tree is None:
        return
    from sqlglot import exp

    query = None
    if isinstance(tree, exp.Create) and str(tree.args.get("kind") or "").upper() == "TABLE":
        target = tree.find(exp.Table)
        if target is not None:
            state.created.add(table_name(target))
        query = tree.args.get("expression")
    elif isinstance(tree, exp.Insert):
        query = tree.args.get("expression")
    if isinstance(query, exp.Query):
        state.backed_up.update(table_name(t) for t in query.find_all(exp.Table))
