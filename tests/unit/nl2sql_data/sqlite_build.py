"""What the corpus builders share: a new SQLite file from DDL, rows inserted, a random day, a pool of people's
names."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
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


def day_between(r: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A random day in [start, end]."""
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def fresh_db(path: Path, ddl: str) -> sqlite3.Connection:
    """A new SQLite file at ``path`` (any old one removed) with foreign keys enforced while it is filled."""
    path = Path(path)
    if path.exists():
        path.unlink()
    c = sqlite3.connect(path)
    c.execute("PRAGMA foreign_keys = ON")
    c.executescript(ddl)
    return c


def write_tables(path: Path, ddl: str, rows: Mapping[str, Sequence[Sequence[Any]]] | Iterable[
        tuple[str, Sequence[Sequence[Any]]]], *, check_keys: bool = True) -> None:
    """A new SQLite file at ``path``: ``ddl``, then each table's rows in the order given; with ``check_keys``, the
    foreign keys are checked once it is filled (a violation fails the build)."""
    path = Path(path)
    if path.exists():
        path.unlink()
    c = new_db(path, ddl)  # (keys are checked once filled: a row may name one inserted after it)
    try:
        for table, data in rows.items() if isinstance(rows, Mapping) else rows:
            insert(c, table, data)
        c.commit()
        bad = c.execute("PRAGMA foreign_key_check").fetchall() if check_keys else []
        if bad:
            raise RuntimeError(f"{path.name}: foreign key violations {bad[:5]}")
    finally:
        c.close()


def iso(d: dt.date | None) -> str | None:
    """A date as ISO text, None kept."""
    return None if d is None else d.isoformat()


def done(c: sqlite3.Connection) -> None:
    c.commit()
    c.close()


FIRST_NAMES = [
    "Aaron", "Bianca", "Carlos", "Dana", "Elif", "Felix", "Greta", "Hugo", "Ingrid", "Jonas", "Keiko", "Liam",
    "Maya", "Nils", "Olivia", "Pablo", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Wesley", "Yara", "Zane",
    "Amara", "Bruno", "Chloe", "Diego", "Emma", "Farah", "Gavin", "Hana", "Isaac", "Julia", "Kofi", "Lena",
    "Marco", "Nadia", "Oscar", "Priya",
]  # fmt: skip
LAST_NAMES = [
    "Abbott", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Gallagher", "Haddad", "Iversen", "Jensen",
    "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Oduya", "Petrov", "Quintero", "Romano", "Schmidt", "Takeda",
    "Ulloa", "Varga", "Whitfield", "Yilmaz", "Zimmer", "Almeida", "Brennan", "Costa", "Delgado", "Fontaine",
    "Grant", "Hughes", "Ito", "Kaur", "Larsen", "Mendes", "Novak", "Ortega", "Pham", "Reyes",
]  # fmt: skip


def full_names(r: random.Random, n: int, exclude: Sequence[str] = ()) -> list[str]:
    """``n`` distinct "First Last" names of :data:`FIRST_NAMES` and :data:`LAST_NAMES`, shuffled by ``r``."""
    pairs = [f"{f} {s}" for f in FIRST_NAMES for s in LAST_NAMES]
    pairs = [p for p in pairs if p not in exclude]
    r.shuffle(pairs)
    return pairs[:n]


#: a second pool of names (with the given names of women), shared by the corpora of the seventh and eighth sessions
GIVEN = [
    "Alice", "Bruno", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Isla", "Jonah", "Keiko", "Liam",
    "Maya", "Nikhil", "Olivia", "Pablo", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Wes", "Yara", "Zane",
]  # fmt: skip
FAMILY = [
    "Abbott", "Brennan", "Castillo", "Dawson", "Eriksen", "Fischer", "Gallagher", "Hartley", "Iwata", "Jensen",
    "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Romero", "Schultz", "Thornton",
    "Varga", "Whitaker", "Yilmaz", "Zimmer",
]  # fmt: skip
FEMALE = {"Alice", "Chloe", "Elena", "Grace", "Isla", "Keiko", "Maya", "Olivia", "Rosa", "Tessa", "Vera", "Yara"}
