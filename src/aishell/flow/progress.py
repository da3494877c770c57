"""The progress display of ``aishell flow run`` and ``resume``.

On a terminal (stderr) a live list of the steps that started, each with its state and time,
redrawn in place; elsewhere one line per step event, so logs and scripts read them.
"""

from __future__ import annotations

import sys
import time
from typing import IO

from aishell.flow.runner import Event

_MARK = {"started": "..", "ok": "ok", "failed": "!!", "retry": "~~", "skipped": "--", "blocked": "--",
         "interrupted": "^C"}  # fmt: skip


class Progress:
    def __init__(self, stream: IO[str] | None = None, *, live: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = live if live is not None else _isatty(self.stream)
        self._rows: dict[str, tuple[str, float, str]] = {}  # step -> (state, since, detail)
        self._drawn = 0

    def __call__(self, event: Event) -> None:
        detail = event.detail
        if event.kind == "started" and event.attempt > 1:
            detail = f"attempt {event.attempt}"
        elif event.kind == "ok":
            detail = f"{event.seconds or 0:.2f}s" + (f", {event.rows} rows" if event.rows is not None else "")
        self._rows[event.step] = (event.kind, time.monotonic(), detail)
        if self.live:
            self._draw()
        else:
            self._write(_line(event) + "\n")

    def tick(self) -> None:
        if self.live and any(state == "started" for state, _t, _d in self._rows.values()):
            self._draw()

    def _draw(self) -> None:
        now = time.monotonic()
        width = max((len(s) for s in self._rows), default=0)
        lines = []
        for step, (state, since, detail) in self._rows.items():
            shown = f"running {now - since:.1f}s" + (f" ({detail})" if detail else "") if state == "started" else (
                state + (f": {detail}" if detail else ""))
            lines.append(f"  [{_MARK.get(state, '  ')}] {step.ljust(width)}  {shown}"[:200])
        up = f"\x1b[{self._drawn}F" if self._drawn else ""
        self._write(up + "".join(f"\x1b[2K{line}\n" for line in lines))
        self._drawn = len(lines)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: the run goes on
            self.live = False


def _line(event: Event) -> str:
    if event.kind == "started":
        return f"flow: {event.step} started (attempt {event.attempt})"
    if event.kind == "ok":
        rows = f", {event.rows} rows" if event.rows is not None else ""
        return f"flow: {event.step} ok in {event.seconds or 0:.2f}s{rows}"
    return f"flow: {event.step} {event.kind}" + (f": {event.detail}" if event.detail else "")


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
