"""Waiting in tests for a state to be reached (a server publishing its statistics, a session showing up):
poll, never sleep a fixed time, and fail with what was awaited."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any


def until(read: Callable[[], Any], what: str, *, ok: Callable[[Any], bool] = bool, timeout: float = 5.0,
          every: float = 0.05) -> Any:  # fmt: skip
    """Call ``read`` every ``every`` seconds until ``ok`` holds of its value (by default: the value is truthy),
    and return that value; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if ok(value) or time.monotonic() > deadline:
            assert ok(value), f"not reached: {what}: {value!r}"
            return value
        time.sleep(every)
