"""CatalogRefresher: background loads, atomic snapshot swaps, coalescing, staleness, thread safety."""

from __future__ import annotations

import threading
import time

from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from aishell.engines.base import Catalog, ColumnInfo, TableInfo
from aishell.repl.completion import SQLCompleter
from aishell.repl.refresher import CatalogRefresher

TIMEOUT = 10.0


def catalog(*names: str) -> Catalog:
    return Catalog(tables=[TableInfo(n, columns=[ColumnInfo("id", "integer")]) for n in names])


class GatedLoader:
    """A loader that blocks until released, and records its calls."""

    def __init__(self, *results: Catalog | Exception) -> None:
        self.results = list(results)
        self.calls = 0
        self.started = threading.Semaphore(0)
        self.gate = threading.Semaphore(0)
        self.threads: list[str] = []

    def __call__(self) -> Catalog:
        self.calls += 1
        self.threads.append(threading.current_thread().name)
        self.started.release()
        assert self.gate.acquire(timeout=TIMEOUT), "loader was never released"
        result = self.results[min(self.calls, len(self.results)) - 1]
        if isinstance(result, Exception):
            raise result
        return result

    def wait_started(self) -> None:
        assert self.started.acquire(timeout=TIMEOUT), "loader did not start"

    def release(self, n: int = 1) -> None:
        for _ in range(n):
            self.gate.release()


def test_starts_empty_and_loads_in_the_background() -> None:
    ready: list[Catalog] = []
    cat = catalog("orders")
    r = CatalogRefresher(lambda: cat, on_ready=ready.append)
    assert r.catalog is None and r.get() is None and not r.loading
    r.refresh()
    assert r.wait(TIMEOUT)
    assert r.catalog is cat and r.get() is cat
    assert ready == [cat]
    assert r.loads == 1 and r.error is None and not r.loading


def test_refresh_returns_at_once_and_reading_never_blocks() -> None:
    loader = GatedLoader(catalog("orders"))
    r = CatalogRefresher(loader, thread_name="cat-loader")
    t0 = time.monotonic()
    r.refresh()
    loader.wait_started()
    assert time.monotonic() - t0 < 2.0
    assert r.loading
    assert r.catalog is None  # still loading: readers get the (empty) snapshot at once
    assert not r.wait(0.05)  # the load is in flight
    loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is not None and r.catalog.tables[0].name == "orders"
    assert loader.threads == ["cat-loader"]  # ran on the refresher's thread


def test_old_snapshot_stays_visible_until_the_new_one_is_ready() -> None:
    first, second = catalog("orders"), catalog("orders", "customers")
    loader = GatedLoader(first, second)
    r = CatalogRefresher(loader)
    r.refresh()
    loader.release()
    assert r.wait(TIMEOUT) and r.catalog is first
    r.refresh()
    loader.wait_started()
    loader.wait_started()  # the first load's start was never consumed above
    assert r.catalog is first
    loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is second


def test_concurrent_requests_are_coalesced_into_one_more_load() -> None:
    first, second = catalog("a"), catalog("b")
    loader = GatedLoader(first, second)
    r = CatalogRefresher(loader)
    r.refresh()
    loader.wait_started()
    for _ in range(10):  # e.g. a burst of DDL statements while loading
        r.refresh()
    loader.release()  # the first load finishes...
    loader.wait_started()  # ...and exactly one more starts
    assert r.catalog is first
    loader.release()
    assert r.wait(TIMEOUT)
    assert loader.calls == 2 and r.loads == 2
    assert r.catalog is second


def test_a_failed_load_keeps_the_old_snapshot_and_reports_the_error() -> None:
    good, newer = catalog("orders"), catalog("orders", "items")
    boom = RuntimeError("connection lost")
    errors: list[BaseException] = []
    loader = GatedLoader(good, boom, newer)
    r = CatalogRefresher(loader, on_error=errors.append)
    r.refresh()
    loader.release()
    assert r.wait(TIMEOUT) and r.catalog is good
    r.refresh()
    loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is good and r.error is boom and errors == [boom]
    r.refresh()
    loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is newer and r.error is None


def test_reset_drops_results_of_the_previous_loader() -> None:
    old_db, new_db = catalog("old_table"), catalog("new_table")
    old_loader = GatedLoader(old_db)
    r = CatalogRefresher(old_loader)
    r.refresh()
    old_loader.wait_started()
    r.reset(lambda: new_db)  # reconnected elsewhere while the old load runs
    assert r.catalog is None
    old_loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is new_db  # the stale result never became visible


def test_reset_without_refresh_and_set_catalog() -> None:
    r = CatalogRefresher(lambda: catalog("x"))
    r.refresh()
    assert r.wait(TIMEOUT) and r.catalog is not None
    r.reset(None, refresh=False)
    assert r.catalog is None
    r.refresh()  # no loader: nothing to do
    assert not r.loading and r.wait(TIMEOUT)
    given = catalog("given")
    r.set_catalog(given)
    assert r.catalog is given


def test_set_catalog_supersedes_a_load_in_flight() -> None:
    loader = GatedLoader(catalog("from_loader"))
    r = CatalogRefresher(loader)
    r.refresh()
    loader.wait_started()
    given = catalog("given")
    r.set_catalog(given)
    loader.release()
    assert r.wait(TIMEOUT)
    assert r.catalog is given


def test_close_stops_further_loads() -> None:
    calls: list[int] = []

    def load() -> Catalog:
        calls.append(1)
        return catalog("x")

    r = CatalogRefresher(load)
    r.close()
    r.refresh()
    assert r.wait(TIMEOUT)
    assert calls == [] and r.catalog is None


def test_a_failing_callback_does_not_kill_the_worker() -> None:
    def bad_callback(_c: Catalog) -> None:
        raise ValueError("callback bug")

    cats = iter([catalog("a"), catalog("b")])
    r = CatalogRefresher(lambda: next(cats), on_ready=bad_callback)
    r.refresh()
    assert r.wait(TIMEOUT)
    r.refresh()
    assert r.wait(TIMEOUT)
    assert r.catalog is not None and r.catalog.tables[0].name == "b"
    assert r.loads == 2


def test_many_threads_refreshing_at_once() -> None:
    counter = {"n": 0}
    lock = threading.Lock()
    active = {"now": 0, "max": 0}

    def load() -> Catalog:
        with lock:
            counter["n"] += 1
            n = counter["n"]
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
        time.sleep(0.002)
        with lock:
            active["now"] -= 1
        return catalog(f"t{n}")

    r = CatalogRefresher(load)
    barrier = threading.Barrier(16)

    def hammer() -> None:
        barrier.wait()
        for _ in range(50):
            r.refresh()
            _ = r.catalog  # readers never block

    threads = [threading.Thread(target=hammer) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    assert r.wait(TIMEOUT)
    assert active["max"] == 1  # never two loads at once
    assert 1 <= r.loads == counter["n"] < 16 * 50  # coalesced
    # the last load ran after the last request: the snapshot is the newest one
    assert r.catalog is not None and r.catalog.tables[0].name == f"t{counter['n']}"


def test_refresher_feeds_the_completer() -> None:
    loader = GatedLoader(catalog("orders", "order_items"))
    r = CatalogRefresher(loader)
    completer = SQLCompleter(r.get, "postgres")
    doc = Document("SELECT * FROM ord")
    r.refresh()
    loader.wait_started()
    assert list(completer.get_completions(doc, CompleteEvent())) == []  # loading: nothing, and no waiting
    loader.release()
    assert r.wait(TIMEOUT)
    assert [c.text for c in completer.get_completions(doc, CompleteEvent())] == ["orders", "order_items"]
