"""Schema-aware SQL completion: context analysis, filling, ranking, quoting, the prompt_toolkit adapter."""

from __future__ import annotations

from typing import Any

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, FunctionInfo, TableInfo
from aishell.repl.completion import (
    Alias,
    Column,
    Completion,
    CteName,
    Database,
    Datatype,
    Function,
    Join,
    JoinCondition,
    Keyword,
    Schema,
    Special,
    SQLCompleter,
    Table,
    TableRef,
    View,
    _complete,
    complete,
    generate_alias,
    match_score,
    needs_quoting,
    quote_identifier,
    suggest,
)
from aishell.repl.completion_lex import current_statement, lex, open_region
from aishell.repl.completion_suggest import _Analyzer


def C(name: str, data_type: str = "integer") -> ColumnInfo:
    return ColumnInfo(name, data_type)


def shop() -> Catalog:
    return Catalog(
        default_schema="public",
        schemas=["public", "sales"],
        tables=[
            TableInfo(
                "categories",
                "public",
                columns=[C("id"), C("name", "text"), C("parent_id")],
                primary_key=("id",),
                foreign_keys=[ForeignKey(("parent_id",), "categories", ("id",))],
            ),
            TableInfo(
                "customers",
                "public",
                columns=[C("id"), C("name", "text"), C("email", "text"), C("created_at", "timestamp")],
                primary_key=("id",),
            ),
            TableInfo(
                "orders",
                "public",
                columns=[
                    C("id"),
                    C("customer_id"),
                    C("status", "text"),
                    C("total", "numeric"),
                    C("created_at", "timestamp"),
                ],
                primary_key=("id",),
                foreign_keys=[ForeignKey(("customer_id",), "customers", ("id",), "public")],
            ),
            TableInfo(
                "order_items",
                "public",
                columns=[C("order_id"), C("product_id"), C("quantity"), C("price", "numeric")],
                primary_key=("order_id", "product_id"),
                foreign_keys=[
                    ForeignKey(("order_id",), "orders", ("id",)),
                    ForeignKey(("product_id",), "products", ("id",)),
                ],
            ),
            TableInfo(
                "products",
                "public",
                columns=[C("id"), C("name", "text"), C("category_id"), C("price", "numeric")],
                primary_key=("id",),
                foreign_keys=[ForeignKey(("category_id",), "categories", ("id",))],
            ),
            TableInfo("order_totals", "public", kind="view", columns=[C("order_id"), C("total", "numeric")]),
            TableInfo(
                "invoices",
                "sales",
                columns=[C("id"), C("order_id"), C("amount", "numeric")],
                primary_key=("id",),
                foreign_keys=[ForeignKey(("order_id",), "orders", ("id",), "public")],
            ),
            TableInfo("regions", "sales", columns=[C("id"), C("name", "text")], primary_key=("id",)),
        ],
        functions=[
            FunctionInfo("order_count", "public", arguments="customer integer", returns="bigint"),
            FunctionInfo("tax", "sales", arguments="amount numeric", returns="numeric"),
        ],
    )


CAT = shop()
PUBLIC_TABLES = ["categories", "customers", "order_items", "orders", "products"]
SALES_TABLES = ["sales.invoices", "sales.regions"]
ORDERS_COLS = ["id", "customer_id", "status", "total", "created_at"]
CUSTOMERS_COLS = ["id", "name", "email", "created_at"]


def comps(
    before: str, after: str = "", dialect: str = "postgres", catalog: Catalog | None = CAT, **kw: Any
) -> list[Completion]:
    return complete(before, before + after, catalog, dialect, **kw)


def texts(
    before: str, after: str = "", dialect: str = "postgres", catalog: Catalog | None = CAT, **kw: Any
) -> list[str]:
    return [c.text for c in comps(before, after, dialect, catalog, **kw)]


def of_kind(before: str, kind: str, after: str = "", dialect: str = "postgres", **kw: Any) -> list[str]:
    return [c.text for c in comps(before, after, dialect, **kw) if c.kind == kind]


# --------------------------------------------------------------------------- tables
def test_after_from_lists_tables_views_and_schemas() -> None:
    assert suggest("SELECT * FROM ", "SELECT * FROM ", CAT, "postgres") == [Table(), View(), Schema()]
    assert texts("SELECT * FROM ") == [*PUBLIC_TABLES, *SALES_TABLES, "order_totals", "public", "sales"]
    metas = {c.text: c.display_meta for c in comps("SELECT * FROM ")}
    assert metas["orders"] == "table"
    assert metas["order_totals"] == "view"
    assert metas["sales.invoices"] == "table · sales"
    assert metas["sales"] == "schema"


def test_table_prefix_replaces_only_the_typed_word() -> None:
    found = comps("SELECT * FROM ord")
    assert [c.text for c in found] == ["orders", "order_items", "order_totals"]
    assert {c.start_position for c in found} == {-3}


@pytest.mark.parametrize("intro", ["INSERT INTO ", "UPDATE ", "DELETE FROM ", "TRUNCATE ", "ALTER TABLE "])
def test_write_statements_offer_tables_not_views(intro: str) -> None:
    got = texts(intro)
    assert got == [*PUBLIC_TABLES, *SALES_TABLES, "public", "sales"]


def test_describe_and_drop_contexts() -> None:
    assert texts("DESCRIBE ord", dialect="mysql") == ["orders", "order_items", "order_totals"]
    assert texts("DROP VIEW ") == ["order_totals", "public", "sales"]
    assert texts("DROP TABLE IF EXISTS ord") == ["orders", "order_items"]
    assert texts("CREATE TABLE ") == []  # a new name


def test_schema_qualified_tables() -> None:
    assert suggest("SELECT * FROM sales.", None, CAT, "postgres") == [Table("sales"), View("sales")]
    found = comps("SELECT * FROM sales.re")
    assert [c.text for c in found] == ["regions"]
    assert found[0].start_position == -2
    assert texts("SELECT * FROM public.cat") == ["categories"]


def test_cte_names_count_as_tables() -> None:
    sql = "WITH big AS (SELECT id, total AS amount FROM orders) SELECT * FROM "
    got = comps(sql)
    assert [c.text for c in got if c.kind == "cte"] == ["big"]
    assert suggest(sql, None, CAT, "postgres")[2] == CteName(("big",))
    assert texts(sql + "bi") == ["big"]


def test_from_ranks_tables_having_the_selected_columns_first() -> None:
    assert texts("SELECT quantity, price FROM ")[:2] == ["order_items", "products"]
    assert texts("SELECT email FROM ")[0] == "customers"


# --------------------------------------------------------------------------- joins
def test_join_suggests_foreign_key_joins_both_directions() -> None:
    got = comps("SELECT * FROM orders o JOIN ")
    joins = [c.text for c in got if c.kind == "join"]
    assert joins == ["customers c ON c.id = o.customer_id", "order_items oi ON oi.order_id = o.id"]
    assert got[0].display_meta == "join"
    assert [c.text for c in got if c.kind == "table"] == [*PUBLIC_TABLES, *SALES_TABLES]
    # the parent side: customers -> orders (orders references customers)
    assert of_kind("SELECT * FROM customers AS c LEFT JOIN ", "join") == ["orders o ON o.customer_id = c.id"]


def test_join_without_aliases_qualifies_with_table_names() -> None:
    assert of_kind("SELECT * FROM customers JOIN ", "join") == ["orders ON orders.customer_id = customers.id"]


def test_join_follows_the_most_recent_table_and_avoids_alias_clashes() -> None:
    got = of_kind("SELECT * FROM orders o JOIN order_items oi ON oi.order_id = o.id JOIN ", "join")
    assert got[:2] == ["products p ON p.id = oi.product_id", "customers c ON c.id = o.customer_id"]
    # tables already in the query come last, with a fresh alias
    assert got[2:] == ["orders o2 ON o2.id = oi.order_id", "order_items oi2 ON oi2.order_id = o.id"]


def test_join_prefix_matches_the_joined_table() -> None:
    assert texts("SELECT * FROM orders o JOIN cu")[:2] == ["customers c ON c.id = o.customer_id", "customers"]


def test_join_into_another_schema() -> None:
    # an FK from sales.invoices to public.orders
    assert of_kind("SELECT * FROM orders o JOIN ", "join", after="")[-1:] != ["sales.invoices i ON i.order_id = o.id"]
    assert of_kind("SELECT * FROM orders o JOIN sales.", "join") == ["invoices i ON i.order_id = o.id"]
    assert texts("SELECT * FROM orders o JOIN sales.") == ["invoices i ON i.order_id = o.id", "invoices", "regions"]


def test_self_referencing_foreign_key_joins_with_a_new_alias() -> None:
    # joining a table already in the query ranks after the others
    assert of_kind("SELECT * FROM categories c JOIN ", "join") == [
        "products p ON p.category_id = c.id",
        "categories c2 ON c2.parent_id = c.id",
        "categories c2 ON c2.id = c.parent_id",
    ]


def test_joins_by_naming_convention_without_foreign_keys() -> None:
    # SQLite/DuckDB/MySQL schemas often declare no foreign keys
    cat = Catalog(
        tables=[
            TableInfo("users", columns=[C("id"), C("login", "text")], primary_key=("id",)),
            TableInfo("posts", columns=[C("id"), C("user_id"), C("title", "text")]),
        ]
    )
    got = comps("SELECT * FROM posts p JOIN ", catalog=cat, dialect="sqlite")
    assert [(c.text, c.display_meta) for c in got if c.kind == "join"] == [
        ("users u ON u.id = p.user_id", "join (by name)")
    ]
    assert texts("SELECT * FROM users u JOIN posts p ON ", catalog=cat, dialect="sqlite")[0] == "p.user_id = u.id"


def test_on_suggests_join_conditions_from_foreign_keys() -> None:
    sql = "SELECT * FROM orders o JOIN customers c ON "
    kinds = suggest(sql, None, CAT, "postgres")
    refs = (TableRef("orders", alias="o"), TableRef("customers", alias="c"))
    assert kinds[0] == JoinCondition(refs)
    got = comps(sql)
    assert (got[0].text, got[0].display_meta, got[0].kind) == ("c.id = o.customer_id", "join", "join condition")
    # the other direction, and after AND
    assert texts("SELECT * FROM customers c JOIN orders o ON ")[0] == "o.customer_id = c.id"
    assert texts("SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id AND ")[0] == "o.customer_id = c.id"


def test_on_condition_against_the_table_joined_before_the_last_one() -> None:
    sql = "SELECT * FROM orders o JOIN order_items oi ON oi.order_id = o.id JOIN products p ON "
    assert texts(sql)[0] == "p.id = oi.product_id"


def test_on_equals_prefers_the_other_end_of_the_foreign_key() -> None:
    got = texts("SELECT * FROM orders o JOIN customers c ON c.id = ")
    assert got[0] == "o.customer_id"


# --------------------------------------------------------------------------- columns
def test_alias_dot_lists_that_tables_columns() -> None:
    assert suggest("SELECT o.", "SELECT o. FROM orders o", CAT, "postgres") == [
        Column((TableRef("orders", alias="o"),), bare=True)
    ]
    assert texts("SELECT o.", " FROM orders o") == ORDERS_COLS
    assert texts("SELECT * FROM orders AS o WHERE o.") == ORDERS_COLS
    found = comps("SELECT o.cu", " FROM orders o")
    assert [(c.text, c.start_position, c.display_meta) for c in found] == [("customer_id", -2, "integer")]


def test_alias_dot_with_several_tables_only_lists_that_alias() -> None:
    sql = "SELECT c. FROM orders o JOIN customers c ON c.id = o.customer_id"
    assert texts("SELECT c.", sql[len("SELECT c.") :]) == CUSTOMERS_COLS
    # inside a function call too (pgcli #1048): no "c." in the inserted text
    assert texts("SELECT length(c.", " FROM orders o, customers c") == CUSTOMERS_COLS


def test_table_name_dot_without_alias_and_schema_qualified() -> None:
    assert texts("SELECT orders.", " FROM orders") == ORDERS_COLS
    assert texts("SELECT sales.invoices.", " FROM sales.invoices") == ["id", "order_id", "amount"]
    assert texts("SELECT * FROM sales.invoices i WHERE i.") == ["id", "order_id", "amount"]
    # a table not in FROM yet still resolves through the catalog
    assert texts("SELECT products.") == ["id", "name", "category_id", "price"]


def test_where_after_a_join_lists_columns_of_both_tables() -> None:
    sql = "SELECT * FROM orders o JOIN customers c ON c.id = o.customer_id WHERE "
    got = comps(sql)
    cols = [c.text for c in got if c.kind == "column"]
    # ambiguous names come qualified, the others bare
    assert cols == [
        "o.id", "customer_id", "status", "total", "o.created_at",
        "c.id", "name", "email", "c.created_at",
    ]  # fmt: skip
    metas = {c.text: c.display_meta for c in got}
    assert metas["status"] == "text · o"
    assert metas["c.id"] == "integer · c"
    assert [c.text for c in got if c.kind == "alias"] == ["o", "c"]
    assert of_kind(sql + "ema", "column") == ["email"]
    assert texts(sql + "ema")[0] == "email"


def test_select_list_sees_tables_written_after_the_cursor() -> None:
    assert of_kind("SELECT ", "column", after=" FROM customers") == CUSTOMERS_COLS
    assert of_kind("SELECT id, ", "column", after=" FROM customers WHERE id = 1") == CUSTOMERS_COLS


def test_select_before_from_offers_columns_of_every_table() -> None:
    got = comps("SELECT quan")
    assert [(c.text, c.display_meta) for c in got if c.kind == "column"] == [("quantity", "integer · order_items")]
    assert suggest("SELECT ", None, CAT, "postgres")[0] == Column((), any_table=True)


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM orders ORDER BY ",
        "SELECT status, count(*) FROM orders GROUP BY ",
        "SELECT status FROM orders GROUP BY status HAVING ",
        "SELECT * FROM orders WHERE status = 'x' AND ",
        "SELECT * FROM orders WHERE total > ",
        "SELECT count(",
        "SELECT coalesce(total, ",
        "SELECT CASE WHEN ",
        "SELECT ROW_NUMBER() OVER (PARTITION BY ",
    ],
)
def test_column_contexts(sql: str) -> None:
    after = "" if "FROM" in sql else " FROM orders"
    assert of_kind(sql, "column", after=after) == ORDERS_COLS


def test_insert_into_column_list() -> None:
    assert suggest("INSERT INTO orders (", None, CAT, "postgres") == [Column((TableRef("orders"),), bare=True)]
    assert texts("INSERT INTO orders (") == ORDERS_COLS
    assert texts("INSERT INTO orders (id, ", ") VALUES (1, 2)") == ORDERS_COLS
    assert texts("INSERT INTO orders (id, st") == ["status", "customer_id"]  # prefix, then substring
    assert texts("INSERT INTO sales.invoices (") == ["id", "order_id", "amount"]


def test_update_set_lists_the_updated_tables_columns() -> None:
    assert texts("UPDATE orders SET ") == ORDERS_COLS
    assert texts("UPDATE orders SET status = 'x', ") == ORDERS_COLS
    assert of_kind("UPDATE orders SET total = ", "column") == ORDERS_COLS
    assert texts("UPDATE orders o SET status = o.") == ORDERS_COLS
    assert of_kind("UPDATE orders SET status = 'x' WHERE ", "column") == ORDERS_COLS


def test_using_lists_columns() -> None:
    assert texts("SELECT * FROM orders o JOIN customers c USING (") == [
        "id", "customer_id", "status", "total", "created_at", "name", "email",
    ]  # fmt: skip


def test_cte_columns_through_aliases() -> None:
    sql = "WITH big AS (SELECT id, total AS amount, count(*) n FROM orders GROUP BY id) SELECT b."
    got = comps(sql, " FROM big b")
    assert [(c.text, c.display_meta) for c in got] == [
        ("id", "cte column"),
        ("amount", "cte column"),
        ("n", "cte column"),
    ]
    assert texts("WITH t(a, b) AS (SELECT 1, 2) SELECT t.", " FROM t") == ["a", "b"]
    # SELECT * expands through the catalog, also across chained CTEs
    chained = "WITH a AS (SELECT * FROM customers), b AS (SELECT a.*, 1 AS one FROM a) SELECT "
    assert of_kind(chained, "column", after=" FROM b") == [*CUSTOMERS_COLS, "one"]


def test_subquery_aliases_count_as_tables() -> None:
    assert texts("SELECT s.", " FROM (SELECT id, name AS label FROM customers) s") == ["id", "label"]
    assert texts("SELECT x.", " FROM (SELECT c.*, 1 AS one FROM customers c) AS x") == [*CUSTOMERS_COLS, "one"]
    assert of_kind("SELECT * FROM (SELECT id FROM orders) s JOIN customers c ON ", "column") == [
        "s.id", "c.id", "name", "email", "created_at",
    ]  # fmt: skip


def test_subqueries_have_their_own_scope_and_see_outer_aliases() -> None:
    inner = "SELECT * FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE "
    assert of_kind(inner, "column") == ORDERS_COLS
    assert texts(inner + "o.customer_id = c.") == CUSTOMERS_COLS  # correlated: the outer alias
    assert of_kind("SELECT * FROM orders WHERE customer_id IN (SELECT ", "column", after=" FROM customers)") == (
        CUSTOMERS_COLS
    )
    assert texts("SELECT * FROM orders WHERE customer_id IN (", ")")[0] == "SELECT"


def test_union_branches_have_separate_scopes() -> None:
    assert of_kind("SELECT * FROM orders UNION SELECT ", "column", after=" FROM customers") == CUSTOMERS_COLS
    assert of_kind("SELECT ", "column", after=" FROM orders UNION SELECT name FROM customers") == ORDERS_COLS


def test_columns_of_a_view_and_data_types_as_meta() -> None:
    got = comps("SELECT t.", " FROM order_totals t")
    assert [(c.text, c.display_meta) for c in got] == [("order_id", "integer"), ("total", "numeric")]


# --------------------------------------------------------------------------- functions, types, keywords
def test_functions_from_the_catalog_and_builtins() -> None:
    got = comps("SELECT order_", " FROM orders")
    fn = [(c.text, c.display, c.display_meta) for c in got if c.kind == "function"]
    assert fn == [("order_count(", "order_count(customer integer)", "function → bigint")]
    # built-ins follow the casing of the word being typed
    assert of_kind("SELECT COU", "function", after=" FROM orders") == ["COUNT(", "order_count("]
    assert of_kind("select cou", "function", after=" from orders") == ["count(", "order_count("]
    # a schema-qualified function; no "(" when one follows the cursor
    assert of_kind("SELECT sales.", "function") == ["tax("]
    assert of_kind("SELECT COU", "function", after="(*) FROM orders") == ["COUNT", "order_count"]


def test_engine_listed_functions() -> None:
    # SQLite and DuckDB list their built-ins (and operators) in the catalog
    cat = Catalog(
        default_schema="main",
        tables=[TableInfo("t", "main", columns=[C("id")])],
        functions=[
            FunctionInfo("->", "main"),
            FunctionInfo("count", "main", "aggregate"),
            FunctionInfo("myfn", "main"),
        ],
    )
    assert of_kind("SELECT ", "function", dialect="sqlite", catalog=cat)[:2] == ["COUNT(", "myfn("]
    assert of_kind("select ", "function", dialect="sqlite", catalog=cat)[:2] == ["count(", "myfn("]
    assert not any("->" in t for t in texts("SELECT ", dialect="sqlite", catalog=cat))


def test_dialect_builtins_differ() -> None:
    assert "date_trunc(" in texts("SELECT date_tr", dialect="postgres")
    assert "date_trunc(" not in texts("SELECT date_tr", dialect="mysql")
    assert "group_concat(" in texts("SELECT group_con", dialect="mysql")
    assert "group_concat(" not in texts("SELECT group_con", dialect="postgres")
    assert "NVL(" in texts("SELECT NV", dialect="oracle")


def test_datatypes_after_cast_and_double_colon_and_in_create_table() -> None:
    assert suggest("SELECT id::", None, CAT, "postgres") == [Datatype()]
    assert texts("SELECT id::JSO") == ["JSON", "JSONB"]
    assert texts("SELECT id::jso") == ["json", "jsonb"]
    assert texts("SELECT CAST(total AS NUM") == ["NUMERIC"]
    assert texts("select cast(total as varch") == ["varchar"]
    assert texts("CREATE TABLE t (id BIG") == ["BIGINT", "BIGSERIAL"]
    assert texts("CREATE TABLE t (id bigint, name VARCH") == ["VARCHAR"]
    assert texts("CREATE TABLE t (id bigint ")[:2] == ["NOT NULL", "PRIMARY KEY"]
    assert "VARCHAR2" in texts("CREATE TABLE t (id VARCH", dialect="oracle")


def test_keywords_at_statement_start_and_next_keywords() -> None:
    assert texts("")[:5] == ["SELECT", "INSERT INTO", "UPDATE", "DELETE FROM", "WITH"]
    assert texts("SELECT * FROM orders ")[:4] == ["WHERE", "JOIN", "INNER JOIN", "LEFT JOIN"]
    assert texts("SELECT * FROM orders o JOIN customers c ")[:2] == ["ON", "USING"]
    assert texts("SELECT * FROM orders LEFT ")[:2] == ["JOIN", "OUTER JOIN"]
    assert texts("SELECT * FROM orders ORDER ")[0] == "BY"
    assert texts("SELECT * FROM orders ORDER BY id ")[:2] == ["ASC", "DESC"]
    assert texts("INSERT ")[0] == "INTO"
    assert texts("INSERT INTO orders ")[:2] == ["VALUES", "SELECT"]
    assert texts("UPDATE orders ")[0] == "SET"
    assert texts("SELECT * FROM orders WHERE id IS ")[:2] == ["NULL", "NOT NULL"]


def test_dialect_keywords() -> None:
    assert "PRAGMA" in texts("PRA", dialect="sqlite")
    assert "PRAGMA" not in texts("PRA", dialect="postgres")
    assert "MINUS" in texts("SELECT 1 FROM dual MIN", dialect="oracle")
    assert "SUMMARIZE" in texts("SUMM", dialect="duckdb")


def test_keyword_casing_follows_the_user() -> None:
    assert texts("sel") == ["select"]
    assert texts("SEL") == ["SELECT"]
    assert texts("select * from orders ")[0] == "where"
    assert texts("SELECT * FROM orders ")[0] == "WHERE"
    assert texts("select * from orders ", keyword_casing="upper")[0] == "WHERE"
    assert texts("SELECT * FROM orders ", keyword_casing="lower")[0] == "where"
    assert texts("select * from orders WH")[0] == "WHERE"


# --------------------------------------------------------------------------- robustness
@pytest.mark.parametrize(
    "before",
    [
        "SELECT * FROM orders WHERE status = 'ab",
        "SELECT * FROM orders WHERE status = 'it''s a",
        "SELECT * FROM orders -- note ",
        "SELECT * FROM orders /* note ",
        "SELECT $$ body ",
        "SELECT E'a\\' b",
    ],
)
def test_no_completion_inside_strings_or_comments(before: str) -> None:
    assert suggest(before, None, CAT, "postgres") == []
    assert texts(before) == []


def test_code_after_closed_strings_and_comments_still_completes() -> None:
    assert of_kind("SELECT 'a;b' AS x, /* c */ ", "column", after=" FROM orders") == ORDERS_COLS
    assert texts("SELECT * FROM orders -- note; FROM customers\nWHERE st")[0] == "status"
    assert texts("SELECT * FROM orders /* ; */ ")[0] == "WHERE"


def test_mysql_double_quotes_are_strings_and_backticks_identifiers() -> None:
    assert texts('SELECT * FROM orders WHERE status = "ab', dialect="mysql") == []
    assert texts("SELECT * FROM `ord", dialect="mysql") == ["`orders`", "`order_items`", "`order_totals`"]


def test_multi_statement_buffer_only_the_statement_under_the_cursor() -> None:
    before = "SELECT * FROM customers; SELECT "
    assert of_kind(before, "column", after=" FROM orders; SELECT 1") == ORDERS_COLS
    first = "SELECT "
    assert of_kind(first, "column", after=" FROM customers; SELECT * FROM orders") == CUSTOMERS_COLS
    assert texts("SELECT 1; SELECT * FROM customers c WHERE c.", "; DELETE FROM orders") == CUSTOMERS_COLS
    assert texts("SELECT * FROM orders o; SELECT o.") == []  # "o" belongs to the previous statement
    st = current_statement("SELECT 1; SELECT * FR", "SELECT 1; SELECT * FROM x; SELECT 3")
    assert (st.before, st.full, st.offset) == ("SELECT * FR", "SELECT * FROM x", 10)


def test_digits_and_aliases_being_named_get_nothing() -> None:
    assert texts("SELECT * FROM orders WHERE id = 1") == []
    assert texts("SELECT * FROM orders AS ") == []
    assert texts("SELECT total AS ") == []
    assert texts("SELECT * FROM orders LIMIT ") == []


@pytest.mark.no_cover
def test_analysis_never_fails_on_any_prefix() -> None:
    sql = (
        "WITH RECURSIVE t(a) AS (SELECT 1 UNION ALL SELECT a + 1 FROM t WHERE a < 5), "
        'x AS MATERIALIZED (SELECT o.*, c.name "Who" FROM orders o LEFT OUTER JOIN customers c ON c.id = o.customer_id) '
        "INSERT INTO order_totals (order_id, total) SELECT x.id, sum(oi.price * oi.quantity)::numeric(10, 2) "
        "FROM x JOIN LATERAL (SELECT * FROM order_items WHERE order_id = x.id) oi ON true "
        "WHERE x.status IN ('a', 'b''c') AND NOT EXISTS (SELECT 1 FROM sales.invoices i WHERE i.order_id = x.id) "
        "GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC NULLS LAST LIMIT 10 OFFSET 5 RETURNING *; "
        "UPDATE orders SET status = 'x' FROM customers WHERE customers.id = orders.customer_id; "
        "CREATE TABLE IF NOT EXISTS z (id int PRIMARY KEY, r int REFERENCES regions (id)); \\dt sales.; ``[]{}"
    )
    # the unguarded internals raise on a bug (complete() and suggest() would swallow it)
    # the prefixes spread over the dialects: with steps 3, 4, 5, 7 and 11 two in three are tried in one or more
    for dialect, step in (("postgres", 3), ("mysql", 4), ("oracle", 5), ("sqlite", 7), ("nonsense", 11)):
        for i in range(0, len(sql) + 1, step):
            an = _Analyzer(sql[:i], sql, CAT, dialect).run()
            _complete(sql[:i], sql, CAT, dialect, SPECIALS, ["db"], "auto", None)
            assert an.word == "" or sql[:i].endswith(an.word)
    for i in range(0, len(sql) + 1, 9):
        _complete(sql[:i], sql, None, "postgres", SPECIALS, (), "auto", None)


def test_lexer_falls_back_when_sqlglot_rejects_the_text() -> None:
    toks = lex("SELECT a FROM t WHERE x = 'unterminated", "postgres")
    assert [t.up for t in toks[:6]] == ["SELECT", "A", "FROM", "T", "WHERE", "X"]
    assert toks[-1].kind == "string"
    assert [t.up for t in lex("select 1 order  by 2")][-2] == "ORDER BY"
    assert open_region("SELECT 'a''b", "postgres") == ("string", 7)
    assert open_region('SELECT "a', "postgres") == ("ident", 7)
    assert open_region("SELECT 1 # x", "mysql") == ("comment", 9)
    assert open_region("SELECT 1 # x", "postgres") is None


# --------------------------------------------------------------------------- ranking and quoting
def test_match_score_classes() -> None:
    assert match_score("ord", "orders") == (0, 0, 0)
    assert match_score("Ord", "orders") == (0, 1, 0)  # case differs: after exact-case prefixes
    assert match_score("items", "order_items") == (1, 0, 6)  # at a word boundary
    assert match_score("tems", "order_items") == (2, 0, 7)
    assert match_score("ordit", "order_items") == (3, 8, 0)
    assert match_score("sel", "refresh materialized view") is None  # too spread out
    assert match_score("xyz", "orders") is None
    assert match_score("", "anything") == (0, 0, 0)


def test_fuzzy_ranking_order() -> None:
    cat = Catalog(
        tables=[TableInfo(n, columns=[C("id")]) for n in ("listitems", "i_t_e_m_s", "order_items", "items", "other")]
    )
    assert texts("SELECT * FROM item", catalog=cat, dialect="sqlite") == [
        "items",
        "order_items",
        "listitems",
        "i_t_e_m_s",
    ]
    assert texts("SELECT * FROM ordit") == ["order_items"]
    assert texts("SELECT * FROM ORD") == ["orders", "order_items", "order_totals"]


@pytest.mark.parametrize(
    ("name", "dialect", "quoted"),
    [
        ("orders", "postgres", "orders"),
        ("Order Items", "postgres", '"Order Items"'),
        ("MyTable", "postgres", '"MyTable"'),
        ("MyTable", "mysql", "MyTable"),
        ("MyTable", "sqlite", "MyTable"),
        ("MyTable", "duckdb", "MyTable"),
        ("order", "postgres", '"order"'),
        ("user", "postgres", '"user"'),
        ("select", "mysql", "`select`"),
        ("Order Items", "mysql", "`Order Items`"),
        ("CUSTOMERS", "oracle", "CUSTOMERS"),
        ("customers", "oracle", '"customers"'),
        ("1st", "sqlite", '"1st"'),
        ('we"ird', "postgres", '"we""ird"'),
    ],
)
def test_quote_identifier(name: str, dialect: str, quoted: str) -> None:
    assert quote_identifier(name, dialect) == quoted
    assert needs_quoting(name, dialect) == (quoted != name)


def test_identifiers_needing_quotes_are_quoted_in_completions() -> None:
    cat = Catalog(
        default_schema="public",
        tables=[
            TableInfo("Order Archive", "public", columns=[C("id"), C("Status", "text")]),
            TableInfo("user", "public", columns=[C("id"), C("order")]),
        ],
    )
    assert texts("SELECT * FROM ", catalog=cat)[:2] == ['"Order Archive"', '"user"']
    assert texts("SELECT a.", ' FROM "Order Archive" a', catalog=cat) == ["id", '"Status"']
    assert texts("SELECT u.", ' FROM "user" u', catalog=cat) == ["id", '"order"']
    assert texts("SELECT * FROM ", catalog=cat, dialect="mysql")[:2] == ["`Order Archive`", "`user`"]


def test_an_opened_quote_is_completed_with_quotes() -> None:
    got = comps('SELECT * FROM "Ord')
    assert [c.text for c in got] == ['"orders"', '"order_items"', '"order_totals"']
    assert {c.start_position for c in got} == {-4}


def test_oracle_upper_case_catalog() -> None:
    cat = Catalog(
        default_schema="HR",
        tables=[TableInfo("EMPLOYEES", "HR", columns=[C("EMPLOYEE_ID"), C("Mixed")]), TableInfo("DEPTS", "HR")],
    )
    assert texts("SELECT * FROM emp", catalog=cat, dialect="oracle") == ["EMPLOYEES"]
    assert texts("SELECT e.", " FROM employees e", catalog=cat, dialect="oracle") == ["EMPLOYEE_ID", '"Mixed"']


def test_generate_alias() -> None:
    assert generate_alias("order_items") == "oi"
    assert generate_alias("customers") == "c"
    assert generate_alias("OrderItems") == "oi"
    assert generate_alias("customers", ["c"]) == "c2"
    assert generate_alias("order_notes") == "on2"  # "on" is reserved


# --------------------------------------------------------------------------- special commands, databases, no catalog
SPECIALS = [
    ("\\d", "describe a table"),
    ("\\dt", "list tables"),
    ("\\dv", "list views"),
    ("\\c", "connect"),
    ("\\q", "quit"),
]


def test_backslash_commands_at_line_start() -> None:
    assert suggest("\\d", None, CAT, "postgres") == [Special()]
    got = comps("\\d", special_commands=SPECIALS)
    assert [(c.text, c.display_meta, c.start_position) for c in got] == [
        ("\\d", "describe a table", -2),
        ("\\dt", "list tables", -2),
        ("\\dv", "list views", -2),
    ]
    assert texts("SELECT 1;\n  \\", special_commands=SPECIALS) == ["\\d", "\\dt", "\\dv", "\\c", "\\q"]
    assert texts("SELECT '\n\\d", special_commands=SPECIALS) == []  # inside a string


def test_backslash_command_arguments() -> None:
    assert texts("\\dt ord", special_commands=SPECIALS) == ["orders", "order_items"]
    assert texts("\\d sales.", special_commands=SPECIALS) == ["invoices", "regions"]
    assert texts("\\dv ", special_commands=SPECIALS) == ["order_totals"]
    assert texts("\\c sh", special_commands=SPECIALS, databases=["shop", "postgres", "fishing"]) == ["shop", "fishing"]
    assert suggest("\\q ", None, CAT, "postgres") == []


def test_databases_after_use() -> None:
    assert suggest("USE ", None, CAT, "mysql") == [Database()]
    assert texts("USE sh", dialect="mysql", databases=["shop", "test"]) == ["shop"]


def test_no_catalog_offers_keywords_only() -> None:
    assert texts("sel", catalog=None) == ["select"]
    assert texts("SELECT * FROM ", catalog=None) == []
    got = comps("SELECT * FROM orders WHERE ", catalog=None)
    assert got and {c.kind for c in got} == {"keyword"}
    assert texts("\\d", catalog=None, special_commands=SPECIALS) == ["\\d", "\\dt", "\\dv"]


# --------------------------------------------------------------------------- prompt_toolkit
def test_completer_yields_prompt_toolkit_completions() -> None:
    completer = SQLCompleter(lambda: CAT, "postgres", SPECIALS)
    doc = Document("SELECT o.cu FROM orders o", cursor_position=len("SELECT o.cu"))
    got = list(completer.get_completions(doc, CompleteEvent()))
    assert [(c.text, c.start_position, c.display_text, c.display_meta_text) for c in got] == [
        ("customer_id", -2, "customer_id", "integer")
    ]
    doc = Document("SELECT * FROM orders o JOIN ")
    first = next(iter(completer.get_completions(doc, CompleteEvent())))
    assert (first.text, first.display_meta_text) == ("customers c ON c.id = o.customer_id", "join")


def test_completer_reads_the_snapshot_each_time_and_handles_none() -> None:
    snapshot: list[Catalog | None] = [None]
    completer = SQLCompleter(lambda: snapshot[0], lambda: "postgres", lambda: SPECIALS)
    doc = Document("SELECT * FROM ord")
    assert list(completer.get_completions(doc, CompleteEvent())) == []
    assert [c.text for c in completer.get_completions(Document("sel"), CompleteEvent())] == ["select"]
    snapshot[0] = CAT
    assert [c.text for c in completer.get_completions(doc, CompleteEvent())] == [
        "orders",
        "order_items",
        "order_totals",
    ]


def test_completer_never_raises() -> None:
    def broken() -> Catalog:
        raise RuntimeError("catalog exploded")

    completer = SQLCompleter(broken, "postgres")
    assert list(completer.get_completions(Document("SELECT * FROM "), CompleteEvent())) == []


def test_completer_limits_the_number_of_completions() -> None:
    completer = SQLCompleter(lambda: CAT, "postgres", max_completions=3)
    assert len(list(completer.get_completions(Document("SELECT "), CompleteEvent()))) == 3


def test_suggest_kinds_for_select_and_where() -> None:
    refs = (TableRef("orders", alias="o"),)
    assert suggest("SELECT * FROM orders o WHERE ", None, CAT, "postgres") == [
        Column(refs),
        Function(),
        Alias(("o",)),
        Keyword(("NOT", "EXISTS", "CASE", "NULL")),
    ]
    assert suggest("SELECT * FROM orders o JOIN ", None, CAT, "postgres")[0] == Join(refs)
