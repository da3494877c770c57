"""The web console in Debian's Chromium, driven by Playwright (headless; no browser is downloaded)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from aishell.client import Client
from aishell.connections import Target
from aishell.state import StateStore
from aishell.urls import DatabaseURL

from .conftest import fill, make_tokens, serve

playwright_sync = pytest.importorskip("playwright.sync_api")

CHROMIUM = os.environ.get("AISHELL_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
BIG = 100_000

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    base = tmp_path_factory.mktemp("web-e2e")
    db = base / "shop.db"
    conn = sqlite3.connect(db)
    fill(conn.execute)
    conn.execute("CREATE TABLE big (n INTEGER PRIMARY KEY, label TEXT, amount REAL)")
    conn.executemany("INSERT INTO big VALUES (?, ?, ?)", ((i, f"row {i}", i * 1.5) for i in range(1, BIG + 1)))
    conn.commit()
    conn.close()
    state = StateStore(base / "state.db")
    tokens = make_tokens(state)
    target = Target(DatabaseURL.parse(f"sqlite:///{db}"), "shop", "--db")
    for url, _app in serve([target], state):
        yield url, tokens
    state.close()


@pytest.fixture(scope="module")
def browser(site: tuple[str, dict[str, str]]) -> Iterator[object]:
    with playwright_sync.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def login(browser, url: str, token: str, width: int = 1280, height: int = 800):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(url + "/")
    assert page.url.endswith("/login")
    page.fill("#token", token)
    page.click("button[type=submit]")
    page.wait_for_url(url + "/")
    page.wait_for_selector("#tree li")
    page.errors = errors  # type: ignore[attr-defined]
    return context, page


def type_sql(page, sql: str) -> None:  # type: ignore[no-untyped-def]
    page.click(".cm-content")
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(sql)


def run(page, sql: str) -> None:  # type: ignore[no-untyped-def]
    type_sql(page, sql)
    page.keyboard.press("Control+Enter")
    page.wait_for_function("() => !window.aishell.state.running && document.querySelector('#run').disabled === false")


def test_query_scroll_sort_and_download(site, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens = site
    context, page = login(browser, url, tokens["analyst"])
    assert "customers" in page.inner_text("#tree")
    page.click("#tree >> text=main.orders")
    tree = page.inner_text("#tree")
    assert "customer_id" in tree and "PK" in tree and "FK" in tree and "orders_customer" in tree
    run(page, "select * from big")
    page.wait_for_function(f"() => document.querySelector('#status').textContent.startsWith('{BIG} rows')")
    assert page.inner_text("#grid .head").split() [:4] == ["#", "n", "label", "amount"]
    page.screenshot(path=str(tmp_path / "01-results.png"))
    # the grid renders only the visible rows, and scrolls to the end
    rendered = page.eval_on_selector_all("#grid .r", "rs => rs.length")
    assert 10 < rendered < 80
    page.eval_on_selector("#grid", "g => { g.scrollTop = g.scrollHeight; }")
    page.wait_for_function(f"() => [...document.querySelectorAll('#grid .r .rownum')].some(c => c.textContent === '{BIG}')")
    page.eval_on_selector("#grid", "g => { g.scrollTop = g.scrollHeight / 2; }")
    page.wait_for_function("() => [...document.querySelectorAll('#grid .r .rownum')].some(c => c.textContent === '50000')")
    assert page.eval_on_selector_all("#grid .r", "rs => rs.length") < 80
    page.screenshot(path=str(tmp_path / "02-scrolled.png"))
    # sorting by a column (descending on the second click)
    page.eval_on_selector("#grid", "g => { g.scrollTop = 0; }")
    page.click("#grid .head .cell:nth-child(2)")
    page.click("#grid .head .cell:nth-child(2)")
    page.wait_for_function(f"() => document.querySelector('#grid .r .cell:nth-child(2)').textContent === '{BIG}'")
    # CSV download of the last result
    run(page, "select id, name, city from customers order by id")
    page.wait_for_function("() => document.querySelector('#status').textContent.startsWith('30 rows')")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    page.click("#copy")
    copied = page.evaluate("() => navigator.clipboard.readText()").splitlines()
    assert copied[0] == "id\tname\tcity" and copied[1] == "1\tcustomer 1\tLyon" and len(copied) == 31
    with page.expect_download() as info:
        page.click("#csv")
    target = tmp_path / "customers.csv"
    info.value.save_as(target)
    lines = target.read_text().splitlines()
    assert lines[0] == "id,name,city" and lines[1] == "1,customer 1,Lyon" and len(lines) == 31
    # explain shows a plan tree
    type_sql(page, "select * from orders where customer_id = 3")
    page.click("#explain")
    page.wait_for_selector("#plan .node")
    assert "orders" in page.inner_text("#plan")
    page.screenshot(path=str(tmp_path / "03-plan.png"))
    assert not page.errors  # type: ignore[attr-defined]
    context.close()


def test_ask_shows_sql_and_risk_then_confirm_runs_it(site, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens = site
    context, page = login(browser, url, tokens["viewer"])
    page.fill("#question", "how many customers are there?")
    page.press("#question", "Enter")
    page.wait_for_selector("#answer:not([hidden])")
    assert "customers" in page.inner_text("#answer-sql").lower()
    assert page.inner_text("#risk").lower() == "read"
    assert page.eval_on_selector_all("#grid .r", "rs => rs.length") == 0  # nothing ran yet
    page.screenshot(path=str(tmp_path / "04-ask.png"))
    page.click("#confirm")
    page.wait_for_function("() => document.querySelector('#status').textContent.startsWith('1 row')")
    assert page.is_disabled("#confirm") and "Ran at" in page.inner_text("#answer")
    assert page.inner_text("#grid .r .cell:nth-child(2)") == "30"
    page.screenshot(path=str(tmp_path / "05-ask-ran.png"))
    context.close()


def test_viewer_cannot_write(site, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens = site
    context, page = login(browser, url, tokens["viewer"])
    run(page, "delete from items")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('Refused')")
    assert "read-only" in page.inner_text("#grid")
    page.screenshot(path=str(tmp_path / "06-viewer-refused.png"))
    assert Client(url, tokens["admin"]).query("select count(*) from items").rows == [[5]]
    context.close()


def test_analyst_confirms_a_write_dark_theme_laptop(site, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens = site
    context, page = login(browser, url, tokens["analyst"], width=1366, height=768)
    page.click("#theme")
    assert page.get_attribute("html", "data-theme") in ("dark", "light")
    if page.get_attribute("html", "data-theme") != "dark":
        page.click("#theme")
    type_sql(page, "update items set label = 'renamed' where id = 3")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#confirm-dialog:not([hidden])")
    assert "UPDATE" in page.inner_text("#confirm-dialog")
    page.screenshot(path=str(tmp_path / "07-confirm-dark.png"))
    page.click("#confirm-yes")
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('affected')")
    assert Client(url, tokens["admin"]).query("select label from items where id = 3").rows == [["renamed"]]
    page.click("#tab-history")
    page.wait_for_selector("#history li")
    assert "renamed" in page.inner_text("#history")
    page.screenshot(path=str(tmp_path / "08-history-dark.png"))
    context.close()


def test_plan_tree_with_costs_on_postgres(site, browser, pg_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, tokens = site
    admin = Client(url, tokens["admin"])
    if not any(c["name"] == "pg" for c in admin.connections()):
        admin.add_connection("pg", pg_url)
    context, page = login(browser, url, tokens["viewer"])
    page.select_option("#conn", "pg")
    type_sql(page, "select g.i, count(*) from generate_series(1, 1000) g(i) "
                   "join generate_series(1, 100) h(j) on g.i = h.j group by g.i order by 2 desc")
    page.keyboard.press("Control+Shift+E")
    page.wait_for_selector("#plan .node .cost")
    text = page.inner_text("#plan")
    assert "Join" in text and "cost" in text and "rows" in text
    assert page.eval_on_selector_all("#plan .node", "ns => ns.length") >= 4  # a tree, not one line
    page.screenshot(path=str(tmp_path / "09-plan-postgres.png"))
    context.close()
