"""MySQL/MariaDB's catalog queries and DDL rules for backup and copy (see :mod:`aishell.engines.schema`).

MySQL/MariaDB commit every DDL statement at once: a load there sets replaced tables aside with
one atomic ``RENAME TABLE`` and follows its steps in the journal of
:mod:`aishell.services.data.recovery`, holding a ``GET_LOCK`` server lock while it runs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from aishell.engines.mysql.dialect import DIALECT
from aishell.engines.schema import (
    ColumnLike,
    Finder,
    SchemaConnection,
    SchemaRules,
    TableLike,
    action_of,
    find_fk,
    fk_label,
    literal,
)
from aishell.errors import AishellError

if TYPE_CHECKING:
    from sqlglot import exp

_CHECKS_MARIADB = ("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL "
                   "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")  # fmt: skip
_CHECKS_MYSQL = (
    "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, NULL "
    "FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc "
    "ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
    "WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK'"
)
_FK_RULES = ("SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE "
             "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")  # fmt: skip
_MAX_NAME = 64
#: the check MariaDB adds to a JSON column itself
_JSON_VALID = re.compile(r"json_valid\(`(?:[^`]|``)+`\)", re.I)


def _lit(text: str) -> str:
    """A string literal (backslashes escaped too: MySQL reads them as escapes)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def _action(text: Any) -> str | None:
    action = action_of(text)
    return None if action == "RESTRICT" else action  # MySQL's RESTRICT is its NO ACTION


class MySQLSchema(SchemaRules):
    default_parens: ClassVar[bool] = True
    column_check_names: ClassVar[bool] = False
    transactional_ddl: ClassVar[bool] = False

    # ---- capture
    def capture(self, conn: SchemaConnection, specs: Sequence[TableLike]) -> None:
        """AUTO_INCREMENT, literal defaults, generated and ON UPDATE columns; checks (MariaDB:
        named per table, MySQL 8: per database); foreign keys' actions."""
        if not specs:
            return
        mariadb = "mariadb" in str(conn.query_all("SELECT VERSION()")[0][0]).lower()
        self._columns(conn, specs, mariadb)
        find = Finder(specs)
        for table, name, clause, level in conn.query_all(_CHECKS_MARIADB if mariadb else _CHECKS_MYSQL):
            spec = find.get(None, table)
            if spec is None or clause is None:
                continue
            if _JSON_VALID.fullmatch(str(clause).strip()):
                continue  # MariaDB's own check of a JSON column: the column reads as json, which implies it
            check: dict[str, Any] = {"name": str(name), "expression": str(clause)}
            if str(level or "").lower() == "column" and any(c.name == name for c in spec.columns):
                check["column"] = str(name)  # MariaDB names a column's check after the column
            spec.checks.append(check)
        for table, name, on_update, on_delete in conn.query_all(_FK_RULES):
            spec = find.get(None, table)
            fk = find_fk(spec, str(name)) if spec is not None else None
            if fk is None:
                continue
            for key, rule in (("on_delete", on_delete), ("on_update", on_update)):
                if _action(rule):
                    fk[key] = _action(rule)

    def _columns(self, conn: SchemaConnection, specs: Sequence[TableLike], mariadb: bool) -> None:
        by_name = {s.name: s for s in specs}
        rows = conn.query_all("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS "
                              "WHERE TABLE_SCHEMA = DATABASE()")  # fmt: skip
        for tname, cname, default, extra in rows:
            spec = by_name.get(str(tname))
            col = next((c for c in spec.columns if c.name == cname), None) if spec else None
            if col is None:
                continue
            extra = str(extra or "").lower()
            if "auto_increment" in extra:
                col.auto, col.default = "auto_increment", None
            if "generated" in extra and "default_generated" not in extra:
                col.lost, col.default = "generated expression", None
            elif "on update" in extra:
                col.lost = extra[extra.index("on update"):]
            elif default is not None and not mariadb and "default_generated" not in extra:
                col.default = literal(str(default))  # MySQL spells a literal default without its quotes

    def view_rows(self, conn: SchemaConnection) -> list[tuple[str, str, str | None]]:
        db = conn.current_database() or ""
        out: list[tuple[str, str, str | None]] = []
        for name, body in conn.query_all("SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS "
                                         "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME"):  # fmt: skip
            body = str(body).replace(f"{DIALECT.quote(db)}.", "")  # the database's own name: not kept
            out.append((str(name), f"CREATE VIEW {DIALECT.quote(str(name))} AS {body}", db))
        return out

    def native_ddl(self, conn: SchemaConnection, name: str, schema: str | None) -> str | None:
        rows = conn.query_all(f"SHOW CREATE TABLE {self.table(name)}")
        return str(rows[0][1]) if rows else ""

    def foreign_key_name_notes(self, conn: SchemaConnection, specs: Sequence[TableLike], keep: set[str]) -> list[str]:
        """MySQL/MariaDB name foreign keys per database (PostgreSQL per table): a name another table
        holds (one not re-created by this load) or that two of ``specs`` share is left to MySQL to
        choose, and reported."""
        if not any(fk.get("name") for s in specs for fk in s.foreign_keys):
            return []
        taken = {str(name).lower() for name, table in conn.query_all(
            "SELECT CONSTRAINT_NAME, TABLE_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS "
            "WHERE CONSTRAINT_SCHEMA = DATABASE()") if str(table).lower() not in keep}  # fmt: skip
        notes = []
        for spec in specs:
            for fk in spec.foreign_keys:
                name = fk.get("name")
                if not name or str(fk["ref_table"]).lower() not in keep:
                    continue
                why = None
                if str(name).lower() in taken:
                    why = "MySQL/MariaDB name foreign keys per database, and another table's has that name"
                elif len(str(name)) > _MAX_NAME:
                    why = "longer than MySQL/MariaDB's 64 characters"
                if why is not None:
                    notes.append(f"skipped the name of {fk_label(spec, fk)}: {why} (MySQL/MariaDB chose one)")
                    fk["name"] = None
                else:
                    taken.add(str(name).lower())
        return notes

    # ---- re-creation
    def auto_refusal(self, spec: TableLike, col: ColumnLike) -> str | None:
        first = next(c for c in spec.columns if c.auto)
        if first is not col:
            return "MySQL numbers one column per table"
        pk = [c.lower() for c in spec.primary_key]
        if not pk or pk[0] != col.name.lower():
            return "MySQL numbers only the first column of the primary key"
        return None

    def auto_column(self, col: ColumnLike) -> tuple[list[exp.Expression], exp.DataType | None, bool]:
        from sqlglot import exp

        return [exp.AutoIncrementColumnConstraint()], None, False

    def fk_action_refusal(self, event: str, action: str) -> str | None:
        return "MySQL/MariaDB (InnoDB) ignore SET DEFAULT" if action == "SET DEFAULT" else None

    def insert_defaults_sql(self, table: str) -> str:
        return f"INSERT INTO {table} () VALUES ()"

    def drop_temporary_sql(self, table: str) -> str:
        return f"DROP TEMPORARY TABLE {table}"

    def rename_sql(self, pairs: Sequence[tuple[str, str]]) -> list[str]:
        """One atomic ``RENAME TABLE`` of every pair."""
        return ["RENAME TABLE " + ", ".join(f"{self.table(a)} TO {self.table(b)}" for a, b in pairs)] if pairs else []

    def bulk_settings(self, conn: SchemaConnection, auto_numbered: bool) -> list[str]:
        """MySQL turns an explicit 0 in an AUTO_INCREMENT column into a new number: not while loading."""
        if not auto_numbered:
            return []
        old = str(conn.query_all("SELECT @@SESSION.sql_mode")[0][0] or "")
        mode = ",".join(filter(None, [old, "NO_AUTO_VALUE_ON_ZERO"]))
        conn.execute("SET SESSION sql_mode = " + literal(mode)).close()
        return ["SET SESSION sql_mode = " + literal(old)]

    # ---- crash safety
    def lock_sql(self, name: str, wait: int = 0) -> str | None:
        return f"SELECT GET_LOCK({_lit(name)}, {int(wait)})"

    def unlock_sql(self, name: str) -> str | None:
        return f"SELECT RELEASE_LOCK({_lit(name)})"

    def lock_holder_sql(self, name: str) -> str | None:
        return f"SELECT IS_USED_LOCK({_lit(name)})"

    def table_kinds(self, conn: SchemaConnection) -> dict[str, str]:
        rows = conn.query_all("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                              "WHERE TABLE_SCHEMA = DATABASE()")  # fmt: skip
        return {str(name): str(kind) for name, kind in rows}

    def tables_like(self, conn: SchemaConnection, prefix: str) -> list[str]:
        """(``_`` in the LIKE is any character: the caller's pattern decides.)"""
        rows = conn.query_all("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                              f"AND TABLE_NAME LIKE {_lit(prefix + '%')}")  # fmt: skip
        return [str(r[0]) for r in rows]

    # ---- index advice: DDL commits at once and there are no hypothetical indexes, so candidates
    # are tried on a sampled copy of the tables in a scratch database, dropped afterwards
    index_trial: ClassVar[str] = "shadow"
    plan_measure_name: ClassVar[str] = (
        "estimated rows read in EXPLAIN FORMAT=JSON, rows sorted twice (the server's query_cost where it "
        "gives one), on a sampled copy of the tables"
    )

    def plan_measure(self, plan: Any) -> float | None:
        """``query_cost`` (MySQL) where the plan has it, else the rows the plan expects to read
        (MariaDB gives no cost): each table's ``rows`` times the rows of the tables before it
        in its nested loop (after their ``filtered`` share); the rows a filesort sorts count
        twice."""
        data = plan.data
        if isinstance(data, dict):
            cost = ((data.get("query_block") or {}).get("cost_info") or {}).get("query_cost")
            if cost is not None:
                return float(cost)
            return _rows_read(data)
        return super().plan_measure(plan)

    def shadow_statements(self, scratch: str, source: str, tables: Sequence[tuple[str, int | None]],
                          sample: int) -> list[str]:  # fmt: skip
        """Make the scratch database and copy about ``sample`` rows of each ``(table, row
        estimate)`` of ``source`` into it (at most twice that), keys and indexes included,
        sampled with RAND() where the table is larger, then ANALYZE the copies.  The share is
        the estimate's, and the limit far above it: a limit reached before the end of the table
        would leave its last rows (often the newest) out of the sample."""
        q = self.dialect.quote
        out = [f"CREATE DATABASE {q(scratch)}"]
        for name, rows in tables:
            copy, orig = f"{q(scratch)}.{q(name)}", f"{q(source)}.{q(name)}"
            where = f" WHERE RAND() < {min(1.0, sample / rows):.6f}" if rows and rows > sample else ""
            out += [f"CREATE TABLE {copy} LIKE {orig}",
                    f"INSERT INTO {copy} SELECT * FROM {orig}{where} LIMIT {2 * sample}",
                    f"ANALYZE TABLE {copy}"]  # fmt: skip
        return out

    trial_hides_indexes: ClassVar[bool] = True

    def hide_indexes_sql(self, sql: str, hidden: Mapping[str, Sequence[str]]) -> str:
        """``IGNORE INDEX (...)`` after each reference to a table of ``hidden``."""
        import sqlglot
        from sqlglot import exp

        tree = sqlglot.parse_one(sql, read=self.dialect.sqlglot)
        changed = False
        for table in tree.find_all(exp.Table):
            names = hidden.get(table.name.lower()) if table.name else None
            if names:
                hint = exp.IndexTableHint(this="IGNORE", expressions=[exp.to_identifier(n) for n in names])
                table.set("hints", [*(table.args.get("hints") or []), hint])
                changed = True
        return tree.sql(dialect=self.dialect.sqlglot) if changed else sql

    def shadow_enter(self, database: str) -> str:
        return f"USE {self.dialect.quote(database)}"

    def shadow_drop(self, scratch: str) -> str:
        return f"DROP DATABASE IF EXISTS {self.dialect.quote(scratch)}"

    def scratch_database_sql(self, name: str) -> tuple[str, str] | None:
        quoted = self.dialect.quote(name)
        return f"CREATE DATABASE {quoted}", f"DROP DATABASE IF EXISTS {quoted}"

    # ---- migrations
    def migrate_lock_sql(self, name: str) -> tuple[str, str] | None:
        """``GET_LOCK`` (its names are server-wide: ``name`` names the database)."""
        if len(name) > _MAX_NAME:
            name = name[: _MAX_NAME - 17] + "-" + hashlib.sha256(name.encode()).hexdigest()[:16]
        take, release = self.lock_sql(name, 0), self.unlock_sql(name)
        return (take, release) if take and release else None

    def schema_objects(self, conn: SchemaConnection) -> list[tuple[str, str, str, str]]:
        db = conn.current_database() or ""
        own = f"{DIALECT.quote(db)}."
        out = [("view", "", name, body) for name, body, _s in self.view_rows(conn)]
        try:
            checks = conn.query_all(_CHECKS_MARIADB)
        except AishellError:
            checks = conn.query_all(_CHECKS_MYSQL)
        out += [("check", str(t), str(n), str(d)) for t, n, d, _level in checks]
        for (name,) in conn.query_all("SELECT TABLE_NAME FROM information_schema.TABLES "
                                      "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'SEQUENCE'"):  # fmt: skip
            rows = conn.query_all(f"SHOW CREATE SEQUENCE {self.table(str(name))}")
            out.append(("sequence", "", str(name), str(rows[0][1]).replace(own, "") if rows else ""))
        for name, table, body in conn.query_all(
            "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE, CONCAT(ACTION_TIMING, ' ', EVENT_MANIPULATION, ' FOR EACH ', "
            "ACTION_ORIENTATION, ' ', ACTION_STATEMENT) FROM information_schema.TRIGGERS "
            "WHERE TRIGGER_SCHEMA = DATABASE()"
        ):
            out.append(("trigger", str(table), str(name), str(body).replace(own, "")))
        return out

    def drop_index_sql(self, name: str, table: str) -> str:
        return f"DROP INDEX {self.dialect.quote(name)} ON {self.table(table)}"

    # an existing index is kept from the planner by IGNORE INDEX in the planned query (the hint
    # of hide_indexes_sql): nothing changes for any other session
    index_hiding: ClassVar[str] = "hint"

    def drop_existing_index_sql(self, name: str, table: str) -> str:
        return self.drop_index_sql(name, table)

    def try_live_sql(self, conn: SchemaConnection, name: str, table: str) -> tuple[str, str] | None:
        """MariaDB 10.6+: ``ALTER INDEX ... IGNORED``; MySQL 8: ``ALTER INDEX ... INVISIBLE``."""
        version = str(conn.query_all("SELECT VERSION()")[0][0])
        numbers = tuple(int(p) for p in re.findall(r"\d+", version)[:2])
        if "mariadb" in version.lower():
            off, on = ("IGNORED", "NOT IGNORED") if numbers >= (10, 6) else ("", "")
        else:
            off, on = ("INVISIBLE", "VISIBLE") if numbers >= (8, 0) else ("", "")
        if not off:
            return None
        head = f"ALTER TABLE {self.table(table)} ALTER INDEX {self.dialect.quote(name)} "
        return head + off, head + on


def _rows_read(node: Any, fanout: float = 1.0) -> float:
    """The rows a MariaDB/MySQL JSON plan expects to read (see :meth:`MySQLSchema.plan_measure`)."""
    if isinstance(node, list):
        return sum(_rows_read(n, fanout) for n in node)
    if not isinstance(node, dict):
        return 0.0
    total = 0.0
    table = node.get("table")
    if isinstance(table, dict) and "rows" in table:
        total += fanout * float(table.get("rows") or 0)
        total += sum(_rows_read(v, fanout) for k, v in table.items() if isinstance(v, (dict, list)))
    steps = node.get("nested_loop")
    if isinstance(steps, list):
        inner = fanout
        for step in steps:
            total += _rows_read(step, inner)
            t = step.get("table") if isinstance(step, dict) else None
            if isinstance(t, dict) and "rows" in t:
                inner *= max(float(t.get("rows") or 0) * float(t.get("filtered") or 100) / 100, 1.0)
    skip = ("table", "nested_loop")
    total += sum(_rows_read(v, fanout) for k, v in node.items() if k not in skip and isinstance(v, (dict, list)))
    sort = node.get("filesort")  # the rows a filesort sorts are read once more
    return total + (_rows_read(sort, fanout) if isinstance(sort, dict) else 0.0)


SCHEMA = MySQLSchema(DIALECT)
