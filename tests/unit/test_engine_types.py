"""Each engine's type rules (``dialect_of(x).type_rules``, ``engines/<e>/types.py``): found by name,
loaded without sqlglot, pyarrow or a driver, and declaring what services ask instead of comparing
engine names (loose values, TIME as a duration, the loader's kind of an engine's own values)."""

from __future__ import annotations

import datetime as dt
import decimal
import subprocess
import sys

import pytest

from aishell.engines import ENGINES, dialect_of
from aishell.engines.types import GENERIC_TYPES, KINDS, ColType, TypeRules
from aishell.services.data.typemap import (
    adapter,
    create_table_sql,
    enforced_scale,
    from_sql,
    seconds_precision,
    sql_type,
    value_checked,
    value_maker,
)


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_engine_has_type_rules_named_after_it(engine: str) -> None:
    rules = dialect_of(engine).type_rules
    assert isinstance(rules, TypeRules) and rules is not GENERIC_TYPES
    assert rules.name == engine
    assert from_sql("integer", engine).native_dialect == engine
    for kind in KINDS:  # every kind has a column type here
        assert sql_type(ColType(kind, element=ColType("int") if kind == "array" else None), engine).strip()


def test_aliases_and_unknown_names() -> None:
    assert dialect_of("postgresql").type_rules is dialect_of("postgres").type_rules
    assert dialect_of("mariadb").type_rules is dialect_of("mysql").type_rules
    assert dialect_of("nosuch").type_rules is GENERIC_TYPES
    assert dialect_of(None).type_rules is GENERIC_TYPES
    # the generic rendering is the broadest one (DuckDB's): a wide decimal is exact as text
    assert GENERIC_TYPES.read(GENERIC_TYPES.sql_type(ColType("decimal", 50, 2))).kind == "text"
    assert GENERIC_TYPES.read("numeric(12,2)") == ColType("decimal", 12, 2, native="numeric(12,2)",
                                                          native_dialect="generic")  # fmt: skip


def test_type_rules_load_without_sqlglot_pyarrow_or_a_driver() -> None:
    """The bulk paths ask only the kinds of a table's columns: that must stay cheap."""
    code = (
        "import sys\n"
        "from aishell.engines import ENGINES, dialect_of\n"
        "from aishell.engines.types import ColType\n"
        "for e in ENGINES:\n"
        "    r = dialect_of(e).type_rules\n"
        "    for t in ('integer', 'varchar(20)', 'numeric(12,2)', 'timestamp', 'double precision'):\n"
        "        ct = r.read(t)\n"
        "        r.adapter(ct); r.enforced_scale(ct); r.seconds_precision(ct)\n"
        "print(sorted(m for m in ('sqlglot', 'pyarrow', 'psycopg', 'pymysql', 'duckdb', 'oracledb')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_declared_capabilities() -> None:
    """What services ask of an engine's types, instead of naming it."""
    loose = {e for e in ENGINES if dialect_of(e).type_rules.keeps_any_value}
    duration = {e for e in ENGINES if dialect_of(e).type_rules.time_is_duration}
    untyped = {e for e in ENGINES if dialect_of(e).type_rules.untyped_columns}
    assert loose == untyped == {"sqlite"}
    assert duration == {"mysql"}
    assert {e: dialect_of(e).type_rules.value_kind for e in ENGINES} == {
        "sqlite": "sqlite", "duckdb": "native", "postgres": "native", "mysql": "native", "oracle": "native",
        "redis": "native",
    }  # fmt: skip


def test_loose_values_go_into_a_loose_engine_as_they_are() -> None:
    """SQLite's own values (a copy from SQLite): into SQLite unchanged, into another engine typed."""
    assert value_maker("sqlite", ColType("int"), "sqlite")("7") == "7"
    assert value_maker("sqlite", ColType("int"), "postgres")("7") == 7
    archived = value_maker("sqlite-json", ColType("binary"), "duckdb")
    assert archived('{"blob": "00ff"}') == b"\x00\xff"
    assert value_maker("sqlite-json", ColType("text"), "sqlite")('"x"') == "x"
    with pytest.raises(ValueError, match="never archived"):
        value_maker("postgres-json", ColType("text"), "duckdb")('"x"')
    assert value_maker("text", ColType("int"), "sqlite")("7") == 7
    assert value_checked("text", "sqlite") and value_checked("sqlite", "postgres")
    assert not value_checked("sqlite", "sqlite") and not value_checked("sqlite-json", "sqlite")


def test_what_columns_keep_is_asked_of_each_engine() -> None:
    dec = ColType("decimal", 12, 2)
    assert [enforced_scale(dec, e) for e in ("postgres", "mysql", "duckdb", "sqlite", "oracle")] == [2, 2, 2, None, 2]
    assert enforced_scale(ColType("decimal"), "postgres") is None  # numeric: every digit
    assert enforced_scale(ColType("decimal"), "mysql") == 30  # as DECIMAL(65, 30) declares it
    assert seconds_precision(from_sql("datetime", "mysql"), "mysql") == 0
    assert seconds_precision(from_sql("timestamp(3)", "postgres"), "postgres") == 3
    assert seconds_precision(from_sql("TIMESTAMP_MS", "duckdb"), "duckdb") == 3
    assert seconds_precision(from_sql("DATE", "oracle"), "oracle") == 0  # an Oracle DATE keeps whole seconds
    assert seconds_precision(from_sql("datetime", "mysql"), "postgres") is None  # not that engine's column


def test_value_adapters_per_engine() -> None:
    aware = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    bind = adapter("mysql", ColType("timestamptz"))
    assert bind is not None and bind(aware) == dt.datetime(2024, 1, 1, 10)
    assert adapter("postgres", ColType("timestamptz")) is None
    as_json = adapter("duckdb", ColType("json"))
    assert as_json is not None and as_json({"a": 1}) == '{"a": 1}'
    lite = adapter("sqlite", from_sql("NUMERIC", "sqlite"))
    assert lite is not None and lite(decimal.Decimal("2.50")) == 2.5 and lite(decimal.Decimal("10")) == 10
    text = adapter("sqlite", from_sql("numeric(50,20)", "postgres"))  # another engine's decimal: TEXT here
    assert text is not None and text(decimal.Decimal("1E-10")) == "0.0000000001"
    oracle_time = adapter("oracle", ColType("time"))
    assert oracle_time is not None and oracle_time(dt.time(9, 30)) == "09:30:00"


def test_oracle_types_are_oracle_types() -> None:
    """Oracle's numbers are NUMBER(p), read back as the narrowest kind that holds them."""
    assert [sql_type(ColType(k), "oracle") for k in ("smallint", "int", "bigint", "float")] == [
        "NUMBER(5)", "NUMBER(10)", "NUMBER(19)", "BINARY_DOUBLE"]  # fmt: skip
    assert [from_sql(t, "oracle").kind for t in ("NUMBER(4)", "NUMBER(9)", "NUMBER(19)", "NUMBER(20)", "INTEGER")] == [
        "smallint", "int", "bigint", "decimal", "decimal"]  # fmt: skip
    assert from_sql("VARCHAR2(40 CHAR)", "oracle").length == 40
    assert sql_type(ColType("text"), "oracle", key=True) == "VARCHAR2(255 CHAR)"  # a LOB cannot be a key
    assert sql_type(ColType("decimal", 60, 2), "oracle") == "VARCHAR2(62)"  # wider than NUMBER: exact as text


def test_default_comes_before_not_null_and_a_check_after() -> None:
    from sqlglot import exp

    default = exp.DefaultColumnConstraint(this=exp.Literal.number(1))
    check = exp.CheckColumnConstraint(this=exp.condition("qty > 0"))
    ddl = create_table_sql("t", [("qty", ColType("int"), False)], "oracle", constraints={"qty": [default, check]})
    assert ddl == 'CREATE TABLE "t" ("qty" NUMBER(10) DEFAULT 1 NOT NULL CHECK (qty > 0))'
