"""The type rules on the real engines: DDL built by ``create_table_sql`` (DEFAULT before NOT NULL,
a CHECK after it) is accepted by every engine, and each engine's loose or typed values reach
Arrow with the types the rules give them."""

from __future__ import annotations

import uuid

import pytest
from sqlglot import exp

from aishell.engines import connect
from aishell.services.data.arrowfit import start_type
from aishell.services.data.arrowtypes import to_arrow
from aishell.services.data.typemap import ColType, create_table_sql, from_sql
from aishell.urls import DatabaseURL


def test_default_not_null_and_check_are_accepted_by_every_engine(url: str) -> None:
    conn = connect(DatabaseURL.parse(url))
    table = f"tr_{uuid.uuid4().hex[:8]}"
    default = exp.DefaultColumnConstraint(this=exp.Literal.number(3))
    check = exp.CheckColumnConstraint(this=exp.GT(this=exp.column("qty", quoted=True), expression=exp.Literal.number(0)))
    ddl = create_table_sql(table, [("id", ColType("int"), False), ("qty", ColType("int"), False)], conn.dialect,
                           primary_key=["id"], constraints={"qty": [default, check]})  # fmt: skip
    assert "DEFAULT 3 NOT NULL CHECK" in ddl
    try:
        conn.execute(ddl).close()
        conn.begin()
        conn.execute(f'INSERT INTO {conn.engine_dialect.quote(table)} ({conn.engine_dialect.quote("id")}) VALUES (1)').close()
        conn.commit()
        assert conn.query_all(f"SELECT {conn.engine_dialect.quote('qty')} FROM {conn.engine_dialect.quote(table)}") == [
            (3,)]  # fmt: skip
        info = conn.catalog().find_table(table)
        assert info is not None
        assert [from_sql(c.data_type, conn.dialect).kind in ("int", "bigint") for c in info.columns] == [True, True]
        assert [c.nullable for c in info.columns] == [False, False]
    finally:
        conn.execute(f"DROP TABLE {conn.engine_dialect.quote(table)}").close()
        conn.close()


def test_arrow_types_ask_the_engine() -> None:
    pa = pytest.importorskip("pyarrow")
    assert to_arrow(from_sql("time", "mysql")) == pa.duration("us")  # MySQL's TIME is a duration
    assert to_arrow(from_sql("time", "postgres")) == pa.time64("us")
    assert to_arrow(from_sql("timetz", "postgres")) == pa.string()  # Arrow's times have no offset
    # SQLite declares hints: a column without a type, or NUMERIC alone, starts from its values
    assert start_type(from_sql("", "sqlite"), "sqlite") is None
    assert start_type(from_sql("NUMERIC", "sqlite"), "sqlite") is None
    assert start_type(from_sql("INTEGER", "sqlite"), "sqlite") == pa.int64()
    assert start_type(from_sql("BLOB", "sqlite"), "sqlite") == pa.binary()
    assert start_type(from_sql("numeric(12,2)", "postgres"), "postgres") == pa.decimal128(12, 2)
    assert start_type(from_sql("integer[]", "postgres"), "postgres") == pa.list_(pa.int32())
