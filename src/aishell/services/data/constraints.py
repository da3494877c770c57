"""Constraints that travel with a table besides its columns, keys and indexes: CHECK constraints
(with their names), the names and referential actions of foreign keys (ON DELETE / ON UPDATE,
DEFERRABLE, MATCH FULL), UNIQUE constraints (told apart from unique indexes), a PostgreSQL
primary key's own name and PostgreSQL exclusion constraints.

:func:`capture` reads them from each engine's catalog into the dialect-neutral
:class:`~aishell.services.data.schema.TableSpec` (``checks``, the foreign keys' ``on_delete``,
``on_update``, ``deferrable`` and ``match``, the indexes' ``constraint`` flag,
``primary_key_name``, ``exclusions``); the schema module re-creates them as each target can take
them.  Each engine reads its own catalog and says what it can take
(:class:`~aishell.engines.schema.SchemaRules`, ``dialect_of(d).schema``):

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
(:func:`self_references`); of tables that reference each other, a table cannot reference one
created after it (reported, see ``create_sql``).
"""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING, Any, cast

from aishell.engines import dialect_of
from aishell.engines.schema import ACTIONS as ACTIONS  # (re-exported: their home is aishell.engines.schema)
from aishell.engines.schema import (
    SchemaRules,
    Staging,
    Step,
    TableLike,
    Untranslatable,
    ident,
    quote_names,
    translate,
)
from aishell.engines.schema import check_label as check_label
from aishell.engines.schema import fk_label as fk_label
from aishell.sql.names import quote_name, quote_table

if TYPE_CHECKING:
    from sqlglot import exp

    from aishell.engines.base import Connection

#: a probe row that breaks the constraint: the target took the expression
_VIOLATION = re.compile(r"check constraint|constraint .{0,200} (failed|is violated)", re.I)


def _rules(dialect: str | None) -> SchemaRules:
    return dialect_of(dialect).schema


def _engine(dialect: str) -> str:
    """The engine's name in messages (the dialect's own when aishell does not know it)."""
    found = dialect_of(dialect)
    return found.display_name if found.package else dialect


# --------------------------------------------------------------------------- foreign keys
def _table_node(name: str) -> exp.Table:
    from sqlglot import exp

    parts = name.split(".")
    return exp.Table(this=ident(parts[-1]), db=ident(parts[-2]) if len(parts) > 1 else None)


def fk_options(spec: TableLike, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> list[str]:
    """The clauses after ``REFERENCES t (cols)`` that ``dialect`` takes; a note for each it cannot."""

    def skip(clause: str, why: str) -> None:
        if notes is not None:
            notes.append(f"skipped {clause} of {fk_label(spec, fk)}: {why}")

    options: list[str] = []
    rules = _rules(dialect)
    if fk.get("match") == "full":
        if rules.fk_match_full:
            options.append("MATCH FULL")
        else:
            skip("MATCH FULL", f"{_engine(dialect)} does not enforce it")
    for event in ("delete", "update"):
        action = fk.get(f"on_{event}")
        if not action:
            continue
        clause = f"ON {event.upper()} {action}"
        refusal = rules.fk_action_refusal(event, str(action))
        if refusal is not None:
            skip(clause, refusal)
        else:
            options.append(clause)
    if fk.get("deferrable"):
        clause = f"DEFERRABLE INITIALLY {str(fk['deferrable']).upper()}"
        if rules.fk_deferrable:
            options.append(clause)
        else:
            skip(clause, f"{_engine(dialect)} checks foreign keys at once")
    return options


def reference(fk: dict[str, Any], options: list[str]) -> exp.Reference:
    from sqlglot import exp

    target = exp.Schema(this=exp.Table(this=ident(fk["ref_table"])), expressions=[ident(c) for c in fk["ref_columns"]])
    return exp.Reference(this=target, options=options) if options else exp.Reference(this=target)


def foreign_key_node(spec: TableLike, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> exp.Expression:
    """``[CONSTRAINT name] FOREIGN KEY (...) REFERENCES ...`` for ``dialect``."""
    from sqlglot import exp

    node = exp.ForeignKey(expressions=[ident(c) for c in fk["columns"]],
                          reference=reference(fk, fk_options(spec, fk, dialect, notes)))  # fmt: skip
    return exp.Constraint(this=ident(fk["name"]), expressions=[node]) if fk.get("name") else node


def add_foreign_key_sql(spec: TableLike, fk: dict[str, Any], dialect: str, notes: list[str] | None) -> str:
    from sqlglot import exp

    node = foreign_key_node(spec, fk, dialect, notes)
    return exp.Alter(this=_table_node(spec.name), kind="TABLE",
                     actions=[exp.AddConstraint(expressions=[node])]).sql(dialect=dialect)  # fmt: skip


# --------------------------------------------------------------------------- CHECK constraints
def checks_inline(dialect: str) -> bool:
    """Whether ``dialect`` takes CHECK constraints in CREATE TABLE (else after the data)."""
    return _rules(dialect).checks_inline


def check_expression(spec: TableLike, check: dict[str, Any], dialect: str) -> exp.Expression:
    """The constraint's expression for ``dialect``: verbatim for the same dialect, else parsed,
    made portable (:func:`_plainer`) and checked that it renders (raises Untranslatable)."""
    import sqlglot
    from sqlglot.errors import ErrorLevel, SqlglotError

    text = check.get("expression")
    if not text:
        raise Untranslatable(str(check.get("error") or "its expression could not be read"))
    if spec.dialect == dialect:
        node: exp.Expression = translate(str(text), spec.dialect, dialect)  # verbatim
        return node
    try:
        parsed: Any = sqlglot.parse_one(str(text), read=spec.dialect)
        node = _plainer(parsed, spec)
        if _rules(dialect).quote_translated_names:
            node = quote_names(node)
        node.sql(dialect=dialect, unsupported_level=ErrorLevel.RAISE)
    except SqlglotError as exc:
        raise Untranslatable(str(exc).strip().splitlines()[0][:300]) from None
    return node


_TEXT_TYPES = ("TEXT", "VARCHAR", "CHAR", "NCHAR", "NVARCHAR", "BPCHAR", "NAME")
_NUMBER_TYPES = ("DECIMAL", "INT", "BIGINT", "SMALLINT", "DOUBLE", "FLOAT", "REAL")


def _plainer(node: exp.Expression, spec: TableLike) -> exp.Expression:
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


def prepare_checks(conn: Connection, spec: TableLike, dialect: str, notes: list[str]) -> None:
    """For a target that takes checks in CREATE TABLE: leave out (and report) those that cannot
    be translated or that the target refuses (tried on a temporary table: all at once, then one
    by one); and on such a target a NOT VALID check, which existing rows may break."""
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


def _probe_checks(conn: Connection, spec: TableLike, checks: list[dict[str, Any]], dialect: str) -> str | None:
    """Create a temporary table of the columns with ``checks`` (unnamed) and insert a row of NULLs
    (SQLite looks a function up only then); a row the check refuses is fine.  The target's error,
    or None."""
    from sqlglot import exp

    from aishell.services.data.typemap import ColType, create_table_sql

    rules = _rules(dialect)
    name = f"aishell_probe_{uuid.uuid4().hex[:12]}"
    extra = [exp.CheckColumnConstraint(this=check_expression(spec, c, dialect)) for c in checks]
    columns = [(c.name, cast(ColType, c.type), True) for c in spec.columns]
    sql = create_table_sql(name, columns, dialect, extra=extra)
    error = rules.probe(conn, rules.temporary_sql(sql))
    if error is not None:
        return error
    table = rules.table(name)
    insert = rules.insert_defaults_sql(table)
    error = rules.probe(conn, insert) if insert is not None else None
    rules.probe(conn, rules.drop_temporary_sql(table))
    return None if error is None or _VIOLATION.search(error) else error


def inline_checks(spec: TableLike, dialect: str) -> tuple[dict[str, list[exp.Expression]], list[exp.Expression]]:
    """The checks for CREATE TABLE: column constraints (by column) and table constraints.  A check
    written on its column stays there on the same engine (MariaDB names it after the column and
    takes no name there; SQLite keeps one)."""
    from sqlglot import exp

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
            label = ident(name) if name and _rules(dialect).column_check_names else None
            kind = node if label is None else exp.ColumnConstraint(this=label, kind=node)
            by_column.setdefault(column, []).append(kind)
            continue
        table.append(exp.Constraint(this=ident(name), expressions=[node]) if name else node)
    return by_column, table


def optional_constraint_steps(spec: TableLike, dialect: str) -> list[Step]:
    """After the data, where the target adds constraints then (PostgreSQL): the checks, then the
    exclusion constraints (PostgreSQL only; said so elsewhere)."""
    from sqlglot import exp

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
        if not _rules(dialect).exclusion_constraints or spec.dialect != dialect:
            out.append(Step(what, [f"-- only PostgreSQL has exclusion constraints ({exclusion['definition']})"]))
        else:
            name = quote_name(str(exclusion["name"]), dialect)
            out.append(Step(what, [f"ALTER TABLE {table} ADD CONSTRAINT {name} {exclusion['definition']}"]))
    return out


def mysql_foreign_key_names(conn: Connection, specs: list[Any], keep: set[str]) -> list[str]:
    """Where foreign keys are named per database (MySQL/MariaDB; PostgreSQL per table): a name
    another table holds (one not re-created by this load) or that two of ``specs`` share is left
    to the engine to choose, and reported."""
    return conn.engine_dialect.schema.foreign_key_name_notes(conn, specs, keep)


# --------------------------------------------------------------------------- UNIQUE, primary key
def unique_node(ix: dict[str, Any], dialect: str) -> exp.Expression:
    """``[CONSTRAINT name] UNIQUE (cols)`` (DuckDB names its constraints itself)."""
    from sqlglot import exp

    node = exp.UniqueColumnConstraint(this=exp.Schema(expressions=[ident(c) for c in ix["columns"]]))
    if ix.get("name") and _rules(dialect).constraint_names:
        return exp.Constraint(this=ident(ix["name"]), expressions=[node])
    return node


def uniques_inline(dialect: str) -> bool:
    """Whether ``dialect`` takes a UNIQUE constraint in CREATE TABLE only (SQLite, DuckDB)."""
    return _rules(dialect).unique_constraints == "inline"


def add_unique_sql(spec: TableLike, ix: dict[str, Any], dialect: str) -> str:
    """``ALTER TABLE ... ADD [CONSTRAINT name] UNIQUE (cols)``; PostgreSQL into PostgreSQL as written."""
    from sqlglot import exp

    same = spec.dialect == dialect and _rules(dialect).keeps_unique_definition
    if same and ix.get("definition") and ix.get("name"):
        return (f"ALTER TABLE {quote_table(spec.name, dialect)} ADD CONSTRAINT {quote_name(str(ix['name']), dialect)} "
                f"{ix['definition']}")

    action = exp.AddConstraint(expressions=[unique_node(ix, dialect)])
    return exp.Alter(this=_table_node(spec.name), kind="TABLE", actions=[action]).sql(dialect=dialect)


def add_primary_key_sql(spec: TableLike, dialect: str) -> str:
    """The primary key, under its own name where the source gave it one (PostgreSQL)."""
    from sqlglot import exp

    node: exp.Expression = exp.PrimaryKey(expressions=[ident(c) for c in spec.primary_key])
    if spec.primary_key_name and _rules(dialect).primary_key_names:
        node = exp.Constraint(this=ident(spec.primary_key_name), expressions=[node])
    return exp.Alter(this=_table_node(spec.name), kind="TABLE",
                     actions=[exp.AddConstraint(expressions=[node])]).sql(dialect=dialect)  # fmt: skip


def table_notes(spec: TableLike, dialect: str) -> list[str]:
    """What of the table's constraints ``dialect`` cannot name as the source did."""
    if spec.primary_key_name and not _rules(dialect).primary_key_names and spec.primary_key:
        return [f"skipped the name {spec.primary_key_name} of the primary key of {spec.name}: "
                f"{_engine(dialect)} does not keep it"]  # fmt: skip
    return []


def duckdb_names_lost(conn: Connection, specs: list[Any]) -> list[str]:
    """Where the engine names its constraints itself (DuckDB): a line for each named check,
    foreign key and UNIQUE constraint of ``specs`` (as created) whose name it did not keep."""
    return conn.engine_dialect.schema.names_lost(conn, specs)


def self_references(conn: Connection, spec: TableLike, fks: list[dict[str, Any]]) -> Staging | None:
    """The staging for ``spec``'s table where its rows must come parents first: a DuckDB table
    with foreign keys to itself (DuckDB checks each row as it is inserted)."""
    return conn.engine_dialect.schema.self_references(conn, spec, fks)
