"""PostgreSQL's ``EXPLAIN (FORMAT JSON)`` document as a :class:`~aishell.engines.plan.PlanTree`,
and the server's text layout drawn from the same document (so ``EXPLAIN ANALYZE`` runs once).

Driver-free: it reads the parsed JSON only.
"""

from __future__ import annotations

from typing import Any

from aishell.engines.plan import BITMAP, INDEX, INDEX_ONLY, SEQ, PlanNode, PlanTree, count, number, text

_ACCESS = {
    "Seq Scan": SEQ,
    "Index Scan": INDEX,
    "Index Only Scan": INDEX_ONLY,
    "Bitmap Heap Scan": BITMAP,
}
_CONDITIONS = ("Index Cond", "Hash Cond", "Merge Cond", "Recheck Cond", "Join Filter")
#: keys read into the node's own fields: everything else goes to ``extra``
_MAPPED = frozenset({
    "Node Type", "Relation Name", "Alias", "Index Name", "Join Type", "Filter", "Sort Key", "Plan Rows",
    "Actual Rows", "Actual Loops", "Total Cost", "Startup Cost", "Actual Total Time", "Rows Removed by Filter",
    "Shared Hit Blocks", "Shared Read Blocks", "Temp Written Blocks", "Plan Width", "Plans", "Index Cond",
    "Hash Cond", "Merge Cond",
})  # fmt: skip


def document(data: Any) -> dict[str, Any] | None:
    """The one statement's object of an ``EXPLAIN (FORMAT JSON)`` result (a list of one)."""
    if isinstance(data, list) and data:
        data = data[0]
    return data if isinstance(data, dict) and isinstance(data.get("Plan"), dict) else None


def parse_plan(data: Any, *, analyzed: bool) -> PlanTree:
    """The tree of an ``EXPLAIN (FORMAT JSON)`` document (the list or its one object)."""
    doc = document(data)
    if doc is None:
        raise ValueError("not a PostgreSQL JSON plan")
    return PlanTree(
        root=_node(doc["Plan"]),
        analyzed=analyzed,
        planning_ms=number(doc.get("Planning Time")),
        execution_ms=number(doc.get("Execution Time")),
    )


def _node(p: dict[str, Any]) -> PlanNode:
    node = _one(p)
    if node.access == BITMAP and node.index is None:
        # the heap scan reads through its Bitmap Index Scan's index: name it here too
        indexes = [c.index for c in node.children if c.op == "Bitmap Index Scan" and c.index]
        if len(indexes) == 1:
            node.index = indexes[0]
    return node


def _one(p: dict[str, Any]) -> PlanNode:
    op = str(p.get("Node Type", "?"))
    loops = count(p.get("Actual Loops"))
    per_loop_ms = number(p.get("Actual Total Time"))
    removed = number(p.get("Rows Removed by Filter"))
    condition = next((str(p[k]) for k in _CONDITIONS if p.get(k)), None)
    return PlanNode(
        op=op,
        access=_ACCESS.get(op),
        relation=text(p.get("Relation Name")),
        alias=text(p.get("Alias")),
        index=text(p.get("Index Name")),
        join_type=text(p.get("Join Type")),
        condition=condition,
        filter=text(p.get("Filter")),
        sort_keys=[str(k) for k in p.get("Sort Key") or ()],
        est_rows=number(p.get("Plan Rows")),
        actual_rows=number(p.get("Actual Rows")),
        loops=loops,
        cost=number(p.get("Total Cost")),
        startup_cost=number(p.get("Startup Cost")),
        time_ms=None if per_loop_ms is None else per_loop_ms * (loops if loops is not None else 1),
        rows_removed=None if removed is None else removed * (loops if loops is not None else 1),
        shared_hit=count(p.get("Shared Hit Blocks")),
        shared_read=count(p.get("Shared Read Blocks")),
        temp_written=count(p.get("Temp Written Blocks")),
        spilled=_spilled(p),
        width=count(p.get("Plan Width")),
        extra={k: v for k, v in p.items() if k not in _MAPPED},
        children=[_node(c) for c in p.get("Plans") or () if isinstance(c, dict)],
    )


def _spilled(p: dict[str, Any]) -> bool:
    if p.get("Sort Space Type") == "Disk" or "external" in str(p.get("Sort Method", "")):
        return True
    batches = count(p.get("Hash Batches"))
    if batches is not None and batches > 1:
        return True
    return (count(p.get("Disk Usage")) or 0) > 0 or (count(p.get("HashAgg Batches")) or 0) > 1





# --------------------------------------------------------------------------- text
def render_text(data: Any) -> str:
    """PostgreSQL's text layout of an ``EXPLAIN`` drawn from its JSON document: one line per
    node (``cost=..`` and, when measured, ``actual time=..``), its conditions, keys, sort and
    hash figures, buffers, subplans, and the planning and execution times."""
    doc = document(data)
    if doc is None:
        return ""
    lines: list[str] = []
    _render(doc["Plan"], None, lines)
    planning = doc.get("Planning")
    if isinstance(planning, dict) and _buffers(planning):
        lines += ["Planning:", f"  Buffers: {_buffers(planning)}"]
    for trigger in doc.get("Triggers") or ():
        if isinstance(trigger, dict):
            name, time, calls = trigger.get("Trigger Name"), trigger.get("Time"), trigger.get("Calls")
            lines.append(f"Trigger {name}: time={time} calls={calls}")
    if doc.get("Planning Time") is not None:
        lines.append(f"Planning Time: {float(doc['Planning Time']):.3f} ms")
    if doc.get("Execution Time") is not None:
        lines.append(f"Execution Time: {float(doc['Execution Time']):.3f} ms")
    return "\n".join(lines)


#: detail lines, in the server's order: (JSON key, label); lists are joined with ", "
_DETAILS = (
    ("Cache Key", "Cache Key"), ("Group Key", "Group Key"), ("Sort Key", "Sort Key"),
    ("Presorted Key", "Presorted Key"), ("Index Cond", "Index Cond"),
    ("Rows Removed by Index Recheck", "Rows Removed by Index Recheck"), ("Recheck Cond", "Recheck Cond"),
    ("Hash Cond", "Hash Cond"), ("Merge Cond", "Merge Cond"), ("Join Filter", "Join Filter"),
    ("Rows Removed by Join Filter", "Rows Removed by Join Filter"), ("Filter", "Filter"),
    ("Rows Removed by Filter", "Rows Removed by Filter"), ("Heap Fetches", "Heap Fetches"),
    ("Workers Planned", "Workers Planned"), ("Workers Launched", "Workers Launched"),
)  # fmt: skip
_OPERATIONS = {"Insert", "Update", "Delete", "Merge"}
_AGGREGATES = {"Hashed": "HashAggregate", "Sorted": "GroupAggregate", "Mixed": "MixedAggregate"}


def _title(p: dict[str, Any]) -> str:
    op = str(p.get("Node Type", "?"))
    if op == "Aggregate" and p.get("Strategy") in _AGGREGATES:
        op = _AGGREGATES[str(p["Strategy"])]
    if op == "ModifyTable" and p.get("Operation") in _OPERATIONS:
        op = str(p["Operation"])
    join = p.get("Join Type")
    if join and join != "Inner":
        op = f"Nested Loop {join} Join" if op == "Nested Loop" else op.replace(" Join", f" {join} Join")
    if p.get("Parallel Aware"):
        op = "Parallel " + op
    if p.get("Scan Direction") == "Backward":
        op += " Backward"
    if p.get("Index Name"):
        op += f" {'using' if p.get('Relation Name') else 'on'} {p['Index Name']}"
    target = p.get("Relation Name") or p.get("CTE Name") or p.get("Function Name") or p.get("Tuplestore Name")
    if target or (p.get("Alias") and "Scan" in op):
        op += f" on {target or p['Alias']}"
        if target and p.get("Alias") and p["Alias"] != target:
            op += f" {p['Alias']}"
    return op + _figures(p)


def _figures(p: dict[str, Any]) -> str:
    out = ""
    if "Startup Cost" in p:
        out += (
            f"  (cost={float(p['Startup Cost']):.2f}..{float(p.get('Total Cost', 0)):.2f}"
            f" rows={p.get('Plan Rows')} width={p.get('Plan Width')})"
        )
    if "Actual Total Time" in p:
        out += (
            f" (actual time={float(p.get('Actual Startup Time', 0)):.3f}..{float(p['Actual Total Time']):.3f}"
            f" rows={p.get('Actual Rows')} loops={p.get('Actual Loops')})"
        )
    elif p.get("Actual Loops") == 0:
        out += " (never executed)"
    return out


def _render(p: dict[str, Any], arrow: int | None, lines: list[str]) -> None:
    """Draw node ``p``; ``arrow`` is the column of its ``->`` (None for the root).  As the
    server lays it out, a node's details start two columns right of its name's arrow and its
    children's arrows sit under its details."""
    if arrow is None:
        lines.append(_title(p))
        col = 2
    else:
        lines.append(" " * arrow + "->  " + _title(p))
        col = arrow + 6
    pad = " " * col
    lines.extend(f"{pad}{line}" for line in _detail_lines(p))
    for child in p.get("Plans") or ():
        if not isinstance(child, dict):
            continue
        if child.get("Subplan Name"):  # SubPlan 1 / InitPlan 1 (returns $0) / CTE x
            lines.append(f"{pad}{child['Subplan Name']}")
            _render(child, col + 2, lines)
        else:
            _render(child, col, lines)


def _detail_lines(p: dict[str, Any]) -> list[str]:
    out = []
    for key, label in _DETAILS:
        value = p.get(key)
        if value in (None, "", []) or (key.startswith(("Rows Removed", "Heap Fetches")) and not value):
            continue
        out.append(f"{label}: {', '.join(map(str, value)) if isinstance(value, list) else value}")
    if p.get("Sort Method"):
        out.append(f"Sort Method: {p['Sort Method']}  {p.get('Sort Space Type', '')}: {p.get('Sort Space Used')}kB")
    if p.get("Hash Batches") is not None:
        out.append(
            f"Buckets: {p.get('Hash Buckets')}  Batches: {p.get('Hash Batches')}"
            f"  Memory Usage: {p.get('Peak Memory Usage')}kB"
        )
    elif p.get("HashAgg Batches") is not None:
        out.append(f"Batches: {p['HashAgg Batches']}  Memory Usage: {p.get('Peak Memory Usage')}kB")
    if p.get("Exact Heap Blocks") or p.get("Lossy Heap Blocks"):
        kinds = [k for k in ("Exact", "Lossy") if p.get(f"{k} Heap Blocks")]
        blocks = [f"{k.lower()}={p[f'{k} Heap Blocks']}" for k in kinds]
        out.append(f"Heap Blocks: {' '.join(blocks)}")
    if _buffers(p):
        out.append(f"Buffers: {_buffers(p)}")
    return out


def _buffers(p: dict[str, Any]) -> str:
    parts = []
    for kind in ("Shared", "Local", "Temp"):
        words = [
            f"{what.lower()}={p[key]}"
            for what in ("Hit", "Read", "Dirtied", "Written")
            if (key := f"{kind} {what} Blocks") in p and p[key]
        ]
        if words:
            parts.append(f"{kind.lower()} {' '.join(words)}")
    return ", ".join(parts)
