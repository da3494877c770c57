"""The plan lints (services/explain.py) on hand-made plan trees, and the plan renderer (output/plan.py).

Each lint fires on a tree made to trigger it and stays quiet on one that does not.  The same
lints on real engines, through every face, are in tests/integration/test_explain_faces.py.
"""

from __future__ import annotations

import json

import pytest

from aishell.engines.base import Catalog, ColumnInfo, ForeignKey, IndexInfo, Plan, TableInfo
from aishell.engines.plan import FULL_INDEX, INDEX, SEQ, PlanNode, PlanTree
from aishell.output.plan import HOT_MARK, render, to_dict
from aishell.services.explain import Explained, Lint, LintSettings, hottest, lint, paths
from aishell.services.explain_sql import StatementFacts, read_statement


def _table(name: str, rows: int | None, *cols: str, indexes: tuple[tuple[str, ...], ...] = (),
           fks: tuple[tuple[str, str, str], ...] = (), types: dict[str, str] | None = None,
           definitions: tuple[str, ...] = ()) -> TableInfo:  # fmt: skip
    types = types or {}
    return TableInfo(
        name, "public", columns=[ColumnInfo(c, types.get(c, "integer")) for c in ("id", *cols)],
        primary_key=("id",),
        indexes=[IndexInfo(f"{name}_{'_'.join(ix)}", ix) for ix in indexes]
        + [IndexInfo(f"{name}_expr{i}", (), definition=d) for i, d in enumerate(definitions)],
        foreign_keys=[ForeignKey((c,), t, (rc,)) for c, t, rc in fks], row_estimate=rows,
    )  # fmt: skip


USERS = _table("users", 50_000, "email", "created_at", "age", indexes=(("email",), ("created_at",)),
               types={"email": "text", "created_at": "timestamp", "phone": "varchar(20)"})  # fmt: skip
USERS.columns.append(ColumnInfo("phone", "varchar(20)"))
USERS.indexes.append(IndexInfo("users_phone", ("phone",)))
ORDERS = _table("orders", 200_000, "user_id", "total", "status", fks=(("user_id", "users", "id"),))
CATALOG = Catalog(default_schema="public", tables=[USERS, ORDERS])


def _lints(tree: PlanTree | None, sql: str, catalog: Catalog | None = CATALOG, **settings: object) -> list[Lint]:
    facts = read_statement(sql, "postgres", catalog)
    return lint(tree, facts, catalog, LintSettings(**settings))  # type: ignore[arg-type]


def _codes(found: list[Lint]) -> list[str]:
    return [x.code for x in found]


def _scan(relation: str = "users", *, access: str = SEQ, **figures: object) -> PlanNode:
    return PlanNode("Seq Scan" if access == SEQ else "Index Scan", access=access, relation=relation,
                    **figures)  # type: ignore[arg-type]  # fmt: skip


# --------------------------------------------------------------------------- row-estimate
@pytest.mark.parametrize(("actual", "severity"), [(2_000, "info"), (20_000, "warning"), (200_000, "critical")])
def test_row_estimate_error_grades_by_factor(actual: float, severity: str) -> None:
    tree = PlanTree(_scan(est_rows=200, actual_rows=actual, loops=1), analyzed=True)
    found = [x for x in _lints(tree, "select id from users where age > 3") if x.code == "row-estimate"]
    assert [(x.severity, x.node) for x in found] == [(severity, "0")]
    assert "underestimated" in found[0].message and found[0].hint


def test_row_estimate_is_quiet_when_close_or_not_analyzed() -> None:
    close = PlanTree(_scan(est_rows=200, actual_rows=900, loops=1), analyzed=True)
    assert "row-estimate" not in _codes(_lints(close, "select id from users"))
    estimated = PlanTree(_scan(est_rows=200, actual_rows=200_000), analyzed=False)
    assert "row-estimate" not in _codes(_lints(estimated, "select id from users"))
    tiny = PlanTree(_scan(est_rows=1, actual_rows=50, loops=1), analyzed=True)  # both below 100 rows
    assert "row-estimate" not in _codes(_lints(tiny, "select id from users"))


def test_row_estimate_names_where_the_error_starts() -> None:
    child = _scan(est_rows=10, actual_rows=20_000, loops=1)
    tree = PlanTree(PlanNode("Sort", est_rows=10, actual_rows=20_000, loops=1, children=[child]), analyzed=True)
    found = [x for x in _lints(tree, "select id from users order by age") if x.code == "row-estimate"]
    assert [x.node for x in found] == ["0.0"]


# --------------------------------------------------------------------------- seq-scan
def test_seq_scan_of_a_large_table_under_a_selective_filter() -> None:
    tree = PlanTree(_scan(est_rows=3, filter="(age = 42)", cost=900.0))
    found = [x for x in _lints(tree, "select id from users where age = 42") if x.code == "seq-scan"]
    assert [(x.severity, x.node) for x in found] == [("warning", "0")]
    assert "50,000 rows of users" in found[0].message and "users (age)" in found[0].hint


def test_seq_scan_without_figures_reads_the_filter_from_the_statement() -> None:
    # SQLite's plan: SCAN users, no filter, no rows; the catalog knows the size, the SQL the filter
    tree = PlanTree(PlanNode("SCAN", access=SEQ, relation="u"))
    sql = "select u.id from users u where u.age = 42"
    assert _codes(_lints(tree, sql)) == ["seq-scan"]
    assert _lints(tree, "select u.id from users u") == []  # no filter: reading it all is the point


def test_a_lint_is_one_line() -> None:
    tree = PlanTree(_scan(est_rows=3, filter="(age = 42\n   AND id > 0)"))
    found = _lints(tree, "select id from users where age = 42 and id > 0")
    assert found and all("\n" not in x.message and "  " not in x.message for x in found)


def test_seq_scan_is_quiet_when_small_unselective_or_indexed() -> None:
    sql = "select id from users where age = 42"
    assert _lints(PlanTree(_scan(est_rows=3, filter="(age = 42)")), sql, large_table_rows=100_000) == []
    assert _lints(PlanTree(_scan(est_rows=30_000, filter="(age > 1)")), "select id from users where age > 1") == []
    assert _lints(PlanTree(_scan(access=INDEX, index="users_age", est_rows=3)), sql) == []
    small = Catalog(tables=[_table("users", 500, "age")])
    assert _lints(PlanTree(_scan(est_rows=3, filter="(age = 42)")), sql, small) == []


def test_seq_scan_uses_the_scans_own_figures_without_a_catalog() -> None:
    tree = PlanTree(_scan(est_rows=10, actual_rows=2, loops=1, rows_removed=49_998, filter="(age = 42)"),
                    analyzed=True)  # fmt: skip
    assert _codes(_lints(tree, "select id from users where age = 42", catalog=None)) == ["seq-scan"]


def test_a_whole_index_read_under_a_selective_filter_counts_too() -> None:
    # MariaDB walking the primary key in order (type index), SQLite's SCAN t USING INDEX
    whole = PlanTree(PlanNode("index", access=FULL_INDEX, relation="users", index="PRIMARY", est_rows=20,
                              filter="users.age = 42"))  # fmt: skip
    found = _lints(whole, "select id from users where age = 42 order by id")
    assert _codes(found) == ["seq-scan"] and "whole index PRIMARY of users (50,000 rows)" in found[0].message


def test_seq_scan_under_an_equality_the_engine_could_not_estimate() -> None:
    # MariaDB without column statistics expects a filter to keep every row: the equality decides
    blind = PlanTree(_scan(est_rows=50_000, filter="users.age = 42"))
    found = _lints(blind, "select id from users where age = 42")
    assert _codes(found) == ["seq-scan"] and "no statistics on the column" in found[0].message
    assert _lints(blind, "select id from users where age > 42") == []  # a range may keep them all
    measured = PlanTree(_scan(est_rows=50_000, actual_rows=50_000, loops=1, filter="users.age = 42"), analyzed=True)
    assert _lints(measured, "select id from users where age = 42") == []  # it did keep them all


# --------------------------------------------------------------------------- rows-removed
def test_many_rows_removed_by_a_filter() -> None:
    node = _scan(access=INDEX, index="users_created_at", actual_rows=5, loops=1, rows_removed=40_000,
                 filter="(age = 42)")  # fmt: skip
    found = _lints(PlanTree(node, analyzed=True), "select id from users where created_at > now() and age = 42")
    assert [(x.code, x.severity) for x in found] == [("rows-removed", "warning")]
    assert "removed 40,000 rows to keep 5" in found[0].message


def test_rows_removed_is_quiet_when_the_filter_keeps_most() -> None:
    node = _scan(access=INDEX, index="users_created_at", actual_rows=5_000, loops=1, rows_removed=4_000)
    assert _lints(PlanTree(node, analyzed=True), "select id from users where created_at > now()") == []


# --------------------------------------------------------------------------- spill
def test_sort_or_hash_spilling_to_disk() -> None:
    sort = PlanNode("Sort", sort_keys=["age"], spilled=True, temp_written=1_200, children=[_scan()])
    found = _lints(PlanTree(sort, analyzed=True), "select id from users order by age")
    assert [(x.code, x.node) for x in found] == [("spill", "0")]
    assert "1,200 temporary pages" in found[0].message
    in_memory = PlanNode("Sort", sort_keys=["age"], children=[_scan()])
    assert _lints(PlanTree(in_memory, analyzed=True), "select id from users order by age") == []


# --------------------------------------------------------------------------- nested-loop
def test_nested_loop_with_a_large_outer_side() -> None:
    outer = _scan("orders", est_rows=150_000)
    inner = _scan("users", access=INDEX, index="users_pkey", est_rows=1)
    loop = PlanNode("Nested Loop", children=[outer, inner])
    sql = "select * from orders o join users u on u.id = o.user_id"
    assert [(x.code, x.severity) for x in _lints(PlanTree(loop), sql) if x.code == "nested-loop"] == [
        ("nested-loop", "warning")]
    scanning = PlanNode("Nested Loop", children=[outer, _scan("users", est_rows=50_000)])
    assert [x.severity for x in _lints(PlanTree(scanning), sql) if x.code == "nested-loop"] == ["critical"]
    small = PlanNode("Nested Loop", children=[_scan("orders", est_rows=30), inner])
    assert "nested-loop" not in _codes(_lints(PlanTree(small), sql))


# --------------------------------------------------------------------------- unindexed-join
def test_unindexed_foreign_key_join_column() -> None:
    sql = "select * from users u join orders o on o.user_id = u.id where u.email = 'a@b'"
    found = [x for x in _lints(PlanTree(_scan("orders", est_rows=4)), sql) if x.code == "unindexed-join"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].node == "0"
    assert "foreign-key column orders.user_id" in found[0].message and "orders (user_id)" in found[0].hint
    indexed = Catalog(default_schema="public", tables=[
        USERS, _table("orders", 200_000, "user_id", indexes=(("user_id",),), fks=(("user_id", "users", "id"),))])
    assert "unindexed-join" not in _codes(_lints(PlanTree(_scan("orders", est_rows=4)), sql, indexed))


def test_join_with_no_index_on_either_side() -> None:
    sql = "select * from users u join orders o on o.total = u.age"
    assert sorted(x.message.split()[2] for x in _lints(None, sql) if x.code == "unindexed-join") == [
        "orders.total", "users.age"]
    assert "unindexed-join" not in _codes(_lints(None, "select * from users u join orders o on o.total = u.id"))


# --------------------------------------------------------------------------- function-on-index
@pytest.mark.parametrize("predicate", ["lower(email) = 'a@b'", "date(created_at) = '2024-01-01'",
                                       "cast(created_at as date) = '2024-01-01'", "created_at::date = '2024-01-01'"])
def test_function_or_cast_on_an_indexed_column(predicate: str) -> None:
    found = _lints(PlanTree(_scan(est_rows=250, filter="...")), f"select id from users where {predicate}")
    wrapped = [x for x in found if x.code == "function-on-index"]
    assert len(wrapped) == 1 and wrapped[0].node == "0" and "indexed column users." in wrapped[0].message


def test_function_on_an_unindexed_or_expression_indexed_column_is_quiet() -> None:
    assert "function-on-index" not in _codes(_lints(None, "select id from users where abs(age) = 4"))
    expr = Catalog(tables=[_table("users", 50_000, "email", indexes=(("email",),),
                                  definitions=("CREATE INDEX ON public.users USING btree (lower(email))",))])
    assert "function-on-index" not in _codes(_lints(None, "select id from users where lower(email) = 'a'", expr))
    assert "function-on-index" not in _codes(_lints(None, "select id from users where email = lower('A')"))
    cast = Catalog(tables=[_table("users", 50_000, "email", indexes=(("email",),),
                                  definitions=("CREATE INDEX ON public.users USING btree (lower((email)::text))",))])
    assert "function-on-index" not in _codes(_lints(None, "select id from users where lower(email) = 'a'", cast))
    assert "function-on-index" in _codes(_lints(None, "select id from users where upper(email) = 'a'", cast))


def test_an_expression_index_the_plan_uses_serves_the_function() -> None:
    # SQLite's catalog lists an expression index's column as None and gives no definition
    users = _table("users", 50_000, "email", indexes=(("email",),))
    users.indexes.append(IndexInfo("users_lower", ("None",)))
    sqlite = Catalog(tables=[users])
    sql = "select id from users where lower(email) = 'a'"
    looked_up = PlanTree(PlanNode("SEARCH", access=INDEX, relation="users", index="users_lower", condition="<expr>=?"))
    assert _lints(looked_up, sql, sqlite) == []
    by_plain = PlanTree(PlanNode("SEARCH", access=INDEX, relation="users", index="users_email"))
    assert "function-on-index" in _codes(_lints(by_plain, sql, sqlite))


def test_implicit_cast_needs_the_plan_to_show_the_index_unused() -> None:
    sql = "select id from users where phone = 5551234"
    seq = [x for x in _lints(PlanTree(_scan(est_rows=1)), sql) if x.code == "function-on-index"]
    assert len(seq) == 1 and "text column users.phone with a number" in seq[0].message
    used = PlanTree(_scan(access=INDEX, index="users_phone", est_rows=1))
    assert _lints(used, sql) == []
    as_string = _lints(PlanTree(_scan(est_rows=1)), "select id from users where phone = '5551234'")
    assert "function-on-index" not in _codes(as_string)


# --------------------------------------------------------------------------- select-star
def test_select_star_of_wide_rows() -> None:
    wide = Catalog(tables=[_table("wide", 100, *[f"c{i}" for i in range(30)])])
    found = _lints(PlanTree(_scan("wide", est_rows=100)), "select * from wide", wide)
    assert [(x.code, x.severity) for x in found] == [("select-star", "info")] and "31 columns" in found[0].message
    assert _lints(PlanTree(_scan("users", est_rows=100, width=1_500)), "select * from users")[0].code == "select-star"
    assert _lints(PlanTree(_scan("users", est_rows=100, width=40)), "select * from users") == []
    assert _lints(PlanTree(_scan("wide", est_rows=100)), "select c1, c2 from wide", wide) == []


# --------------------------------------------------------------------------- deep-offset
@pytest.mark.parametrize(("sql", "severity"), [("select id from users order by id limit 10 offset 5000", "warning"),
                                               ("select id from users order by id offset 200000", "critical")])
def test_deep_offset(sql: str, severity: str) -> None:
    assert [(x.code, x.severity, x.node) for x in _lints(PlanTree(_scan()), sql)] == [("deep-offset", severity, "0")]


def test_shallow_offset_and_mysql_limit_form() -> None:
    assert _lints(PlanTree(_scan()), "select id from users order by id limit 10 offset 900") == []
    facts = read_statement("select id from users limit 5000, 10", "mysql", CATALOG)
    assert facts.offset == 5000


def test_unparsable_statement_gives_no_facts() -> None:
    facts = read_statement("selec id frm", "postgres", CATALOG)
    assert not facts.parsed and lint(None, facts, CATALOG) == []
    assert lint(None, StatementFacts(), None) == []


# --------------------------------------------------------------------------- hottest
def test_hottest_by_self_time_when_analyzed_else_by_cost() -> None:
    leaf_a = _scan("users", time_ms=10.0, cost=100.0)
    leaf_b = _scan("orders", time_ms=80.0, cost=900.0)
    join = PlanNode("Hash Join", time_ms=100.0, cost=1_100.0, children=[leaf_a, leaf_b])
    timed = hottest(PlanTree(join, analyzed=True))
    assert [(h.node, h.basis) for h in timed] == [("0.1", "time"), ("0", "time"), ("0.0", "time")]
    assert timed[0].share == pytest.approx(0.8)
    for node in (join, leaf_a, leaf_b):
        node.time_ms = None
    costed = hottest(PlanTree(join))
    assert [(h.node, h.basis) for h in costed] == [("0.1", "cost")]  # the others: 9% of the cost each
    assert hottest(PlanTree(PlanNode("SCAN", access=SEQ, relation="t"))) == []


# --------------------------------------------------------------------------- rendering
def _explained() -> Explained:
    outer = _scan("orders", est_rows=150_000, actual_rows=149_000, loops=1, time_ms=40.0, filter="(status = 'x')")
    inner = _scan("users", access=INDEX, index="users_pkey", est_rows=1, actual_rows=1, loops=149_000, time_ms=300.0)
    root = PlanNode("Nested Loop", est_rows=150_000, actual_rows=149_000, loops=1, time_ms=400.0,
                    children=[outer, inner])  # fmt: skip
    tree = PlanTree(root, analyzed=True, planning_ms=0.5, execution_ms=401.0)
    sql = "select * from orders o join users u on u.id = o.user_id where o.status = 'x' limit 10 offset 5000"
    facts = read_statement(sql, "postgres", CATALOG)
    return Explained(sql, Plan("engine text", None, tree), True, lint(tree, facts, CATALOG), hottest(tree))


def test_render_draws_the_tree_marks_the_hottest_and_lists_lints() -> None:
    explained = _explained()
    text = render(explained, width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert lines[0].startswith("Plan (analyzed)") and "execution 401.000 ms" in lines[0]
    node_lines = [line for line in lines if "Scan" in line or "Nested Loop" in line]
    assert node_lines[0].lstrip(HOT_MARK + " ").startswith("Nested Loop")
    assert "├─ Seq Scan on orders" in node_lines[1] and "└─ Index Scan on users using users_pkey" in node_lines[2]
    assert node_lines[2].startswith(HOT_MARK) and "×149k" in node_lines[2] and "75%" in node_lines[2]
    assert "rows 150k→149k" in node_lines[1]
    assert "Lints (" in text and "warning  [0] nested-loop:" in text and "deep-offset" in text
    assert "hint: " in text
    narrow = render(explained, width=60)
    assert all(len(line) <= 60 for line in narrow.splitlines())
    colored = render(explained, width=80, color=True)
    assert "\x1b[1m" + HOT_MARK in colored


def test_render_fits_narrow_terminals_and_deep_trees() -> None:
    assert all(len(line) <= 40 for line in render(_explained(), width=40).splitlines())
    node = PlanNode("Leaf", est_rows=5, cost=1.0, filter="x = 1")
    for i in range(30):
        node = PlanNode(f"Level{i}", est_rows=5, cost=float(i + 2), children=[node])
    tree = PlanTree(node)
    text = render(Explained("x", Plan("t", None, tree), False, [], hottest(tree)), width=80)
    assert all(len(line) <= 80 for line in text.splitlines())
    assert any("(30) └─ Leaf" in line for line in text.splitlines())  # too deep to indent: the depth
    assert HOT_MARK not in text  # no node holds 10% of the cost


def test_render_without_a_tree_shows_the_engine_text() -> None:
    explained = Explained("select 1", Plan("the engine's own text"), False, [], [])
    assert render(explained).splitlines()[0] == "the engine's own text"
    assert "No lints" in render(explained)


def test_to_dict_is_json_with_paths() -> None:
    explained = _explained()
    data = json.loads(json.dumps(to_dict(explained, connection="c")))
    assert data["connection"] == "c" and data["analyzed"] is True and data["text"] == "engine text"
    root = data["tree"]["root"]
    assert root["path"] == "0" and [c["path"] for c in root["children"]] == ["0.0", "0.1"]
    assert {x["code"] for x in data["lints"]} >= {"nested-loop", "deep-offset"}
    assert set(data["lints"][0]) == {"code", "severity", "node", "message", "hint"}
    assert data["hottest"][0]["node"] == "0.1" and data["hottest"][0]["basis"] == "time"
    assert [p for p, _d, _n in paths(explained.tree)] == ["0", "0.0", "0.1"]
