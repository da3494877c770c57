"""``aishell top``: the live activity dashboard (Textual).

Every ``interval`` seconds a poll thread takes a snapshot (:func:`aishell.services.activity.snapshot`)
on the one session the command opened; a poll still running when the next is due is not doubled
(slow polls never pile up) and the interface never waits for the database.  The screen: the
server and the sessions by state, throughput and mean latency sparklines from successive
snapshots, the sessions table (sorted, filtered, its columns cut to the terminal) and the
blocking tree.  ``c`` and ``k`` ask the session's gate first: a refusal is shown as it is, a
confirmation is asked in a dialog, then the service acts with that consent.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Size
from textual.screen import ModalScreen
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Footer, Input, Static

from aishell.errors import AishellError
from aishell.services import activity as service
from aishell.services.policy import Verdict
from aishell.tui import view

if TYPE_CHECKING:
    from aishell.services.activity import Activity
    from aishell.services.session import Session


_STATE_STYLES = {"blocked": Style(color="red", bold=True), "idle in tx": Style(color="yellow"),
                 "active": Style(color="green")}  # fmt: skip


def _style(state: str) -> Style | None:
    """A state cell's colour: blocked red, idle in a transaction yellow, active green."""
    if state.startswith("!"):
        return _STATE_STYLES["blocked"]
    if state.startswith(("idle in", "idle tx")):
        return _STATE_STYLES["idle in tx"]
    return _STATE_STYLES["active"] if state == "active" else None


class SessionTable(ScrollView, can_focus=True):
    """The sessions, one line each, drawn line by line (Textual's line API): a refresh replaces
    a list of strings, and only the rows on screen are ever rendered, so 500 sessions cost what
    20 do.  (A DataTable measures every cell of every row it is given.)"""

    DEFAULT_CSS = "SessionTable { height: 1fr; }"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "edge(False)", show=False),
        Binding("end", "edge(True)", show=False),
    ]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.keys: list[str] = []
        self.cells: list[tuple[str, ...]] = []
        self.cursor = 0

    @property
    def row_count(self) -> int:
        return len(self.keys)

    @property
    def selected(self) -> str | None:
        return self.keys[self.cursor] if 0 <= self.cursor < len(self.keys) else None

    def show(self, columns: list[view.Column], rows: list[tuple[str, tuple[str, ...]]]) -> None:
        """Replace the rows, keeping the cursor on the same session when it is still there."""
        chosen = self.selected
        self.columns = columns
        self.keys = [k for k, _ in rows]
        self.cells = [c for _, c in rows]
        if chosen in self.keys:
            self.cursor = self.keys.index(chosen)
        self.cursor = max(0, min(self.cursor, len(self.keys) - 1))
        self.virtual_size = Size(sum(c.width + view.PADDING for c in columns), len(self.keys))
        self._follow()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.rich_style
        if index >= len(self.cells):
            return Strip.blank(width, base)
        cursor = index == self.cursor
        segments = []
        for col, text in zip(self.columns, self.cells[index], strict=False):
            style = base + (_style(text) or Style()) if col.key == "state" else base
            if cursor:
                style += Style(reverse=True)
            segments.append(Segment(" " + text.ljust(col.width) + " ", style))
        strip = Strip(segments).crop_extend(scroll_x, scroll_x + width, base + Style(reverse=True) if cursor else base)
        return strip

    def _follow(self) -> None:
        top, height = self.scroll_offset.y, max(1, self.size.height)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    def _go(self, row: int) -> None:
        self.cursor = max(0, min(row, len(self.keys) - 1))
        self._follow()
        self.refresh()

    def action_move(self, delta: int) -> None:
        self._go(self.cursor + delta)

    def action_page(self, direction: int) -> None:
        self._go(self.cursor + direction * max(1, self.size.height - 1))

    def action_edge(self, end: bool) -> None:
        self._go(len(self.keys) - 1 if end else 0)

    def on_click(self, event: events.Click) -> None:
        self._go(self.scroll_offset.y + event.y)


class Confirm(ModalScreen[bool]):
    """Yes or no to one question."""

    DEFAULT_CSS = """
    Confirm { align: center middle; }
    #dialog { width: 70; max-width: 100%; height: auto; border: thick $error; background: $surface; padding: 0 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n", "answer(False)", "No"),
        Binding("escape", "answer(False)", "No", show=False),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Static(Content(self.question), id="question")
            yield Static("y: yes   n: no", id="answers")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class TopApp(App[int]):
    """The dashboard over one session."""

    TITLE = "aishell top"
    ENABLE_COMMAND_PALETTE = False
    CSS = """
    #header, #meters { height: 1; }
    #status { height: auto; max-height: 3; }
    #columns { height: 1; text-style: bold; }
    #tree { height: auto; max-height: 7; color: $warning; }
    #status { color: $text-muted; }
    #filter { display: none; height: 3; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("c", "cancel", "Cancel"),
        Binding("k", "terminate", "Kill"),
        Binding("slash", "filter", "Filter"),
        Binding("p", "pause", "Pause"),
        Binding("s", "sort", "Sort"),
    ]

    def __init__(self, session: Session, *, interval: float = 1.0, mode: str = "") -> None:
        super().__init__()
        self.session = session
        self.interval = interval
        self.mode = mode
        self.lock = threading.Lock()  # one statement at a time on the session
        self.activity: Activity | None = None
        self.previous: Activity | None = None
        self.history = view.History()
        self.sort = view.SORTS[0]
        self.needle = ""
        self.paused = False
        self.polling = False

    # ---- layout
    def compose(self) -> ComposeResult:
        yield Static(Content(view.header(None, width=80)), id="header")
        yield Static("", id="meters")
        yield Static("", id="columns")
        yield SessionTable(id="table")
        yield Static("", id="tree")
        yield Static("", id="status")
        yield Input(placeholder="filter: text in any column (Enter keeps it, Escape clears it)", id="filter")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#table", SessionTable).focus()
        self._draw()
        self._tick()
        self.set_interval(self.interval, self._tick)

    def on_resize(self) -> None:
        self._draw()

    # ---- polling (a thread of its own; at most one at a time)
    def _tick(self) -> None:
        if self.paused or self.polling:
            return
        self.polling = True
        threading.Thread(target=self._poll, name="aishell-top-poll", daemon=True).start()

    def _poll(self) -> None:
        try:
            with self.lock:
                taken = service.snapshot(self.session, include_own=False)
        except Exception as exc:  # shown on the status line; the next poll tries again
            self._later(self._failed, exc)
        else:
            self._later(self._show, taken)
        finally:
            self.polling = False

    def _later(self, fn: Any, *args: Any) -> None:
        try:
            self.call_from_thread(fn, *args)
        except RuntimeError:  # the app has gone
            pass

    def _show(self, taken: Activity) -> None:
        if self.activity is not None:
            self.previous = self.activity
            self.history.add(service.rates(self.previous, taken))
        self.activity = taken
        if not taken.supported:
            self._say("; ".join(taken.notes))
        self._draw()

    def _failed(self, exc: BaseException) -> None:
        text = exc.one_line() if isinstance(exc, AishellError) else f"{type(exc).__name__}: {exc}"
        self._say(f"poll failed: {text}")

    # ---- drawing
    def _draw(self) -> None:
        width = self.size.width or 80
        self.query_one("#header", Static).update(
            Content(view.header(self.activity, width=width, mode=self.mode, paused=self.paused))
        )
        self.query_one("#meters", Static).update(
            Content(view.meters(self.history, width=width, sort=self.sort, needle=self.needle))
        )
        self._fill(width)
        lines = view.tree(self.activity, width=width)
        tree = self.query_one("#tree", Static)
        tree.update(Content("\n".join(lines)))
        tree.display = bool(lines)

    def _fill(self, width: int) -> None:
        data: list[tuple[str, tuple[str, ...]]] = []
        if self.activity is None:
            cols = view.columns(width)
        else:
            cols, data = view.rows(self.activity, width=width, sort=self.sort, needle=self.needle)
        self.query_one("#columns", Static).update(Content(view.fit(view.labels(cols), width)))
        self.query_one("#table", SessionTable).show(cols, data)

    def selected(self) -> int | None:
        """The session id of the highlighted row."""
        key = self.query_one("#table", SessionTable).selected
        return int(key) if key is not None else None

    def _say(self, text: str) -> None:
        self.query_one("#status", Static).update(Content(" ".join(text.split())))  # wraps to 3 lines at most

    # ---- keys
    def action_pause(self) -> None:
        self.paused = not self.paused
        self._draw()

    def action_sort(self) -> None:
        self.sort = view.SORTS[(view.SORTS.index(self.sort) + 1) % len(view.SORTS)]
        self._draw()

    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.value = self.needle
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.needle = event.value.strip()
        self._draw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._close_filter(keep=True)

    def on_key(self, event: Any) -> None:
        if event.key == "escape" and self.query_one("#filter", Input).display:
            self._close_filter(keep=False)
            event.stop()

    def _close_filter(self, *, keep: bool) -> None:
        box = self.query_one("#filter", Input)
        if not keep:
            self.needle = ""
        box.display = False
        self.query_one("#table", SessionTable).focus()
        self._draw()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # while the filter is typed, its letters are text, not commands
        if action in ("quit", "cancel", "terminate", "pause", "sort", "filter") and self.focused is not None:
            return not isinstance(self.focused, Input)
        return True

    def action_cancel(self) -> None:
        self._ask(terminate=False)

    def action_terminate(self) -> None:
        self._ask(terminate=True)

    def _ask(self, *, terminate: bool) -> None:
        sid = self.selected()
        if sid is None:
            self._say("no session selected")
            return
        try:
            decision = service.decide(self.session, sid, terminate=terminate).decision
        except AishellError as exc:
            self._say(exc.one_line())
            return
        if decision.verdict is Verdict.REFUSE:
            self._say(f"refused: {decision.message}")
            return
        if decision.verdict is Verdict.CONFIRM:
            what = "End session" if terminate else "Cancel the running statement of session"
            self.push_screen(
                Confirm(f"{what} {sid}?\n({decision.message})"),
                lambda yes: self._confirmed(bool(yes), sid, terminate),
            )
            return
        self._confirmed(True, sid, terminate)  # the policy asks for no consent

    def _confirmed(self, yes: bool, sid: int, terminate: bool) -> None:
        word = "terminate" if terminate else "cancel"
        if not yes:
            self._say(f"{word} of session {sid}: not confirmed, nothing done")
            return
        self._say(f"{word} of session {sid}: sending…")
        threading.Thread(target=self._act, args=(sid, terminate), name="aishell-top-act", daemon=True).start()

    def _act(self, sid: int, terminate: bool) -> None:
        word = "terminate" if terminate else "cancel"
        try:
            with self.lock:
                act = service.terminate if terminate else service.cancel
                sent = act(self.session, sid, assume_yes=True)  # the consent was asked above
        except AishellError as exc:
            text = f"{word} of session {sid} failed: {exc.one_line()}"
        else:
            text = f"{word} sent to session {sid}" if sent else f"no session {sid} (it may have ended)"
        self._later(self._say, text)


def run(session: Session, *, interval: float = 1.0, mode: str = "") -> int:
    """Run the dashboard until ``q``; its exit code.  The session is closed afterwards (a poll
    still running is cancelled first)."""
    app = TopApp(session, interval=interval, mode=mode)
    try:
        code = app.run()
    finally:
        if not app.lock.acquire(timeout=0.5):
            session.cancel()
            app.lock.acquire(timeout=2)
        session.close()
    return int(code or 0)
