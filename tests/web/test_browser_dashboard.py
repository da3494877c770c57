"""The web console's Dashboard tab in Debian's Chromium (headless, driven by Playwright), on a
PostgreSQL database of its own: a health finding with its fix copied into the editor (never run),
the slow query's row with Explain and Advise, sessions appearing live over server-sent events with
the blocking tree, terminate through the confirmation dialog, and no cancel button for a viewer."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import Live
from .test_browser import ARGS, CHROMIUM, login
from .test_monitor_api import CALLS, monitored

playwright_sync = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    import uuid

    tag = uuid.uuid4().hex[:8]
    return {"hot": f"dash_hot_{tag}", "parent": f"dash_parent_{tag}", "child": f"dash_child_{tag}",
            "app": f"aishell-dash-{tag}"}  # fmt: skip


@pytest.fixture(scope="module")
def dash_site(pg_url: str, names: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    if not Path(CHROMIUM).exists():
        import os

        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    yield from monitored(pg_url, names, tmp_path_factory.mktemp("web-dash"))


@pytest.fixture(scope="module")
def chromium(dash_site: Live) -> Iterator[Any]:
    with playwright_sync.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def open_dashboard(chromium: Any, site: Live, role: str) -> tuple[Any, Any]:
    context, page = login(chromium, site.url, site.tokens[role])
    page.click("#tab-dashboard")
    assert page.get_attribute("#tab-dashboard", "aria-selected") == "true"
    assert page.is_visible("#panel-dashboard")
    return context, page


def hold(site: Live, app: str, sql: str | None = None) -> Any:
    """A session of the test's, named ``app``, idle in a transaction (``sql`` ran in it)."""
    import psycopg

    conn = psycopg.connect(site.db_url, application_name=app)
    conn.execute(sql or "SELECT 1")
    return conn


def figure(text: str) -> float:
    """A count as the dashboard shows it (1,234 or 12k or 3M) as a number."""
    scale = {"k": 1e3, "M": 1e6}.get(text[-1:], 1)
    return float(text.rstrip("kM").replace(",", "")) * scale


def row_of(page: Any, pid: int) -> str:
    return f"#activity-body tr[data-pid='{pid}']"


def test_health_finding_with_its_fix_into_the_editor(chromium: Any, dash_site: Live, names: dict[str, str]) -> None:
    context, page = open_dashboard(chromium, dash_site, "analyst")
    child = names["child"]
    finding = page.locator("#health-body section[data-severity=warning] li.finding", has_text=child)
    finding.wait_for()
    assert page.text_content("#health-worst") in ("warning", "critical")
    assert "has no index" in finding.inner_text() and "Deleting or updating a parent row" in finding.inner_text()
    fix = finding.locator(".fix pre").inner_text()
    assert fix.upper().startswith("CREATE INDEX") and child in fix
    finding.get_by_role("button", name="Copy fix to editor").click()
    assert page.evaluate("() => window.aishell.editor.state.doc.toString()") == fix
    # copied, never run: the child table still has only its primary key
    with dash_site.client("admin") as c:
        assert [i["name"] for i in c.table(child)["indexes"] if not i["primary"]] == []
    assert page.errors == []  # type: ignore[attr-defined]
    context.close()


def test_slow_query_row_explain_and_advise(chromium: Any, dash_site: Live, names: dict[str, str]) -> None:
    context, page = login(chromium, dash_site.url, dash_site.tokens["viewer"])
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=dash_site.url)
    # the first read (by total time) is held back until the user's order has been shown: its late
    # answer must not replace the table under the user's pointer
    held: list[Any] = []
    page.route(re.compile(r"/api/slow\?"), lambda route: held.append(route) if "order=total" in route.request.url
               and not held else route.continue_())  # fmt: skip
    page.click("#tab-dashboard")
    page.wait_for_function("() => document.querySelector('#slow-summary').textContent === 'reading…'")
    assert len(held) == 1
    hot = names["hot"]
    page.select_option("#slow-order", "calls")
    page.wait_for_function("() => document.querySelector('#slow-summary').textContent.endsWith(' by calls')")
    with page.expect_response(lambda r: "order=total" in r.url):
        held[0].continue_()
    page.wait_for_timeout(200)  # time for the late answer to be read (and dropped)
    assert page.text_content("#slow-summary").endswith(" by calls")  # type: ignore[union-attr]
    calls = [figure(c) for c in page.locator("#slow-body tbody tr td:first-child").all_inner_texts()]
    assert calls == sorted(calls, reverse=True) and len(calls) > 1
    row = page.locator("#slow-body tr", has_text=f"FROM {hot} WHERE a = $1")
    row.wait_for()
    cells = row.locator("td").all_inner_texts()
    assert cells[0] == str(CALLS) and cells[3] == f"{CALLS * 20:,}"
    assert row.locator("button", has_text="Explain").is_disabled()
    row.locator("button", has_text="Advise").click()
    assert page.evaluate("() => navigator.clipboard.readText()") == "aishell advise --workload"
    # a statement without placeholders goes to the Plan tab
    count = page.locator("#slow-body tr", has_text=f"SELECT count(*) FROM {hot}")
    count.locator("button", has_text="Explain").click()
    page.wait_for_selector("#plan .plan-tree")
    assert page.get_attribute("#tab-plan", "aria-selected") == "true"
    assert hot in page.inner_text("#plan .plan-tree")
    assert page.evaluate("() => window.aishell.editor.state.doc.toString()") == f"SELECT count(*) FROM {hot}"
    assert page.errors == []  # type: ignore[attr-defined]
    context.close()


def test_live_sessions_blocking_tree_and_no_cancel_for_a_viewer(chromium: Any, dash_site: Live,
                                                                names: dict[str, str]) -> None:  # fmt: skip
    import psycopg

    context, page = open_dashboard(chromium, dash_site, "viewer")
    page.wait_for_function("() => window.aishell.dash.events > 0")  # the stream is live
    holder = hold(dash_site, names["app"] + "-holder", f"UPDATE {names['hot']} SET a = a WHERE id = 1")
    waiter = psycopg.connect(dash_site.db_url, autocommit=True, application_name=names["app"] + "-waiter")
    wait = threading.Thread(target=lambda: waiter.execute(f"UPDATE {names['hot']} SET a = a WHERE id = 1"))
    wait.start()
    try:
        hpid, wpid = holder.info.backend_pid, waiter.info.backend_pid
        # both appear without a reload: the snapshots come over the event stream
        page.wait_for_selector(row_of(page, hpid))
        assert "idle in transaction" in page.inner_text(row_of(page, hpid))
        page.wait_for_selector(
            f"#activity-blocking [role=treeitem][data-pid='{hpid}'] [role=treeitem][data-pid='{wpid}']"
        )
        assert f"blocked by {hpid}" in page.inner_text(row_of(page, wpid))
        # the tree takes the keyboard, and keeps the focus while new snapshots arrive
        page.focus(f"#activity-blocking li[data-pid='{hpid}']")
        page.keyboard.press("ArrowDown")
        seen = page.evaluate("() => window.aishell.dash.events")
        page.wait_for_function(f"() => window.aishell.dash.events > {seen}")
        assert page.evaluate("() => document.activeElement.dataset.pid") == str(wpid)
        assert page.locator("#activity-body button").count() == 0  # a viewer gets no cancel button
        page.wait_for_selector("#tps svg polyline")
    finally:
        holder.rollback()
        wait.join(10)
        holder.close()
        waiter.close()
    page.wait_for_selector(row_of(page, hpid), state="detached")
    assert page.errors == []  # type: ignore[attr-defined]
    context.close()


def test_an_admin_terminates_a_session_after_confirming(chromium: Any, dash_site: Live, names: dict[str, str]) -> None:
    import psycopg

    context, page = open_dashboard(chromium, dash_site, "admin")
    held = hold(dash_site, names["app"] + "-end")
    pid = held.info.backend_pid
    try:
        page.wait_for_selector(row_of(page, pid))
        row = page.locator(row_of(page, pid))
        assert row.get_by_role("button", name=f"Cancel session {pid}'s statement").is_visible()
        row.get_by_role("button", name=f"Terminate session {pid}").click()
        page.wait_for_selector("#confirm-dialog:not([hidden])")
        assert f"End session {pid}?" in page.inner_text("#confirm-text")
        # refusing the dialog sends nothing
        page.click("#confirm-no")
        assert held.execute("SELECT 1").fetchone() == (1,)
        row.get_by_role("button", name=f"Terminate session {pid}").click()
        page.wait_for_selector("#confirm-dialog:not([hidden])")
        assert page.inner_text("#confirm-yes") == "End the session"
        page.click("#confirm-yes")
        page.wait_for_selector(row_of(page, pid), state="detached")
        with pytest.raises(psycopg.OperationalError):
            held.execute("SELECT 1")
    finally:
        held.close()
    assert f"session {pid} ended" in page.inner_text("#messages")
    assert page.errors == []  # type: ignore[attr-defined]
    context.close()
