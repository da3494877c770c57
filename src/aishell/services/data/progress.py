"""A one-line progress display on stderr: rows and rows per second.

Shown only when both stdout and stderr are terminals, and stdout is not the
data stream (``export -o -``); otherwise silent, so pipes, files, scripts and
data written to the screen see nothing of it.

The line is redrawn in place with a carriage return: it is cut to the
terminal's width (a wrapped line cannot be redrawn in place) and padded over
a longer previous line, so no stale characters are left at its end.
:meth:`Progress.done` draws the last count and ends the line.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO


class Progress:
    def __init__(self, label: str, *, stream: IO[str] | None = None, enabled: bool | None = None,
                 interval: float = 0.2, stdout_is_data: bool = False) -> None:  # fmt: skip
        """``stdout_is_data``: the command writes its data to stdout (``export -o -``), where a
        progress line would land in the middle of it."""
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _isatty(sys.stdout) and _isatty(self.stream) and not stdout_is_data
        self.enabled = enabled
        self.interval = interval
        self.start = time.perf_counter()
        self._last = 0.0
        self._shown = False
        self._width = 0  # characters of the line now on screen
        self.rows = 0

    def __call__(self, rows: int) -> None:
        self.rows = rows
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self._last < self.interval:
            return
        self._last = now
        self._draw(now)

    def line(self, now: float | None = None, columns: int | None = None) -> str:
        """The text of the line (no carriage return), at most ``columns - 1`` characters."""
        elapsed = max((time.perf_counter() if now is None else now) - self.start, 1e-9)
        rate = self.rows / elapsed
        counted = f"{self.label}: {self.rows:,} rows"
        candidates = [f"{counted}  {rate:,.0f} rows/s  {elapsed:.1f}s", f"{counted}  {rate:,.0f} rows/s", counted]
        room = max((columns if columns is not None else _columns(self.stream)) - 1, 1)
        for text in candidates:
            if len(text) <= room:
                return text
        return counted[:room]

    def _draw(self, now: float) -> None:
        text = self.line(now)
        pad = " " * max(self._width - len(text), 0)
        self._write("\r" + text + pad)
        self._width = len(text)
        self._shown = True

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: stop drawing, never fail the work
            self.enabled = False

    def done(self, rows: int | None = None) -> None:
        """Draw the final count (``rows`` when given) and end the line; only if a line was shown."""
        if rows is not None:
            self.rows = rows
        if self.enabled and self._shown:
            self._draw(time.perf_counter())
            self._write("\n")
        self._shown = False
        self._width = 0


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False


def _columns(stream: object) -> int:
    """The width of the terminal behind ``stream`` (80 when unknown)."""
    try:
        width = os.get_terminal_size(stream.fileno()).columns  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        width = 0
    if width <= 0:
        try:
            width = int(os.environ.get("COLUMNS", "0"))
        except ValueError:
            width = 0
    return width if width > 0 else 80
