"""MySQL/MariaDB's migration rules (``aishell migrate lint``): ALTER TABLE operations that InnoDB
cannot run with ``ALGORITHM=INSTANT`` (a metadata change) or ``ALGORITHM=INPLACE, LOCK=NONE``
(rebuilt while writes go on), and so fall back to ``ALGORITHM=COPY``, which blocks writes for as
long as the whole table takes to copy.

What is instant follows MariaDB 10.6+'s "InnoDB Online DDL" pages: adding, dropping and reordering
columns (10.4+), widening a VARCHAR, NOT NULL to NULL, renaming are instant or
in place; changing a column's type in general, dropping a primary key without adding another, an
AUTO_INCREMENT column, a foreign key while ``foreign_key_checks`` is on, a character set
conversion and an engine change copy the table; NULL to NOT NULL and a new primary key rebuild it
in place.  An ALTER that names its ``ALGORITHM`` (INSTANT, NOCOPY or INPLACE) is not flagged: the
server refuses it rather than copy.  No driver is imported here.
"""

from __future__ import annotations

import dataclasses
import re
import secrets
from collections.abc import Sequence
from typing import Any

from aishell.engines.migrate_lint import (
    ERROR,
    INFO,
    WARNING,
    Finding,
    LintConnection,
    LintRules,
    LintState,
    Stmt,
    alter_actions,
    constraint_kinds,
    table_name,
)
from aishell.errors import PolicyError, QueryError

_HINT = (
    "add ALGORITHM=INSTANT (or ALGORITHM=INPLACE, LOCK=NONE) to the ALTER so the server refuses it "
    "instead of copying the table; for a large table use an online schema change tool "
    "(gh-ost, pt-online-schema-change)"
)
_SAFE_ALGORITHMS = {"INSTANT", "NOCOPY", "INPLACE"}
_ALTER_HEAD = re.compile(r"^\s*ALTER\s+(?:ONLINE\s+|IGNORE\s+)*TABLE\s+([`\w.$]+)", re.I)
_ALGORITHM = re.compile(r"\bALGORITHM\s*=?\s*(\w+)", re.I)
_COPYING_TEXT = (
    (re.compile(r"\bCONVERT\s+TO\s+(CHARACTER\s+SET|CHARSET)\b", re.I), "converting the character set of"),
    (re.compile(r"\bENGINE\s*=", re.I), "changing the storage engine of"),
    (re.compile(r"\bORDER\s+BY\b", re.I), "ordering"),
    (re.compile(r"\b(ADD|DROP|REORGANIZE|COALESCE)\s+PARTITION\b|\bPARTITION\s+BY\b", re.I), "repartitioning"),
)


class MySQLLint(LintRules):
    """The rules above; see :meth:`check`."""

    def check(self, stmt: Stmt, state: LintState) -> list[Finding]:
        from sqlglot import exp

        tree = stmt.tree
        if isinstance(tree, exp.Command):
            return _command(stmt, state)
        if not isinstance(tree, exp.Alter):
            return []
        table = table_name(tree.this)
        if state.is_new(table):
            return []
        algorithm = _algorithm(tree)
        if algorithm in _SAFE_ALGORITHMS:
            return []
        actions = alter_actions(tree)
        out: list[Finding] = []
        adds_pk = any(isinstance(a, exp.AddConstraint) and a.find(exp.PrimaryKey) for a in actions)
        for action in actions:
            out += _action(stmt, table, action, adds_pk)
        if any(isinstance(o, exp.EngineProperty) for o in tree.args.get("options") or []):
            out.append(_copies(stmt, "mysql-alter-copy", f"changing the storage engine of {table}"))
        if algorithm == "COPY":
            out.append(
                stmt.finding(
                    "mysql-algorithm-copy",
                    WARNING,
                    f"ALGORITHM=COPY copies {table} and blocks writes to it until the copy is done",
                    _HINT,
                )
            )
        return out


def _algorithm(tree: Any) -> str:
    from sqlglot import exp

    for option in tree.args.get("options") or []:
        if isinstance(option, exp.AlgorithmProperty):
            return str(option.this.name).upper()
    return ""


def _copies(stmt: Stmt, rule: str, what: str) -> Finding:
    return stmt.finding(
        rule,
        WARNING,
        f"{what} cannot run instantly or in place: it copies the table and blocks writes until the copy is done",
        _HINT,
    )


def _action(stmt: Stmt, table: str, action: Any, adds_pk: bool) -> list[Finding]:
    from sqlglot import exp

    if isinstance(action, exp.ColumnDef):
        return _add_column(stmt, table, action)
    if isinstance(action, exp.ModifyColumn):
        col = action.this
        old = action.args.get("rename_from")
        name = f"{table}.{old.name if old is not None else col.name}"
        out = [
            stmt.finding(
                "mysql-modify-column",
                WARNING,
                f"redefining column {name} copies the table unless the new definition only widens a "
                "VARCHAR/CHAR, renames it or makes it NULL (widening an integer is instant only with "
                "ROW_FORMAT=REDUNDANT)",
                _HINT,
            )
        ]
        if "NotNullColumnConstraint" in constraint_kinds(col):
            out.append(
                stmt.finding(
                    "mysql-not-null",
                    INFO,
                    f"if {name} allowed NULL, making it NOT NULL rebuilds {table} (in place, not instant) "
                    "and fails on existing NULLs",
                    "backfill the NULLs first and run it with ALGORITHM=INPLACE, LOCK=NONE",
                )
            )
        return out
    if isinstance(action, exp.DropPrimaryKey) and not adds_pk:
        return [_copies(stmt, "mysql-drop-primary-key", f"dropping the primary key of {table}")]
    if isinstance(action, exp.AddConstraint):
        return _add_constraint(stmt, table, action)
    return []


def _add_column(stmt: Stmt, table: str, col: Any) -> list[Finding]:
    kinds = constraint_kinds(col)
    if "AutoIncrementColumnConstraint" in kinds:
        return [_copies(stmt, "mysql-add-auto-increment", f"adding AUTO_INCREMENT column {table}.{col.name}")]
    if col.args.get("position") is not None:
        return [
            stmt.finding(
                "mysql-add-column-position",
                INFO,
                f"adding column {table}.{col.name} FIRST/AFTER is instant on MariaDB 10.4+ only "
                "(10.3 and MySQL before 8.0.29 rebuild the table)",
                "add ALGORITHM=INSTANT so an older server refuses instead of rebuilding",
            )
        ]
    return []


def _add_constraint(stmt: Stmt, table: str, action: Any) -> list[Finding]:
    from sqlglot import exp

    if action.find(exp.ForeignKey) is not None:
        return [
            stmt.finding(
                "mysql-add-foreign-key",
                WARNING,
                f"adding a foreign key to {table} copies the table unless foreign_key_checks is off "
                "(then it runs in place without checking existing rows)",
                "SET foreign_key_checks = 0 before the ALTER and run it with ALGORITHM=INPLACE, LOCK=NONE "
                "after checking the rows yourself; " + _HINT,
            )
        ]
    if action.find(exp.PrimaryKey) is not None:
        return [
            stmt.finding(
                "mysql-add-primary-key",
                INFO,
                f"adding a primary key rebuilds {table} (in place, not instant)",
                "run it with ALGORITHM=INPLACE, LOCK=NONE so it never falls back to a copy",
            )
        ]
    return []


def _command(stmt: Stmt, state: LintState) -> list[Finding]:
    """ALTERs sqlglot does not parse (``CONVERT TO CHARACTER SET`` ...), read from the text."""
    head = _ALTER_HEAD.match(stmt.sql)
    if head is None:
        return []
    table = head.group(1).replace("`", "").split(".")[-1].lower()
    algorithm = _ALGORITHM.search(stmt.sql)
    if state.is_new(table) or (algorithm and algorithm.group(1).upper() in _SAFE_ALGORITHMS):
        return []
    for pattern, what in _COPYING_TEXT:
        if pattern.search(stmt.sql):
            return [_copies(stmt, "mysql-alter-copy", f"{what} {table}")]
    return []


#: the findings a scratch run with ALGORITHM=INSTANT can prove or disprove (a foreign key needs
#: the tables it references, an explicit ALGORITHM=COPY is the author's choice)
VERIFIABLE = frozenset(
    {
        "mysql-modify-column",
        "mysql-not-null",
        "mysql-drop-primary-key",
        "mysql-add-primary-key",
        "mysql-add-auto-increment",
        "mysql-add-column-position",
        "mysql-alter-copy",
    }
)


class _Scratch:
    """Empty copies of the migration's tables in a scratch database, altered in step with it."""

    def __init__(self, conn: LintConnection) -> None:
        self.conn = conn
        self.db = f"aishell_lint_{secrets.token_hex(4)}"
        self.copies: dict[str, str | None] = {}  # source table -> its scratch copy (None: none)
        self.current = conn.current_database()

    def run(self, sql: str) -> None:
        self.conn.execute(sql).close()

    def copy_of(self, source: str) -> str | None:
        """The scratch copy of ``source`` (``db.t`` or ``t``), made at first use."""
        if source not in self.copies:
            parts = source.split(".")
            db = parts[0] if len(parts) > 1 else self.current
            target = f"`{self.db}`.`{parts[-1]}`"
            self.copies[source] = target
            try:
                self.run(f"CREATE TABLE {target} LIKE `{db}`.`{parts[-1]}`")
            except QueryError:
                self.copies[source] = None
        return self.copies[source]


def _verify(scratch: _Scratch, stmt: Stmt, found: list[Finding], created: set[str]) -> list[Finding]:
    """``found`` once the ALTER ``stmt`` ran with ALGORITHM=INSTANT on the table's scratch copy."""
    head = _ALTER_HEAD.match(stmt.sql)
    if head is None:
        return found
    source = head.group(1).replace("`", "")
    copy = None if source.split(".")[-1].lower() in created else scratch.copy_of(source)
    if copy is None:
        return found
    altered = f"ALTER TABLE {copy}{stmt.sql[head.end() :]}"
    flagged = [f for f in found if f.rule in VERIFIABLE]
    if not flagged:
        _quietly(scratch, altered)
        return found
    try:
        scratch.run(f"{altered}, ALGORITHM=INSTANT")
    except PolicyError:
        raise
    except QueryError as exc:
        why = " ".join(str(exc).split())[:200]
        return _not_instant(scratch, altered, found, flagged, why)
    kept = [f for f in found if f not in flagged]
    note = stmt.finding(
        "mysql-verified-instant",
        INFO,
        f"the server ran this ALTER of {source} with ALGORITHM=INSTANT on an empty copy: it is instant",
        "add ALGORITHM=INSTANT to the statement so it stays instant",
    )
    return [*kept, note]


def _not_instant(scratch: _Scratch, altered: str, found: list[Finding], flagged: list[Finding],
                 why: str) -> list[Finding]:  # fmt: skip
    """The server refused INSTANT: try ``ALGORITHM=INPLACE, LOCK=NONE`` (online, writes go on).
    Refused too, the ALTER copies the table and blocks writes: the findings become errors."""
    try:
        scratch.run(f"{altered}, ALGORITHM=INPLACE, LOCK=NONE")
    except PolicyError:
        raise
    except QueryError as exc:
        _quietly(scratch, altered)  # keep the copy in step with the migration
        also = " ".join(str(exc).split())[:200]
        note = (f" (proven on an empty copy: the server refused ALGORITHM=INSTANT: {why}; and ALGORITHM=INPLACE, "
                f"LOCK=NONE: {also}; it copies the table and blocks writes)")  # fmt: skip
        return [dataclasses.replace(f, severity=ERROR, message=f.message + note) if f in flagged else f for f in found]
    note = f" (the server refused ALGORITHM=INSTANT: {why}; it runs in place with LOCK=NONE, writes go on)"
    return [dataclasses.replace(f, message=f.message + note) if f in flagged else f for f in found]


def _quietly(scratch: _Scratch, sql: str) -> None:
    try:
        scratch.run(sql)
    except PolicyError:
        raise
    except QueryError:
        pass  # the scratch copy may drift; later verdicts stay sound (the server still decides)


def _created(stmt: Stmt) -> str | None:
    from sqlglot import exp

    tree = stmt.tree
    if isinstance(tree, exp.Create) and str(tree.args.get("kind") or "").upper() == "TABLE":
        found = tree.find(exp.Table)
        return table_name(found) if found is not None else None
    return None


class _VerifyingLint(MySQLLint):
    verifies = True

    def verify(self, conn: LintConnection, checked: Sequence[tuple[Stmt, list[Finding]]]) -> list[Finding]:
        """Run each ALTER of the migration on an empty copy of its table in a scratch database:
        a flagged one first with ALGORITHM=INSTANT (refused: the finding stands, with the server's
        reason; accepted: the finding is replaced by a note that it is instant).  The scratch
        database is dropped afterwards."""
        out: list[Finding] = []
        scratch = _Scratch(conn)
        created: set[str] = set()
        rest = list(checked)
        try:
            scratch.run(f"CREATE DATABASE `{scratch.db}`")
            while rest:
                stmt, found = rest[0]
                name = _created(stmt)
                if name:
                    created.add(name)
                out += _verify(scratch, stmt, found, created)
                rest.pop(0)
        except QueryError as exc:  # PolicyError too: the rest is not verified
            out += [f for _, found in rest for f in found]
            why = " ".join(str(exc).split())[:200]
            out.append(
                Finding(
                    "",
                    0,
                    0,
                    "not-verified",
                    INFO,
                    f"the findings were not all verified on the server: {why}",
                    "check the ALTERs by hand with ALGORITHM=INSTANT on a copy of the table",
                )
            )
        finally:
            try:
                scratch.run(f"DROP DATABASE IF EXISTS `{scratch.db}`")
            except QueryError:
                pass  # nothing was created, or the policy refused: nothing to drop
        return out


LINT = _VerifyingLint()
