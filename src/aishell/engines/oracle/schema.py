"""Oracle's catalog queries and DDL rules for backup and copy (see :mod:`aishell.engines.schema`).

What the catalog gives beyond the engine-neutral one: identity columns
(``ALL_TAB_IDENTITY_COLS``), CHECK constraints, the actions and deferrability of foreign keys
(``ALL_CONSTRAINTS``; the ``IS NOT NULL`` checks Oracle makes for NOT NULL columns are left
out), views (``ALL_VIEWS``) and a table's own DDL (``DBMS_METADATA``).  Oracle commits DDL at
once, as MySQL does.  A probe of defaults and checks only creates a global temporary table (one
holding rows cannot be dropped in its session).  Oracle has no ``DROP ... IF EXISTS`` before
23ai: a drop is a PL/SQL block that ignores ORA-00942 (no such table).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from aishell.engines.oracle.dialect import DIALECT
from aishell.engines.schema import (
    ColumnLike,
    Finder,
    SchemaConnection,
    SchemaRules,
    Step,
    TableLike,
    action_of,
    find_fk,
    literal,
)

if TYPE_CHECKING:
    from sqlglot import exp

OWNER = "SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA')"
IDENTITY_SQL = ("SELECT table_name, column_name, generation_type FROM all_tab_identity_cols "
                f"WHERE owner = {OWNER}")  # fmt: skip
CONSTRAINTS_SQL = (
    "SELECT table_name, constraint_name, constraint_type, search_condition_vc, delete_rule, deferrable, "
    "deferred, validated, generated FROM all_constraints "
    f"WHERE owner = {OWNER} AND constraint_type IN ('C', 'R') ORDER BY table_name, constraint_name"
)
VIEWS_SQL = f"SELECT view_name, text_vc FROM all_views WHERE owner = {OWNER} ORDER BY view_name"
#: an identity column's default as ALL_TAB_COLUMNS shows it: its sequence's NEXTVAL
_IDENTITY_DEFAULT = re.compile(r'^\s*"?[^".]*"?\s*\.\s*"?ISEQ\$\$_\d+"?\s*\.\s*nextval\s*$', re.I)
#: the check Oracle makes for a NOT NULL column
_NOT_NULL_CHECK = re.compile(r'^\s*"[^"]+"\s+IS\s+NOT\s+NULL\s*$', re.I)


def _ignore_missing(stmt: str, code: int) -> str:
    """``stmt`` in a PL/SQL block that ignores the error ``-code`` (the object is not there)."""
    return (f"BEGIN EXECUTE IMMEDIATE {literal(stmt)}; EXCEPTION WHEN OTHERS THEN "
            f"IF SQLCODE != -{code} THEN RAISE; END IF; END;")  # fmt: skip


class OracleSchema(SchemaRules):
    checks_inline: ClassVar[bool] = True
    unique_constraints: ClassVar[str] = "alter"
    index_names_per_schema: ClassVar[bool] = True
    fk_deferrable: ClassVar[bool] = True
    transactional_ddl: ClassVar[bool] = False
    default_before_not_null: ClassVar[bool] = True
    quote_translated_names: ClassVar[bool] = True

    # ---- capture
    def auto_of_default(self, default: str) -> tuple[str, str | None] | None:
        return ("identity", None) if _IDENTITY_DEFAULT.match(default) else None

    def capture(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> None:
        """Identity columns (ALWAYS or BY DEFAULT), checks, foreign keys' actions and deferrability."""
        if not specs:
            return
        find = Finder(specs)
        for table, column, generation in conn.query_all(IDENTITY_SQL):
            spec = find.get(None, table)
            col = next((c for c in spec.columns if c.name == column), None) if spec else None
            if col is not None:
                col.auto = "identity always" if str(generation).upper() == "ALWAYS" else "identity"
                col.default = None
        for row in conn.query_all(CONSTRAINTS_SQL):
            spec = find.get(None, row[0])
            if spec is not None:
                self._constraint(spec, *row[1:])

    def _constraint(self, spec: TableLike, name: Any, kind: Any, condition: Any, delete_rule: Any,
                    deferrable: Any, deferred: Any, validated: Any, generated: Any) -> None:  # fmt: skip
        if kind == "C":
            if condition is None or _NOT_NULL_CHECK.match(str(condition)):
                return
            check: dict[str, Any] = {"name": None if str(generated).upper() == "GENERATED NAME" else str(name),
                                     "expression": str(condition)}  # fmt: skip
            if str(validated).upper() == "NOT VALIDATED":
                check["not_valid"] = True
            spec.checks.append(check)
            return
        fk = find_fk(spec, str(name))
        if fk is None:
            return
        if action_of(delete_rule):
            fk["on_delete"] = action_of(delete_rule)
        if str(deferrable).upper() == "DEFERRABLE":
            fk["deferrable"] = "deferred" if str(deferred).upper() == "DEFERRED" else "immediate"

    def view_rows(self, conn: SchemaConnection) -> list[tuple[str, str, str | None]]:
        return [(str(name), f"CREATE VIEW {DIALECT.quote(str(name))} AS {str(text).strip().rstrip(';')}", None)
                for name, text in conn.query_all(VIEWS_SQL)]  # fmt: skip

    def native_ddl(self, conn: SchemaConnection, name: str, schema: str | None) -> str | None:
        rows = conn.query_all("SELECT DBMS_METADATA.GET_DDL('TABLE', :1) FROM dual", (name,))
        return str(rows[0][0]).strip() if rows else ""

    # ---- re-creation
    def auto_column(self, col: ColumnLike) -> tuple[list[exp.Expression], exp.DataType | None, bool]:
        """``GENERATED BY DEFAULT AS IDENTITY`` (the loaded rows keep their numbers; an ALWAYS
        identity becomes one again after the load)."""
        from sqlglot import exp

        return [exp.GeneratedAsIdentityColumnConstraint(this=False)], None, False

    def auto_number_steps(self, conn: SchemaConnection, spec: TableLike, col: ColumnLike) -> list[Step]:
        """The identity's next value past the largest one (``START WITH LIMIT VALUE``)."""
        how = "ALWAYS" if col.auto == "identity always" and self.owns(spec.dialect) else "BY DEFAULT"
        stmt = (f"ALTER TABLE {self.table(spec.name)} MODIFY ({DIALECT.quote(col.name)} GENERATED {how} AS IDENTITY "
                "(START WITH LIMIT VALUE))")  # fmt: skip
        return [Step(f"auto-numbering of {spec.name}.{col.name}", [stmt])]

    def fk_action_refusal(self, event: str, action: str) -> str | None:
        if event == "update":
            return "Oracle has no ON UPDATE actions"
        if action in ("SET DEFAULT", "RESTRICT"):
            return f"Oracle has no ON DELETE {action}"
        return None

    def temporary_sql(self, create_table: str) -> str:
        return "CREATE GLOBAL TEMPORARY TABLE" + create_table[len("CREATE TABLE"):] + " ON COMMIT DELETE ROWS"

    def insert_defaults_sql(self, table: str) -> str | None:
        return None  # no DEFAULT VALUES (and a temporary table holding rows cannot be dropped): CREATE is the probe

    def drop_table_sql(self, name: str) -> str:
        return _ignore_missing(f"DROP TABLE {self.table(name)} CASCADE CONSTRAINTS", 942)

    def drop_view_sql(self, name: str) -> str:
        return _ignore_missing(f"DROP VIEW {self.table(name)} CASCADE CONSTRAINTS", 942)

    # ---- crash safety
    def table_kinds(self, conn: SchemaConnection) -> dict[str, str]:
        rows = conn.query_all("SELECT object_name, object_type FROM user_objects "
                              "WHERE object_type IN ('TABLE', 'VIEW')")  # fmt: skip
        return {str(name): "VIEW" if str(kind) == "VIEW" else "BASE TABLE" for name, kind in rows}


SCHEMA = OracleSchema(DIALECT)
