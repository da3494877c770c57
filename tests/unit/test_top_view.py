"""``aishell top``'s formatting layer (``tui/view.py``) on synthetic snapshots: columns that fit
80 columns, the order and the filter, the blocking tree, sparklines; and the time to format and
draw 500 sessions (printed, never asserted: run with ``-s`` to read it)."""

from __future__ import annotations

import asyncio
import time

import pytest

from aishell.services.activity import Activity, Chain, Rates, SessionInfo
from aishell.tui import view


def _session(i: int, **kw: object) -> SessionInfo:
    base: dict[str, object] = {
        "id": 1000 + i,
        "user": f"user{i % 7}",
        "database": "shop",
        "client": f"10.0.0.{i % 250}:5{i:04d}",
        "application": "app",
        "state": ("active", "idle", "idle in transaction")[i % 3],
        "wait": "Lock:transactionid" if i % 5 == 0 else None,
        "duration_s": float(i),
        "xact_s": None,
        "query": f"SELECT * FROM orders WHERE customer_id = {i} AND status IN ('a', 'b') [x] " + "x" * 200,
    }
    base.update(kw)
    return SessionInfo(**base)  # type: ignore[arg-type]


def synthetic(n: int) -> Activity:
    sessions = [_session(i) for i in range(n)]
    sessions[1] = _session(1, blocked_by=[1000], state="active")
    sessions[2] = _session(2, blocked_by=[1001], state="active")
    blocking = [Chain(1000, [1001, 1002])]
    return Activity(time.time(), "PostgreSQL", "pg", sessions=sessions, blocking=blocking, version="16.2 (Debian)")


@pytest.mark.parametrize("width", [80, 120, 200])
def test_every_row_fits_the_terminal(width: int) -> None:
    cols, rows = view.rows(synthetic(50), width=width)
    assert sum(c.width + view.PADDING for c in cols) + 2 <= width  # the table plus its scrollbar
    assert [c.key for c in cols][:2] == ["id", "user"] and cols[-1].key == "query"
    assert ("database" in [c.key for c in cols]) is (width >= 110)
    for _key, cells in rows:
        assert all(len(text) <= c.width for text, c in zip(cells, cols, strict=True))
    assert len(rows) == 50 and rows[0][1][-1].startswith("SELECT * FROM orders")


def test_order_and_filter() -> None:
    found = synthetic(30)
    by_duration = view.ordered(found.sessions)
    assert [s.id for s in by_duration[:2]] == [1002, 1001]  # the blocked ones first, longest wait first
    groups = [[s for s in by_duration[2:] if (s.state == "idle") is idle] for idle in (False, True)]
    assert by_duration[2:] == groups[0] + groups[1]  # then the busy ones, then the idle ones
    for group in groups:
        times = [s.duration_s or 0 for s in group]
        assert times == sorted(times, reverse=True)  # each longest first
    by_state = view.ordered(found.sessions, sort="state")
    assert by_state[0].state == "active" and by_state[-1].state == "idle"
    assert [s.id for s in view.ordered(found.sessions, sort="id")] == sorted(s.id for s in found.sessions)
    assert [s.id for s in view.ordered(found.sessions, needle="customer_id = 17 ")] == [1017]
    user3 = [s.id for s in by_duration if s.user == "user3"]
    assert user3 and [s.id for s in view.ordered(found.sessions, needle="USER3")] == user3


def test_blocking_tree_nests_waiters_under_who_they_wait_for() -> None:
    lines = view.tree(synthetic(10), width=80)
    assert lines[0].startswith("■ 1000 user0 blocks 2:")
    assert lines[1].startswith("  └ 1001 waits") and lines[2].startswith("    └ 1002 waits")
    assert all(len(line) <= 80 for line in lines)
    assert view.tree(Activity(0, "x", "x"), width=80) == []


def test_header_meters_and_sparkline() -> None:
    found = synthetic(9)
    head = view.header(found, width=200, mode="read-only", paused=True)
    active = sum(s.state == "active" for s in found.sessions)
    idle_tx = sum(s.state == "idle in transaction" for s in found.sessions)
    assert head.startswith("[read-only] [paused] PostgreSQL 16.2 |")
    assert head.endswith(f"9 sessions: {active} active, {idle_tx} idle in tx, 2 blocked")
    assert len(view.header(found, width=40)) == 40
    history = view.History()
    for tps in (0.0, 5.0, 10.0):
        history.add(Rates(1.0, tps, None, tps / 10))
    assert view.sparkline(history.tps, 5) == "  ▁▅█"
    line = view.meters(history, width=80, sort="state", needle="abc")
    assert line.startswith("tps ") and "10.0" in line and "1.0ms" in line and line.endswith("↓state filter:abc")
    assert view.duration(4.25) == "4.2s" and view.duration(754) == "12m34" and view.duration(90061) == "1d01"


def test_formatting_and_drawing_500_sessions() -> None:
    found = synthetic(500)
    start = time.perf_counter()
    for _ in range(10):
        cols, rows = view.rows(found, width=80)
        view.tree(found, width=80)
    per_frame = (time.perf_counter() - start) / 10
    assert len(rows) == 500 and len(cols) == 6
    print(f"\nformatting 500 sessions at 80x24: {per_frame * 1000:.1f} ms per refresh")
    pytest.importorskip("textual")
    print(f"refreshing 500 sessions in a headless Textual app at 80x24: {asyncio.run(_draw(found)) * 1000:.1f} ms")


async def _draw(found: Activity) -> float:
    """The time to fill the table with ``found`` and render a frame, in a headless app."""
    from aishell.tui.top import SessionTable, TopApp

    app = TopApp(None, interval=3600)  # type: ignore[arg-type]  # no session: nothing polls
    app._tick = lambda: None  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        app._show(found)  # the first frame (styles, the table's columns)
        await pilot.pause()
        start = time.perf_counter()
        app._show(found)  # a refresh: the table refilled and redrawn
        await pilot.pause()
        took = time.perf_counter() - start
        assert app.query_one("#table", SessionTable).row_count == 500
    return took


def test_keys_filter_sort_pause_in_a_headless_app() -> None:
    pytest.importorskip("textual")
    asyncio.run(_keys(synthetic(40)))


async def _keys(found: Activity) -> None:
    from aishell.tui.top import SessionTable, TopApp

    app = TopApp(None, interval=3600)  # type: ignore[arg-type]  # no session: nothing polls
    app._tick = lambda: None  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        app._show(found)
        await pilot.pause()
        table = app.query_one("#table", SessionTable)
        assert table.row_count == 40 and app.selected() == 1002
        await pilot.press("down", "down")
        assert app.selected() == view.ordered(found.sessions)[2].id
        await pilot.press("slash", *"user3", "enter")
        assert app.needle == "user3" and table.row_count == sum(s.user == "user3" for s in found.sessions)
        await pilot.press("s")
        assert app.sort == "state"
        await pilot.press("slash", "escape")
        assert app.needle == "" and table.row_count == 40
        await pilot.press("p")
        assert app.paused and "[paused]" in str(app.query_one("#header").render())
        await pilot.press("end")
        assert app.selected() == view.ordered(found.sessions, sort="state")[-1].id
        await pilot.press("q")
    assert app.return_code == 0
