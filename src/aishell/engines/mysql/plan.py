"""MariaDB's (and MySQL's) JSON plan as a :class:`~aishell.engines.plan.PlanTree`.

``EXPLAIN FORMAT=JSON`` gives the estimate; MariaDB's ``ANALYZE FORMAT=JSON`` adds what the run
measured (``r_loops``, ``r_rows``, ``r_filtered``, ``r_total_time_ms``, ``r_table_time_ms``...).
The document nests: a ``query_block`` holds a ``nested_loop`` of ``table`` accesses (joined in
that order), possibly under a ``filesort`` and a ``temporary_table``; subqueries hang below
(``materialized``, ``subqueries``, ``union_result``...).  Each of those becomes a node; the
containers the tree does not need (``nested_loop`` of one table, ``materialized``) are walked
through.  A nested loop of several tables is one ``nested_loop`` node over them, outer first.

Rows are the rows a node passes on, as PostgreSQL counts them: MariaDB's ``rows`` (examined per
lookup) times ``filtered`` (the share that passes the attached condition), and ``r_rows`` times
``r_filtered`` for the measure; both raw figures stay in ``extra``.  Times are inclusive of the
node's children: a node's own time is MariaDB's figure for it (a table's ``r_table_time_ms`` +
``r_other_time_ms``, a filesort's ``r_total_time_ms``), its children's added; under a filesort
the table's "other" time may overlap the sort's own.  ``r_sort_passes`` > 0 marks a spilled sort.
Driver-free: it reads the parsed JSON only.
"""

from __future__ import annotations

from typing import Any

from aishell.engines.plan import FULL_INDEX, INDEX, INDEX_ONLY, SEQ, PlanNode, PlanTree, count, number, text

_INDEX_TYPES = frozenset({
    "ref", "eq_ref", "range", "const", "system", "ref_or_null", "index_merge", "fulltext",
    "unique_subquery", "index_subquery",
})  # fmt: skip
#: keys that become a node of their own (other than ``table`` and ``query_block``)
_OPERATORS = ("filesort", "temporary_table", "read_sorted_file", "duplicates_removal", "union_result",
              "window_functions_computation",
              "ordering_operation", "grouping_operation")  # MySQL's names for a sort, a grouping  # fmt: skip
#: a table's own figures, read into fields (the rest stays in ``extra``)
_TABLE_MAPPED = frozenset({"table_name", "access_type", "key", "attached_condition", "rows", "r_rows", "r_loops",
                           "filtered", "r_filtered", "r_table_time_ms", "r_other_time_ms"})  # fmt: skip


def parse_plan(data: Any, *, analyzed: bool) -> PlanTree:
    """The tree of an ``EXPLAIN FORMAT=JSON`` or ``ANALYZE FORMAT=JSON`` document."""
    if not isinstance(data, dict) or not isinstance(data.get("query_block"), dict):
        raise ValueError("not a MariaDB/MySQL JSON plan")
    root = _query_block(data["query_block"])
    planning = data.get("query_optimization")
    return PlanTree(
        root=root,
        analyzed=analyzed,
        planning_ms=number(planning.get("r_total_time_ms")) if isinstance(planning, dict) else None,
        execution_ms=root.time_ms if analyzed else None,
    )


def _query_block(qb: dict[str, Any]) -> PlanNode:
    children = _inside(qb)
    total = number(qb.get("r_total_time_ms"))
    node = PlanNode(op="query_block", loops=count(qb.get("r_loops")), children=children, cost=_cost(qb),
                    time_ms=_sum_time(children) if total is None else total)  # fmt: skip
    node.extra = _scalars(qb, {"r_loops", "r_total_time_ms"})
    if node.filter is None and qb.get("having_condition"):
        node.filter = str(qb["having_condition"])
    return node


def _inside(obj: dict[str, Any]) -> list[PlanNode]:
    """The nodes found in ``obj``'s members, in document order."""
    out: list[PlanNode] = []
    for key, value in obj.items():
        out.extend(_member(key, value))
    return out


def _member(key: str, value: Any) -> list[PlanNode]:
    if key == "query_block" and isinstance(value, dict):
        return [_query_block(value)]
    if key == "table" and isinstance(value, dict):
        return [_table(value)]
    if key == "nested_loop" and isinstance(value, list):
        steps = [n for item in value if isinstance(item, dict) for n in _inside(item)]
        if len(steps) <= 1:
            return steps
        return [PlanNode(op="nested_loop", time_ms=_sum_time(steps), children=steps)]
    if key in _OPERATORS and isinstance(value, dict):
        return [_operator(key, value)]
    if isinstance(value, dict):
        return _inside(value)
    if isinstance(value, list):
        return [n for item in value if isinstance(item, dict) for n in _inside(item)]
    return []


def _operator(key: str, obj: dict[str, Any]) -> PlanNode:
    children = _inside(obj)
    own = number(obj.get("r_total_time_ms"))
    below = _sum_time(children)
    node = PlanNode(
        op=key,
        loops=count(obj.get("r_loops")),
        actual_rows=number(obj.get("r_output_rows", obj.get("r_rows"))),
        time_ms=_plus(own, below),
        extra=_scalars(obj, {"r_loops", "r_output_rows", "r_rows", "r_total_time_ms", "sort_key"}),
        children=children,
    )
    if key == "filesort" and obj.get("sort_key"):
        node.sort_keys = [k.strip() for k in str(obj["sort_key"]).split(",")]
    if key == "union_result" and obj.get("table_name"):
        node.relation = str(obj["table_name"])
    node.spilled = (count(obj.get("r_sort_passes")) or 0) > 0
    return node


def _table(t: dict[str, Any]) -> PlanNode:
    access_type = str(t.get("access_type", "?"))
    loops = count(t.get("r_loops"))
    examined = number(t.get("rows", t.get("rows_examined_per_scan")))
    filtered = number(t.get("filtered"))
    r_rows = number(t.get("r_rows"))
    r_filtered = number(t.get("r_filtered"))
    children = _inside({k: v for k, v in t.items() if isinstance(v, (dict, list))})
    own = _sum_time([PlanNode("", time_ms=number(t.get(k))) for k in ("r_table_time_ms", "r_other_time_ms")])
    below = _sum_time(children)
    node = PlanNode(
        op=access_type,
        access=_access(access_type, bool(t.get("using_index"))),
        relation=text(t.get("table_name")),
        index=text(t.get("key")),
        condition=_condition(t),
        filter=text(t.get("attached_condition")),
        est_rows=_share(examined, filtered),
        actual_rows=_share(r_rows, r_filtered),
        loops=loops,
        cost=_cost(t),
        time_ms=_plus(own, below),
        extra=_scalars(t, _TABLE_MAPPED) | {k: t[k] for k in ("rows", "r_rows", "filtered", "r_filtered") if k in t},
        children=children,
    )
    if r_rows is not None and r_filtered is not None:
        node.rows_removed = r_rows * (1 - r_filtered / 100) * (loops or 1)
    join = t.get("block-nl-join")
    if isinstance(join, dict):
        node.join_type = text(join.get("join_type"))
        if join.get("attached_condition"):
            node.filter = str(join["attached_condition"])
    return node


def _access(access_type: str, using_index: bool) -> str | None:
    if access_type == "ALL":
        return SEQ
    if access_type == "index":
        return FULL_INDEX
    if access_type in _INDEX_TYPES:
        return INDEX_ONLY if using_index else INDEX
    return None


def _condition(t: dict[str, Any]) -> str | None:
    """``part = ref`` for a ref/eq_ref lookup, else the index condition MariaDB names."""
    parts, refs = t.get("used_key_parts"), t.get("ref")
    if isinstance(parts, list) and isinstance(refs, list) and refs:
        return " AND ".join(f"{p} = {r}" for p, r in zip(parts, refs, strict=False))
    return text(t.get("index_condition"))


def _cost(obj: dict[str, Any]) -> float | None:
    """MariaDB 11's ``cost``, or MySQL's ``cost_info`` (``prefix_cost``/``query_cost``)."""
    if "cost" in obj:
        return number(obj["cost"])
    info = obj.get("cost_info")
    if isinstance(info, dict):
        return number(info.get("prefix_cost", info.get("query_cost")))
    return None


def _share(rows: float | None, percent: float | None) -> float | None:
    if rows is None:
        return None
    return rows * (percent if percent is not None else 100.0) / 100.0


def _plus(a: float | None, b: float | None) -> float | None:
    return None if a is None and b is None else (a or 0.0) + (b or 0.0)


def _sum_time(nodes: list[PlanNode]) -> float | None:
    times = [n.time_ms for n in nodes if n.time_ms is not None]
    return sum(times) if times else None


def _scalars(obj: dict[str, Any], skip: set[str] | frozenset[str]) -> dict[str, Any]:
    """The plain members of ``obj`` (not nested nodes) not read elsewhere."""
    return {
        k: v for k, v in obj.items()
        if k not in skip and (not isinstance(v, (dict, list)) or (isinstance(v, list) and not _has_dicts(v))
                              or (isinstance(v, dict) and k == "r_engine_stats"))
    }  # fmt: skip


def _has_dicts(items: list[Any]) -> bool:
    return any(isinstance(i, dict) for i in items)



