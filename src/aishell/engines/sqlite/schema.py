"""SQLite's catalog queries and DDL rules for backup and copy (see :mod:`aishell.engines.schema`).

SQLite keeps little about a table besides its own ``CREATE TABLE`` statement: the names of
constraints, CHECK constraints, deferrable foreign keys and UNIQUE constraints' names are read
back from it (parsed with sqlglot), referential actions from ``pragma_foreign_key_list``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from aishell.engines.schema import (
    ColumnLike,
    SchemaConnection,
    SchemaRules,
    TableLike,
    action_of,
    find_fk,
    index_of_definition,
    literal,
)
from aishell.engines.sqlite.dialect import DIALECT

if TYPE_CHECKING:
    from sqlglot import exp

NAME = DIALECT.sqlglot


def _grouped(rows: list[Any]) -> list[tuple[Any, ...]]:
    """``pragma_foreign_key_list`` rows, one per foreign key: (id, seq, table, from cols, to cols, ...)."""
    out: dict[Any, list[Any]] = {}
    for row in rows:
        out.setdefault(row[0], []).append(row)
    return [(parts[0][0], parts[0][1], parts[0][2], [p[3] for p in parts], [p[4] for p in parts], *parts[0][5:])
            for parts in out.values()]  # fmt: skip


def _parse_sqlite_table(sql: str) -> tuple[list[dict[str, Any]], list[Any], list[Any]] | None:
    """(checks, foreign keys (name, columns, ref table, options), named UNIQUE constraints)."""
    import sqlglot
    from sqlglot import exp
    from sqlglot.errors import SqlglotError

    try:
        tree = sqlglot.parse_one(sql, read=NAME)
    except SqlglotError:
        return None
    schema = tree.this if isinstance(tree, exp.Create) else None
    if not isinstance(schema, exp.Schema):
        return None
    checks: list[dict[str, Any]] = []
    fks: list[Any] = []
    uniques: list[Any] = []

    def add(kind: Any, name: str | None, column: str | None) -> None:
        if isinstance(kind, exp.CheckColumnConstraint):
            check: dict[str, Any] = {"name": name, "expression": kind.this.sql(dialect=NAME)}
            if column is not None:
                check["column"] = column
            checks.append(check)
        elif isinstance(kind, exp.Reference) and column is not None:
            fks.append((name, [column], _referenced(kind), [str(o) for o in kind.args.get("options") or []]))
        elif isinstance(kind, exp.ForeignKey):
            ref = kind.args.get("reference")
            if isinstance(ref, exp.Reference):
                fks.append((name, [e.name for e in kind.expressions], _referenced(ref),
                            [str(o) for o in ref.args.get("options") or []]))  # fmt: skip
        elif isinstance(kind, exp.UniqueColumnConstraint) and name:
            cols = [e.name for e in kind.this.expressions] if isinstance(kind.this, exp.Schema) else [column]
            uniques.append((name, [c for c in cols if c]))

    for item in schema.expressions:
        if isinstance(item, exp.ColumnDef):
            for cc in item.constraints:
                label = cc.args.get("this")
                add(cc.kind, label.name if isinstance(label, exp.Expression) else None, item.name)
        elif isinstance(item, exp.Constraint):
            for kind in item.expressions:
                add(kind, item.name, None)
        else:
            add(item, None, None)
    return checks, fks, uniques


def _referenced(ref: Any) -> str:
    """The table a ``REFERENCES t (cols)`` names."""
    from sqlglot import exp

    target = ref.this
    if isinstance(target, exp.Schema):
        target = target.this
    return str(target.name) if isinstance(target, exp.Expression) else ""


class SQLiteSchema(SchemaRules):
    fks_inline: ClassVar[bool] = True
    unique_constraints: ClassVar[str] = "inline"
    default_parens: ClassVar[bool] = True
    index_names_per_schema: ClassVar[bool] = True
    fk_deferrable: ClassVar[bool] = True
    defer_foreign_keys_sql: ClassVar[str | None] = "PRAGMA defer_foreign_keys = ON"

    # ---- capture
    def auto_of_column(self, data_type: str, only_key: bool) -> str | None:
        return "rowid" if only_key and (data_type or "").strip().upper() == "INTEGER" else None

    def is_internal_table(self, name: str) -> bool:
        return name.startswith("sqlite_")  # sqlite_sequence, sqlite_stat1 ...

    def is_constraint_index(self, name: str) -> bool:
        return name.startswith("sqlite_autoindex")  # a UNIQUE constraint: capture names it from the DDL

    def capture(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> None:
        """AUTOINCREMENT and expression indexes from ``sqlite_master``; then referential actions,
        constraint names, checks and UNIQUE constraints."""
        for spec in specs:
            self._autoincrement_and_indexes(conn, spec)
        for spec in specs:
            self._constraints(conn, spec)

    def _autoincrement_and_indexes(self, conn: SchemaConnection, spec: TableLike) -> None:
        rows = conn.query_all("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL",
                              (spec.name,))  # fmt: skip
        for kind, name, sql in rows:
            if kind == "table" and re.search(r"\bAUTOINCREMENT\b", str(sql), re.I):
                for col in spec.columns:
                    if col.auto == "rowid":
                        col.auto = "autoincrement"
            if kind != "index":
                continue
            names = {c.name for c in spec.columns}
            parsed = index_of_definition(str(sql), NAME, names)
            if parsed is not None and not parsed["where"] and all("column" in k for k in parsed["keys"]):
                continue  # a plain index: already in spec.indexes
            spec.indexes = [ix for ix in spec.indexes if ix["name"] != name]
            unique = bool(re.match(r"\s*CREATE\s+UNIQUE", str(sql), re.I))
            spec.expression_indexes.append({"name": name, "unique": unique, "definition": str(sql),
                                            **(parsed or {"keys": None, "where": None})})  # fmt: skip

    def _constraints(self, conn: SchemaConnection, spec: TableLike) -> None:
        """Referential actions from ``pragma_foreign_key_list``; names, checks and UNIQUE constraints
        from the table's own ``CREATE TABLE`` (SQLite keeps nothing else about them)."""
        for fid, _seq, ref, frm, _to, on_update, on_delete, *_ in _grouped(
            conn.query_all("SELECT * FROM pragma_foreign_key_list(?)", (spec.name,))
        ):
            fk = find_fk(spec, None, tuple(c.lower() for c in frm), str(ref).lower())
            if fk is None:
                continue
            for key, rule in (("on_delete", on_delete), ("on_update", on_update)):
                if action_of(rule):
                    fk[key] = action_of(rule)
            del fid
        rows = conn.query_all("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (spec.name,))
        if not rows or not rows[0][0]:
            return
        sql = str(rows[0][0])
        parsed = _parse_sqlite_table(sql)
        if parsed is None:
            if re.search(r"\bCHECK\b", sql, re.I):
                spec.checks.append({"name": None, "expression": None,
                                    "error": "the table's CREATE TABLE statement could not be parsed"})  # fmt: skip
            return
        checks, fks, uniques = parsed
        spec.checks.extend(checks)
        for name, columns, ref_table, options in fks:
            fk = find_fk(spec, None, tuple(c.lower() for c in columns), ref_table.lower())
            if fk is None:
                continue
            if name:
                fk["name"] = name
            text = " ".join(options).upper()
            if "DEFERRABLE" in text and "NOT DEFERRABLE" not in text:
                fk["deferrable"] = "deferred" if "INITIALLY DEFERRED" in text else "immediate"
        for unique_name, unique_columns in uniques:
            wanted = [c.lower() for c in unique_columns]
            for ix in spec.indexes:
                if ix.get("constraint") and ix.get("name") is None and [c.lower() for c in ix["columns"]] == wanted:
                    ix["name"] = unique_name
                    break

    def view_rows(self, conn: SchemaConnection) -> list[tuple[str, str, str | None]]:
        rows = conn.query_all("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY name")
        return [(str(name), str(sql), "main") for name, sql in rows]

    def schema_objects(self, conn: SchemaConnection) -> list[tuple[str, str, str, str]]:
        """Views and triggers as written; CHECK constraints read from each table's ``CREATE TABLE``
        (a check without a name is named after its column, or numbered in its table)."""
        out = super().schema_objects(conn)
        for name, table, sql in conn.query_all("SELECT name, tbl_name, sql FROM sqlite_master "
                                               "WHERE type = 'trigger' ORDER BY name"):  # fmt: skip
            out.append(("trigger", str(table), str(name), str(sql)))
        for table, sql in conn.query_all("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                         "AND sql LIKE '%CHECK%' ORDER BY name"):  # fmt: skip
            parsed = _parse_sqlite_table(str(sql))
            for i, check in enumerate(parsed[0] if parsed else [], 1):
                label = check.get("name") or (f"check on {check['column']}" if check.get("column") else f"check {i}")
                out.append(("check", str(table), str(label), str(check.get("expression"))))
        return out

    def native_ddl(self, conn: SchemaConnection, name: str, schema: str | None) -> str | None:
        rows = conn.query_all("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return str(rows[0][0]) if rows else ""

    # ---- re-creation
    def auto_refusal(self, spec: TableLike, col: ColumnLike) -> str | None:
        if [c.lower() for c in spec.primary_key] != [col.name.lower()]:
            return "SQLite numbers only a one-column INTEGER PRIMARY KEY"
        return None

    def auto_column(self, col: ColumnLike) -> tuple[list[exp.Expression], exp.DataType | None, bool]:
        """``INTEGER PRIMARY KEY`` [AUTOINCREMENT] on the column itself."""
        from sqlglot import exp

        kinds: list[exp.Expression] = [exp.PrimaryKeyColumnConstraint()]
        if col.auto == "autoincrement":
            kinds.append(exp.AutoIncrementColumnConstraint())
        return kinds, exp.DataType.build("INTEGER", dialect=NAME), True

    def same_engine_index_sql(self, spec: TableLike, ix: dict[str, Any], table: str) -> str | None:
        return str(ix.get("definition") or "") or None  # the same table name: the statement as it was written

    # ---- index advice
    index_trial: ClassVar[str] = "rollback"
    trial_savepoints: ClassVar[bool] = True
    plan_measure_name: ClassVar[str] = (
        "full scans and temporary sorts in EXPLAIN QUERY PLAN, index searches by the terms they "
        "use (SQLite's planner gives no costs)"
    )

    def plan_measure(self, plan: Any) -> float | None:
        """Full scans (``SCAN t``, through an index or not; an automatic index is built for the
        query) and temporary B-trees (sorts, DISTINCT, GROUP BY) in the plan: each counts 1; a
        search through an index counts 1 / (1 + the terms it uses, at least one; the rowid is
        no term): ``(a=? AND b>?)`` reads fewer rows than ``(a=?)``."""
        tree = getattr(plan, "tree", None)
        if tree is not None:  # the normalised plan (engines/sqlite/plan.py)
            total = 0.0
            for _depth, node in tree.nodes():
                if node.access in ("seq", "full_index") or "temp_b_tree" in node.extra or node.extra.get(
                        "automatic_index"):  # fmt: skip
                    total += 1
                elif node.access in ("index", "index_only"):
                    terms = [t for t in str(node.condition or "").split(" AND ") if t and not t.startswith("rowid")]
                    total += 1 / (1 + max(1, len(terms)))
            return total
        count = 0
        for line in str(plan.text).splitlines():
            detail = line.strip().removeprefix("-> ").upper()
            if detail.startswith("SCAN ") or "AUTOMATIC" in detail or detail.startswith("USE TEMP B-TREE"):
                count += 1
        return float(count)

    def create_index_sql(self, name: str, table: str, columns: Sequence[str], *, online: bool = False) -> str:
        """The schema (an attached database) qualifies the index's name, not the table's."""
        schema, _dot, bare = table.rpartition(".")
        cols = ", ".join(self.dialect.quote(c) for c in columns)
        qualified = f"{self.dialect.quote(schema)}.{self.dialect.quote(name)}" if schema else self.dialect.quote(name)
        return f"CREATE INDEX {qualified} ON {self.dialect.quote(bare)} ({cols})"

    def trial_index_size_sql(self, name: str) -> str | None:
        return "SELECT SUM(pgsize) FROM dbstat WHERE name = " + literal(name)

    # an existing index is dropped inside the trial transaction, which is rolled back
    index_hiding: ClassVar[str] = "rollback"

    def fresh_plan_sql(self, sql: str, key: str) -> str:
        """A comment makes the text new: the driver's cached ``EXPLAIN QUERY PLAN`` of the same
        text, prepared before a ``DROP INDEX`` in the open transaction, would still show the index
        (the drop does not expire it)."""
        return f"/* aishell {key} */ {sql}"


SCHEMA = SQLiteSchema(DIALECT)
