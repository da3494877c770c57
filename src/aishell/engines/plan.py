"""The normalised execution plan: one tree shape for every engine.

Each engine's adapter parses its own plan format (PostgreSQL ``EXPLAIN (FORMAT JSON)``, MariaDB
``EXPLAIN FORMAT=JSON`` / ``ANALYZE FORMAT=JSON``, SQLite ``EXPLAIN QUERY PLAN``, DuckDB's JSON
plan and profile) into :class:`PlanNode` trees (``engines/<engine>/plan.py``).  The services
(lints, advice), the terminal renderer, the web and MCP read only this shape: a figure the engine
does not give is ``None``, never a guess.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from typing import Any

#: normalised access kinds (:attr:`PlanNode.access`)
SEQ = "seq"  # reads the whole table (PostgreSQL Seq Scan, MariaDB type ALL, SQLite SCAN, DuckDB SEQ_SCAN)
INDEX = "index"  # reads through an index, then the table
INDEX_ONLY = "index_only"  # answers from the index alone (covering)
BITMAP = "bitmap"  # PostgreSQL bitmap heap scan
FULL_INDEX = "full_index"  # reads a whole index (MariaDB type index)
ACCESS_KINDS = (SEQ, INDEX, INDEX_ONLY, BITMAP, FULL_INDEX)


@dataclass
class PlanNode:
    """One operator of a plan.

    ``op`` is the engine's own name for it (``Seq Scan``, ``Hash Join``, ``SCAN``, ``ALL``...);
    ``access`` its normalised kind where it reads a table (see :data:`ACCESS_KINDS`), else None.
    Row counts: ``est_rows`` is the planner's estimate per loop, ``actual_rows`` the measured rows
    per loop (with ``loops``), both as the engine reports them.  ``cost`` is the estimated total
    cost in the engine's own units; ``time_ms`` the measured time of the node and its children
    (inclusive, all loops).  ``rows_removed`` counts the rows a filter threw away (all loops).
    ``spilled`` is True when a sort, hash or aggregate went to disk.  ``extra`` keeps what
    else the engine said, by its own key names."""

    op: str
    access: str | None = None
    relation: str | None = None
    alias: str | None = None
    index: str | None = None
    join_type: str | None = None
    condition: str | None = None  # index, hash or merge condition
    filter: str | None = None
    sort_keys: list[str] = field(default_factory=list)
    est_rows: float | None = None
    actual_rows: float | None = None
    loops: int | None = None
    cost: float | None = None
    startup_cost: float | None = None
    time_ms: float | None = None
    rows_removed: float | None = None
    shared_hit: int | None = None  # buffers (PostgreSQL): pages found in the cache
    shared_read: int | None = None  # pages read from disk
    temp_written: int | None = None  # temporary file pages written
    spilled: bool = False
    width: int | None = None  # bytes per row (estimate)
    extra: dict[str, Any] = field(default_factory=dict)
    children: list[PlanNode] = field(default_factory=list)

    def walk(self, depth: int = 0) -> Iterator[tuple[int, PlanNode]]:
        """This node and every node below it, depth first, with their depth."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)

    @property
    def total_actual_rows(self) -> float | None:
        """Rows out of this node over all its loops."""
        if self.actual_rows is None:
            return None
        return self.actual_rows * (self.loops or 1)

    @property
    def self_time_ms(self) -> float | None:
        """The node's own time: its inclusive time less its children's (never below 0)."""
        if self.time_ms is None:
            return None
        below = sum(c.time_ms for c in self.children if c.time_ms is not None)
        return max(self.time_ms - below, 0.0)

    def to_dict(self) -> dict[str, Any]:
        # a measured 0 (rows, time) is a figure: tested by identity, as 0 == False
        # (one level at a time: asdict would copy every subtree again at each level)
        out = {f.name: copy.deepcopy(v) for f in fields(self) if f.name != "children"
               and not _empty(v := getattr(self, f.name))}  # fmt: skip
        out["op"] = self.op
        out["children"] = [c.to_dict() for c in self.children]
        return out


def _empty(value: Any) -> bool:
    return value is None or value is False or (isinstance(value, (list, dict)) and not value)


@dataclass
class PlanTree:
    """A statement's whole plan: its root, whether it was measured (``analyzed``), and the
    engine's totals where it gives them (planning and execution time)."""

    root: PlanNode
    analyzed: bool = False
    planning_ms: float | None = None
    execution_ms: float | None = None

    def nodes(self) -> Iterator[tuple[int, PlanNode]]:
        return self.root.walk()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"analyzed": self.analyzed, "root": self.root.to_dict()}
        if self.planning_ms is not None:
            out["planning_ms"] = self.planning_ms
        if self.execution_ms is not None:
            out["execution_ms"] = self.execution_ms
        return out


# --------------------------------------------------------------------------- reading plan documents
def number(value: Any) -> float | None:
    """A figure of a plan document (JSON number or numeric text), or None (absent, a boolean, not a number)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def count(value: Any) -> int | None:
    """A whole figure of a plan document (rows, loops, pages), or None."""
    f = number(value)
    return None if f is None else int(f)


def text(value: Any) -> str | None:
    """A name or condition of a plan document; None for absent or empty."""
    return None if value in (None, "") else str(value)
