"""The web console's Plan tab in Debian's Chromium (headless, driven by Playwright): the normalised
tree of every engine with its hottest nodes and its lints, a lint leading to its node, and Analyze
of a write asking first and leaving the data as it was.

The tables stay small: the config file's ``[explain]`` thresholds are set low, which also shows the
web route applies them (the server reads the config of the test's own home)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from aishell.client import Client
from aishell.config import config_path
from aishell.connections import Target
from aishell.state import StateStore
from aishell.urls import DatabaseURL

from .conftest import make_tokens, serve
from .test_browser import ARGS, CHROMIUM, login, type_sql

playwright_sync = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.e2e

EVENTS, KINDS, ROWS = "plan_e2e_events", "plan_e2e_kinds", 400
SCHEMA = [
    f"CREATE TABLE {KINDS} (id INTEGER PRIMARY KEY, label TEXT NOT NULL)",
    f"CREATE TABLE {EVENTS} (id INTEGER PRIMARY KEY, kind_id INTEGER NOT NULL REFERENCES {KINDS}(id), "
    "code TEXT NOT NULL, note TEXT)",
]
KIND_ROWS = [(i, f"kind {i}") for i in range(1, 21)]
EVENT_ROWS = [(i, 1 + i % 20, f"c{i}", f"note {i}") for i in range(1, ROWS + 1)]
#: a selective filter on a table read whole (a seq-scan lint once the threshold is low)
JOINED = f"SELECT e.id, k.label FROM {EVENTS} e JOIN {KINDS} k ON k.id = e.kind_id WHERE e.code = 'c7'"
WRITE = f"DELETE FROM {EVENTS} WHERE code = 'c7'"


def set_thresholds(text: str) -> None:
    """The ``[explain]`` table of this test's config file (the server reads it per request)."""
    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(f"[explain]\n{text}\n")


@pytest.fixture(scope="module")
def plan_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str], Path]]:
    if not Path(CHROMIUM).exists():
        import os

        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    base = tmp_path_factory.mktemp("web-plan")
    db = base / "plan.db"
    conn = sqlite3.connect(db)
    for stmt in SCHEMA:
        conn.execute(stmt)
    conn.executemany(f"INSERT INTO {KINDS} VALUES (?, ?)", KIND_ROWS)
    conn.executemany(f"INSERT INTO {EVENTS} VALUES (?, ?, ?, ?)", EVENT_ROWS)
    conn.execute("ANALYZE")  # the row estimates the lints read
    conn.commit()
    conn.close()
    state = StateStore(base / "state.db")
    tokens = make_tokens(state)
    for url, _app in serve([Target(DatabaseURL.parse(f"sqlite:///{db}"), "plan", "--db")], state):
        yield url, tokens, db
    state.close()


@pytest.fixture(scope="module")
def chromium(plan_site: tuple[str, dict[str, str], Path]) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def pg_tables(pg_url: str) -> Iterator[str]:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {EVENTS}, {KINDS}")
        for stmt in SCHEMA:
            conn.execute(stmt)
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO {KINDS} VALUES (%s, %s)", KIND_ROWS)
            cur.executemany(f"INSERT INTO {EVENTS} VALUES (%s, %s, %s, %s)", EVENT_ROWS)
        conn.execute(f"ANALYZE {KINDS}")
        conn.execute(f"ANALYZE {EVENTS}")
    yield pg_url
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {EVENTS}, {KINDS}")


# --------------------------------------------------------------------------- helpers
def walk(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def label(node: dict[str, Any]) -> str:
    """A node's title as the page writes it (and the terminal): operator, relation, alias, index."""
    text = str(node["op"])
    if node.get("relation"):
        text += f" on {node['relation']}"
        if node.get("alias") and node["alias"] != node["relation"]:
            text += f" {node['alias']}"
    if node.get("index"):
        text += f" using {node['index']}"
    return text


def explain_in_page(page: Any, sql: str, *, analyze: bool = False) -> None:
    page.set_checked("#analyze", analyze)
    type_sql(page, sql)
    page.keyboard.press("Control+Shift+E")


def wait_done(page: Any) -> None:
    page.wait_for_function("() => !window.aishell.state.explaining && !document.querySelector('#explain').disabled")


def check_plan(page: Any, api: dict[str, Any]) -> None:
    """The page shows the API's tree, hottest nodes and lints, and each lint leads to its node."""
    page.wait_for_selector("#plan li.node")
    wait_done(page)
    assert page.is_visible("#panel-plan") and page.get_attribute("#tab-plan", "aria-selected") == "true"
    heading = "Plan (analyzed)" if api["analyzed"] else "Plan (estimated)"
    assert page.inner_text("#plan .plan-head strong") == heading
    # the tree: every node, in order, with its title, inside an ARIA tree
    nodes = list(walk(api["tree"]["root"]))
    shown = page.eval_on_selector_all(
        "#plan [role=tree] li.node[role=treeitem]",
        "ns => ns.map(n => [n.dataset.path, n.querySelector(':scope > .line .op').textContent])",
    )
    assert shown == [[n["path"], label(n)] for n in nodes]
    # estimated rows (and cost where the engine gives it) on each node
    for n in nodes:
        figures = page.inner_text(f"#plan li.node[data-path='{n['path']}'] > .line .cost")
        if n.get("est_rows") is not None and n.get("actual_rows") is None:
            assert " rows" in figures, figures
        if n.get("cost") is not None:
            assert "cost " in figures, figures
    # the hottest nodes carry a badge with their share
    hot = page.eval_on_selector_all(
        "#plan li.node.hot",
        "ns => ns.map(n => [n.dataset.path, n.querySelector(':scope > .line .hot-badge').textContent])",
    )
    assert sorted(hot) == sorted([h["node"], f"▶ {int(h['share'] * 100 + 0.5)}%"] for h in api["hottest"])
    # the lints, each with its severity badge, code and message
    lints = page.eval_on_selector_all(
        "#plan .lint",
        "ls => ls.map(l => [l.querySelector('.sev').textContent, l.querySelector('.lint-code').textContent,"
        " l.querySelector('.lint-msg').textContent, l.dataset.severity])",
    )
    assert lints == [[x["severity"], x["code"], x["message"], x["severity"]] for x in api["lints"]]
    # the engine's own text, collapsed
    assert page.eval_on_selector("#plan details.raw", "d => !d.open")
    assert page.eval_on_selector("#plan details.raw pre", "p => p.textContent") == api["text"]


def follow_lint(page: Any, lint: dict[str, Any], *, keyboard: bool = False) -> None:
    """Clicking (or pressing Enter on) a lint selects, shows and focuses the node it names."""
    button = f"#plan button.lint-row[data-node='{lint['node']}']"
    if keyboard:
        page.focus(button)
        page.keyboard.press("Enter")
    else:
        page.click(button)
    node = f"#plan li.node[data-path='{lint['node']}']"
    assert page.get_attribute(node, "aria-selected") == "true"
    assert page.eval_on_selector_all("#plan li.node[aria-selected=true]", "ns => ns.length") == 1
    assert page.evaluate("() => document.activeElement.dataset.path") == lint["node"]
    inside = page.eval_on_selector(
        node,
        """n => { const r = n.querySelector('.line').getBoundingClientRect();
        const p = document.querySelector('#panel-plan').getBoundingClientRect();
        return r.top >= p.top && r.bottom <= p.bottom; }""",
    )
    assert inside, "the node a lint names is scrolled into view"


def analyze_write_asks_first(page: Any, rows: Callable[[], int], measured: bool) -> None:
    """Analyze of a write: the confirmation dialog first; "Cancel" runs nothing, "Run it" shows
    the plan, and the write is rolled back either way."""
    before = rows()
    explain_in_page(page, WRITE, analyze=True)
    page.wait_for_selector("#confirm-dialog:not([hidden])")
    assert "Analyze runs this statement" in page.inner_text("#confirm-text")
    assert "DELETE" in page.inner_text("#confirm-dialog")
    page.click("#confirm-no")
    page.wait_for_function("() => document.querySelector('#plan').textContent.startsWith('Not run')")
    wait_done(page)
    assert rows() == before
    page.focus("#analyze")  # Ctrl-Shift-E works outside the editor too
    page.keyboard.press("Control+Shift+E")
    page.wait_for_selector("#confirm-dialog:not([hidden])")
    page.click("#confirm-yes")
    page.wait_for_selector("#plan .plan-head")
    wait_done(page)
    expected = "Plan (analyzed)" if measured else "Plan (estimated)"  # SQLite measures nothing
    assert page.inner_text("#plan .plan-head strong") == expected
    assert EVENTS in page.inner_text("#plan [role=tree]")
    assert rows() == before


# --------------------------------------------------------------------------- tests
def test_plan_tab_on_sqlite(plan_site, chromium, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens, db = plan_site
    set_thresholds("large_table_rows = 100")
    api = Client(url, tokens["analyst"]).explain(JOINED)
    seq = [x for x in api["lints"] if x["code"] == "seq-scan"]
    assert len(seq) == 1 and seq[0]["severity"] == "warning" and seq[0]["node"] != "0", api["lints"]
    context, page = login(chromium, url, tokens["analyst"], width=1280, height=640)
    explain_in_page(page, JOINED)
    check_plan(page, api)
    page.screenshot(path=str(tmp_path / "plan-sqlite.png"))
    follow_lint(page, seq[0])
    # the keyboard walks the tree: Home is the root, ArrowDown its first child
    page.keyboard.press("Home")
    assert page.evaluate("() => document.activeElement.dataset.path") == "0"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("() => document.activeElement.dataset.path") == "0.0"
    page.keyboard.press("ArrowLeft")  # from a leaf: to its parent
    assert page.evaluate("() => document.activeElement.dataset.path") == "0"
    page.keyboard.press("ArrowLeft")  # the root collapses
    assert page.get_attribute("#plan li.node[data-path='0']", "aria-expanded") == "false"
    assert not page.is_visible("#plan li.node[data-path='0.0']")
    follow_lint(page, seq[0], keyboard=True)  # a lint opens the way to its node again
    assert page.get_attribute("#plan li.node[data-path='0']", "aria-expanded") == "true"

    # the threshold is a setting: raised above the table's size, the lint is gone
    set_thresholds(f"large_table_rows = {ROWS * 10}")
    explain_in_page(page, JOINED)
    page.wait_for_function("() => !document.querySelector('#plan').textContent.includes('seq-scan')")
    wait_done(page)
    lints = page.eval_on_selector_all("#plan .lint", "ls => ls.map(l => [l.dataset.severity, l.textContent])")
    assert len(lints) == 1 and lints[0][0] == "info" and "unindexed-join" in lints[0][1]  # no longer a large table

    def rows() -> int:
        with sqlite3.connect(db) as conn:
            return int(conn.execute(f"SELECT count(*) FROM {EVENTS}").fetchone()[0])

    analyze_write_asks_first(page, rows, measured=False)
    assert not page.errors  # type: ignore[attr-defined]
    context.close()


def test_a_viewer_cannot_analyze_a_write(plan_site, chromium) -> None:  # type: ignore[no-untyped-def]
    url, tokens, db = plan_site
    context, page = login(chromium, url, tokens["viewer"])
    explain_in_page(page, WRITE, analyze=True)
    page.wait_for_function("() => document.querySelector('#plan .plan-note.err')")
    wait_done(page)
    assert "Refused" in page.inner_text("#plan") and page.is_hidden("#confirm-dialog")
    with sqlite3.connect(db) as conn:
        assert conn.execute(f"SELECT count(*) FROM {EVENTS}").fetchone()[0] == ROWS
    context.close()


def test_plan_tab_on_postgres(plan_site, chromium, pg_tables: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import psycopg

    url, tokens, _db = plan_site
    admin = Client(url, tokens["admin"])
    if not any(c["name"] == "pg" for c in admin.connections()):
        admin.add_connection("pg", pg_tables)
    set_thresholds("large_table_rows = 4")  # 400 rows is 100x that: critical
    api = Client(url, tokens["analyst"]).explain(JOINED, connection="pg")
    seq = [x for x in api["lints"] if x["code"] == "seq-scan"]
    assert len(seq) == 1 and seq[0]["severity"] == "critical", api["lints"]
    assert api["hottest"] and len(list(walk(api["tree"]["root"]))) >= 3
    context, page = login(chromium, url, tokens["analyst"], width=1280, height=640)
    page.select_option("#conn", "pg")
    page.wait_for_function("() => window.aishell.state.conn === 'pg'")
    explain_in_page(page, JOINED)
    check_plan(page, api)
    assert page.is_visible(f"#plan li.node[data-path='{api['hottest'][0]['node']}'] .hot-badge")
    page.screenshot(path=str(tmp_path / "plan-postgres.png"))
    for lint in api["lints"]:
        follow_lint(page, lint)

    def rows() -> int:
        with psycopg.connect(pg_tables) as conn:
            found = conn.execute(f"SELECT count(*) FROM {EVENTS}").fetchone()
            return int(found[0]) if found else -1

    analyze_write_asks_first(page, rows, measured=True)
    # measured figures: actual rows against the estimate, and the time of each node
    figures = page.inner_text("#plan [role=tree]")
    assert "actual" in figures and " ms" in figures
    page.screenshot(path=str(tmp_path / "plan-postgres-analyzed.png"))
    assert not page.errors  # type: ignore[attr-defined]
    context.close()


def _duckdb(tmp_path: Path) -> Iterator[str]:
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "plan.duckdb"
    conn = duckdb.connect(str(path))
    for stmt in SCHEMA:
        conn.execute(stmt)
    conn.executemany(f"INSERT INTO {KINDS} VALUES (?, ?)", KIND_ROWS)
    conn.executemany(f"INSERT INTO {EVENTS} VALUES (?, ?, ?, ?)", EVENT_ROWS)
    conn.close()
    yield f"duckdb:///{path}"


def _mariadb(mysql_url: str) -> Iterator[str]:
    import pymysql

    from aishell.urls import DatabaseURL

    url = DatabaseURL.parse(mysql_url)
    conn = pymysql.connect(host=url.host, port=url.port or 3306, user=url.user, password="", database=url.database,
                           autocommit=True)  # fmt: skip
    try:
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {EVENTS}, {KINDS}")
            for stmt in SCHEMA:
                cur.execute(stmt.replace("TEXT NOT NULL", "VARCHAR(40) NOT NULL"))
            cur.executemany(f"INSERT INTO {KINDS} VALUES (%s, %s)", KIND_ROWS)
            cur.executemany(f"INSERT INTO {EVENTS} VALUES (%s, %s, %s, %s)", EVENT_ROWS)
            cur.execute(f"ANALYZE TABLE {KINDS}, {EVENTS}")
            cur.fetchall()
        yield mysql_url
        with conn.cursor() as cur:
            cur.execute(f"DROP TABLE IF EXISTS {EVENTS}, {KINDS}")
    finally:
        conn.close()


@pytest.mark.parametrize("engine", ["duckdb", "mariadb"])
def test_plan_tab_on_duckdb_and_mariadb(engine: str, plan_site, chromium, request: pytest.FixtureRequest,
                                        tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """The same page draws the other engines' plans from the same normalised tree."""
    url, tokens, _db = plan_site
    made = _duckdb(tmp_path) if engine == "duckdb" else _mariadb(request.getfixturevalue("mysql_url"))
    db_url = next(made)
    try:
        admin = Client(url, tokens["admin"])
        if not any(c["name"] == engine for c in admin.connections()):
            # DuckDB opens a file once per process with one configuration: the server's catalog
            # session is read-only, so the user's must be as well
            admin.add_connection(engine, db_url, read_only=engine == "duckdb")
        set_thresholds("large_table_rows = 4")
        # (InnoDB indexes a foreign key itself, so MariaDB looks the joined rows up: one table here)
        sql = JOINED if engine == "duckdb" else f"SELECT id, note FROM {EVENTS} WHERE code = 'c7'"
        api = Client(url, tokens["analyst"]).explain(sql, connection=engine)
        assert api["tree"] is not None and "seq-scan" in {x["code"] for x in api["lints"]}, api["lints"]
        context, page = login(chromium, url, tokens["analyst"], width=1280, height=640)
        page.select_option("#conn", engine)
        page.wait_for_function(f"() => window.aishell.state.conn === '{engine}'")
        explain_in_page(page, sql)
        check_plan(page, api)
        follow_lint(page, next(x for x in api["lints"] if x["code"] == "seq-scan"))
        page.screenshot(path=str(tmp_path / f"plan-{engine}.png"))
        assert not page.errors  # type: ignore[attr-defined]
        context.close()
    finally:
        next(made, None)
