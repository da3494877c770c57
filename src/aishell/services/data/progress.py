"""A one-line progress display on stderr: rows and rows per second.

Shown only when both stdout and stderr are terminals; otherwise silent, so
pipes, files and scripts see nothing of it.
"""

from __future__ import annotations

import sys
import time
from typing import IO


class Progress:
    def __init__(self, label: str, *, stream: IO[str] | None = None, enabled: bool | None = None,
                 interval: float = 0.2) -> None:  # fmt: skip
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _isatty(sys.stdout) and _isatty(self.stream)
        self.enabled = enabled
        self.interval = interval
        self.start = time.perf_counter()
        self._last = 0.0
        self._shown = False
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

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.rows / elapsed
        self.stream.write(f"\r{self.label}: {self.rows:,} rows  {rate:,.0f} rows/s  {elapsed:.1f}s ")
        self.stream.flush()
        self._shown = True

    def done(self) -> None:
        if self.enabled and self._shown:
            self._draw(time.perf_counter())
            self.stream.write("\n")
            self.stream.flush()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
