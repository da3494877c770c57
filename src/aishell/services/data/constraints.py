"""Constraints that travel with a table besides its columns, keys and indexes: CHECK constraints
(with their names), the names and referential actions of foreign keys (ON DELETE / ON UPDATE,
DEFERRABLE, MATCH FULL), UNIQUE constraints (told apart from unique indexes), a PostgreSQL
primary key's own name and PostgreSQL exclusion constraints.

:func:`capture` reads them from each engine's catalog into the dialect-neutral
:class:`~aishell.services.data.schema.TableSpec` (``checks``, the foreign keys' ``on_delete``,
``on_update``, ``deferrable`` and ``match``, the indexes' ``constraint`` flag,
``primary_key_name``, ``exclusions``); the schema module re-creates them as each target can take
them:

* PostgreSQL adds them after the data (``ALTER TABLE ... ADD CONSTRAINT``), as pg_restore does;
* MySQL/MariaDB, SQLite and DuckDB take CHECK constraints in ``CREATE TABLE`` (SQLite and DuckDB
  cannot add one later; MySQL would copy the table for each), each first tried on a temporary
  table, so that one the target refuses is left out and reported (:func:`prepare_checks`);
* an expression is kept verbatim for the same engine and translated with sqlglot for another.

What a target cannot express -- DuckDB's referential actions and constraint names, MySQL's
deferrable foreign keys and SET DEFAULT, an exclusion constraint outside PostgreSQL -- is
reported, one ``skipped ...: reason`` line each, never dropped silently.

DuckDB checks a foreign key as each row is inserted (not at the end of the statement or the
transaction) and cannot add a foreign key after ``CREATE TABLE``: a table whose foreign key
points at itself is loaded into a temporary table, then moved over parents first
(:class:`SelfReferences`); of tables that reference each other, a table cannot reference one
created after it (reported, see ``create_sql``).
"""

from __future__ import annotations

import re
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from aishell.errors import AishellError, QueryError
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.engines.base import Connection
    from aishell.services.data.schema import Step, TableSpec

#: referential actions kept (NO ACTION, the default everywhere, is left out)
ACTIONS = ("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT")
_PG_ACTIONS = {"c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT", "r": "RESTRICT"}
ENGINE_NAMES = {"postgres": "PostgreSQL", "mysql": "MySQL/MariaDB", "sqlite": "SQLite", "duckdb": "DuckDB"}
#: a probe row that breaks the constraint: the target took the expression
_VIOLATION = re.compile(r"check constraint|constraint .{0,200} (failed|is violated)", re.I)


def _engine(dialect: str) -> str:
    return ENGINE_NAMES.get(dialect, dialect)


def _action(text: Any, *, mysql: bool = False) -> str | None:
    action = " ".join(str(text or "").upper().split())
    if action == "RESTRICT" and mysql:
        return None  # MySQL's RESTRICT is its NO ACTION
    return action if action in ACTIONS else None


# --------------------------------------------------------------------------- capture
def capture(conn: Connection, specs: list[TableSpec]) -> None:
    """Add what the engine-neutral catalog does not carry about constraints to ``specs``."""
    if not specs:
        return
    if conn.engine == "postgres":
        _capture_postgres(conn, specs)
    elif conn.engine == "mysql":
        _capture_mysql(conn, specs)
    elif conn.engine == "sqlite":
        for spec in specs:
            _capture_sqlite(conn, spec)
    elif conn.engine == "duckdb":
        _capture_duckdb(conn, specs)


class _Finder:
    """Specs by (schema, name), or by name alone when that is unambiguous."""

    def __init__(self, specs: list[TableSpec]) -> None:
        self.full = {((s.schema or "").lower(), s.name.lower()): s for s in specs}
        self.plain: dict[str, TableSpec | None] = {}
        for s in specs:
            key = s.name.lower()
            self.plain[key] = None if key in self.plain else s

    def get(self, schema: Any, name: Any) -> TableSpec | None:
        found = self.full.get((str(schema or "").lower(), str(name).lower()))
        return found if found is not None else self.plain.get(str(name).lower())


def _fk(spec: TableSpec, name: Any = None, columns: tuple[str, ...] | None = None,
        ref_table: str | None = None) -> dict[str, Any] | None:  # fmt: skip
    for fk in spec.foreign_keys:
        if name is not None and fk.get("name") == name:
            return fk
        if name is None and columns is not None and tuple(c.lower() for c in fk["columns"]) == columns and (
            ref_table is None or str(fk["ref_table"]).lower() == ref_table
        ):
            return fk
    return None


def _names(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    text = str(value or "").strip("{}")
    return [p.strip('"') for p in text.split(",")] if text else []


_PG_CONSTRAINTS = """
SELECT n.nspname, cl.relname, con.conname, con.contype,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END,
       pg_catalog.pg_get_constraintdef(con.oid), con.confdeltype, con.confupdtype, con.confmatchtype,
       con.condeferrable, con.condeferred, con.convalidated, con.conislocal,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord)
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class cl ON cl.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = cl.relnamespace
WHERE con.contype IN ('c', 'f', 'u', 'p', 'x') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY n.nspname, cl.relname, con.contype, con.conname
"""


def _capture_postgres(conn: Connection, specs: list[TableSpec]) -> None:
    find = _Finder(specs)
    for row in conn.query_all(_PG_CONSTRAINTS):
        schema, table, name, kind, expression, definition, on_del, on_upd, match, deferrable, deferred, valid, \
            local, cols = row  # fmt: skip
        spec = find.get(schema, table)
        if spec is None:
            continue
        name, definition = str(name), str(definition)
        if kind == "c" and local:  # (inherited checks come with their parent)
            check: dict[str, Any] = {"name": name, "expression": str(expression)}
            if not valid:
                check["not_valid"] = True
            spec.checks.append(check)
        elif kind == "f":
            fk = _fk(spec, name)
            if fk is None:
                continue
            for key, code in (("on_delete", on_del), ("on_update", on_upd)):
                if _PG_ACTIONS.get(str(code)):
                    fk[key] = _PG_ACTIONS[str(code)]
            if deferrable:
                fk["deferrable"] = "deferred" if deferred else "immediate"
            if str(match) == "f":
                fk["match"] = "full"
        elif kind == "u":
            for ix in spec.indexes:
                if ix.get("name") == name:  # (the definition: INCLUDE, NULLS NOT DISTINCT, DEFERRABLE as written)
                    ix["constraint"] = True
                    ix["definition"] = definition
        elif kind == "p" and name != f"{spec.name}_pkey":
            spec.primary_key_name = name
        elif kind == "x":
            spec.exclusions.append({"name": name, "definition": definition, "columns": _names(cols)})
            spec.indexes = [ix for ix in spec.indexes if ix.get("name") != name]
            spec.expression_indexes = [ix for ix in spec.expression_indexes if ix.get("name") != name]


def _capture_mysql(conn: Connection, specs: list[TableSpec]) -> None:
    find = _Finder(specs)
    mariadb = "mariadb" in str(conn.query_all("SELECT VERSION()")[0][0]).lower()
    if mariadb:  # names are per table; LEVEL says whether it was written on the column
        rows = conn.query_all("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL "
                              "FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()")
    else:  # MySQL 8: names are per database
        rows = conn.query_all(
            "SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, NULL "
            "FROM information_schema.TABLE_CONSTRAINTS tc JOIN information_schema.CHECK_CONSTRAINTS cc "
            "ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
            "WHERE tc.TABLE_SCHEMA = DATABASE() AND tc.CONSTRAINT_TYPE = 'CHECK'"
        )  # fmt: skip
    for table, name, clause, level in rows:
        spec = find.get(None, table)
        if spec is None or clause is None:
            continue
        check: dict[str, Any] = {"name": str(name), "expression": str(clause)}
        if str(level or "").lower() == "column" and any(c.name == name for c in spec.columns):
            check["column"] = str(name)  # MariaDB names a column's check after the column
        spec.checks.append(check)
    for table, name, on_update, on_delete in conn.query_all(
        "SELECT TABLE_NAME, CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE FROM information_schema.REFERENTIAL_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE()"
    ):
        spec = find.get(None, table)
        fk = _fk(spec, str(name)) if spec is not None else None
        if fk is None:
            continue
        for key, rule in (("on_delete", on_delete), ("on_update", on_update)):
            if _action(rule, mysql=True):
                fk[key] = _action(rule, mysql=True)


def _capture_sqlite(conn: Connection, spec: TableSpec) -> None:
    """Referential actions from ``pragma_foreign_key_list``; names, checks and UNIQUE constraints
    from the table's own ``CREATE TABLE`` (SQLite keeps nothing else about them)."""
    for fid, _seq, ref, frm, _to, on_update, on_delete, *_ in _grouped(
        conn.query_all("SELECT * FROM pragma_foreign_key_list(?)", (spec.name,))
    ):
        fk = _fk(spec, None, tuple(c.lower() for c in frm), str(ref).lower())
        if fk is None:
            continue
        for key, rule in (("on_delete", on_delete), ("on_update", on_update)):
            if _action(rule):
                fk[key] = _action(rule)
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
        fk = _fk(spec, None, tuple(c.lower() for c in columns), ref_table.lower())
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
        tree = sqlglot.parse_one(sql, read="sqlite")
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
            check: dict[str, Any] = {"name": name, "expression": kind.this.sql(dialect="sqlite")}
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


def _capture_duckdb(conn: Connection, specs: list[TableSpec]) -> None:
    find = _Finder(specs)
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


# --------------------------------------------------------------------------- foreign keys
def _table_node(name: str) -> exp.Table:
    from sqlglot import exp

    from aishell.services.data.typemap import ident

    parts = name.split(".")
    return exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)


def fk_label(spec: TableSpec, fk: dict[str, Any]) -> str:
    name = f" {fk['name']}" if fk.get("name") else ""
    return f"foreign key{name} of {spec.name} ({', '.join(fk['columns'])})"


def fk_options(spec: TableSpec, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> list[str]:
    """The clauses after ``REFERENCES t (cols)`` that ``dialect`` takes; a note for each it cannot."""

    def skip(clause: str, why: str) -> None:
        if notes is not None:
            notes.append(f"skipped {clause} of {fk_label(spec, fk)}: {why}")

    options: list[str] = []
    if fk.get("match") == "full":
        if dialect == "postgres":
            options.append("MATCH FULL")
        else:
            skip("MATCH FULL", f"{_engine(dialect)} does not enforce it")
    for event in ("delete", "update"):
        action = fk.get(f"on_{event}")
        if not action:
            continue
        clause = f"ON {event.upper()} {action}"
        if dialect == "duckdb" and action != "RESTRICT":
            skip(clause, "DuckDB has no referential actions")
        elif dialect == "mysql" and action == "SET DEFAULT":
            skip(clause, "MySQL/MariaDB (InnoDB) ignore SET DEFAULT")
        else:
            options.append(clause)
    if fk.get("deferrable"):
        clause = f"DEFERRABLE INITIALLY {str(fk['deferrable']).upper()}"
        if dialect in ("postgres", "sqlite"):
            options.append(clause)
        else:
            skip(clause, f"{_engine(dialect)} checks foreign keys at once")
    return options


def reference(fk: dict[str, Any], options: list[str]) -> exp.Reference:
    from sqlglot import exp

    from aishell.services.data.typemap import ident

    target = exp.Schema(this=exp.Table(this=ident(fk["ref_table"])), expressions=[ident(c) for c in fk["ref_columns"]])
    return exp.Reference(this=target, options=options) if options else exp.Reference(this=target)


def foreign_key_node(spec: TableSpec, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> exp.Expression:
    """``[CONSTRAINT name] FOREIGN KEY (...) REFERENCES ...`` for ``dialect``."""
    from sqlglot import exp

    from aishell.services.data.typemap import ident

    node = exp.ForeignKey(expressions=[ident(c) for c in fk["columns"]],
                          reference=reference(fk, fk_options(spec, fk, dialect, notes)))  # fmt: skip
    return exp.Constraint(this=ident(fk["name"]), expressions=[node]) if fk.get("name") else node


def add_foreign_key_sql(spec: TableSpec, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> str:
    from sqlglot import exp

    node = foreign_key_node(spec, fk, dialect, notes)
    return exp.Alter(this=_table_node(spec.name), kind="TABLE",
                     actions=[exp.AddConstraint(expressions=[node])]).sql(dialect=dialect)  # fmt: skip


# --------------------------------------------------------------------------- CHECK constraints
def check_label(spec: TableSpec, check: dict[str, Any]) -> str:
    if check.get("name"):
        return f"check constraint {check['name']} of {spec.name}"
    return f"check constraint of {spec.name} ({check.get('expression') or '?'})"


def checks_inline(dialect: str) -> bool:
    """Whether ``dialect`` takes CHECK constraints in CREATE TABLE (else after the data)."""
    return dialect != "postgres"


def check_expression(spec: TableSpec, check: dict[str, Any], dialect: str) -> exp.Expression:
    """The constraint's expression for ``dialect``: verbatim for the same dialect, else parsed,
    made portable (:func:`_plainer`) and checked that it renders (raises Untranslatable)."""
    import sqlglot
    from sqlglot.errors import ErrorLevel, SqlglotError

    from aishell.services.data.schema import Untranslatable, translate

    text = check.get("expression")
    if not text:
        raise Untranslatable(str(check.get("error") or "its expression could not be read"))
    if spec.dialect == dialect:
        node: exp.Expression = translate(str(text), spec.dialect, dialect)  # verbatim
        return node
    try:
        parsed: Any = sqlglot.parse_one(str(text), read=spec.dialect)
        node = _plainer(parsed, spec)
        node.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except SqlglotError as exc:
        raise Untranslatable(str(exc).strip().splitlines()[0][:300]) from None
    return node


_TEXT_TYPES = ("TEXT", "VARCHAR", "CHAR", "NCHAR", "NVARCHAR", "BPCHAR", "NAME")
_NUMBER_TYPES = ("DECIMAL", "INT", "BIGINT", "SMALLINT", "DOUBLE", "FLOAT", "REAL")


def _plainer(node: exp.Expression, spec: TableSpec) -> exp.Expression:
    """PostgreSQL's spelling of a check made portable: ``x = ANY (ARRAY[...])`` is ``x IN (...)``,
    ``x <> ALL (ARRAY[...])`` is ``x NOT IN (...)``, and the casts it adds to literals and text
    columns (``'a'::character varying``, ``(0)::numeric``, ``(status)::text``) go."""
    from sqlglot import exp

    text_columns = {c.name.lower() for c in spec.columns if c.type.kind == "text"}

    def array_of(value: exp.Expression) -> exp.Array | None:
        while isinstance(value, (exp.Paren, exp.Cast)):
            value = value.this
        return value if isinstance(value, exp.Array) else None

    def simplify(n: exp.Expression) -> exp.Expression:
        if isinstance(n, (exp.EQ, exp.NEQ)) and isinstance(n.expression, (exp.Any, exp.All)):
            quantified = n.expression
            values = array_of(quantified.this)
            if values is not None and (isinstance(n, exp.EQ) == isinstance(quantified, exp.Any)):
                found = exp.In(this=n.this, expressions=list(values.expressions))
                return found if isinstance(n, exp.EQ) else exp.Not(this=found)
        if isinstance(n, exp.Cast):
            inner = n.this
            while isinstance(inner, exp.Paren):
                inner = inner.this
            to = n.to.this.name if hasattr(n.to.this, "name") else str(n.to.this)
            if isinstance(inner, exp.Literal) and (
                (inner.is_string and to in _TEXT_TYPES) or (not inner.is_string and to in _NUMBER_TYPES)
            ):
                return inner.copy()
            if isinstance(inner, exp.Column) and to in _TEXT_TYPES and inner.name.lower() in text_columns:
                return inner.copy()
        return n

    # (transform does not revisit what it replaced: a second pass simplifies inside the new IN)
    return node.transform(simplify).transform(simplify)


def prepare_checks(conn: Connection, spec: TableSpec, dialect: str, notes: list[str]) -> None:
    """For a target that takes checks in CREATE TABLE: leave out (and report) those that cannot
    be translated or that the target refuses (tried on a temporary table: all at once, then one
    by one); and on such a target a NOT VALID check, which existing rows may break."""
    from aishell.services.data.schema import Untranslatable

    if not spec.checks or not checks_inline(dialect):
        return
    kept: list[dict[str, Any]] = []
    for check in spec.checks:
        try:
            check_expression(spec, check, dialect)
        except Untranslatable as exc:
            notes.append(f"skipped {check_label(spec, check)}: cannot translate it to {dialect}: {exc}")
            continue
        if check.get("not_valid"):
            notes.append(f"skipped {check_label(spec, check)}: it is NOT VALID in the source (rows may break it) "
                         f"and {_engine(dialect)} cannot add it after the data")  # fmt: skip
            continue
        kept.append(check)
    if kept and _probe_checks(conn, spec, kept, dialect) is not None:
        accepted = []
        for check in kept:
            error = _probe_checks(conn, spec, [check], dialect)
            if error is None:
                accepted.append(check)
            else:
                notes.append(f"skipped {check_label(spec, check)}: {error}")
        kept = accepted
    spec.checks = kept


def _probe_checks(conn: Connection, spec: TableSpec, checks: list[dict[str, Any]], dialect: str) -> str | None:
    """Create a temporary table of the columns with ``checks`` (unnamed) and insert a row of NULLs
    (SQLite looks a function up only then); a row the check refuses is fine.  The target's error,
    or None."""
    from sqlglot import exp

    from aishell.services.data.schema import _probe
    from aishell.services.data.typemap import create_table_sql

    name = f"aishell_probe_{uuid.uuid4().hex[:12]}"
    extra = [exp.CheckColumnConstraint(this=check_expression(spec, c, dialect)) for c in checks]
    sql = create_table_sql(name, [(c.name, c.type, True) for c in spec.columns], dialect, extra=extra)
    error = _probe(conn, "CREATE TEMPORARY TABLE" + sql[len("CREATE TABLE"):])
    if error is not None:
        return error
    table = quote_table(name, dialect)
    error = _probe(conn, f"INSERT INTO {table} () VALUES ()" if dialect == "mysql"
                   else f"INSERT INTO {table} DEFAULT VALUES")  # fmt: skip
    _probe(conn, f"DROP {'TEMPORARY ' if dialect == 'mysql' else ''}TABLE {table}")
    return None if error is None or _VIOLATION.search(error) else error


def inline_checks(spec: TableSpec, dialect: str) -> tuple[dict[str, list[exp.Expression]], list[exp.Expression]]:
    """The checks for CREATE TABLE: column constraints (by column) and table constraints.  A check
    written on its column stays there on the same engine (MariaDB names it after the column and
    takes no name there; SQLite keeps one)."""
    from sqlglot import exp

    from aishell.services.data.schema import Untranslatable
    from aishell.services.data.typemap import ident

    by_column: dict[str, list[exp.Expression]] = {}
    table: list[exp.Expression] = []
    if not checks_inline(dialect):
        return by_column, table
    names = {c.name for c in spec.columns}
    for check in spec.checks:
        try:
            node = exp.CheckColumnConstraint(this=check_expression(spec, check, dialect))
        except Untranslatable:
            continue  # (prepare_checks reported it)
        name = check.get("name")
        column = check.get("column")
        if column in names and spec.dialect == dialect:
            label = ident(name) if name and dialect != "mysql" else None
            kind = node if label is None else exp.ColumnConstraint(this=label, kind=node)
            by_column.setdefault(column, []).append(kind)
            continue
        table.append(exp.Constraint(this=ident(name), expressions=[node]) if name else node)
    return by_column, table


def optional_constraint_steps(spec: TableSpec, dialect: str) -> list[Step]:
    """After the data, where the target adds constraints then (PostgreSQL): the checks, then the
    exclusion constraints (PostgreSQL only; said so elsewhere)."""
    from sqlglot import exp

    from aishell.services.data.schema import Step, Untranslatable
    from aishell.services.data.typemap import ident

    table = quote_table(spec.name, dialect)
    out: list[Step] = []
    if not checks_inline(dialect):
        for check in spec.checks:
            what = check_label(spec, check)
            try:
                node = exp.CheckColumnConstraint(this=check_expression(spec, check, dialect))
            except Untranslatable as exc:
                out.append(Step(what, [f"-- cannot translate it to {dialect}: {exc}"]))
                continue
            body = (exp.Constraint(this=ident(check["name"]), expressions=[node]) if check.get("name") else node).sql(
                dialect=dialect
            )
            out.append(Step(what, [f"ALTER TABLE {table} ADD {body}{' NOT VALID' if check.get('not_valid') else ''}"]))
    for exclusion in spec.exclusions:
        what = f"exclusion constraint {exclusion['name']} of {spec.name}"
        if dialect != "postgres" or spec.dialect != "postgres":
            out.append(Step(what, [f"-- only PostgreSQL has exclusion constraints ({exclusion['definition']})"]))
        else:
            name = quote_name(str(exclusion["name"]), dialect)
            out.append(Step(what, [f"ALTER TABLE {table} ADD CONSTRAINT {name} {exclusion['definition']}"]))
    return out


def mysql_foreign_key_names(conn: Connection, specs: list[TableSpec], keep: set[str]) -> list[str]:
    """MySQL/MariaDB name foreign keys per database (PostgreSQL per table): a name another table
    holds (one not re-created by this load) or that two of ``specs`` share is left to MySQL to
    choose, and reported."""
    if conn.engine != "mysql" or not any(fk.get("name") for s in specs for fk in s.foreign_keys):
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
            elif len(str(name)) > 64:
                why = "longer than MySQL/MariaDB's 64 characters"
            if why is not None:
                notes.append(f"skipped the name of {fk_label(spec, fk)}: {why} (MySQL/MariaDB chose one)")
                fk["name"] = None
            else:
                taken.add(str(name).lower())
    return notes


# --------------------------------------------------------------------------- UNIQUE, primary key
def unique_node(ix: dict[str, Any], dialect: str) -> exp.Expression:
    """``[CONSTRAINT name] UNIQUE (cols)`` (DuckDB names its constraints itself)."""
    from sqlglot import exp

    from aishell.services.data.typemap import ident

    node = exp.UniqueColumnConstraint(this=exp.Schema(expressions=[ident(c) for c in ix["columns"]]))
    if ix.get("name") and dialect != "duckdb":
        return exp.Constraint(this=ident(ix["name"]), expressions=[node])
    return node


def uniques_inline(dialect: str) -> bool:
    """SQLite and DuckDB take a UNIQUE constraint in CREATE TABLE only."""
    return dialect in ("sqlite", "duckdb")


def add_unique_sql(spec: TableSpec, ix: dict[str, Any], dialect: str) -> str:
    """``ALTER TABLE ... ADD [CONSTRAINT name] UNIQUE (cols)``; PostgreSQL into PostgreSQL as written."""
    from sqlglot import exp

    if dialect == "postgres" and spec.dialect == "postgres" and ix.get("definition") and ix.get("name"):
        return (f"ALTER TABLE {quote_table(spec.name, dialect)} ADD CONSTRAINT {quote_name(str(ix['name']), dialect)} "
                f"{ix['definition']}")

    action = exp.AddConstraint(expressions=[unique_node(ix, dialect)])
    return exp.Alter(this=_table_node(spec.name), kind="TABLE", actions=[action]).sql(dialect=dialect)


def add_primary_key_sql(spec: TableSpec, dialect: str) -> str:
    """The primary key, under its own name where the source gave it one (PostgreSQL)."""
    from sqlglot import exp

    from aishell.services.data.typemap import ident

    node: exp.Expression = exp.PrimaryKey(expressions=[ident(c) for c in spec.primary_key])
    if spec.primary_key_name and dialect == "postgres":
        node = exp.Constraint(this=ident(spec.primary_key_name), expressions=[node])
    return exp.Alter(this=_table_node(spec.name), kind="TABLE",
                     actions=[exp.AddConstraint(expressions=[node])]).sql(dialect=dialect)  # fmt: skip


def table_notes(spec: TableSpec, dialect: str) -> list[str]:
    """What of the table's constraints ``dialect`` cannot name as the source did."""
    if spec.primary_key_name and dialect != "postgres" and spec.primary_key:
        return [f"skipped the name {spec.primary_key_name} of the primary key of {spec.name}: "
                f"{_engine(dialect)} does not keep it"]  # fmt: skip
    return []


def duckdb_names_lost(conn: Connection, specs: list[TableSpec]) -> list[str]:
    """DuckDB names its constraints itself: a line for each named check, foreign key and UNIQUE
    constraint of ``specs`` (as created) whose name it did not keep."""
    if conn.engine != "duckdb" or not specs:
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


# --------------------------------------------------------------------------- DuckDB self-references
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

    def __init__(self, conn: Connection, table: str, columns: list[str], fks: list[dict[str, Any]]) -> None:
        self.conn = conn
        self.table = table
        self.columns = columns
        self.fks = fks
        self.into = f"_aishell_stage_{secrets.token_hex(4)}"
        cols = ", ".join(quote_name(c, "duckdb") for c in columns)
        source = quote_table(table, "duckdb")
        conn.execute(f"CREATE TEMPORARY TABLE {quote_name(self.into, 'duckdb')} AS SELECT {cols}, "
                     f"CAST(NULL AS INTEGER) AS {self.LEVEL} FROM {source} LIMIT 0").close()  # fmt: skip

    def settle(self) -> None:
        def q(name: str) -> str:
            return quote_name(name, "duckdb")

        stage, table = q(self.into), quote_table(self.table, "duckdb")
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


def self_references(conn: Connection, spec: TableSpec, fks: list[dict[str, Any]]) -> SelfReferences | None:
    """The staging for ``spec``'s table when it is a DuckDB table with foreign keys to itself."""
    own = [fk for fk in fks if str(fk["ref_table"]).lower() == spec.name.lower() and fk.get("ref_columns")]
    if conn.engine != "duckdb" or not own:
        return None
    return SelfReferences(conn, spec.name, [c.name for c in spec.columns], own)
