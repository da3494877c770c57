"""The translate() API on catalogs built by hand: linking, joins, constructs and rendering details."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlglot
from sqlglot import exp

from aishell.ai.offline import Translation, ValueIndex, translate
from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, TableInfo

TODAY = dt.date(2025, 6, 15)


def col(name: str, typ: str = "text") -> ColumnInfo:
    return ColumnInfo(name, typ)


def shop(schema: str = "public", upper: bool = False) -> Catalog:
    def n(x: str) -> str:
        return x.upper() if upper else x

    tables = [
        TableInfo(
            n("customers"),
            schema,
            columns=[
                col(n("id"), "integer"),
                col(n("name")),
                col(n("country")),
                col(n("email")),
                col(n("signup_date"), "date"),
            ],
            primary_key=(n("id"),),
        ),
        TableInfo(n("categories"), schema, columns=[col(n("id"), "integer"), col(n("name"))], primary_key=(n("id"),)),
        TableInfo(
            n("products"),
            schema,
            columns=[
                col(n("id"), "integer"),
                col(n("name")),
                col(n("category_id"), "integer"),
                col(n("price"), "numeric"),
                col(n("stock"), "integer"),
            ],
            primary_key=(n("id"),),
            foreign_keys=[ForeignKey((n("category_id"),), n("categories"), (n("id"),))],
        ),
        TableInfo(
            n("orders"),
            schema,
            columns=[
                col(n("id"), "integer"),
                col(n("customer_id"), "integer"),
                col(n("ordered_at"), "timestamp"),
                col(n("status")),
            ],
            primary_key=(n("id"),),
            foreign_keys=[ForeignKey((n("customer_id"),), n("customers"), (n("id"),))],
        ),
        TableInfo(
            n("order_items"),
            schema,
            columns=[
                col(n("order_id"), "integer"),
                col(n("product_id"), "integer"),
                col(n("quantity"), "integer"),
                col(n("unit_price"), "numeric"),
            ],
            foreign_keys=[
                ForeignKey((n("order_id"),), n("orders"), (n("id"),)),
                ForeignKey((n("product_id"),), n("products"), (n("id"),)),
            ],
        ),
    ]
    return Catalog(default_schema=schema, schemas=[schema], tables=tables)


VALUES = ValueIndex.from_dict(
    {
        "customers": {"country": ["Germany", "Japan", "Kenya"]},
        "categories": {"name": ["Books", "Garden", "Toys"]},
        "orders": {"status": ["paid", "refunded", "shipped"]},
    }
)


def sql_of(q: str, dialect: str = "postgres", catalog: Catalog | None = None) -> str:
    return translate(q, catalog or shop(), VALUES, dialect=dialect, today=TODAY).sql


def tables_in(sql: str, dialect: str = "postgres") -> set[str]:
    return {t.name.lower() for t in sqlglot.parse_one(sql, read=dialect).find_all(exp.Table)}


def test_translation_fields() -> None:
    t = translate("How many customers are from Germany?", shop(), VALUES, dialect="postgres")
    assert isinstance(t, Translation)
    assert t.sql == "SELECT COUNT(*) AS count FROM customers WHERE customers.country = 'Germany'"
    assert "Germany" in t.explanation and t.explanation.endswith(".")
    assert 0 < t.confidence <= 1


def test_synonyms_link_to_the_schema() -> None:
    assert "FROM customers" in sql_of("How many clients are there?")
    assert "products.price" in sql_of("products that cost more than 50")
    assert "FROM orders" in sql_of("How many purchases were refunded?")


def test_joins_follow_the_shortest_foreign_key_path() -> None:
    sql = sql_of("Which customers bought Garden products?")
    assert {"customers", "orders", "order_items", "products", "categories"} <= tables_in(sql)
    sql = sql_of("Number of products per category")
    assert "JOIN categories ON products.category_id = categories.id" in sql
    assert "GROUP BY categories.id, categories.name" in sql


def test_negation_is_not_exists() -> None:
    sql = sql_of("Which customers have never ordered?")
    assert "NOT EXISTS(SELECT 1 FROM orders WHERE orders.customer_id = customers.id)" in sql
    sql = sql_of("Which products have never been sold?")
    assert "NOT EXISTS(SELECT 1 FROM order_items WHERE order_items.product_id = products.id)" in sql


def test_having_counts_related_rows() -> None:
    sql = sql_of("customers with more than 3 orders")
    assert "HAVING COUNT(DISTINCT orders.id) > 3" in sql
    sql = sql_of("customers with fewer than 2 orders")  # keeps customers without orders
    assert "(SELECT COUNT(*) FROM orders WHERE orders.customer_id = customers.id) < 2" in sql


def test_top_n_and_superlatives() -> None:
    sql = sql_of("Show the 5 most expensive products")
    assert sql.endswith("ORDER BY products.price DESC NULLS LAST LIMIT 5")
    assert "products.price" in sql.split("FROM")[0]
    assert sql_of("What is the cheapest product?").endswith("ORDER BY products.price ASC LIMIT 1")
    sql = sql_of("Top 3 customers by total spend")
    assert "SUM(order_items.quantity * order_items.unit_price)" in sql and sql.endswith("LIMIT 3")
    sql = sql_of("Which category has the most products?")
    assert "ORDER BY COUNT(*) DESC" in sql and sql.endswith("LIMIT 1")


def test_distinct_and_ordering() -> None:
    assert sql_of("Which countries do customers come from?") == (
        "SELECT DISTINCT customers.country FROM customers WHERE NOT customers.country IS NULL"
    )
    assert sql_of("How many different countries are there?").startswith("SELECT COUNT(DISTINCT customers.country)")
    sql = sql_of("Number of customers in each country, largest first")
    assert sql.endswith("ORDER BY COUNT(*) DESC NULLS LAST")
    sql = sql_of("List customers alphabetically")
    assert sql.endswith("ORDER BY customers.name ASC")


def test_numeric_filters() -> None:
    assert "products.price BETWEEN 10 AND 20" in sql_of("products priced between 10 and 20")
    assert "products.price >= 100" in sql_of("products with a price of at least 100")
    assert "products.price < 20" in sql_of("products under $20")
    assert "products.stock = 0" in sql_of("Which products are out of stock?")


def test_aggregates() -> None:
    assert sql_of("What is the average product price?") == "SELECT AVG(products.price) AS average_price FROM products"
    assert sql_of("What is the highest price?").startswith("SELECT MAX(products.price)")
    assert sql_of("minimum stock").startswith("SELECT MIN(products.stock)")
    assert sql_of("What is the total stock of all products?").startswith("SELECT SUM(products.stock)")
    sql = sql_of("What percentage of orders were refunded?")
    assert "CASE WHEN orders.status = 'refunded' THEN 1 ELSE 0 END" in sql


def test_grouping_by_date_parts() -> None:
    sql = sql_of("Number of orders per month in 2024")
    assert "TO_CHAR(orders.ordered_at, 'YYYY-MM')" in sql
    assert "GROUP BY TO_CHAR(orders.ordered_at, 'YYYY-MM')" in sql


def test_non_default_schema_is_qualified() -> None:
    cat = shop(schema="sales")
    cat.default_schema = "public"
    sql = sql_of("How many orders were refunded?", catalog=cat)
    assert "FROM sales.orders" in sql


def test_oracle_upper_case_catalog() -> None:
    sql = sql_of("How many customers are from Japan?", dialect="oracle", catalog=shop(upper=True))
    assert sql == "SELECT COUNT(*) AS count FROM CUSTOMERS WHERE CUSTOMERS.COUNTRY = 'Japan'"
    sql = sql_of("Show the 3 most expensive products", dialect="oracle", catalog=shop(upper=True))
    assert "FETCH FIRST 3 ROWS ONLY" in sql


@pytest.mark.parametrize("dialect", ["sqlite", "postgres", "mysql", "duckdb", "oracle"])
def test_camel_case_schema(dialect: str) -> None:
    cat = Catalog(
        tables=[
            TableInfo(
                "Artist", columns=[col("ArtistId", "INTEGER"), col("Name", "NVARCHAR(120)")], primary_key=("ArtistId",)
            ),
            TableInfo(
                "Album",
                columns=[
                    col("AlbumId", "INTEGER"),
                    col("Title", "NVARCHAR(160)"),
                    col("ArtistId", "INTEGER"),
                    col("ReleaseYear", "INTEGER"),
                ],
                primary_key=("AlbumId",),
                foreign_keys=[ForeignKey(("ArtistId",), "Artist", ("ArtistId",))],
            ),
        ]
    )
    sql = translate("Which artist has the most albums?", cat, ValueIndex(), dialect=dialect).sql
    sqlglot.parse_one(sql, read=dialect)
    assert "ArtistId" in sql and ("LIMIT 1" in sql or "FETCH FIRST 1 ROWS ONLY" in sql)
    sql = translate("albums released after 2010", cat, ValueIndex(), dialect=dialect).sql
    assert "ReleaseYear" in sql and ("> 2010" in sql or ">= 2011" in sql)


def test_row_numbers_filter_the_key() -> None:
    assert "WHERE orders.id = 17" in sql_of("Show order 17")
    sql = sql_of("How many items are in order 17?")
    assert "FROM order_items" in sql and "orders.id = 17" in sql


def test_comparisons_with_the_average() -> None:
    sql = sql_of("products that are more expensive than the average")
    assert "products.price > (SELECT AVG(products.price) FROM products)" in sql
    assert "< (SELECT AVG(products.price) FROM products)" in sql_of("products priced below average")


def test_existence_and_stock_phrases() -> None:
    assert "EXISTS(SELECT 1 FROM orders WHERE orders.customer_id = customers.id)" in sql_of("customers with orders")
    assert "products.stock > 0" in sql_of("products in stock")
    assert "products.stock < 10" in sql_of("products with less than 10 in stock")


def test_most_common_value_and_averages_per_parent() -> None:
    sql = sql_of("What is the most common country among customers?")
    assert "GROUP BY customers.country ORDER BY COUNT(*) DESC" in sql
    sql = sql_of("Average number of items per order")
    assert "COUNT(*)" in sql and "COUNT(DISTINCT order_items.order_id)" in sql and "GROUP BY" not in sql
    sql = sql_of("Average order value")
    assert "SUM(order_items.quantity * order_items.unit_price)" in sql and "COUNT(DISTINCT" in sql


def test_when_questions() -> None:
    assert sql_of("When did the first customer sign up?").startswith("SELECT MIN(customers.signup_date)")
    assert sql_of("When was the last order placed?").startswith("SELECT MAX(orders.ordered_at)")


def flights() -> Catalog:
    return Catalog(
        tables=[
            TableInfo("airports", columns=[col("code"), col("name"), col("city")], primary_key=("code",)),
            TableInfo(
                "flights",
                columns=[
                    col("id", "integer"),
                    col("origin_code"),
                    col("destination_code"),
                    col("departure_time", "timestamp"),
                ],
                primary_key=("id",),
                foreign_keys=[
                    ForeignKey(("origin_code",), "airports", ("code",)),
                    ForeignKey(("destination_code",), "airports", ("code",)),
                ],
            ),
        ]
    )


def test_several_keys_into_one_table_take_their_role_from_the_words() -> None:
    vals = ValueIndex.from_dict({"airports": {"city": ["Paris", "London", "Madrid"]}})
    sql = translate("flights from Paris to London", flights(), vals, dialect="postgres").sql
    assert "JOIN airports AS origin ON flights.origin_code = origin.code" in sql
    assert "JOIN airports AS destination ON flights.destination_code = destination.code" in sql
    assert "origin.city = 'Paris' AND destination.city = 'London'" in sql
    sql = translate("How many flights arrive in Madrid?", flights(), vals, dialect="sqlite").sql
    assert "destination.city = 'Madrid'" in sql
    sql = translate("Number of flights per destination city", flights(), vals, dialect="sqlite").sql
    assert "GROUP BY destination.city" in sql
    sql = translate("Which airport has the most departures?", flights(), vals, dialect="sqlite").sql
    assert "flights.origin_code = origin.code" in sql and sql.endswith("LIMIT 1")


def test_periods_ordinals_and_sorting_by_aggregates() -> None:
    sql = sql_of("Which month had the most orders?")
    assert "GROUP BY TO_CHAR(orders.ordered_at, 'YYYY-MM')" in sql and sql.endswith("LIMIT 1")
    assert sql_of("What is the second most expensive product?").endswith("LIMIT 1 OFFSET 1")
    sql = sql_of("Categories sorted by number of products")  # fewest first: a category with none is listed too
    assert "LEFT JOIN products" in sql and "ORDER BY COUNT(products.id)" in sql and "LIMIT" not in sql
    assert "products.price > 100 AND products.price < 200" in sql_of(
        "products whose price is greater than 100 and less than 200"
    )
    sql = sql_of("Orders from last year")
    assert "'2024-01-01'" in sql and "'2025-01-01'" in sql


def test_unsupported_statistics_raise() -> None:
    from aishell.ai.offline import TranslationError

    with pytest.raises(TranslationError):
        sql_of("What is the median price?")


def test_translators_are_reused_for_the_same_catalog() -> None:
    from aishell.ai.offline.translate import translator_for

    cat = shop()
    first = translator_for(cat, VALUES)
    assert translator_for(cat, VALUES) is first
    cat.tables.append(
        TableInfo("suppliers", "public", columns=[col("id", "integer"), col("name")], primary_key=("id",))
    )
    rebuilt = translator_for(cat, VALUES)
    assert rebuilt is not first
    assert "FROM suppliers" in translate("How many suppliers are there?", cat, VALUES, dialect="postgres").sql


def test_presence_and_glued_patterns() -> None:
    assert "NOT customers.email IS NULL" in sql_of("How many customers have an email?")
    assert "LOWER(customers.email) LIKE '%mail.test'" in sql_of("customers with email ending in mail.test")
    assert sql_of("List products and their categories").startswith("SELECT products.name, categories.name")


def test_conditions_on_counted_rows_stay_with_the_count() -> None:
    sql = sql_of("customers with more than 10 orders in 2024")
    assert "HAVING COUNT(DISTINCT orders.id) > 10" in sql and "orders.ordered_at >=" in sql and "EXISTS" not in sql
    sql = sql_of("customers with more than 5 refunded orders")
    assert "orders.status = 'refunded'" in sql and "HAVING" in sql
    sql = sql_of("Which orders include more than 2 items?")
    assert "HAVING COUNT(order_items.order_id) > 2" in sql
    assert "GROUP BY orders.id, orders.customer_id, orders.ordered_at, orders.status" in sql
