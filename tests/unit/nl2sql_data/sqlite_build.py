"""What the corpus builders share: a new SQLite file from DDL, rows inserted, a random day."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def new_db(path: Path, ddl: str) -> sqlite3.Connection:
    c = sqlite3.connect(path)
    c.executescript(ddl)
    return c


def insert(c: sqlite3.Connection, table: str, rows: Iterable[Sequence[Any]]) -> None:
    """``rows`` into ``table`` (quoted: a name may hold spaces)."""
    rows = list(rows)
    if rows:
        c.executemany(f'INSERT INTO "{table}" VALUES({",".join("?" * len(rows[0]))})', rows)


def day(r: random.Random, start: dt.date, span: int) -> dt.date:
    return start + dt.timedelta(days=r.randrange(span))
