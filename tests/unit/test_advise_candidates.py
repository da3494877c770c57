"""Index candidates read from SQL (no database: a hand-made catalog), and redundant indexes."""

from __future__ import annotations

import pytest

from aishell.engines.base import Catalog, ColumnInfo, IndexInfo, TableInfo
from aishell.errors import UsageError
from aishell.services.advise import Recommendation, candidates, redundant_indexes, workload


def _table(name: str, cols: str, indexes: list[IndexInfo] | None = None, pk: tuple[str, ...] = ()) -> TableInfo:
    return TableInfo(name, "public", columns=[ColumnInfo(c, "int") for c in cols.split()],
                     indexes=indexes or [], primary_key=pk)  # fmt: skip


@pytest.fixture()
def catalog() -> Catalog:
    return Catalog(default_schema="public", tables=[
        _table("orders", "id customer_id status created total", pk=("id",),
               indexes=[IndexInfo("orders_pkey", ("id",), unique=True, primary=True),
                        IndexInfo("orders_status", ("status",))]),
        _table("customers", "id name country", pk=("id",), indexes=[IndexInfo("customers_pkey", ("id",), True, True)]),
    ])  # fmt: skip


def _shapes(sql: str, catalog: Catalog) -> list[tuple[str, tuple[str, ...]]]:
    found, _skipped = candidates([sql], "postgres", catalog)
    return [(c.table, c.columns) for c in found]


def test_equality_columns_come_before_the_range_column(catalog: Catalog) -> None:
    found = _shapes("SELECT * FROM orders WHERE created > 5 AND customer_id = 3", catalog)
    assert found[0] == ("public.orders", ("customer_id", "created"))
    assert ("public.orders", ("customer_id",)) in found and ("public.orders", ("created",)) in found


def test_order_by_follows_the_equality_columns(catalog: Catalog) -> None:
    found = _shapes("SELECT * FROM orders WHERE customer_id = $1 ORDER BY created DESC", catalog)
    assert found[0] == ("public.orders", ("customer_id", "created"))


def test_join_columns_through_aliases_and_the_other_table(catalog: Catalog) -> None:
    found = _shapes("SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id "
                    "WHERE c.country = 'NL' AND o.total BETWEEN 1 AND 9", catalog)  # fmt: skip
    assert ("public.orders", ("customer_id",)) in found
    assert ("public.orders", ("total",)) in found
    assert ("public.customers", ("country",)) in found
    # the join column after the equality columns, unless it is the table's one-column primary key
    assert ("public.customers", ("country", "id")) not in found
    assert ("public.customers", ("id",)) not in found  # id already leads the primary key


def test_group_by_in_and_like_prefix(catalog: Catalog) -> None:
    found = _shapes("SELECT country, name, count(*) FROM customers WHERE name LIKE 'ab%' GROUP BY country, name",
                    catalog)  # fmt: skip
    assert ("public.customers", ("name",)) in found
    assert ("public.customers", ("country", "name")) in found
    assert _shapes("SELECT * FROM customers WHERE name LIKE '%ab'", catalog) == []
    assert _shapes("SELECT * FROM orders WHERE customer_id IN (1, 2, 3)", catalog) == [
        ("public.orders", ("customer_id",))
    ]


def test_columns_an_existing_index_leads_with_are_skipped(catalog: Catalog) -> None:
    found, skipped = candidates(["SELECT * FROM orders WHERE status = 2", "SELECT * FROM orders WHERE id = 9"],
                                "postgres", catalog)  # fmt: skip
    assert found == []
    assert skipped == ["public.orders (status): the existing index orders_status already leads with it",
                       "public.orders (id): the existing index orders_pkey already leads with it"]  # fmt: skip


def test_one_candidate_serves_several_queries(catalog: Catalog) -> None:
    found, _ = candidates(["SELECT * FROM orders WHERE customer_id = 1",
                           "UPDATE orders SET total = 0 WHERE customer_id = 2",
                           "SELECT * FROM nowhere WHERE x = 1"], "postgres", catalog)  # fmt: skip
    assert [(c.columns, c.queries) for c in found] == [(("customer_id",), (0, 1))]


def test_unparsable_query_is_a_usage_error(catalog: Catalog) -> None:
    with pytest.raises(UsageError, match="cannot parse"):
        candidates(["SELECT * FROM orders WHERE (("], "postgres", catalog)


def test_workload_splits_statements() -> None:
    assert workload("SELECT 1;\n\nSELECT ';' AS x ;", "postgres") == ["SELECT 1", "SELECT ';' AS x"]


def test_redundant_duplicates_and_prefixes() -> None:
    table = _table("t", "a b c", indexes=[
        IndexInfo("t_pkey", ("a",), unique=True, primary=True),
        IndexInfo("t_a", ("a",)),  # duplicates the primary key's index
        IndexInfo("t_b", ("b",)),  # prefix of t_b_c
        IndexInfo("t_b_c", ("b", "c")),
        IndexInfo("t_c_unique", ("c",), unique=True),  # a constraint: kept
        IndexInfo("t_c_b", ("c", "b")),
        IndexInfo("t_b_partial", ("b",), definition="CREATE INDEX t_b_partial ON t USING btree (b) WHERE c > 0"),
        IndexInfo("t_b_gin", ("b",), definition="CREATE INDEX t_b_gin ON t USING gin (b)"),
    ])  # fmt: skip
    found = {(r.index, r.kind, r.other) for r in redundant_indexes(Catalog(tables=[table]))}
    assert found == {("t_a", "duplicate", "t_pkey"), ("t_b", "prefix", "t_b_c")}
    line = next(r.line for r in redundant_indexes(Catalog(tables=[table])) if r.index == "t_a")
    assert line == "public.t: index t_a (a) duplicates t_pkey (a)"


def test_write_overhead_is_relative_to_the_indexes_there() -> None:
    from aishell.services.advise import Candidate

    rec = Recommendation(Candidate("public.t", ("a",)), "t_a_idx", "CREATE INDEX ...", indexes_on_table=3)
    assert rec.insert_overhead == pytest.approx(5 / 4)
    assert "3 indexes" in rec.write_note and "1.25x" in rec.write_note


def test_engine_plan_measures() -> None:
    """Each engine's measure of a plan, as the advisor compares them (smaller is better)."""
    from aishell.engines import dialect_of
    from aishell.engines.base import Plan

    pg = dialect_of("postgres").schema
    assert pg.plan_measure(Plan("", {"Plan": {"Node Type": "Seq Scan", "Total Cost": 566.0}})) == 566.0
    mysql = dialect_of("mysql").schema
    assert mysql.plan_measure(Plan("", {"query_block": {"cost_info": {"query_cost": "12.5"}}})) == 12.5
    join = {"query_block": {"nested_loop": [
        {"table": {"table_name": "o", "access_type": "ALL", "rows": 1000, "filtered": 10}},
        {"table": {"table_name": "c", "access_type": "eq_ref", "rows": 1, "filtered": 100}},
    ]}}  # fmt: skip
    assert mysql.plan_measure(Plan("", join)) == 1000 + 100 * 1
    single = {"query_block": {"table": {"table_name": "t", "access_type": "ref", "rows": 9}}}
    assert mysql.plan_measure(Plan("", single)) == 9
    sqlite = dialect_of("sqlite").schema
    assert sqlite.plan_measure(Plan("SCAN t\nUSE TEMP B-TREE FOR ORDER BY")) == 2
    assert sqlite.plan_measure(Plan("SEARCH t USING INDEX t_a (a=?)")) == 0
    assert sqlite.plan_measure(Plan("SCAN x\n  -> SEARCH y USING AUTOMATIC COVERING INDEX (a=?)")) == 2
    duck = dialect_of("duckdb").schema
    tree = [{"name": "PROJECTION", "children": [{"name": "SEQ_SCAN ", "children": []}]}]
    assert duck.plan_measure(Plan("", tree)) == 1


def test_index_statements_per_engine() -> None:
    from aishell.engines import dialect_of

    assert dialect_of("postgres").schema.create_index_sql("t_a_idx", "public.t", ["a", "b"], online=True) == (
        'CREATE INDEX CONCURRENTLY "t_a_idx" ON "public"."t" ("a", "b")'
    )
    assert dialect_of("sqlite").schema.create_index_sql("t_a_idx", "main.t", ["a"]) == (
        'CREATE INDEX "main"."t_a_idx" ON "t" ("a")'
    )
    assert (
        dialect_of("mysql").schema.create_index_sql("t_a_idx", "db.t", ["a"])
        == "CREATE INDEX `t_a_idx` ON `db`.`t` (`a`)"
    )
    shadow = dialect_of("mysql").schema.shadow_statements("aishell_advise_x", "db", [("t", 40_000), ("u", 10)], 10_000)
    assert shadow[0] == "CREATE DATABASE `aishell_advise_x`"
    # the share is the estimate's, the limit twice the sample: a limit reached early would leave the newest rows out
    assert "INSERT INTO `aishell_advise_x`.`t` SELECT * FROM `db`.`t` WHERE RAND() < 0.250000 LIMIT 20000" in shadow
    assert "INSERT INTO `aishell_advise_x`.`u` SELECT * FROM `db`.`u` LIMIT 20000" in shadow
