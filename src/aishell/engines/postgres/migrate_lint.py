"""PostgreSQL's migration rules (``aishell migrate lint``): statements that take an ACCESS
EXCLUSIVE lock for long, rewrite a table, fail on existing rows or break running code.

Tables created earlier in the same migration are exempt from the locking rules: nothing reads
them yet.  No driver is imported here.
"""

from __future__ import annotations

import re
from typing import Any

from aishell.engines.migrate_lint import (
    ERROR,
    INFO,
    WARNING,
    Finding,
    LintRules,
    LintState,
    Stmt,
    alter_actions,
    constraint_kinds,
    drop_targets,
    table_name,
)

_LOCKING = re.compile(r"^\s*(ALTER\s+TABLE|CREATE\s+(UNIQUE\s+)?INDEX|DROP\s+(TABLE|INDEX)|TRUNCATE)\b", re.I)
#: what PostgreSQL refuses inside a transaction block (after leading comments)
_NO_TRANSACTION = re.compile(
    r"^(?:\s+|--[^\n]*\n|/\*.*?\*/)*(?:(?:CREATE\s+(?:UNIQUE\s+)?|DROP\s+)INDEX\s+CONCURRENTLY|"
    r"REINDEX\b[^;]*\bCONCURRENTLY|VACUUM\b|CREATE\s+DATABASE|DROP\s+DATABASE|ALTER\s+SYSTEM|"
    r"CREATE\s+TABLESPACE|DROP\s+TABLESPACE)",
    re.I | re.S,
)
_VOLATILE = {"random", "uuid", "gen_random_uuid", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval"}
_FILLS = {"DefaultColumnConstraint", "GeneratedAsIdentityColumnConstraint", "ComputedColumnConstraint"}


class PostgresLint(LintRules):
    """The rules above; see :meth:`check`."""

    def outside_transaction(self, sql: str) -> bool:
        return _NO_TRANSACTION.match(sql) is not None

    def check(self, stmt: Stmt, state: LintState) -> list[Finding]:
        from sqlglot import exp

        tree = stmt.tree
        out: list[Finding] = []
        target = _target(tree)
        if isinstance(tree, exp.Create) and str(tree.args.get("kind") or "").upper() == "INDEX":
            out += _create_index(stmt, state)
        elif isinstance(tree, exp.Drop):
            out += _drop(stmt, state)
        elif isinstance(tree, exp.Alter):
            table = table_name(tree.this)
            if not state.is_new(table):
                for action in alter_actions(tree):
                    out += _alter_action(stmt, table, action)
        existing = target is not None and not state.is_new(target)
        if existing and "lock_timeout" not in state.settings and _LOCKING.match(stmt.sql):
            out.append(
                stmt.finding(
                    "pg-lock-timeout",
                    INFO,
                    f"no lock_timeout is set earlier in this file: the lock on {target} may wait behind a "
                    "long transaction while every query on the table queues behind it",
                    "start the file with SET lock_timeout = '5s'; and retry the migration if it times out",
                )
            )
        return out


def _target(tree: Any) -> str | None:
    """The table a locking statement locks (None: not one the rule knows)."""
    from sqlglot import exp

    if isinstance(tree, exp.Create) and isinstance(tree.this, exp.Index):
        return table_name(tree.this.args.get("table")) or None
    if isinstance(tree, exp.Drop):
        names = drop_targets(tree)
        return names[0] if names else None
    if isinstance(tree, exp.Alter):
        return table_name(tree.this) or None
    if isinstance(tree, exp.TruncateTable):
        tables = tree.args.get("expressions") or []
        return table_name(tables[0]) if tables else None
    return None


def _create_index(stmt: Stmt, state: LintState) -> list[Finding]:
    tree = stmt.tree
    index = tree.this
    table = table_name(index.args.get("table"))
    if tree.args.get("concurrently") or not table or state.is_new(table):
        return []
    return [
        stmt.finding(
            "pg-create-index-concurrently",
            WARNING,
            f"CREATE INDEX {index.name or ''} on {table} without CONCURRENTLY blocks writes to {table} "
            "while the index builds",
            "use CREATE INDEX CONCURRENTLY (it cannot run inside a transaction: put it in a file of "
            "its own, outside BEGIN/COMMIT)",
        )
    ]


def _drop(stmt: Stmt, state: LintState) -> list[Finding]:
    tree = stmt.tree
    kind = str(tree.args.get("kind") or "").upper()
    out: list[Finding] = []
    for name in drop_targets(tree):
        if state.is_new(name):
            continue
        if kind == "TABLE":
            out.append(
                stmt.finding(
                    "pg-drop-table",
                    WARNING,
                    f"DROP TABLE {name} breaks every running version of the code that still reads it",
                    "stop using the table in a release first, then drop it in a later migration",
                )
            )
        elif kind == "INDEX" and not tree.args.get("concurrently"):
            out.append(
                stmt.finding(
                    "pg-drop-index-concurrently",
                    WARNING,
                    f"DROP INDEX {name} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on its table",
                    "use DROP INDEX CONCURRENTLY (outside a transaction)",
                )
            )
    return out


def _alter_action(stmt: Stmt, table: str, action: Any) -> list[Finding]:
    from sqlglot import exp

    if isinstance(action, exp.ColumnDef):
        return _add_column(stmt, table, action)
    if isinstance(action, exp.AlterColumn):
        return _alter_column(stmt, table, action)
    if isinstance(action, exp.Drop) and str(action.args.get("kind") or "").upper() == "COLUMN":
        names = ", ".join(c.name for c in action.args.get("expressions") or action.args.get("tables") or [])
        return [
            stmt.finding(
                "pg-drop-column",
                WARNING,
                f"dropping column {table}.{names} breaks running code that still selects or writes it",
                "stop using the column in a release first (or ignore it in the ORM), then drop it",
            )
        ]
    if isinstance(action, exp.AddConstraint):
        return _add_constraint(stmt, table, action) + _add_unique(stmt, table, action)
    if isinstance(action, (exp.RenameColumn, exp.AlterRename)):
        what = f"column {table}.{action.this.name}" if isinstance(action, exp.RenameColumn) else f"table {table}"
        return [
            stmt.finding(
                "pg-rename",
                WARNING,
                f"renaming {what} breaks every running version of the code that uses the old name",
                "add the new name beside the old one (a new column kept in step, or a view with the old "
                "name), move the code over, then drop the old name",
            )
        ]
    return []


def _add_column(stmt: Stmt, table: str, col: Any) -> list[Finding]:
    kinds = constraint_kinds(col)
    out: list[Finding] = []
    if "NotNullColumnConstraint" in kinds and not kinds & _FILLS:
        out.append(
            stmt.finding(
                "pg-add-column-not-null",
                ERROR,
                f"adding column {table}.{col.name} NOT NULL without a DEFAULT fails on an existing table that has rows",
                "add the column with a constant DEFAULT (PostgreSQL 11+ does not rewrite the table), or add "
                "it nullable, backfill it in batches, then SET NOT NULL",
            )
        )
    if "Reference" in kinds:
        out.append(_fk(stmt, table, f"column {col.name}"))
    if _volatile_default(col) or "GeneratedAsIdentityColumnConstraint" in kinds:
        out.append(
            stmt.finding(
                "pg-add-column-rewrite",
                WARNING,
                f"adding column {table}.{col.name} with a volatile DEFAULT or as an identity fills every row: "
                f"{table} is rewritten under an ACCESS EXCLUSIVE lock",
                "add the column without the default, set the default for new rows, and backfill old rows in batches",
            )
        )
    return out


def _alter_column(stmt: Stmt, table: str, action: Any) -> list[Finding]:
    name = f"{table}.{action.this.name}"
    if action.args.get("dtype") is not None:
        return [
            stmt.finding(
                "pg-alter-column-type",
                WARNING,
                f"changing the type of {name} rewrites {table} under an ACCESS EXCLUSIVE lock "
                "(except binary-compatible changes such as widening a varchar)",
                "add a new column of the new type, backfill it in batches, switch the code, then drop the old column",
            )
        ]
    if action.args.get("allow_null") is False:
        return [
            stmt.finding(
                "pg-set-not-null",
                WARNING,
                f"SET NOT NULL on {name} scans the whole of {table} under an ACCESS EXCLUSIVE lock",
                f"ADD CONSTRAINT ... CHECK ({action.this.name} IS NOT NULL) NOT VALID, then VALIDATE "
                "CONSTRAINT, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the scan), then "
                "drop the check",
            )
        ]
    return []


def _add_constraint(stmt: Stmt, table: str, action: Any) -> list[Finding]:
    from sqlglot import exp

    parent = action.parent
    if parent is not None and parent.args.get("not_valid"):
        return []
    out: list[Finding] = []
    if action.find(exp.ForeignKey) is not None:
        out.append(_fk(stmt, table, "a foreign key"))
    if action.find(exp.CheckColumnConstraint) is not None:
        out.append(
            stmt.finding(
                "pg-check-not-valid",
                WARNING,
                f"adding a CHECK constraint to {table} without NOT VALID scans the table under an ACCESS "
                "EXCLUSIVE lock",
                "ADD CONSTRAINT ... CHECK (...) NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a "
                "separate statement (it takes a weaker lock)",
            )
        )
    return out


def _add_unique(stmt: Stmt, table: str, action: Any) -> list[Finding]:
    from sqlglot import exp

    if action.find(exp.UniqueColumnConstraint) is None and action.find(exp.PrimaryKey) is None:
        return []
    return [
        stmt.finding(
            "pg-add-unique-constraint",
            WARNING,
            f"adding a UNIQUE or PRIMARY KEY constraint to {table} builds its index while writes to {table} "
            "are blocked",
            "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... UNIQUE (or PRIMARY KEY) USING "
            "INDEX that_index",
        )
    ]


def _volatile_default(col: Any) -> bool:
    """The column's DEFAULT calls a volatile function (each row gets its own value: a rewrite)."""
    from sqlglot import exp

    for c in col.args.get("constraints") or []:
        default = c.args.get("kind")
        if isinstance(default, exp.DefaultColumnConstraint):
            for call in default.find_all(exp.Func):
                name = call.sql_name().lower() if not isinstance(call, exp.Anonymous) else str(call.name).lower()
                if isinstance(call, exp.Rand) or name in _VOLATILE:
                    return True
    return False


def _fk(stmt: Stmt, table: str, what: str) -> Finding:
    return stmt.finding(
        "pg-foreign-key-not-valid",
        WARNING,
        f"adding {what} on {table} without NOT VALID checks every row while it locks {table} and the referenced table",
        "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a "
        "separate statement",
    )


LINT = PostgresLint()
