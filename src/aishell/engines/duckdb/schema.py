"""DuckDB's catalog queries and DDL rules for backup and copy (see :mod:`aishell.engines.schema`).

DuckDB checks a foreign key as each row is inserted (not at the end of the statement or the
transaction) and cannot add a foreign key after ``CREATE TABLE``: its foreign keys go in
``CREATE TABLE``, a table cannot reference one created after it, and a table whose foreign key
points at itself is loaded into a temporary table, then moved over parents first
(:class:`SelfReferences`).  It names its constraints itself and has no referential actions.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from typing import Any, ClassVar

from aishell.engines.duckdb.dialect import DIALECT
from aishell.engines.schema import (
    ColumnLike,
    Finder,
    SchemaConnection,
    SchemaRules,
    Step,
    TableLike,
    check_label,
    first_line,
    fk_label,
    literal,
)
from aishell.errors import AishellError, QueryError

_NEXTVAL = re.compile(r"^\s*nextval\(\s*'((?:[^']|'')+)'(?:::regclass)?\s*\)\s*$", re.I)


def q(name: str) -> str:
    return DIALECT.quote(name)


class SelfReferences:
    """A DuckDB table whose foreign keys point at itself, loaded parents first.

    DuckDB checks each row's foreign key against the rows inserted by earlier statements only (a
    row cannot reference another of the same INSERT, nor itself), and a foreign key cannot be
    added after the data.  So the rows go into a temporary table (``into``) first; :meth:`settle`
    then moves them over generation by generation: the rows whose parents are all in the table
    (or whose key is NULL), until none is left.  Rows that reference themselves or each other in
    a cycle can never be inserted: that is an error naming one (the load is rolled back).
    """

    LEVEL = "__aishell_level"

    def __init__(self, conn: SchemaConnection, table: str, columns: list[str], fks: list[dict[str, Any]]) -> None:
        self.conn = conn
        self.table = table
        self.columns = columns
        self.fks = fks
        self.into = f"_aishell_stage_{secrets.token_hex(4)}"
        cols = ", ".join(q(c) for c in columns)
        source = SCHEMA.table(table)
        conn.execute(f"CREATE TEMPORARY TABLE {q(self.into)} AS SELECT {cols}, "
                     f"CAST(NULL AS INTEGER) AS {self.LEVEL} FROM {source} LIMIT 0").close()  # fmt: skip

    def settle(self) -> None:
        stage, table = q(self.into), SCHEMA.table(self.table)
        cols = ", ".join(q(c) for c in self.columns)
        ready = []
        for fk in self.fks:
            nulls = " OR ".join(f"s.{q(c)} IS NULL" for c in fk["columns"])
            match = " AND ".join(f"p.{q(r)} = s.{q(c)}" for c, r in zip(fk["columns"], fk["ref_columns"], strict=True))
            ready.append(f"({nulls} OR EXISTS (SELECT 1 FROM {table} p WHERE {match}))")
        level = 0
        try:
            while True:
                level += 1
                self.conn.execute(f"UPDATE {stage} s SET {self.LEVEL} = {level} WHERE s.{self.LEVEL} IS NULL AND "
                                  + " AND ".join(ready)).close()  # fmt: skip
                moved = int(self.conn.query_all(f"SELECT count(*) FROM {stage} WHERE {self.LEVEL} = {level}")[0][0])
                if not moved:
                    break
                self.conn.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {stage} "
                                  f"WHERE {self.LEVEL} = {level}").close()  # fmt: skip
            left = self.conn.query_all(f"SELECT count(*) FROM {stage} WHERE {self.LEVEL} IS NULL")[0][0]
            if left:
                first = self.conn.query_all(f"SELECT {cols} FROM {stage} WHERE {self.LEVEL} IS NULL LIMIT 1")[0]
                shown = ", ".join(f"{c}={v!r}" for c, v in zip(self.columns, first, strict=True))[:300]
                raise QueryError(
                    f"{self.table}: {left} rows cannot be loaded into DuckDB: they reference themselves or each "
                    f"other in a cycle (or a row that is missing), and DuckDB checks a foreign key as each row is "
                    f"inserted; for example ({shown}). Nothing was loaded",
                    engine="DuckDB",
                )
        finally:
            try:
                self.conn.execute(f"DROP TABLE IF EXISTS {stage}").close()
            except AishellError:
                pass


class DuckDBSchema(SchemaRules):
    fks_inline: ClassVar[bool] = True
    fks_parent_first: ClassVar[bool] = True
    unique_constraints: ClassVar[str] = "inline"
    index_names_per_schema: ClassVar[bool] = True
    index_definitions: ClassVar[bool] = True
    constraint_names: ClassVar[bool] = False

    # ---- capture
    def auto_of_default(self, default: str) -> tuple[str, str | None] | None:
        nextval = _NEXTVAL.match(default)
        return ("sequence", nextval.group(1).replace("''", "'")) if nextval else None

    def capture(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> None:
        """Checks and UNIQUE constraints, from ``duckdb_constraints()``."""
        if not specs:
            return
        find = Finder(specs)
        for schema, table, kind, name, expression in conn.query_all(
            "SELECT schema_name, table_name, constraint_type, constraint_name, expression FROM duckdb_constraints() "
            "WHERE database_name = current_database() AND constraint_type IN ('CHECK', 'UNIQUE') "
            "ORDER BY schema_name, table_name, constraint_index"
        ):
            spec = find.get(schema, table)
            if spec is None:
                continue
            if kind == "CHECK" and expression:
                spec.checks.append({"name": str(name) if name else None, "expression": str(expression)})
            elif kind == "UNIQUE":
                for ix in spec.indexes:
                    if ix.get("name") == name:
                        ix["constraint"] = True

    def view_rows(self, conn: SchemaConnection) -> list[tuple[str, str, str | None]]:
        return [(str(name), str(sql).strip().rstrip(";"), str(schema)) for name, schema, sql in conn.query_all(
            "SELECT view_name, schema_name, sql FROM duckdb_views() WHERE NOT internal "
            "AND database_name = current_database() AND schema_name = current_schema() ORDER BY view_name"
        )]  # fmt: skip

    def native_ddl(self, conn: SchemaConnection, name: str, schema: str | None) -> str | None:
        rows = conn.query_all("SELECT sql FROM duckdb_tables() WHERE table_name = ? AND schema_name = ?",
                              (name, schema or "main"))  # fmt: skip
        return str(rows[0][0]) if rows else ""

    def names_lost(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> list[str]:
        """DuckDB names its constraints itself: a line for each named check, foreign key and UNIQUE
        constraint of ``specs`` (as created) whose name it did not keep."""
        if not specs:
            return []
        have: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = {}
        for table, kind, name, cols in conn.query_all(
            "SELECT table_name, constraint_type, constraint_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE database_name = current_database() AND schema_name = current_schema()"
        ):
            entry = (str(name), tuple(str(c).lower() for c in cols or ()))
            have.setdefault((str(table).lower(), str(kind)), []).append(entry)
        notes = []
        why = "DuckDB names its constraints itself"
        for spec in specs:
            key = spec.name.lower()
            for check in spec.checks:
                names = {n for n, _c in have.get((key, "CHECK"), [])}
                if check.get("name") and names and check["name"] not in names:
                    notes.append(f"skipped the name of {check_label(spec, check)}: {why}")
            for fk in spec.foreign_keys:
                fk_cols = tuple(c.lower() for c in fk["columns"])
                made = [n for n, c in have.get((key, "FOREIGN KEY"), []) if c == fk_cols]
                if fk.get("name") and made and fk["name"] not in made:
                    notes.append(f"skipped the name of {fk_label(spec, fk)}: {why}")
            for ix in spec.indexes:
                ix_cols = tuple(c.lower() for c in ix["columns"])
                made = [n for n, c in have.get((key, "UNIQUE"), []) if c == ix_cols]
                if ix.get("constraint") and ix.get("name") and made and ix["name"] not in made:
                    notes.append(f"skipped the name of unique constraint {ix['name']} of {spec.name}: {why}")
        return notes

    # ---- re-creation
    def auto_number_steps(self, conn: SchemaConnection, spec: TableLike, col: ColumnLike) -> list[Step]:
        """A sequence starting past the largest value, and the column's DEFAULT nextval."""
        what = f"auto-numbering of {spec.name}.{col.name}"
        table, column = self.table(spec.name), q(col.name)
        seq = col.sequence if self.owns(spec.dialect) and col.sequence else f"{spec.name}_{col.name}_seq"
        try:
            start = int(conn.query_all(f"SELECT COALESCE(MAX({column}), 0) + 1 FROM {table}")[0][0])
        except AishellError as exc:
            return [Step(what, [f"-- {first_line(str(exc))}"])]
        qseq = self.table(seq)
        return [Step(what, [
            f"DROP SEQUENCE IF EXISTS {qseq}",
            f"CREATE SEQUENCE {qseq} START WITH {max(start, 1)}",
            f"ALTER TABLE {table} ALTER COLUMN {column} SET DEFAULT nextval({literal(seq)})",
        ])]  # fmt: skip

    def fk_action_refusal(self, event: str, action: str) -> str | None:
        return None if action == "RESTRICT" else "DuckDB has no referential actions"

    def same_engine_index_sql(self, spec: TableLike, ix: dict[str, Any], table: str) -> str | None:
        return str(ix.get("definition") or "") or None  # the same table name: the statement as it was written

    def bulk_settings(self, conn: SchemaConnection, auto_numbered: bool) -> list[str]:
        """DuckDB keeps up to 80 % of RAM for its buffers; a load needs little of it (DuckDB writes
        large appends to the file as it goes and spills past the limit): capped at 128 MB, so the
        load's peak stays flat."""
        try:
            old = str(conn.query_all("SELECT current_setting('memory_limit')")[0][0])
            conn.execute("SET memory_limit = '128MB'").close()
        except AishellError:
            return []
        return ["SET memory_limit = " + literal(old)]

    def self_references(self, conn: SchemaConnection, spec: TableLike,
                        fks: list[dict[str, Any]]) -> SelfReferences | None:  # fmt: skip
        own = [fk for fk in fks if str(fk["ref_table"]).lower() == spec.name.lower() and fk.get("ref_columns")]
        if not own:
            return None
        return SelfReferences(conn, spec.name, [c.name for c in spec.columns], own)

    # ---- index advice
    index_trial: ClassVar[str] = "rollback"
    index_hiding: ClassVar[str] = "rollback"  # an existing index: DROP INDEX in a transaction rolled back
    plan_measure_name: ClassVar[str] = "sequential scans in the plan (DuckDB's planner gives no costs)"

    def plan_measure(self, plan: Any) -> float | None:
        """The plan's SEQ_SCAN operators (an index scan replaces one)."""

        def scans(node: Any) -> int:
            if isinstance(node, list):
                return sum(scans(n) for n in node)
            if not isinstance(node, dict):
                return 0
            own = 1 if str(node.get("name", "")).strip() == "SEQ_SCAN" else 0
            return own + scans(node.get("children") or [])

        tree = getattr(plan, "tree", None)
        if tree is not None:  # the normalised plan (engines/duckdb/plan.py)
            return float(sum(1 for _depth, node in tree.nodes() if node.access == "seq"))
        if plan.data is not None:
            return float(scans(plan.data))
        return float(str(plan.text).count("SEQ_SCAN"))


SCHEMA = DuckDBSchema(DIALECT)
