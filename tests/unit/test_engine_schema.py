"""Each engine's catalog and DDL rules for backup and copy (``dialect_of(e).schema``): reachable
without a driver, and producing the SQL each engine takes -- Oracle's included, tested here as
text since there is no Oracle server to run it on."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import sqlglot

from aishell.engines import ENGINES, dialect_of
from aishell.engines.base import ColumnInfo, TableInfo
from aishell.engines.oracle import schema as oracle_schema
from aishell.engines.schema import SchemaRules, Step, index_of_definition
from aishell.services.data.constraints import add_unique_sql, fk_options, optional_constraint_steps, table_notes
from aishell.services.data.schema import (
    ColumnSpec,
    TableSpec,
    auto_number_sql,
    create_sql,
    drop_sql,
    drop_view_sql,
    index_name,
    post_load_sql,
    spec_of,
)
from aishell.services.data.typemap import ColType
from isolation import env_without_coverage

HEAVY = ("psycopg", "pymysql", "duckdb", "oracledb", "pyarrow", "_sqlite3")


def test_every_engine_has_its_schema_rules_without_its_driver() -> None:
    script = f"""
import json, sys
from aishell.engines import ENGINES, dialect_of
from aishell.engines.base import ColumnInfo, TableInfo
found = {{name: type(dialect_of(name).schema).__name__ for name in ENGINES}}
print(json.dumps([found, sorted(m for m in sys.modules if m.split(".")[0] in {HEAVY!r})]))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env=env_without_coverage()).stdout
    found, heavy = json.loads(out)
    assert set(found) == set(ENGINES)
    assert all(cls != "SchemaRules" for cls in found.values())  # each engine its own subclass
    assert heavy == []


def test_unknown_engine_gets_the_generic_rules() -> None:
    rules = dialect_of("nosuch").schema
    assert type(rules) is SchemaRules
    assert rules.transactional_ddl and not rules.fks_inline
    assert rules.drop_table_sql("a.b") == 'DROP TABLE IF EXISTS "a"."b"'
    assert rules.rename_sql([("t", "u")]) == ['ALTER TABLE "t" RENAME TO "u"']
    assert rules.lock_sql("x") is None and rules.lock_holder_sql("x") is None


@pytest.mark.parametrize(
    ("engine", "transactional", "fks_inline", "uniques", "pk_after"),
    [
        ("postgres", True, False, "alter", True),
        ("mysql", False, False, "index", False),
        ("sqlite", True, True, "inline", False),
        ("duckdb", True, True, "inline", False),
        ("oracle", False, False, "alter", False),
    ],
)
def test_where_each_part_of_a_table_goes(engine: str, transactional: bool, fks_inline: bool, uniques: str,
                                         pk_after: bool) -> None:  # fmt: skip
    rules = dialect_of(engine).schema
    assert rules.transactional_ddl is transactional
    assert rules.fks_inline is fks_inline
    assert rules.unique_constraints == uniques
    assert rules.pk_after_load is pk_after


def test_mysql_renames_in_one_statement_and_locks_by_name() -> None:
    rules = dialect_of("mysql").schema
    assert rules.rename_sql([("a", "b"), ("c", "d")]) == ["RENAME TABLE `a` TO `b`, `c` TO `d`"]
    assert rules.lock_sql("aishell-x", 60) == "SELECT GET_LOCK('aishell-x', 60)"
    assert rules.lock_sql("a\\b") == "SELECT GET_LOCK('a\\\\b', 0)"
    assert rules.drop_table_sql("t") == "DROP TABLE IF EXISTS `t`"
    assert rules.insert_defaults_sql("`t`") == "INSERT INTO `t` () VALUES ()"


def test_postgres_drops_cascade_and_reads_its_defaults() -> None:
    rules = dialect_of("postgres").schema
    assert rules.drop_view_sql("v") == 'DROP VIEW IF EXISTS "v" CASCADE'
    assert rules.auto_of_default("nextval('s''q'::regclass)") == ("serial", "s'q")
    assert rules.auto_of_default("generated always as identity") == ("identity always", None)
    assert dialect_of("duckdb").schema.auto_of_default("nextval('t_id_seq')") == ("sequence", "t_id_seq")
    assert dialect_of("mysql").schema.auto_of_default("nextval('t_id_seq')") is None
    assert dialect_of("sqlite").schema.auto_of_column("integer", True) == "rowid"
    assert dialect_of("sqlite").schema.auto_of_column("integer", False) is None


def test_index_definitions_are_parsed_engine_neutrally() -> None:
    parsed = index_of_definition('CREATE INDEX i ON t (lower(name)) WHERE id > 0', "postgres", {"name", "id"})
    assert parsed is not None
    assert parsed["keys"] == [{"expression": "LOWER(name)"}] and parsed["where"] == "id > 0"


def _spec(dialect: str, auto: str | None = "identity") -> TableSpec:
    return TableSpec(
        "orders",
        [ColumnSpec("id", ColType("bigint"), False, auto=auto), ColumnSpec("qty", ColType("int"), True, "0")],
        primary_key=["id"],
        foreign_keys=[{"name": "fk_c", "columns": ["qty"], "ref_table": "c", "ref_columns": ["id"],
                       "on_delete": "CASCADE", "on_update": "CASCADE", "deferrable": "deferred"}],
        dialect=dialect,
    )


# --------------------------------------------------------------------------- Oracle, as SQL text
def test_oracle_create_table_numbers_by_identity() -> None:
    sql = create_sql(_spec("postgres"), "oracle")
    assert "GENERATED BY DEFAULT AS IDENTITY" in sql
    assert "DEFAULT 0" in sql
    sqlglot.parse_one(sql, read="oracle")  # Oracle SQL sqlglot reads back


def test_oracle_takes_default_before_not_null_and_quoted_names_in_checks() -> None:
    spec = _spec("postgres", auto=None)
    spec.columns[1].nullable = False
    spec.checks = [{"name": "qty_positive", "expression": "(qty > 0)", "column": "qty"}]
    sql = create_sql(spec, "oracle")
    assert '"qty" NUMBER(10) DEFAULT 0 NOT NULL' in sql
    assert 'CONSTRAINT "qty_positive" CHECK (("qty" > 0))' in sql
    assert "CHECK ((qty > 0))" in create_sql(spec, "mysql")  # (elsewhere as before)


def test_oracle_moves_the_identity_past_the_loaded_rows() -> None:
    spec = _spec("oracle", auto="identity always")
    steps = auto_number_sql(None, spec, "oracle")  # type: ignore[arg-type]  # (Oracle needs no query for it)
    assert steps == [Step("auto-numbering of orders.id", [
        'ALTER TABLE "orders" MODIFY ("id" GENERATED ALWAYS AS IDENTITY (START WITH LIMIT VALUE))'])]  # fmt: skip
    other = auto_number_sql(None, _spec("postgres", auto="identity always"), "oracle")  # type: ignore[arg-type]
    assert "GENERATED BY DEFAULT AS IDENTITY" in other[0].stmts[0]


def test_oracle_foreign_keys_lose_what_oracle_lacks_and_say_so() -> None:
    spec = _spec("postgres")
    notes: list[str] = []
    options = fk_options(spec, spec.foreign_keys[0], "oracle", notes)
    assert options == ["ON DELETE CASCADE", "DEFERRABLE INITIALLY DEFERRED"]
    assert notes == ["skipped ON UPDATE CASCADE of foreign key fk_c of orders (qty): Oracle has no ON UPDATE actions"]
    post = post_load_sql(spec, "oracle")
    assert any("FOREIGN KEY" in s and "ON DELETE CASCADE" in s for s in post)
    assert not any("PRIMARY KEY" in s for s in post)  # in CREATE TABLE


def test_oracle_constraints_and_names() -> None:
    spec = _spec("postgres")
    spec.primary_key_name = "orders_pk"
    assert table_notes(spec, "oracle") == [
        "skipped the name orders_pk of the primary key of orders: Oracle does not keep it"]  # fmt: skip
    unique = add_unique_sql(spec, {"name": "u_qty", "columns": ["qty"], "unique": True, "constraint": True}, "oracle")
    assert unique == 'ALTER TABLE "orders" ADD CONSTRAINT "u_qty" UNIQUE ("qty")'
    spec.exclusions = [{"name": "x", "definition": "EXCLUDE USING gist (qty WITH =)", "columns": ["qty"]}]
    assert optional_constraint_steps(spec, "oracle")[0].stmts[0].startswith("-- only PostgreSQL")
    mysql_spec = _spec("mysql")
    assert index_name(mysql_spec, "ix_qty", "oracle") == "orders_ix_qty"  # MySQL names indexes per table


def test_oracle_drops_without_if_exists() -> None:
    assert drop_sql("t", "oracle") == (
        "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"t\" CASCADE CONSTRAINTS'; EXCEPTION WHEN OTHERS THEN "
        "IF SQLCODE != -942 THEN RAISE; END IF; END;")  # fmt: skip
    assert "DROP VIEW \"v\"" in drop_view_sql("v", "oracle")
    rules = dialect_of("oracle").schema
    assert rules.temporary_sql('CREATE TABLE "p" ("a" NUMBER)') == (
        'CREATE GLOBAL TEMPORARY TABLE "p" ("a" NUMBER) ON COMMIT DELETE ROWS')
    assert rules.insert_defaults_sql('"p"') is None


def test_oracle_catalog_queries_are_oracle_sql() -> None:
    for sql in (oracle_schema.IDENTITY_SQL, oracle_schema.CONSTRAINTS_SQL, oracle_schema.VIEWS_SQL):
        tree = sqlglot.parse_one(sql, read="oracle")
        assert "SYS_CONTEXT" in tree.sql(dialect="oracle").upper()


def test_oracle_identity_default_is_auto_numbering() -> None:
    rules = dialect_of("oracle").schema
    assert rules.auto_of_default('"APP"."ISEQ$$_73154".nextval') == ("identity", None)
    assert rules.auto_of_default("SYSDATE") is None
    info = TableInfo("t", columns=[ColumnInfo("ID", "NUMBER", False, '"APP"."ISEQ$$_1".nextval ')], primary_key=("ID",))
    spec = spec_of(info, "oracle")
    assert spec.columns[0].auto == "identity" and spec.columns[0].default is None
