"""What ``aishell top`` shows, as plain text: the header, the sparklines, the sessions table's
columns and cells (cut to the terminal's width), the order and filter of its rows, and the
blocking tree.  No Textual here, so it is tested (and timed) without a terminal.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aishell.services.activity import Activity, Rates, SessionInfo

SPARKS = "▁▂▃▄▅▆▇█"
#: the orders ``s`` cycles through
SORTS = ("duration", "state", "id")
#: how states read in a narrow column
_SHORT_STATE = {
    "idle in transaction": "idle in tx",
    "idle in transaction (aborted)": "idle tx (abort)",
    "fastpath function call": "fastpath",
}
#: the order of states when sorting by state: the ones that matter first
_STATE_RANK = {"active": 0, "idle in transaction": 1, "idle in transaction (aborted)": 1, "idle": 3}


def cut(text: str, width: int) -> str:
    """``text`` on one line, at most ``width`` characters (an ellipsis marks the cut)."""
    flat = " ".join(text.split())
    if width <= 0:
        return ""
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def fit(line: str, width: int) -> str:
    """A prepared line (its spacing kept) cut to ``width`` characters."""
    if width <= 0:
        return ""
    return line if len(line) <= width else line[: width - 1] + "…"


def duration(seconds: float | None) -> str:
    """Short: ``0.4s``, ``42s``, ``12m05``, ``3h10``, ``2d04``; ``-`` for unknown."""
    if seconds is None:
        return "-"
    if seconds < 10:
        return f"{max(seconds, 0):.1f}s"
    whole = int(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m{whole % 60:02d}"
    if whole < 86400:
        return f"{whole // 3600}h{whole % 3600 // 60:02d}"
    return f"{whole // 86400}d{whole % 86400 // 3600:02d}"


def sparkline(values: Iterable[float | None], width: int) -> str:
    """The last ``width`` values as bars scaled to their maximum (a gap for an unknown one)."""
    shown = list(values)[-width:] if width > 0 else []
    known = [v for v in shown if v is not None]
    top = max(known, default=0.0)
    out = []
    for v in shown:
        if v is None:
            out.append(" ")
        elif top <= 0:
            out.append(SPARKS[0])
        else:
            out.append(SPARKS[min(len(SPARKS) - 1, int(v / top * (len(SPARKS) - 1) + 0.5))])
    return "".join(out).rjust(width)


class History:
    """The rates of the last ``size`` polls, for the sparklines."""

    def __init__(self, size: int = 60) -> None:
        self.tps: deque[float | None] = deque(maxlen=size)
        self.latency: deque[float | None] = deque(maxlen=size)
        self.last: Rates | None = None

    def add(self, rates: Rates) -> None:
        self.last = rates
        self.tps.append(rates.qps if rates.qps is not None else rates.tps)
        self.latency.append(rates.latency_ms)

    @property
    def label(self) -> str:
        """``qps`` where the engine counts statements, else ``tps``."""
        return "qps" if self.last is not None and self.last.qps is not None else "tps"


# --------------------------------------------------------------------------- the table
@dataclass(frozen=True)
class Column:
    key: str
    label: str
    width: int


#: each DataTable column costs its width plus one cell of padding on either side
PADDING = 2


def columns(width: int) -> list[Column]:
    """The table's columns for a terminal ``width`` wide: at 80 columns the id, user, state, wait,
    time and query; wider, the database and the client too; the query takes what is left."""
    cols = [Column("id", "PID", 7), Column("user", "USER", 8)]
    if width >= 110:
        cols += [Column("database", "DB", 10), Column("client", "CLIENT", 15)]
    cols += [Column("state", "STATE", 10), Column("wait", "WAIT", 10 if width < 110 else 16), Column("time", "TIME", 6)]
    used = sum(c.width + PADDING for c in cols) + PADDING + 2  # the query's padding and the scrollbar
    cols.append(Column("query", "QUERY", max(10, width - used)))
    return cols


def labels(cols: Sequence[Column]) -> str:
    """The table's heading line, aligned with its rows."""
    return "".join(" " + c.label.ljust(c.width) + " " for c in cols)


def _state_text(s: SessionInfo) -> str:
    mark = "!" if s.blocked_by else ""
    return mark + _SHORT_STATE.get(s.state, s.state)


def cells(s: SessionInfo, cols: Sequence[Column]) -> tuple[str, ...]:
    """One row of the table, each cell cut to its column."""
    values = {
        "id": str(s.id),
        "user": s.user or "",
        "database": s.database or "",
        "client": s.client or "",
        "state": _state_text(s),
        "wait": s.wait or "",
        "time": duration(s.duration_s),
        "query": s.query,
    }
    return tuple(cut(values[c.key], c.width) for c in cols)


def matches(s: SessionInfo, needle: str) -> bool:
    """Whether the filter ``needle`` (case-insensitive) is in any of the session's fields."""
    if not needle:
        return True
    hay = " ".join(str(v or "") for v in (s.id, s.user, s.database, s.client, s.application, s.state, s.wait, s.query))
    return needle.lower() in hay.lower()


def ordered(sessions: Iterable[SessionInfo], *, sort: str = "duration", needle: str = "") -> list[SessionInfo]:
    """The sessions to show: those matching ``needle``, by ``sort`` (``duration``: longest
    first, blocked ones ahead; ``state``: active, idle in transaction, others, idle; ``id``)."""
    kept = [s for s in sessions if matches(s, needle)]
    if sort == "id":
        return sorted(kept, key=lambda s: s.id)
    if sort == "state":
        return sorted(kept, key=lambda s: (_STATE_RANK.get(s.state, 2), s.state, -(s.duration_s or 0), s.id))
    return sorted(kept, key=lambda s: (not s.blocked_by, s.state == "idle", -(s.duration_s or 0), s.id))


def rows(
    activity: Activity, *, width: int, sort: str = "duration", needle: str = ""
) -> tuple[list[Column], list[tuple[str, tuple[str, ...]]]]:
    """The columns for ``width`` and the table's rows: (key, cells), the key being the session id."""
    cols = columns(width)
    return cols, [(str(s.id), cells(s, cols)) for s in ordered(activity.sessions, sort=sort, needle=needle)]


# --------------------------------------------------------------------------- header and tree
def uptime(seconds: float | None) -> str:
    return "" if seconds is None else f"up {duration(seconds)}"


def header(activity: Activity | None, *, width: int, mode: str = "", paused: bool = False) -> str:
    """The first line: the mode (``[read-only]``, ``[paused]``) first, so that it is never cut,
    then the server, its version and uptime, and the sessions by state."""
    if activity is None:
        return cut("aishell top: connecting…", width)
    sessions = activity.sessions
    active = sum(1 for s in sessions if s.state == "active")
    idle_tx = sum(1 for s in sessions if s.state.startswith("idle in transaction"))
    blocked = sum(1 for s in sessions if s.blocked_by)
    parts = [
        f"{activity.engine} {(activity.version or '').split(' ')[0]}".strip(),
        uptime(activity.uptime_s),
        f"{len(sessions)} sessions: {active} active, {idle_tx} idle in tx, {blocked} blocked",
    ]
    flags = [f for f in (f"[{mode}]" if mode else "", "[paused]" if paused else "") if f]
    return cut(" ".join([*flags, " | ".join(p for p in parts if p)]), width)


def meters(history: History, *, width: int, sort: str, needle: str) -> str:
    """The second line: throughput and mean latency sparklines with their last values, the order
    and the filter."""
    last = history.last
    rate = None if last is None else (last.qps if last.qps is not None else last.tps)
    latency = None if last is None else last.latency_ms
    spark = 16 if width >= 100 else 8
    rate_text = "-" if rate is None else f"{rate:.1f}"
    latency_text = "-" if latency is None else f"{latency:.1f}ms"
    line = (
        f"{history.label} {sparkline(history.tps, spark)} {rate_text:>6}  "
        f"lat {sparkline(history.latency, spark)} {latency_text:>7}  ↓{sort}"
    )
    if needle:
        line += f" filter:{needle}"
    return fit(line, width)


def tree(activity: Activity | None, *, width: int, limit: int = 6) -> list[str]:
    """The blocking tree: each root blocker, then the sessions behind it, indented under the one
    they wait for; at most ``limit`` lines."""
    if activity is None or not activity.blocking:
        return []
    by_id = {s.id: s for s in activity.sessions}
    out: list[str] = []
    for chain in activity.blocking:
        root = by_id.get(chain.root)
        what = f"{_state_text(root)} {duration(root.duration_s)} {root.query}" if root else ""
        out.append(cut(f"■ {chain.root} {root.user if root else ''} blocks {len(chain.waiters)}: {what}", width))
        members = {chain.root, *chain.waiters}
        children: dict[int, list[int]] = {}
        for sid in chain.waiters:  # each waiter under the first session of the chain it waits for
            s = by_id.get(sid)
            parent = next((b for b in (s.blocked_by if s else []) if b in members and b != sid), chain.root)
            children.setdefault(parent, []).append(sid)
        seen = {chain.root}
        todo = [(sid, 1) for sid in reversed(children.get(chain.root, []))]
        while todo:
            sid, level = todo.pop()
            if sid in seen:
                continue
            seen.add(sid)
            s = by_id.get(sid)
            waited = f"waits {duration(s.duration_s)} " if s else ""
            out.append(fit(f"{'  ' * level}└ {sid} {waited}{s.query if s else ''}", width))
            todo += [(c, level + 1) for c in reversed(children.get(sid, []))]
        out += [fit(f"  └ {sid}", width) for sid in chain.waiters if sid not in seen]  # (in a cycle)
    if len(out) > limit:
        out = [*out[: limit - 1], f"… {len(out) - limit + 1} more lines"]
    return out
