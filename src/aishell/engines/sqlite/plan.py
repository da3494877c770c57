"""SQLite's ``EXPLAIN QUERY PLAN`` rows as a :class:`~aishell.engines.plan.PlanTree`.

Each row is ``(id, parent, notused, detail)``; the tree follows ``parent``.  Rows at the same
level run in order (the first ``SCAN``/``SEARCH`` is the outermost loop of a join).  When the
statement has more than one top-level row, a ``QUERY PLAN`` node holds them.  SQLite gives no
costs, row counts or times: those figures stay None.  Driver-free.

SQLite names a table by its alias when the query gives one (``SCAN o2``): ``relation`` is the
name it shows.  Access: ``SCAN t`` reads the table (seq); ``SCAN t USING [COVERING] INDEX i`` walks a whole
index (full_index; covering noted in ``extra``); ``SEARCH t USING INDEX i (a=?)`` and ``SEARCH t
USING INTEGER PRIMARY KEY (rowid=?)`` look up (index); ``... COVERING INDEX ...`` when searched
answers from the index alone (index_only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from aishell.engines.plan import FULL_INDEX, INDEX, INDEX_ONLY, SEQ, PlanNode, PlanTree

_ACCESS_ROW = re.compile(
    r"(?P<op>SCAN|SEARCH)\s+(?P<table>\S+)(?:\s+AS\s+(?P<alias>\S+))?"
    r"(?:\s+USING\s+(?P<how>(?:AUTOMATIC\s+)?(?:PARTIAL\s+)?(?:COVERING\s+)?INDEX|INTEGER PRIMARY KEY|PRIMARY KEY"
    r"|ROWID SEARCH)(?:\s+(?P<index>[^\s(]+))?)?"
    r"(?:\s+\((?P<cond>.*)\))?(?P<rest>.*)$",
    re.S,
)
_DERIVED = re.compile(r"(?:MATERIALIZE|CO-ROUTINE)\s+(\S+)$")
_TEMP_BTREE = re.compile(r"USE TEMP B-TREE FOR (?P<what>.+)$")


def parse_plan(data: Any, *, analyzed: bool = False) -> PlanTree:
    """The tree of ``EXPLAIN QUERY PLAN`` rows: ``(id, parent, notused, detail)`` sequences."""
    if not isinstance(data, (list, tuple)):
        raise ValueError("not SQLite EXPLAIN QUERY PLAN rows")
    nodes: dict[int, PlanNode] = {}
    top: list[PlanNode] = []
    derived: set[str] = set()  # MATERIALIZE x / CO-ROUTINE x: a later SCAN x reads no table
    for row in data:
        node_id, parent, detail = _fields(row)
        node = _node(detail)
        made = _DERIVED.match(detail)
        if made:
            derived.add(made.group(1))
        elif node.relation in derived:
            node.access = None
            node.extra["subquery"] = True
        nodes[node_id] = node
        (nodes[parent].children if parent in nodes else top).append(node)
    root = top[0] if len(top) == 1 else PlanNode(op="QUERY PLAN", children=top)
    return PlanTree(root=root, analyzed=analyzed)


def _fields(row: Any) -> tuple[int, int, str]:
    if isinstance(row, dict):
        return int(row["id"]), int(row["parent"]), str(row["detail"])
    if isinstance(row, Sequence) and len(row) >= 4:
        return int(row[0]), int(row[1]), str(row[3])
    raise ValueError(f"not an EXPLAIN QUERY PLAN row: {row!r}")


def _node(detail: str) -> PlanNode:
    m = _ACCESS_ROW.match(detail)
    if m is None or detail == "SCAN CONSTANT ROW":
        node = PlanNode(op=detail, extra={"detail": detail})
        temp = _TEMP_BTREE.match(detail)
        if temp:
            node.extra["temp_b_tree"] = temp.group("what")
        return node
    op, how = m.group("op"), (m.group("how") or "")
    covering = "COVERING" in how
    if op == "SCAN":
        access = FULL_INDEX if "INDEX" in how else SEQ
    elif covering:
        access = INDEX_ONLY
    else:
        access = INDEX
    index = m.group("index")
    if index is None and "PRIMARY KEY" in how:
        index = how
    extra: dict[str, Any] = {"detail": detail}
    if covering:
        extra["covering"] = True
    if "AUTOMATIC" in how:
        extra["automatic_index"] = True
    return PlanNode(
        op=op,
        access=access,
        relation=m.group("table"),
        alias=m.group("alias"),
        index=index,
        condition=m.group("cond"),
        extra=extra,
    )
