"""Load the catalog in the background and publish it as an immutable snapshot.

The completer reads :attr:`CatalogRefresher.catalog` on every key press; it
must never wait for the database.  A refresher therefore

* runs the loader on a daemon thread (:meth:`CatalogRefresher.refresh`);
* swaps the new snapshot in with one reference assignment when the load
  succeeds (readers see the old catalog or the new one, never a mix);
* coalesces requests: refreshes asked for while a load runs cause exactly one
  more load after it (the newest state wins), not one load per request;
* drops results that became stale because :meth:`reset` switched the loader
  (a new connection) while they were loading.

The loader runs on the refresher's thread: give it its own connection, or a
callable that is safe to run next to the REPL's statements.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from aishell.engines.base import Catalog

Loader = Callable[[], Catalog]


class CatalogRefresher:
    """Background catalog loading with atomic snapshot swaps."""

    def __init__(
        self,
        load: Loader | None = None,
        *,
        on_ready: Callable[[Catalog], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        thread_name: str = "aishell-catalog",
    ) -> None:
        self._load = load
        self._on_ready = on_ready
        self._on_error = on_error
        self._thread_name = thread_name
        self._cond = threading.Condition(threading.Lock())
        self._catalog: Catalog | None = None
        self._error: BaseException | None = None
        self._pending = False  # another load was asked for
        self._running = False  # a worker thread is alive
        self._generation = 0  # bumped by reset(): older results are dropped
        self._loads = 0  # loads started (for tests and diagnostics)
        self._closed = False

    # ---- reading (never blocks on a load)
    @property
    def catalog(self) -> Catalog | None:
        """The current snapshot; ``None`` until the first load succeeds."""
        return self._catalog

    def get(self) -> Catalog | None:
        """Same as :attr:`catalog`, shaped for ``SQLCompleter(get_catalog=...)``."""
        return self._catalog

    @property
    def error(self) -> BaseException | None:
        """The exception of the last failed load (cleared by a successful one)."""
        return self._error

    @property
    def loading(self) -> bool:
        with self._cond:
            return self._running

    @property
    def loads(self) -> int:
        """How many loads have started."""
        with self._cond:
            return self._loads

    # ---- control
    def refresh(self) -> None:
        """Ask for a (re)load, e.g. at start-up or after DDL.  Returns at once."""
        with self._cond:
            if self._closed or self._load is None:
                return
            self._pending = True
            if self._running:
                return  # the running worker will load once more
            self._running = True
        thread = threading.Thread(target=self._work, name=self._thread_name, daemon=True)
        thread.start()

    def reset(self, load: Loader | None, *, refresh: bool = True) -> None:
        """Switch to another loader (a new connection): forget the snapshot and reload."""
        with self._cond:
            self._load = load
            self._generation += 1
            self._catalog = None
            self._error = None
        if refresh:
            self.refresh()

    def set_catalog(self, catalog: Catalog | None) -> None:
        """Publish a snapshot obtained elsewhere (and supersede loads in flight)."""
        with self._cond:
            self._generation += 1
            self._catalog = catalog

    def wait(self, timeout: float | None = None) -> bool:
        """Block until no load is running or pending; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._running, timeout)

    def close(self) -> None:
        """Stop after the current load; further refreshes do nothing."""
        with self._cond:
            self._closed = True
            self._pending = False

    # ---- worker
    def _work(self) -> None:
        try:
            self._loop()
        except BaseException:
            with self._cond:  # the loader raised something fatal (SystemExit ...)
                self._running = False
                self._cond.notify_all()
            raise

    def _loop(self) -> None:
        while True:
            with self._cond:
                if not self._pending or self._closed or self._load is None:
                    # decided under the lock: a refresh() racing with this exit
                    # either came before (pending: we loop) or starts a new worker
                    self._running = False
                    self._cond.notify_all()
                    return
                self._pending = False
                generation = self._generation
                load = self._load
                self._loads += 1
            catalog: Catalog | None = None
            error: BaseException | None = None
            try:
                catalog = load()
            except Exception as exc:
                error = exc
            with self._cond:
                current = generation == self._generation
                if current:
                    if error is None:
                        self._catalog = catalog
                        self._error = None
                    else:
                        self._error = error
            if current:
                self._notify(catalog, error)

    def _notify(self, catalog: Catalog | None, error: BaseException | None) -> None:
        try:
            if error is None and catalog is not None and self._on_ready is not None:
                self._on_ready(catalog)
            elif error is not None and self._on_error is not None:
                self._on_error(error)
        except Exception:  # noqa: S110 - a failing callback must not kill the worker
            pass
